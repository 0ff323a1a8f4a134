// hubls-run: /usr/lib/go-1.19/bin/go run {file}
package main

import "fmt"

func main() {
	ch := make(chan int)
	ch <- 1
	fmt.Println(<-ch)
}

// hubls-tool: go
