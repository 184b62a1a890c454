// Command program is the trading example's job program (examples/trade): it places a limit order
// on an exchange with the program author's API key and HMAC secret, from inside the enclave, and
// writes the fill for the requesting contract (contracts/src/examples/TradeConsumer.sol).
//
//	GOOS=wasip1 GOARCH=wasm go build -trimpath -o trade.wasm ./examples/trade/program
//	go run ./guest/go/cmd/teeo-egress -decl '{"hosts":["api.exchange.example"],"maxRequests":4}' -in trade.wasm -out trade.wasm
//
// # Author secrets (teeo secret set)
//
//	exchange-url  https://host[:port] of the author's exchange (must be a declared egress host)
//	api-key       the account's API key
//	api-secret    the account's HMAC secret (signs every order; never leaves the enclave)
//
// # Input (stdin), output (stdout)
//
// In: {"market":"ETH-USD","side":"buy"|"sell","quantity":N,"limitPrice":N}. Out: abi.encode(uint256
// filledQty, uint256 avgPrice) (64 bytes). An order the exchange refuses, a network failure or a
// bad input exits 1 (status program_error on-chain); the error text never holds a secret.
//
// # Retries
//
// A job can run twice (a worker died after the order reached the exchange; the relayer tries
// again). The client order id is derived from the job id (ClientOrderID), so the exchange places
// the order once and answers the second run with the same fill: the job's attempt number is only
// logged.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/teeoracle/teeoracle/guest/go/teeo"
)

func main() {
	job, err := teeo.Job()
	if err != nil {
		fail("job info: %v", err)
	}
	var acct account
	for name, dst := range map[string]*string{"exchange-url": &acct.BaseURL, "api-key": &acct.Key} {
		v, err := teeo.Secret(name)
		if err != nil {
			fail("author secret %q: %v", name, err)
		}
		*dst = string(v)
	}
	if acct.Secret, err = teeo.Secret("api-secret"); err != nil {
		fail("author secret %q: %v", "api-secret", err)
	}
	in, err := io.ReadAll(io.LimitReader(os.Stdin, 4096))
	if err != nil {
		fail("read input: %v", err)
	}
	out, err := placeOrder(&http.Client{Transport: teeo.Transport{}}, acct, job.JobID, in)
	if err != nil {
		fail("attempt %d: %v", job.Attempt, err)
	}
	if _, err := os.Stdout.Write(out); err != nil {
		fail("write output: %v", err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "trade: "+format+"\n", args...)
	os.Exit(1)
}
