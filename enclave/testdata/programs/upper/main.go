// Command upper copies stdin to stdout in upper case: the minimal Go test program.
package main

import (
	"bytes"
	"io"
	"os"
)

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		os.Exit(1)
	}
	if _, err := os.Stdout.Write(bytes.ToUpper(in)); err != nil {
		os.Exit(1)
	}
}
