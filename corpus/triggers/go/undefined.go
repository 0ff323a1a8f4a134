// hubls-run: go run {file}
package main

import "fmt"

func main() {
	total := 1
	fmt.Println(totl, total)
	fmt.Println(usrCount)
}
