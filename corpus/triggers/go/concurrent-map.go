// hubls-run: /usr/lib/go-1.19/bin/go run {file} 2>&1 | grep -m1 '^fatal error'
package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100000; j++ {
				m[j] = i
			}
		}(i)
	}
	wg.Wait()
}

// hubls-tool: go
