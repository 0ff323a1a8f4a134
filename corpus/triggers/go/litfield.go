// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

import "fmt"

type Config struct {
	Host string
	Port int
}

func main() {
	c := Config{Host: "db", Timeout: 30}
	d := Config{"db"}
	fmt.Println(c, d)
}
// Go 1.19: "unknown field 'Timeout' ...", "too few values in Config{…}"; Go 1.27: "unknown field Timeout ...", "too few values in struct literal of type Config".
