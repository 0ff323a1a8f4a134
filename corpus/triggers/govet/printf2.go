// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import (
	"fmt"
	"log"
)

func main() {
	log.Printf("copy %s to %s failed: %s", "a", "b")
	fmt.Print("%s done\n", "job")
}
