// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var data any
	_ = json.Unmarshal([]byte(`{"a":1}`), &data)
	fmt.Println(data["a"])
	var body interface{}
	fmt.Println(body[0])
	n := 5
	fmt.Println(n[0])
}
// Go 1.19: "invalid operation: cannot index data (variable of type any)"; Go 1.27: "cannot index data (variable of interface type any)".
