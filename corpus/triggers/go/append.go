// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

import "fmt"

func main() {
	seen := map[string]bool{}
	seen = append(seen, "a")
	var n int
	n = append(n, 1)
	fmt.Println(seen, n)
}
// Go 1.19: "first argument to append must be a slice; have ..."; Go 1.20+ (1.27 here): "invalid append: argument must be a slice; have ...".
