package egress_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/egress"
	"github.com/teeoracle/teeoracle/enclave/egress/egresstest"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/enclave/sandbox/sandboxtest"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/wasmmod"
)

// priceAPI is the local HTTPS price API: it wants the author's key and answers a price; pair
// "DOWN" gets a 503.
func priceAPI(t *testing.T) (*egresstest.CA, *egresstest.DNS, int) {
	t.Helper()
	ca, err := egresstest.NewCA("sim extra CA")
	if err != nil {
		t.Fatal(err)
	}
	dns, err := egresstest.StartDNS(map[string]string{"prices.test": "127.0.0.1"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(dns.Close)
	srv, err := ca.Server("127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Api-Key") != "author-key-1" {
			http.Error(w, "bad key", http.StatusUnauthorized)
			return
		}
		pair := r.URL.Query().Get("pair")
		if pair == "DOWN" {
			http.Error(w, "maintenance", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"pair":%q,"price":"3120.55"}`, pair)
	}), "prices.test")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	return ca, dns, egresstest.Port(srv)
}

func runPrice(t *testing.T, module []byte, port int, client *egress.Client, signer sandbox.Signer, input string) sandbox.Outcome {
	t.Helper()
	decl := fmt.Sprintf(`{"hosts":["prices.test:%d"],"maxRequests":2,"maxResponseBytes":65536,"timeoutMs":5000}`, port)
	module = wasmmod.AppendCustomSection(module, wasmmod.EgressSection, []byte(decl))
	if err := wasmmod.CheckCommand(module); err != nil {
		t.Fatal(err)
	}
	sb, err := sandbox.New(context.Background(), sandbox.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer sb.Close(context.Background())
	host := &sandbox.Host{
		Job:     sandbox.Job{JobID: common.HexToHash("0x1234"), Attempt: 1, CodeHash: sandboxtest.ID(module)},
		Secrets: map[string][]byte{"price_api_key": []byte("author-key-1")},
		Signer:  signer,
		Egress:  client,
	}
	out, err := sb.RunHost(context.Background(), sandboxtest.ID(module), sandboxtest.Loader(module, nil), []byte(input), [32]byte{}, host)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func setup(t *testing.T) (int, *egress.Client, sandbox.KeySigner) {
	ca, dns, port := priceAPI(t)
	client, err := egress.New(egress.Config{Simulation: true, SimExtraCAPEM: ca.PEM, Resolver: dns.Resolver(), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	pk, _ := crypto.GenerateKey()
	ck, _ := crypto.GenerateKey()
	return port, client, sandbox.KeySigner{Program: pk, Code: ck}
}

// TestGoPriceOracle builds the Go example and runs it as the enclave would.
func TestGoPriceOracle(t *testing.T) {
	mods, err := sandboxtest.Build(t.TempDir(), "./examples/egress/go")
	if err != nil {
		t.Fatal(err)
	}
	port, client, signer := setup(t)
	url := fmt.Sprintf("https://prices.test:%d/v1/price?pair=", port)

	out := runPrice(t, mods["go"], port, client, signer, `{"url":"`+url+`ETH-USD"}`)
	if out.Status != protocol.StatusOK {
		t.Fatalf("status %s reason %q stderr %q", out.Status, out.Reason, out.Stderr)
	}
	var res struct{ Pair, Price, JobID, Signer, Sig string }
	if err := json.Unmarshal(out.Output, &res); err != nil {
		t.Fatalf("output %q: %v", out.Output, err)
	}
	if res.Pair != "ETH-USD" || res.Price != "3120.55" {
		t.Fatalf("output %q", out.Output)
	}
	want, _ := signer.KeyAddress(sandbox.KeyProgram)
	sig, _ := hex.DecodeString(strings.TrimPrefix(res.Sig, "0x"))
	jobID := common.HexToHash("0x1234")
	digest := sha256.Sum256(append([]byte(res.Pair+res.Price), jobID[:]...))
	if len(sig) != 65 {
		t.Fatalf("sig %q", res.Sig)
	}
	sig[64] -= 27
	pub, err := crypto.SigToPub(digest[:], sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != want || !strings.EqualFold(res.Signer, want.Hex()) {
		t.Fatalf("signature does not recover to the program key %s: %v", want.Hex(), err)
	}

	out = runPrice(t, mods["go"], port, client, signer, `{"url":"`+url+`DOWN"}`)
	if out.Status != protocol.StatusOK || !strings.Contains(string(out.Output), `"status":503`) {
		t.Fatalf("non-2xx: status %s output %q", out.Status, out.Output)
	}
}

// TestAssemblyScriptPriceOracle builds the AssemblyScript example (npm ci of the committed
// lock, then asc) and runs it as the enclave would.
func TestAssemblyScriptPriceOracle(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join(root, "scripts/guest-as.sh"), "build")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("scripts/guest-as.sh build: %v\n%s", err, b)
	}
	module, err := os.ReadFile(filepath.Join(root, "examples/egress/as/build/price.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	port, client, signer := setup(t)
	url := fmt.Sprintf("https://prices.test:%d/v1/price?pair=", port)
	out := runPrice(t, module, port, client, signer, url+"ETH-USD")
	want, _ := signer.KeyAddress(sandbox.KeyProgram)
	if out.Status != protocol.StatusOK {
		t.Fatalf("status %s reason %q stderr %q", out.Status, out.Reason, out.Stderr)
	}
	for _, line := range []string{"status=200", "attempt=1", "program_key=" + strings.ToLower(want.Hex()), `{"pair":"ETH-USD","price":"3120.55"}`} {
		if !strings.Contains(string(out.Output), line) {
			t.Errorf("output lacks %q:\n%s", line, out.Output)
		}
	}
	out = runPrice(t, module, port, client, signer, url+"DOWN")
	if out.Status != protocol.StatusOK || !strings.Contains(string(out.Output), "status=503") {
		t.Fatalf("non-2xx: status %s output %q", out.Status, out.Output)
	}
	out = runPrice(t, module, port, client, signer, strings.Replace(url, "prices.test", "other.test", 1)+"X")
	if out.Status != protocol.StatusOK || !strings.Contains(string(out.Output), "error=4") {
		t.Fatalf("undeclared host: status %s output %q", out.Status, out.Output)
	}
}
