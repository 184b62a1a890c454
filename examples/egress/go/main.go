// Command go is a price oracle written in Go for the teeoracle sandbox: it fetches a JSON price
// over HTTPS (TLS ends inside the enclave), with the author's API key read from the secret
// "price_api_key", and writes a JSON result signed with the program key.
//
// Input:  {"url":"https://prices.example.com/v1/price?pair=ETH-USD"}
// Output: {"pair":"ETH-USD","price":"3120.55","jobId":"0x..","attempt":1,
//
//	"signer":"0x..","sig":"0x.."}   (sig: program key over sha256(pair || price || jobId))
//
// or, when the API answers with an error status: {"status":503,"error":"<body>"}.
//
// Build: GOOS=wasip1 GOARCH=wasm go build -o price.wasm ./examples/egress/go, then declare
// the host: go run ./guest/go/cmd/teeo-egress -decl '{"hosts":["prices.example.com"],
// "maxRequests":2,"maxResponseBytes":65536,"timeoutMs":5000}' -in price.wasm -out price.wasm
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/teeoracle/teeoracle/guest/go/teeo"
)

type input struct {
	URL string `json:"url"`
}

type price struct {
	Pair  string `json:"pair"`
	Price string `json:"price"`
}

type output struct {
	Pair    string `json:"pair,omitempty"`
	Price   string `json:"price,omitempty"`
	JobID   string `json:"jobId,omitempty"`
	Attempt uint32 `json:"attempt,omitempty"`
	Signer  string `json:"signer,omitempty"`
	Sig     string `json:"sig,omitempty"`
	Status  int    `json:"status,omitempty"`
	Error   string `json:"error,omitempty"`
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "price:", err)
		os.Exit(1)
	}
}

func run() error {
	var in input
	if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
		return fmt.Errorf("input: %w", err)
	}
	req, err := http.NewRequest(http.MethodGet, in.URL, nil)
	if err != nil {
		return err
	}
	if key, err := teeo.Secret("price_api_key"); err == nil {
		req.Header.Set("X-Api-Key", string(key))
	}
	client := &http.Client{Transport: teeo.Transport{}}
	resp, err := client.Do(req)
	if err != nil {
		return err // network, TLS, or an undeclared host: the job ends with program_error
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout)
	if resp.StatusCode/100 != 2 {
		return enc.Encode(output{Status: resp.StatusCode, Error: string(body)})
	}
	var p price
	if err := json.Unmarshal(body, &p); err != nil {
		return fmt.Errorf("price API answer: %w", err)
	}
	job, err := teeo.Job()
	if err != nil {
		return err
	}
	digest := sha256.Sum256(append([]byte(p.Pair+p.Price), job.JobID[:]...))
	sig, err := teeo.Sign(teeo.KeyProgram, digest)
	if err != nil {
		return err
	}
	signer, err := teeo.KeyAddress(teeo.KeyProgram)
	if err != nil {
		return err
	}
	return enc.Encode(output{Pair: p.Pair, Price: p.Price, JobID: job.JobID.Hex(), Attempt: job.Attempt,
		Signer: signer.Hex(), Sig: "0x" + hex.EncodeToString(sig[:])})
}
