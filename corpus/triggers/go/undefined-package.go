// hubls-run: go run {file}
package main

import "fmt"

func main() {
	fmt.Println(strings.ToUpper("x"))
	n, _ := strconv.Atoi("42")
	fmt.Println(n)
}
