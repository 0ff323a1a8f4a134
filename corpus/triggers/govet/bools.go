// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import "fmt"

func main() {
	status := "ok"
	if status != "ok" || status != "ready" {
		fmt.Println("bad")
	}
	code := 1
	if code == 1 || code == 1 {
		fmt.Println("one")
	}
}
