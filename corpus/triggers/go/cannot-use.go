// hubls-run: go run {file}
package main

import "fmt"

func port() int { return 80 }

func main() {
	var name string = port()
	var n int64 = 5
	var m int = n
	fmt.Println(name, m)
}
