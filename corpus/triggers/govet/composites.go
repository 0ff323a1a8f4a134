// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import (
	"fmt"
	"net"
	"net/url"
	"image"
)

func main() {
	u := net.TCPAddr{nil, 8080, ""}
	e := &url.Error{"GET", "http://x", nil}
	fmt.Println(u, e, image.Point{1, 2})
}
