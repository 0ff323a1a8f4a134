// hubls-run: /usr/lib/go-1.19/bin/go run {file}; /usr/lib/go-1.19/bin/go run {file} a b
package main

import (
	"fmt"
	"os"
)

func main() {
	items := []string{"a", "b", "c"}
	fmt.Println(items[len(os.Args)+2])
}

// hubls-tool: go
