// Command approve stands in for the credit program on a stack that has not deployed the real one
// (examples/credit/program): it writes the decision byte CreditCheck expects, 1 (approved) when its
// input holds a request, 0 otherwise. The credit page's test (e2e TestCreditPage) runs it to prove
// the page's sealed input opens in the enclave under its binding.
package main

import (
	"io"
	"os"
	"strings"
)

func main() {
	in, _ := io.ReadAll(os.Stdin)
	if strings.Contains(string(in), `"amount"`) {
		os.Stdout.Write([]byte{1})
		return
	}
	os.Stdout.Write([]byte{0})
}
