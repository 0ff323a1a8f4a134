// hubls-run: go run {file}
package main

import "fmt"

var counts map[string]int

func main() {
	counts["hits"]++
	fmt.Println(counts)
}
