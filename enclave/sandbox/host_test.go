package sandbox_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/egress"
	"github.com/teeoracle/teeoracle/enclave/egress/egresstest"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/enclave/sandbox/sandboxtest"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/wasmmod"
)

// hostOutput is what the hostcalls test program reports.
type hostOutput struct {
	Job       map[string]any    `json:"job"`
	JobErr    string            `json:"jobErr"`
	Secrets   map[string]string `json:"secrets"`
	Program   string            `json:"programKey"`
	Code      string            `json:"codeKey"`
	KeyErr    string            `json:"keyErr"`
	Sig       string            `json:"sig"`
	Responses []struct {
		Status int               `json:"status"`
		Header map[string]string `json:"header"`
		Body   string            `json:"body"`
		Err    string            `json:"err"`
		Errno  uint32            `json:"errno"`
	} `json:"responses"`
}

// egressEnv is a simulation CA, a DNS server answering api.test and other.test with loopback,
// an HTTPS server for api.test and an egress client trusting the CA.
type egressEnv struct {
	ca     *egresstest.CA
	dns    *egresstest.DNS
	port   int
	client *egress.Client
}

func newEgressEnv(t testing.TB, limits egress.Limits, h http.HandlerFunc) *egressEnv {
	t.Helper()
	ca, err := egresstest.NewCA("sim extra CA")
	if err != nil {
		t.Fatal(err)
	}
	dns, err := egresstest.StartDNS(map[string]string{"api.test": "127.0.0.1", "other.test": "127.0.0.1"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(dns.Close)
	srv, err := ca.Server("127.0.0.1:0", h, "api.test", "other.test")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	c, err := egress.New(egress.Config{Limits: limits, Simulation: true, SimExtraCAPEM: ca.PEM, Resolver: dns.Resolver(),
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	return &egressEnv{ca: ca, dns: dns, port: egresstest.Port(srv), client: c}
}

// declared returns the hostcalls module with an egress declaration.
func declared(t testing.TB, decl string) []byte {
	t.Helper()
	return declare(t, modules["hostcalls"], decl)
}

// declare returns mod with an egress declaration.
func declare(t testing.TB, mod []byte, decl string) []byte {
	t.Helper()
	if _, err := wasmmod.ParseEgress([]byte(decl)); err != nil {
		t.Fatal(err)
	}
	return wasmmod.AppendCustomSection(mod, wasmmod.EgressSection, []byte(decl))
}

func runHost(t *testing.T, sb *sandbox.Sandbox, mod []byte, input string, host *sandbox.Host) (sandbox.Outcome, hostOutput) {
	t.Helper()
	out, err := sb.RunHost(context.Background(), sandboxtest.ID(mod), sandboxtest.Loader(mod, nil), []byte(input), [32]byte{}, host)
	if err != nil {
		t.Fatalf("RunHost: %v", err)
	}
	var ho hostOutput
	if out.Status == protocol.StatusOK {
		if err := json.Unmarshal(out.Output, &ho); err != nil {
			t.Fatalf("output %q: %v", out.Output, err)
		}
	}
	return out, ho
}

func testSigner(t *testing.T) sandbox.KeySigner {
	t.Helper()
	p, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	c, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return sandbox.KeySigner{Program: p, Code: c}
}

// TestHostInterface runs a Go program that uses every host call through the guest library.
func TestHostInterface(t *testing.T) {
	env := newEgressEnv(t, egress.Limits{}, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/down" {
			http.Error(w, "maintenance", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("X-Seen-Key", r.Header.Get("X-Api-Key"))
		fmt.Fprintf(w, `{"path":%q,"method":%q}`, r.URL.Path, r.Method)
	})
	mod := declared(t, fmt.Sprintf(`{"hosts":["api.test:%d"]}`, env.port))
	signer := testSigner(t)
	job := sandbox.Job{ChainID: big.NewInt(31337), Router: common.HexToAddress("0x01"), JobID: common.HexToHash("0x0a"),
		Attempt: 2, Requester: common.HexToAddress("0x02"), User: common.HexToAddress("0x03"),
		ProgramID: common.HexToHash("0x0b"), Version: 3, CodeHash: sandboxtest.ID(mod)}
	host := &sandbox.Host{Job: job, Secrets: map[string][]byte{"api_key": []byte("k-123"), "empty": {}, "big": bytes.Repeat([]byte{'s'}, 1000)},
		Signer: signer, Egress: env.client}
	digest := sha256.Sum256([]byte("a digest"))
	base := fmt.Sprintf("https://api.test:%d", env.port)
	in := fmt.Sprintf(`{"secrets":["api_key","empty","big","missing"],"sign":"0x%x","requests":[
		{"method":"GET","url":"%s/price","header":{"X-Api-Key":"k-123"}},
		{"method":"POST","url":"%s/down","body":"x"},
		{"method":"GET","url":"https://other.test:%d/"},
		{"method":"GET","url":"http://api.test:%d/"}]}`, digest, base, base, env.port, env.port)
	sb := newSandbox(t, sandbox.Config{Engine: sandbox.EngineCompiler})
	out, ho := runHost(t, sb, mod, in, host)
	if out.Status != protocol.StatusOK {
		t.Fatalf("status %s reason %q stderr %q", out.Status, out.Reason, out.Stderr)
	}
	wantJob := map[string]any{"chainId": "31337", "router": job.Router.Hex(), "jobId": job.JobID.Hex(), "attempt": 2.0,
		"requester": job.Requester.Hex(), "user": job.User.Hex(), "programId": job.ProgramID.Hex(), "version": 3.0,
		"codeHash": job.CodeHash.Hex()}
	for k, v := range wantJob {
		if got := ho.Job[k]; fmt.Sprint(got) != strings.ToLower(fmt.Sprint(v)) && fmt.Sprint(got) != fmt.Sprint(v) {
			t.Errorf("job %s = %v, want %v", k, got, v)
		}
	}
	if ho.Secrets["api_key"] != "k-123" || ho.Secrets["empty"] != "" || len(ho.Secrets["big"]) != 1000 ||
		ho.Secrets["missing"] != "error: teeo: not found" {
		t.Errorf("secrets %q", ho.Secrets)
	}
	pa, _ := signer.KeyAddress(sandbox.KeyProgram)
	ca, _ := signer.KeyAddress(sandbox.KeyCode)
	if !strings.EqualFold(ho.Program, pa.Hex()) || !strings.EqualFold(ho.Code, ca.Hex()) || pa == ca {
		t.Errorf("keys %s %s, want %s %s", ho.Program, ho.Code, pa.Hex(), ca.Hex())
	}
	sig, err := hex.DecodeString(strings.TrimPrefix(ho.Sig, "0x"))
	if err != nil || len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		t.Fatalf("sig %q", ho.Sig)
	}
	sig[64] -= 27
	pub, err := crypto.SigToPub(digest[:], sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != pa {
		t.Fatalf("signature does not recover to the program key: %v", err)
	}
	r := ho.Responses
	if len(r) != 4 {
		t.Fatalf("responses %+v", r)
	}
	if r[0].Status != 200 || r[0].Body != `{"path":"/price","method":"GET"}` || r[0].Header["X-Seen-Key"] != "k-123" {
		t.Errorf("GET: %+v", r[0])
	}
	if r[1].Status != 503 || !strings.Contains(r[1].Body, "maintenance") {
		t.Errorf("non-2xx must reach the program: %+v", r[1])
	}
	if r[2].Errno != uint32(sandbox.ErrnoNotAllowed) || !strings.Contains(r[2].Err, "not declared") {
		t.Errorf("undeclared host: %+v", r[2])
	}
	if r[3].Errno != uint32(sandbox.ErrnoNotAllowed) || !strings.Contains(r[3].Err, "https only") {
		t.Errorf("plain http: %+v", r[3])
	}
	if bytes.Contains(out.Stderr, []byte("k-123")) {
		t.Error("secret in stderr")
	}
}

// TestHostAbsent: the same program without host services (Run, or a Host without signer or
// egress) gets ErrnoUnavailable / not allowed, and still finishes normally.
func TestHostAbsent(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{Engine: sandbox.EngineCompiler})
	in := `{"secrets":["a"],"sign":"0x` + strings.Repeat("11", 32) + `","requests":[{"method":"GET","url":"https://api.test/"}]}`
	mod := modules["hostcalls"]
	out, ho := runHost(t, sb, mod, in, nil)
	if out.Status != protocol.StatusOK || ho.JobErr != "teeo: unavailable" || ho.KeyErr != "teeo: unavailable" ||
		ho.Secrets["a"] != "error: teeo: unavailable" || ho.Responses[0].Errno != uint32(sandbox.ErrnoUnavailable) {
		t.Fatalf("no host: %s %+v", out.Status, ho)
	}
	out, ho = runHost(t, sb, mod, in, &sandbox.Host{Job: sandbox.Job{Attempt: 1}})
	if out.Status != protocol.StatusOK || ho.JobErr != "" || ho.KeyErr != "teeo: unavailable" ||
		ho.Secrets["a"] != "error: teeo: not found" || ho.Responses[0].Errno != uint32(sandbox.ErrnoUnavailable) {
		t.Fatalf("empty host: %s %+v", out.Status, ho)
	}
}

// TestEgressBudgetStatus: going over each budget ends the job with StatusEgressBudget (and no
// output), whatever the program does next.
func TestEgressBudgetStatus(t *testing.T) {
	env := newEgressEnv(t, egress.Limits{}, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big":
			w.Write(make([]byte, 5000))
		case "/slow":
			select {
			case <-time.After(5 * time.Second):
			case <-r.Context().Done():
			}
		default:
			fmt.Fprint(w, "ok")
		}
	})
	base := fmt.Sprintf("https://api.test:%d", env.port)
	host := fmt.Sprintf(`"hosts":["api.test:%d"]`, env.port)
	sb := newSandbox(t, sandbox.Config{Engine: sandbox.EngineCompiler, Timeout: 2 * time.Second})
	cases := []struct{ name, decl, reqs, reason string }{
		{"count", `{` + host + `,"maxRequests":2}`, `[{"url":"` + base + `/"},{"url":"` + base + `/"},{"url":"` + base + `/"}]`, "request 3 over the budget of 2"},
		{"response_bytes", `{` + host + `,"maxResponseBytes":1000}`, `[{"url":"` + base + `/big"}]`, "response bytes"},
		{"slow_server", `{` + host + `,"timeoutMs":300}`, `[{"url":"` + base + `/slow"}]`, "time budget"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, _ := runHost(t, sb, declared(t, tc.decl), `{"requests":`+tc.reqs+`}`, &sandbox.Host{Egress: env.client})
			if out.Status != protocol.StatusEgressBudget || out.Output != nil || !strings.Contains(out.Reason, tc.reason) {
				t.Fatalf("status %s output %q reason %q, want egress_budget (%s)", out.Status, out.Output, out.Reason, tc.reason)
			}
		})
	}
	// Time spent waiting on the network does not count against the execution timeout.
	t.Run("network_time_not_execution_time", func(t *testing.T) {
		out, ho := runHost(t, sb, declared(t, `{`+host+`,"timeoutMs":4000}`),
			`{"requests":[{"url":"`+base+`/slow?a"}]}`, &sandbox.Host{Egress: env.client})
		if out.Status != protocol.StatusEgressBudget {
			t.Fatalf("status %s reason %q responses %+v, want egress_budget after 4 s of a 2 s execution limit", out.Status, out.Reason, ho.Responses)
		}
	})
}

