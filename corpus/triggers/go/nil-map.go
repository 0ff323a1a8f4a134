// hubls-run: /usr/lib/go-1.19/bin/go run {file}
package main

import "fmt"

var counts map[string]int

func main() {
	counts["hits"]++
	fmt.Println(counts)
}

// hubls-tool: go
