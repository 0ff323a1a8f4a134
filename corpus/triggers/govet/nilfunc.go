// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import (
	"fmt"
	"os"
)

func ready() bool { return true }

func main() {
	if ready != nil {
		fmt.Println("ready")
	}
	if os.Getenv == nil {
		fmt.Println("x")
	}
}
