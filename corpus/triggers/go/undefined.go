// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
package main

import "fmt"

func main() {
	total := 1
	fmt.Println(totl, total)
	fmt.Println(usrCount)
}

// hubls-tool: go
