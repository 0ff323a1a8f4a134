// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import "net/http"

func main() {
	resp, err := http.Get("http://127.0.0.1:1/health")
	defer resp.Body.Close()
	if err != nil {
		return
	}
	client := &http.Client{}
	r2, err := client.Get("http://127.0.0.1:1/")
	defer r2.Body.Close()
	_ = err
}
