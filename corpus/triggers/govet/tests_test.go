// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import "testing"

func TestParse(t *testing.B) {}

func Testparse(t *testing.T) {}

func TestRetry(t *testing.T) {
	go func() {
		t.Fatal("boom")
	}()
}
