// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

func main() {
	ids := []int{1, 2}
	append(ids, 3)
	ids[0] + 1
	var x int
	x == 2
}
