// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import "sync"

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c Counter) Inc() { c.mu.Lock(); c.n++; c.mu.Unlock() }

func report(c Counter) int { return c.n }

func main() {
	var c Counter
	c.Inc()
	d := c
	_ = report(d)
}
