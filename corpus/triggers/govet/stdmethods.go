// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import "fmt"

type ID int

func (i ID) String(prefix string) string { return fmt.Sprint(prefix, int(i)) }

type Raw struct{}

func (r *Raw) MarshalJSON() (string, error) { return "", nil }

func (r *Raw) UnmarshalJSON(b []byte) {}

func main() {}
