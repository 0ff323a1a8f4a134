// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	port := strconv.Atoi("8080")
	key, value := strings.Cut("a=b", "=")
	fmt.Println(port, key, value)
	fmt.Println(strconv.Atoi("1") + 1)
	_ = os.Args
}

// hubls-tool: go
