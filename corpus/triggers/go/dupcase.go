// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

import "fmt"

func main() {
	code := 404
	switch code {
	case 200, 201:
	case 404, 200:
	}
	switch s := "GET"; s {
	case "GET", "HEAD":
	case "POST", "GET":
	}
	fmt.Println(code)
}
