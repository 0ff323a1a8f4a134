// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import (
	"encoding/json"
	"fmt"
)

type Config struct{ Port int }

func main() {
	var cfg Config
	_ = json.Unmarshal([]byte(`{"Port":1}`), cfg)
	var ids []int
	_ = json.NewDecoder(nil).Decode(ids)
	fmt.Println(cfg, ids)
}
