// hubls-run: go run {file}
package main

import "fmt"

func main() {
	count := 1
	count := 2
	name, ok := "x", true
	name, ok := "y", false
	fmt.Println(count, name, ok)
}
