// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

import "fmt"

func main() {
	total := 3
	fmt.Println(total())
	name := "x"
	fmt.Println(name())
}
// Go 1.19: "cannot call non-function total (variable of type int)"; Go 1.27: "cannot call total (variable of type int): int is not a function".
