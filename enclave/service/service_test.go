package service_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/attest"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/enclave/ipfs/ipfstest"
	"github.com/teeoracle/teeoracle/enclave/keystore"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/enclave/service"
	"github.com/teeoracle/teeoracle/protocol"
)

// syncBuffer is a log sink safe for the service's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func config(kuboAPI, dataDir, tlsMode string) service.Config {
	return service.Config{
		Listen:             "127.0.0.1:0",
		DataDir:            dataDir,
		IPFSAPI:            kuboAPI,
		InsecureSimulation: true,
		TLS:                tlsMode,
		Version:            "test",
	}
}

func start(t testing.TB, cfg service.Config, logs io.Writer) *service.Service {
	t.Helper()
	if logs == nil {
		logs = io.Discard
	}
	svc, err := service.Start(context.Background(), cfg, slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = svc.Stop(context.Background()) })
	return svc
}

// publishMinimal encrypts the sandbox's minimal cat module to the worker and adds it to IPFS.
func publishMinimal(t testing.TB, kuboAPI string, id api.Identity) (programID common.Hash, cid string) {
	t.Helper()
	encKey, err := protocol.ParsePublicKey(id.EncryptionKey)
	if err != nil {
		t.Fatal(err)
	}
	blob, pid, err := protocol.EncryptProgram(encKey, sandbox.MinimalModule())
	if err != nil {
		t.Fatal(err)
	}
	cid, err = ipfs.New(kuboAPI).Add(context.Background(), blob)
	if err != nil {
		t.Fatal(err)
	}
	return pid, cid
}

var (
	chainID = big.NewInt(31337)
	router  = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
)

func makeJob(nonce uint64, programID common.Hash, cid string, input []byte) api.Job {
	return api.Job{
		ChainID:          (*hexutil.Big)(chainID),
		Router:           router,
		JobID:            protocol.JobID(chainID, router, nonce),
		Requester:        common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
		ProgramID:        programID,
		Input:            input,
		CallbackGasLimit: 100_000,
		Fee:              (*hexutil.Big)(big.NewInt(1000)),
		Deadline:         2_000_000_000,
		ProgramCID:       cid,
	}
}

