// Command loop never ends: the sandbox must stop it at its time limit.
package main

var counter uint64

func main() {
	for {
		counter++
	}
}
