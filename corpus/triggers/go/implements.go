// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go run {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go run {file}
// hubls-tool: go
package main

import (
	"fmt"
	"io"
)

type File struct{}

func (f *File) Read(p []byte) (int, error) { return 0, nil }

type Logger struct{}

func consume(r io.Reader) {}

func main() {
	var f File
	consume(f)
	var w io.Writer = Logger{}
	fmt.Println(w)
}
// Go 1.19 splits the message over two lines ("... in argument to consume:" then "\tFile does not implement io.Reader (Read method has pointer receiver)");
// Go 1.27 prints one line: "... (variable of struct type File) as io.Reader value in argument to consume: File does not implement io.Reader (method Read has pointer receiver)".
