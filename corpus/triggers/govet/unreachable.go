// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import (
	"errors"
	"fmt"
)

func load() error {
	return errors.New("boom")
	fmt.Println("loaded")
	return nil
}

func main() {
	for {
		break
	}
	panic("x")
	fmt.Println(load())
}
