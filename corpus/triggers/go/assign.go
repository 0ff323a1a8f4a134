// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

type Point struct{ X, Y int }

func main() {
	m := map[string]Point{"a": {1, 2}}
	m["a"].X = 5
	s := "hello"
	s[0] = 'H'
	const limit = 10
	limit = 20
}
// Go 1.19: "cannot assign to s[0] (value of type byte)", "(untyped int constant 10)"; Go 1.27: "(neither addressable nor a map index expression)".
