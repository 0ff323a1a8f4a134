// hubls-run: /usr/lib/go-1.19/bin/go run {file}; /usr/lib/go-1.19/bin/go run {file} nil
package main

import "os"

func main() {
	var v interface{} = "42"
	if len(os.Args) > 1 {
		v = nil
		s := v.(string)
		println(s)
	}
	n := v.(int)
	println(n)
}

// hubls-tool: go