// TestHostSeesCiphertextOnly: the host carries the TLS bytes (here a relay that records them);
// the secret header value, the request path and the response body never appear in them.
func TestHostSeesCiphertextOnly(t *testing.T) {
	const secret = "sk-live-7f3a9c1e5b2d4f60"
	const path = "/v1/accounts/alice-private/orders"
	env := newEgressEnv(t, egress.Limits{}, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+secret || r.URL.Path != path {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		fmt.Fprint(w, "balance=9876543210-confidential")
	})
	relay, err := egresstest.StartRelay("127.0.0.1:0", fmt.Sprintf("127.0.0.1:%d", env.port))
	if err != nil {
		t.Fatal(err)
	}
	defer relay.Close()
	mod := declared(t, fmt.Sprintf(`{"hosts":["api.test:%d"]}`, relay.Port()))
	sb := newSandbox(t, sandbox.Config{Engine: sandbox.EngineCompiler})
	in := fmt.Sprintf(`{"requests":[{"url":"https://api.test:%d%s","header":{"Authorization":"Bearer %s"}}]}`, relay.Port(), path, secret)
	out, ho := runHost(t, sb, mod, in, &sandbox.Host{Egress: env.client})
	if out.Status != protocol.StatusOK || len(ho.Responses) != 1 || ho.Responses[0].Status != 200 {
		t.Fatalf("status %s responses %+v", out.Status, ho.Responses)
	}
	rec := relay.Recorded()
	if relay.Conns() == 0 || len(rec) < 1000 || rec[0] != 0x16 {
		t.Fatalf("the relay carried %d bytes over %d connections, first byte %#x: want a TLS handshake", len(rec), relay.Conns(), rec[0])
	}
	for _, s := range []string{secret, path, "alice-private", "balance=", "Bearer"} {
		if bytes.Contains(rec, []byte(s)) {
			t.Errorf("the host saw %q in clear", s)
		}
	}
	if !bytes.Contains(rec, []byte("api.test")) {
		t.Error("SNI (the declared name) missing: is this TLS at all?")
	}
}

// TestNotACommand: modules that are not WASI commands get a signed program_error with a
// reason, never ok with empty output.
func TestNotACommand(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{Engine: sandbox.EngineCompiler})
	headerOnly := []byte{0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00}
	for name, tc := range map[string]struct {
		mod    []byte
		reason string
	}{
		"header_only":   {headerOnly, "no _start"},
		"bad_egress":    {wasmmod.AppendCustomSection(sandbox.MinimalModule(), wasmmod.EgressSection, []byte(`{"hosts":["http://x"]}`)), "invalid egress declaration"},
		"bad_teeoracle": {wasmmod.AppendCustomSection(headerOnly, "x", nil), "no _start"},
	} {
		t.Run(name, func(t *testing.T) {
			out, err := sb.Run(context.Background(), sandboxtest.ID(tc.mod), sandboxtest.Loader(tc.mod, nil), nil, [32]byte{})
			if err != nil {
				t.Fatal(err)
			}
			if out.Status != protocol.StatusProgramError || out.Output != nil || !strings.Contains(out.Reason, tc.reason) {
				t.Fatalf("status %s output %q reason %q", out.Status, out.Output, out.Reason)
			}
		})
	}
}
