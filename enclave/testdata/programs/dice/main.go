// Command dice is a randomised test program: it prints its input, a colon and 16 random bytes in
// hex (WASI random_get, which the sandbox keys with the job's seed).
package main

import (
	"crypto/rand"
	"encoding/hex"
	"io"
	"os"
)

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		os.Exit(1)
	}
	var r [16]byte
	if _, err := rand.Read(r[:]); err != nil {
		os.Exit(2)
	}
	out := append(in, ':')
	out = append(out, hex.EncodeToString(r[:])...)
	if _, err := os.Stdout.Write(out); err != nil {
		os.Exit(1)
	}
}