func TestSGXModeRefusedWithoutEnclave(t *testing.T) {
	cfg := config("127.0.0.1:1", t.TempDir(), service.TLSAuto)
	cfg.InsecureSimulation = false
	_, err := service.Start(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if !errors.Is(err, attest.ErrNoEnclave) {
		t.Fatalf("err = %v, want ErrNoEnclave", err)
	}
	entries, _ := os.ReadDir(cfg.DataDir)
	if len(entries) != 0 {
		t.Fatalf("something was written without an enclave: %v", entries)
	}
}

func TestConfigCheck(t *testing.T) {
	tests := map[string]func(c *service.Config){
		"TLS off in SGX mode": func(c *service.Config) { c.InsecureSimulation = false; c.TLS = service.TLSOff },
		"unknown TLS mode":    func(c *service.Config) { c.TLS = "maybe" },
		"no data dir":         func(c *service.Config) { c.DataDir = "" },
		"no listen address":   func(c *service.Config) { c.Listen = "" },
		"no IPFS":             func(c *service.Config) { c.IPFSAPI = "" },
	}
	for name, mutate := range tests {
		t.Run(name, func(t *testing.T) {
			c := config("127.0.0.1:5001", "d", service.TLSAuto)
			mutate(&c)
			if err := c.Check(); err == nil {
				t.Fatal("accepted")
			}
		})
	}
	if err := config("127.0.0.1:5001", "d", service.TLSOff).Check(); err != nil {
		t.Fatalf("TLS off in simulation refused: %v", err)
	}
}

func TestRestartKeepsIdentity(t *testing.T) {
	kubo := ipfstest.Start(t)
	dir := t.TempDir()
	ctx := context.Background()
	logs := &syncBuffer{}

	svc := start(t, config(kubo.API, dir, service.TLSOff), logs)
	c, err := client.New(svc.URL(), client.AllowSimulation())
	if err != nil {
		t.Fatal(err)
	}
	first, err := c.Identity(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !first.Insecure || first.ReportType != "simulation" || !bytes.HasPrefix(first.Report, []byte(attest.SimulatedReportPrefix)) {
		t.Fatalf("simulation identity does not say so: %+v", first)
	}
	if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "INSECURE SIMULATION") {
		t.Fatal("simulation start not logged loudly")
	}
	pid, cid := publishMinimal(t, kubo.API, first)
	res, err := c.Execute(ctx, []api.Job{makeJob(1, pid, cid, []byte{0x10, 'h', 'i'})})
	if err != nil || !res[0].Signed() || string(res[0].Output) != "hi" {
		t.Fatalf("before restart: %+v %v", res, err)
	}
	if err := svc.Stop(ctx); err != nil {
		t.Fatal(err)
	}

	// The key file is the clearly marked insecure one, and holds no sealed-mode file.
	raw, err := os.ReadFile(filepath.Join(dir, keystore.InsecureFile))
	if err != nil || !bytes.HasPrefix(raw, []byte("TEEORACLE INSECURE SIMULATION DATA")) {
		t.Fatalf("insecure key file: %v %q", err, raw[:min(len(raw), 40)])
	}
	if strings.Contains(logs.String(), fmt.Sprintf("%x", crypto.FromECDSA(svc.Keys().Signing))) {
		t.Fatal("private key logged")
	}

	svc2 := start(t, config(kubo.API, dir, service.TLSOff), nil)
	c2, _ := client.New(svc2.URL(), client.AllowSimulation())
	second, err := c2.Identity(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if second.Signer != first.Signer || !bytes.Equal(second.EncryptionKey, first.EncryptionKey) {
		t.Fatalf("identity changed across restart: %s -> %s", first.Signer, second.Signer)
	}
	// The program encrypted to the first run's key still runs, signed by the same signer.
	res, err = c2.Execute(ctx, []api.Job{makeJob(2, pid, cid, []byte{0x10, 'o', 'k'})})
	if err != nil || !res[0].Signed() || res[0].Signer != first.Signer || string(res[0].Output) != "ok" {
		t.Fatalf("after restart: %+v %v", res, err)
	}
}

func TestAttestedTLS(t *testing.T) {
	kubo := ipfstest.Start(t)
	ctx := context.Background()
	svc := start(t, config(kubo.API, t.TempDir(), service.TLSOn), nil)
	if !strings.HasPrefix(svc.URL(), "https://") {
		t.Fatalf("URL %s", svc.URL())
	}

	c, err := client.New(svc.URL(), client.AllowSimulation())
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.Identity(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id.TLSKeyHash == (common.Hash{}) || !bytes.Equal(id.ReportData[32:], id.TLSKeyHash[:]) {
		t.Fatalf("report does not bind the TLS key: %+v", id)
	}
	pid, cid := publishMinimal(t, kubo.API, id)
	res, err := c.Execute(ctx, []api.Job{makeJob(1, pid, cid, []byte{0x10, 't', 'l', 's'})})
	if err != nil || !res[0].Signed() || string(res[0].Output) != "tls" {
		t.Fatalf("execute over TLS: %+v %v", res, err)
	}

	t.Run("simulation refused by default", func(t *testing.T) {
		strict, _ := client.New(svc.URL())
		if _, err := strict.Identity(ctx); !errors.Is(err, client.ErrAttestation) {
			t.Fatalf("err = %v, want ErrAttestation", err)
		}
	})

	t.Run("man in the middle", func(t *testing.T) {
		// A proxy with its own certificate relays the genuine identity: the report binds the
		// worker's TLS key, not the proxy's, so the client must refuse.
		mitm := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			real, err := client.New(svc.URL(), client.AllowSimulation())
			if err != nil {
				http.Error(w, err.Error(), 500)
				return
			}
			id, err := real.Identity(r.Context())
			if err != nil {
				http.Error(w, err.Error(), 500)
				return
			}
			_ = json.NewEncoder(w).Encode(id)
		}))
		defer mitm.Close()
		victim, _ := client.New(mitm.URL, client.AllowSimulation())
		_, err := victim.Identity(ctx)
		if !errors.Is(err, client.ErrAttestation) || !strings.Contains(err.Error(), "TLS") {
			t.Fatalf("err = %v, want ErrAttestation about TLS", err)
		}
	})

	t.Run("forged identity", func(t *testing.T) {
		// A worker claiming another signer than its report binds.
		forged := id
		forged.Signer = common.HexToAddress("0x0000000000000000000000000000000000000bad")
		fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			_ = json.NewEncoder(w).Encode(forged)
		}))
		defer fake.Close()
		fc, _ := client.New(fake.URL, client.AllowSimulation())
		if _, err := fc.Identity(ctx); !errors.Is(err, client.ErrAttestation) {
			t.Fatalf("err = %v, want ErrAttestation", err)
		}
	})

	t.Run("report verifier", func(t *testing.T) {
		called := false
		v := func(context.Context, api.Identity) error { called = true; return errors.New("measurement not allowed") }
		vc, _ := client.New(svc.URL(), client.AllowSimulation(), client.WithReportVerifier(v))
		if _, err := vc.Identity(ctx); err != nil {
			t.Fatalf("simulation reports skip the SGX verifier: %v", err)
		}
		if called {
			t.Fatal("SGX verifier called for a simulated report")
		}
	})
}

