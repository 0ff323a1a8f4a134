// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

import "strconv"

func parse(s string) (int, error) {
	if s == "" {
		return 0
	}
	return strconv.Atoi(s)
}

func name() string {
	return "x", nil
}

func main() { parse("1"); name() }
