// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

import "fmt"

func main() {
	count := 3
	s, ok := count.(string)
	var name string
	fmt.Println(s, ok, name.(fmt.Stringer))
}
