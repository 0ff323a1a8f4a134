// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

type Server struct{ port int }

func (s *Server) SetPort(port int) {
	s.port = s.port
}

func main() {
	x := 1
	x = x
	_ = x
}
