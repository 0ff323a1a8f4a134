// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import (
	"log"
	"time"
)

func handle() {
	start := time.Now()
	defer log.Println("took", time.Since(start))
	time.Sleep(10 * time.Millisecond)
}

func main() { handle() }
