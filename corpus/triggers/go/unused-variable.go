// hubls-run: go run {file}
package main

func main() {
	count := 0
	retries := 3
}
