// hubls-run: go run {file}; go run {file} a b
package main

import (
	"fmt"
	"os"
)

func main() {
	items := []string{"a", "b", "c"}
	fmt.Println(items[len(os.Args)+2])
}
