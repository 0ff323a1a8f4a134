// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

import "fmt"

func send(to string, body string, retries int) error { return nil }

func main() {
	err := send("ops@example.com", "disk full")
	fmt.Println(err, send("a", "b", 3, true))
}
