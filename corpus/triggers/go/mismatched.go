// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

import (
	"fmt"
	"time"
)

func main() {
	var total int = 10
	var ratio float64 = 0.5
	fmt.Println(total * ratio)
	var n int32 = 3
	fmt.Println(time.Second * time.Duration(1), n+total)
}
