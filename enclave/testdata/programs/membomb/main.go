// Command membomb allocates (and touches) 1 MiB blocks until memory runs out, printing how far it
// got on stderr. Go cannot recover from running out of memory: its runtime aborts with "fatal
// error: out of memory" and exit code 2, which the sandbox must report as StatusMemoryLimit.
package main

import (
	"fmt"
	"os"
)

var keep [][]byte

func main() {
	for i := 0; ; i++ {
		b := make([]byte, 1<<20)
		for j := 0; j < len(b); j += 4096 {
			b[j] = byte(i) // touch every page
		}
		keep = append(keep, b)
		if i%16 == 0 {
			fmt.Fprintf(os.Stderr, "allocated %d MiB\n", i+1)
		}
	}
}
