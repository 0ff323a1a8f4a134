// hubls-run: /usr/lib/go-1.19/bin/go run {file}; /usr/lib/go-1.19/bin/go run {file} send
package main

import "os"

func main() {
	ch := make(chan int, 1)
	close(ch)
	if len(os.Args) > 1 {
		ch <- 1
	}
	close(ch)
}

// hubls-tool: go
