// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

type User struct {
	ID    int    `json:"id"`
	Name  string `json: "name"`
	Email string `json:"email" db:email`
	Alias string `json:"id"`
}

func main() {}
