// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
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

// hubls-tool: go
// Go 1.19: "but does have email"; Go 1.27: "but does have field email".
