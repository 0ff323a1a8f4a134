// hubls-run: /usr/lib/go-1.19/bin/go test {file} 2>&1 | head -4
package main

import "testing"

type Stats struct {
	byRoute map[string]int
}

func TestRecord(t *testing.T) {
	s := Stats{}
	s.byRoute["/health"]++
}

// hubls-tool: go
