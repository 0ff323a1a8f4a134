// hubls-run: /usr/lib/go-1.19/bin/go test {file} 2>&1 | head -4
package main

import "testing"

type Config struct{ Port int }

func load() *Config { return nil }

func TestLoad(t *testing.T) {
	if load().Port != 80 {
		t.Fatal("wrong port")
	}
}

// hubls-tool: go
