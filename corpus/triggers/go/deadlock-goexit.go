// hubls-run: go run {file}
package main

import "runtime"

func main() {
	defer println("cleanup")
	runtime.Goexit()
}
