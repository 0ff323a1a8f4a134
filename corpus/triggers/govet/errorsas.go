// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import (
	"errors"
	"fmt"
	"io/fs"
)

func main() {
	err := fmt.Errorf("wrap: %w", fs.ErrNotExist)
	var perr *fs.PathError
	if errors.As(err, perr) {
		fmt.Println(perr.Path)
	}
	var target fs.PathError
	if errors.As(err, target) {
	}
}
