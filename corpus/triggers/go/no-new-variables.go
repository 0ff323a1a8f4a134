// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
package main

import "fmt"

func main() {
	count := 1
	count := 2
	name, ok := "x", true
	name, ok := "y", false
	fmt.Println(count, name, ok)
}

// hubls-tool: go