func TestRestartWithTLSNeedsReattestation(t *testing.T) {
	kubo := ipfstest.Start(t)
	dir := t.TempDir()
	ctx := context.Background()
	svc := start(t, config(kubo.API, dir, service.TLSOn), nil)
	c, _ := client.New(svc.URL(), client.AllowSimulation())
	first, err := c.Identity(ctx)
	if err != nil {
		t.Fatal(err)
	}
	pid, cid := publishMinimal(t, kubo.API, first)
	addr := strings.TrimPrefix(svc.URL(), "https://")
	if err := svc.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	cfg := config(kubo.API, dir, service.TLSOn)
	cfg.Listen = addr // same address, new TLS key
	svc2 := start(t, cfg, nil)
	_, err = c.Execute(ctx, []api.Job{makeJob(1, pid, cid, nil)})
	if !errors.Is(err, client.ErrAttestation) {
		t.Fatalf("a new TLS key was accepted without re-attestation: %v", err)
	}
	c.Forget()
	second, err := c.Identity(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if second.Signer != first.Signer || second.TLSKeyHash == first.TLSKeyHash {
		t.Fatalf("after restart: signer %s (was %s), TLS key hash changed: %v", second.Signer, first.Signer, second.TLSKeyHash != first.TLSKeyHash)
	}
	res, err := c.Execute(ctx, []api.Job{makeJob(2, pid, cid, []byte{0x10, 'o', 'k'})})
	if err != nil || !res[0].Signed() || string(res[0].Output) != "ok" {
		t.Fatalf("after re-attestation: %+v %v", res, err)
	}
	_ = svc2
}

func TestHTTPAPI(t *testing.T) {
	kubo := ipfstest.Start(t)
	ctx := context.Background()
	cfg := config(kubo.API, t.TempDir(), service.TLSOff)
	cfg.Server.Concurrency = 4
	cfg.MetricsListen = "127.0.0.1:0"
	svc := start(t, cfg, nil)
	c, _ := client.New(svc.URL(), client.AllowSimulation())
	id, err := c.Identity(ctx)
	if err != nil {
		t.Fatal(err)
	}
	pid, cid := publishMinimal(t, kubo.API, id)

	jobs := make([]api.Job, 50)
	for i := range jobs {
		jobs[i] = makeJob(uint64(i+1), pid, cid, []byte(fmt.Sprintf("\x10job %d", i)))
	}
	jobs[7].Input = []byte{0x99} // bad envelope: signed bad_input
	jobs[9].ProgramCID = ipfs.RawCID([]byte("missing")).String()
	jobs[9].ProgramID = crypto.Keccak256Hash([]byte("another program")) // not cached: must be fetched
	res, err := c.Execute(ctx, jobs)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		switch i {
		case 7:
			if !r.Signed() || r.Status != protocol.StatusBadInput {
				t.Fatalf("job 7: %+v", r)
			}
		case 9:
			if r.Signed() || r.ErrorCode != api.ErrCodeProgramUnavailable {
				t.Fatalf("job 9: %+v", r)
			}
		default:
			if !r.Signed() || r.Status != protocol.StatusOK || string(r.Output) != fmt.Sprintf("job %d", i) {
				t.Fatalf("job %d: %+v", i, r)
			}
		}
	}

	t.Run("health", func(t *testing.T) {
		h, err := c.Health(ctx)
		if err != nil || h.Status != "ok" || h.Mode != "simulation" || !h.Insecure {
			t.Fatalf("health %+v %v", h, err)
		}
	})

	t.Run("metrics", func(t *testing.T) {
		resp, err := http.Get(svc.MetricsURL() + api.PathMetrics)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		onAPI, err := http.Get(svc.URL() + api.PathMetrics)
		if err != nil || onAPI.StatusCode != http.StatusOK {
			t.Fatalf("metrics on the API address: %v", err)
		}
		onAPI.Body.Close()
		for _, want := range []string{
			`teeoracle_worker_jobs_total{status="ok"} 48`,
			`teeoracle_worker_jobs_total{status="bad_input"} 1`,
			`teeoracle_worker_job_errors_total{code="program_unavailable"} 1`,
			`teeoracle_worker_program_cache_misses_total 1`,
			`teeoracle_worker_program_cache_hits_total 47`,
			`teeoracle_worker_execution_seconds_count 48`,
			`teeoracle_worker_info{mode="simulation",version="test"} 1`,
			`go_goroutines`,
		} {
			if !strings.Contains(string(body), want) {
				t.Errorf("metrics lack %q", want)
			}
		}
	})

	t.Run("bad requests", func(t *testing.T) {
		tooMany, _ := json.Marshal(api.ExecuteRequest{Jobs: make([]api.Job, api.MaxBatch+1)})
		for name, body := range map[string][]byte{
			"not JSON":  []byte("{"),
			"no jobs":   []byte(`{"jobs":[]}`),
			"too many":  tooMany,
			"bad field": []byte(`{"jobs":[{"chainId":"xyz"}]}`),
		} {
			resp, err := http.Post(svc.URL()+api.PathExecute, "application/json", bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusBadRequest {
				t.Errorf("%s: status %d, want 400", name, resp.StatusCode)
			}
		}
		resp, err := http.Get(svc.URL() + api.PathExecute)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("GET execute: status %d", resp.StatusCode)
		}
	})

	t.Run("client rejects tampered results", func(t *testing.T) {
		r := res[0]
		for name, mutate := range map[string]func(j *api.Job, r *api.JobResult){
			"other fee":    func(j *api.Job, _ *api.JobResult) { j.Fee = (*hexutil.Big)(big.NewInt(1)) },
			"other output": func(_ *api.Job, r *api.JobResult) { r.Output = []byte("forged") },
			"other status": func(_ *api.Job, r *api.JobResult) { r.Status = protocol.StatusProgramError },
			"other router": func(j *api.Job, _ *api.JobResult) { j.Router = common.Address{1} },
		} {
			j, rr := jobs[0], r
			mutate(&j, &rr)
			if err := client.CheckResult(j, rr, id.Signer); !errors.Is(err, client.ErrBadResult) {
				t.Errorf("%s: err = %v, want ErrBadResult", name, err)
			}
		}
		if err := client.CheckResult(jobs[0], r, common.Address{2}); !errors.Is(err, client.ErrBadResult) {
			t.Errorf("other signer accepted: %v", err)
		}
		if err := client.CheckResult(jobs[0], r, id.Signer); err != nil {
			t.Errorf("genuine result refused: %v", err)
		}
	})
}

func TestGracefulStopWaitsForJobs(t *testing.T) {
	kubo := ipfstest.Start(t)
	svc := start(t, config(kubo.API, t.TempDir(), service.TLSOff), nil)
	ctx := context.Background()
	c, _ := client.New(svc.URL(), client.AllowSimulation())
	id, err := c.Identity(ctx)
	if err != nil {
		t.Fatal(err)
	}
	pid, cid := publishMinimal(t, kubo.API, id)
	if _, err := c.Execute(ctx, []api.Job{makeJob(1, pid, cid, nil)}); err != nil {
		t.Fatal(err)
	}
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := svc.Stop(sctx); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-svc.Done():
		if err != nil {
			t.Fatalf("serve ended with %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("serving did not end")
	}
	if _, err := c.Health(ctx); err == nil {
		t.Fatal("stopped worker still answers")
	}
}
