// Command program is the credit check example's job program (examples/credit): it reads the
// applicant's bank token (a per-user secret sealed in the applicant's input), fetches the
// applicant's transactions from the bank over HTTPS from inside the enclave, and writes one byte
// for the lender's contract (contracts/src/examples/CreditCheck.sol): 1 approved, 0 denied.
// Neither the token nor the transactions ever leave the enclave.
//
//	GOOS=wasip1 GOARCH=wasm go build -trimpath -o credit.wasm ./examples/credit/program
//	go run ./guest/go/cmd/teeo-egress -decl '{"hosts":["bank.example"],"maxRequests":2}' -in credit.wasm -out credit.wasm
//
// # Secrets
//
//	bank-url     author secret: https://host[:port] of the bank (a declared egress host)
//	bank-token   per-user secret, in the applicant's sealed secrets-and-input (docs/formats.md)
//
// # Input (stdin), output (stdout)
//
// In: {"amount": N} (cents asked for). Out: one byte (Decide). A bad input, a refused token or a
// network failure exits 1 (status program_error on-chain); the error text never holds the token.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/teeoracle/teeoracle/guest/go/teeo"
)

func main() {
	bankURL, err := teeo.Secret("bank-url")
	if err != nil {
		fail("author secret %q: %v", "bank-url", err)
	}
	token, err := teeo.Secret("bank-token")
	if err != nil {
		fail("the input carries no %q: %v", "bank-token", err)
	}
	in, err := io.ReadAll(io.LimitReader(os.Stdin, 4096))
	if err != nil {
		fail("read input: %v", err)
	}
	out, err := check(&http.Client{Transport: teeo.Transport{}}, string(bankURL), token, in)
	if err != nil {
		fail("%v", err)
	}
	if _, err := os.Stdout.Write(out); err != nil {
		fail("write output: %v", err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "credit: "+format+"\n", args...)
	os.Exit(1)
}
