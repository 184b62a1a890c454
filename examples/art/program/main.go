// Command program is the example generative-art job program: an artist's secret algorithm that
// the enclave runs for an NFT minter. Compile it to a WASI module with
//
//	GOOS=wasip1 GOARCH=wasm go build -trimpath -o art.wasm ./examples/art/program
//
// # Input (stdin)
//
// A JSON object:
//
//	{"tokenId": 42, "seed": "0x<hex bytes>", "owner": "0x<20-byte address>"}
//
// tokenId is a non-negative integer (a JSON number or a decimal string, up to uint256); seed and
// owner are optional 0x-prefixed hex strings (the minter usually passes a block hash or request
// id as seed). Anything else (not JSON, unknown fields, bad hex, a negative or fractional id)
// makes the program exit with code 1 and a message on stderr: StatusProgramError on-chain.
//
// # Output (stdout)
//
// One SVG document (1000×1000 viewBox, typically 6-12 KiB, always under 16 KiB): a gradient
// ground, blurred glows, a flow field of stroked lines, a motif and film grain, in one of a
// set of palettes; the token's traits are written in its <desc>. Everything derives from
// SHA-256 over a secret salt and the canonical input, so a token always gets the same image
// and different tokens get different images. The program reads no clock and no randomness.
package main

import (
	"fmt"
	"io"
	"os"
)

const maxInput = 4 << 10

func main() {
	in, err := io.ReadAll(io.LimitReader(os.Stdin, maxInput+1))
	if err != nil {
		fail("read input: %v", err)
	}
	if len(in) > maxInput {
		fail("input over %d bytes", maxInput)
	}
	tok, err := parseToken(in)
	if err != nil {
		fail("%v", err)
	}
	if _, err := os.Stdout.Write(render(tok)); err != nil {
		fail("write output: %v", err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "art: "+format+"\n", args...)
	os.Exit(1)
}
