// hubls-run: /usr/lib/go-1.19/bin/go run {file}
package main

import "runtime"

func main() {
	defer println("cleanup")
	runtime.Goexit()
}

// hubls-tool: go
