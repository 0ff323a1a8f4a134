// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import "fmt"

func main() {
	var flags int8 = 1
	fmt.Println(flags << 8)
	var mask uint32 = 1
	fmt.Println(mask << 40)
}
