// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
package main

func main() {
	count := 0
	retries := 3
}

// hubls-tool: go
// Go 1.19: "count declared but not used"; Go 1.20+ (1.27 here): "declared and not used: count".
