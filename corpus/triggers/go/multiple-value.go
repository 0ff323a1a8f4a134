// hubls-run: go run {file}
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
