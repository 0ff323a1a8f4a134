// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

type Pool struct{ MaxConns int }

func main() {
	_ = Pool{MaxConns: 5}
	_ = Pool{MaxConns: 5, maxConns: 5}
}
// Go 1.27 adds ", but does have MaxConns"; Go 1.19 quotes the name.
