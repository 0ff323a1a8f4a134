// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
package main

import "fmt"

func main() {
	fmt.Println(strings.ToUpper("x"))
	n, _ := strconv.Atoi("42")
	fmt.Println(n)
}

// hubls-tool: go
