// hubls-run: /usr/lib/go-1.19/bin/go run {file}
package main

import "fmt"

type Config struct{ Port int }

func main() {
	var c *Config
	fmt.Println(c.Port)
}

// hubls-tool: go
