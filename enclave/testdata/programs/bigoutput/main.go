// Command bigoutput writes 64 KiB chunks to stdout forever, ignoring write errors: the sandbox
// must stop it once the output limit is passed.
package main

import (
	"bytes"
	"os"
)

func main() {
	chunk := bytes.Repeat([]byte("0123456789abcdef"), 4096)
	for {
		_, _ = os.Stdout.Write(chunk)
	}
}
