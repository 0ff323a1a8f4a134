// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import (
	"fmt"
	"log"
)

func main() {
	name, count := "disk", 3
	fmt.Printf("volume %d is full\n", name)
	log.Printf("retry %s of 5", count)
	fmt.Printf("%s: %d items\n", name)
	fmt.Println("count: %d", count)
	msg := fmt.Sprintf("%s", name)
	fmt.Printf(msg)
	log.Fatalf("bad config: %w", fmt.Errorf("x"))
}
