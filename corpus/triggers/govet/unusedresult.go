// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import (
	"errors"
	"fmt"
	"strings"
)

func main() {
	err := errors.New("x")
	fmt.Errorf("wrap: %w", err)
	fmt.Sprintf("id=%d", 4)
	strings.TrimSpace(" a ")
}
