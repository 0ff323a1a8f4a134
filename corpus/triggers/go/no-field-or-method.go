// hubls-run: go run {file}
package main

import "fmt"

type User struct {
	Name  string
	email string
}

func main() {
	u := User{Name: "ann"}
	fmt.Println(u.Email)
	fmt.Println(u.FullName())
}
