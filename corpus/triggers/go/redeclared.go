// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

func handle() {}

func handle() {}

var timeout = 5

func main() {
	var timeout = 5
	var timeout = 6
	_ = timeout
}
