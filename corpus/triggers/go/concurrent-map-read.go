// hubls-run: /usr/lib/go-1.19/bin/go run {file} 2>&1 | grep -m1 '^fatal error'
package main

func main() {
	m := map[int]int{}
	go func() {
		for i := 0; ; i++ {
			m[i%100] = i
		}
	}()
	sum := 0
	for {
		sum += m[sum%100]
	}
}

// hubls-tool: go
