// hubls-run: echo "## go1.19"; /usr/lib/go-1.19/bin/go vet {file}; echo "## go1.27"; GOTOOLCHAIN=local /opt/hubls-tools/go/bin/go vet {file}
// hubls-tool: govet
package main

import (
	"context"
	"time"
)

func fetch(ctx context.Context) error {
	ctx, _ = context.WithTimeout(ctx, 5*time.Second)
	return ctx.Err()
}

func poll(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	if ctx.Err() != nil {
		return nil
	}
	cancel()
	return nil
}

func main() { fetch(context.Background()); poll(context.Background()) }
