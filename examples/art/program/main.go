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
// SHA-256 over a secret salt, the canonical input and 32 bytes of the job's randomness
// (random_get: the sandbox derives it inside the enclave from the job id and the request
// commitment, the same on every enclave of the fleet). The randomness binds each image to its
// job: a minter who seals a copy of another token's public input gets a different image, not a
// second copy of that token's art. The program reads no clock.
package main

import (
	"crypto/rand"
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
	tok.JobRand = make([]byte, 32)
	if _, err := io.ReadFull(rand.Reader, tok.JobRand); err != nil {
		fail("job randomness: %v", err)
	}
	if _, err := os.Stdout.Write(render(tok)); err != nil {
		fail("write output: %v", err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "art: "+format+"\n", args...)
	os.Exit(1)
}
