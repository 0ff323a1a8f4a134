// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import "fmt"

func main() {
	port := 8080
	fmt.Println("listening on :" + string(port))
	var code int64 = 65
	fmt.Println(string(code))
}
