// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
package main

import "fmt"

func port() int { return 80 }

func main() {
	var name string = port()
	var n int64 = 5
	var m int = n
	fmt.Println(name, m)
}

// hubls-tool: go
// Go 1.19: "as type string in variable declaration"; Go 1.27: "as string value in variable declaration".
