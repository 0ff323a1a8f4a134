// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

import "time"

type Session struct{ LastSeen time.Time }

func main() {
	sessions := map[string]Session{}
	id := "abc"
	sessions[id].LastSeen = time.Now()
}
