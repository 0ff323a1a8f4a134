// hubls-run: echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
// Go 1.19's vet does not report non-constant format strings: only Go 1.24+ does.
package main

import (
	"errors"
	"fmt"
)

func wrap(err error) error {
	return fmt.Errorf(err.Error())
}

func main() { _ = wrap(errors.New("x")) }
