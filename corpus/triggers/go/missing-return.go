// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
package main

import (
	"errors"
	"fmt"
)

func sign(n int) string {
	if n > 0 {
		return "positive"
	} else if n < 0 {
		return "negative"
	}
}

func find(ids []int, id int) (int, error) {
	for i, v := range ids {
		if v == id {
			return i, nil
		}
	}
}

var errNotFound = errors.New("not found")

func main() { fmt.Println(sign(1), errNotFound) }

// hubls-tool: go
