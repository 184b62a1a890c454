package worker_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/enclave/ipfs/ipfstest"
	"github.com/teeoracle/teeoracle/enclave/keystore"
	"github.com/teeoracle/teeoracle/enclave/metrics"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/enclave/sandbox/sandboxtest"
	"github.com/teeoracle/teeoracle/enclave/worker"
	"github.com/teeoracle/teeoracle/protocol"
)

// modules holds the test programs compiled to wasip1 once per test binary.
var modules map[string][]byte

func TestMain(m *testing.M) { os.Exit(runMain(m)) }

func runMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "worker-programs-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	modules, err = sandboxtest.Build(dir, sandboxtest.HostilePrograms...)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	modules["minimal"] = sandbox.MinimalModule()
	return m.Run()
}

var (
	chainID   = big.NewInt(31337)
	router    = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	requester = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	other     = common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
)

// countingStore counts program fetches of the real IPFS client.
type countingStore struct {
	*ipfs.Client
	fetches atomic.Int64
}

func (s *countingStore) Fetch(ctx context.Context, cid string, max int64) ([]byte, error) {
	s.fetches.Add(1)
	return s.Client.Fetch(ctx, cid, max)
}

type harness struct {
	t      *testing.T
	kubo   *ipfstest.Daemon
	store  *countingStore
	keys   *keystore.Keys
	w      *worker.Worker
	m      *metrics.Metrics
	cids   map[string]string
	nonce  uint64
	logbuf *bytes.Buffer
}

func newHarness(t *testing.T, cfg worker.Config) *harness {
	t.Helper()
	h := &harness{t: t, kubo: ipfstest.Start(t), cids: map[string]string{}, logbuf: &bytes.Buffer{}}
	h.store = &countingStore{Client: ipfs.New(h.kubo.API)}
	keys, err := keystore.Generate()
	if err != nil {
		t.Fatal(err)
	}
	h.keys = keys
	log := slog.New(slog.NewTextHandler(h.logbuf, nil))
	sb, err := sandbox.New(context.Background(), sandbox.Config{
		Timeout:          time.Second,
		MemoryLimitBytes: 32 << 20,
		MaxOutputBytes:   64 << 10,
		Logger:           slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sb.Close(context.Background()) })
	h.m = metrics.New("test", "simulation")
	h.w, err = worker.New(cfg, keys, sb, h.store, h.m, log)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// publish encrypts a program to the worker's key, adds it to IPFS and returns its CID.
func (h *harness) publish(name string) string {
	h.t.Helper()
	if cid, ok := h.cids[name]; ok {
		return cid
	}
	blob, _, err := protocol.EncryptProgram(h.keys.EncryptionPublicKey(), modules[name])
	if err != nil {
		h.t.Fatal(err)
	}
	cid, err := h.store.Add(context.Background(), blob)
	if err != nil {
		h.t.Fatal(err)
	}
	h.cids[name] = cid
	return cid
}

func (h *harness) job(program string, from common.Address, input []byte) api.Job {
	h.nonce++
	return api.Job{
		ChainID:          (*hexutil.Big)(chainID),
		Router:           router,
		JobID:            protocol.JobID(chainID, router, h.nonce),
		Requester:        from,
		ProgramID:        crypto.Keccak256Hash(modules[program]),
		Input:            input,
		CallbackGasLimit: 200_000,
		Fee:              (*hexutil.Big)(big.NewInt(1e15)),
		Deadline:         uint64(time.Now().Add(time.Hour).Unix()),
		ProgramCID:       h.publish(program),
	}
}

func (h *harness) sealInput(program string, from common.Address, payload string, outKey *ecdsa.PublicKey) []byte {
	h.t.Helper()
	in, err := protocol.SealInput(h.keys.EncryptionPublicKey(), from, crypto.Keccak256Hash(modules[program]), []byte(payload), outKey)
	if err != nil {
		h.t.Fatal(err)
	}
	return in
}

func plain(payload string) []byte {
	in, err := protocol.SealInput(nil, common.Address{}, [32]byte{}, []byte(payload), nil)
	if err != nil {
		panic(err)
	}
	return in
}

// execute runs a job and checks the result is signed by the worker over the job's commitment.
func (h *harness) execute(job api.Job) api.JobResult {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := h.w.Execute(ctx, job)
	if err != nil {
		h.t.Fatalf("Execute: %v", err)
	}
	if err := client.CheckResult(job, res, h.keys.Address()); err != nil {
		h.t.Fatalf("result does not verify: %v", err)
	}
	if res.StatusName != res.Status.String() {
		h.t.Fatalf("status name %q for %v", res.StatusName, res.Status)
	}
	return res
}

func TestEncryptedProgramFromIPFS(t *testing.T) {
	h := newHarness(t, worker.Config{})
	outKey, _ := crypto.GenerateKey()

	tests := []struct {
		name   string
		input  []byte
		outKey *ecdsa.PrivateKey
		want   string
	}{
		{"plaintext input", plain("hello enclave"), nil, "HELLO ENCLAVE"},
		{"encrypted input", h.sealInput("upper", requester, "secret data", nil), nil, "SECRET DATA"},
		{"encrypted input and output", h.sealInput("upper", requester, "very secret", &outKey.PublicKey), outKey, "VERY SECRET"},
		{"empty input", nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			job := h.job("upper", requester, tt.input)
			res := h.execute(job)
			if res.Status != protocol.StatusOK {
				t.Fatalf("status %v (%s)", res.Status, res.Reason)
			}
			out := []byte(res.Output)
			if tt.outKey != nil {
				if bytes.Contains(out, []byte(tt.want)) {
					t.Fatal("output visible although an output key was given")
				}
				var err error
				if out, err = protocol.DecryptOutputV1(tt.outKey, job.JobID, out); err != nil {
					t.Fatal(err)
				}
			}
			if string(out) != tt.want {
				t.Fatalf("output %q, want %q", out, tt.want)
			}
		})
	}
	// The module was fetched, decrypted and compiled once; later jobs hit the cache.
	if n := h.store.fetches.Load(); n != 1 {
		t.Fatalf("program fetched %d times, want 1", n)
	}
}

func TestHostileProgramsGetSignedFailures(t *testing.T) {
	h := newHarness(t, worker.Config{})
	tests := []struct {
		program string
		input   string
		want    protocol.Status
	}{
		{"loop", "", protocol.StatusTimeout},
		{"membomb", "", protocol.StatusMemoryLimit},
		{"bigoutput", "", protocol.StatusOutputTooLarge},
		{"crash", "panic", protocol.StatusProgramError},
		{"crash", "nil", protocol.StatusProgramError},
		{"crash", "exit3", protocol.StatusProgramError},
	}
	for _, tt := range tests {
		t.Run(tt.program+"/"+tt.input, func(t *testing.T) {
			res := h.execute(h.job(tt.program, requester, plain(tt.input)))
			if res.Status != tt.want {
				t.Fatalf("status %v (%s), want %v", res.Status, res.Reason, tt.want)
			}
			if len(res.Output) != 0 {
				t.Fatalf("failure result carries output %q", res.Output)
			}
		})
	}
}

func TestCopiedCiphertextIsBadInput(t *testing.T) {
	h := newHarness(t, worker.Config{})
	sealed := h.sealInput("upper", requester, "alice's secret", nil)
	// The original job works.
	if res := h.execute(h.job("upper", requester, sealed)); res.Status != protocol.StatusOK || string(res.Output) != "ALICE'S SECRET" {
		t.Fatalf("original job: %v %q", res.Status, res.Output)
	}
	tests := []struct {
		name    string
		program string
		from    common.Address
		input   []byte
	}{
		{"another requester", "upper", other, sealed},
		{"another program", "confined", requester, sealed},
		{"another program and requester", "crash", other, sealed},
		{"unknown envelope version", "upper", requester, append([]byte{0x70}, sealed[1:]...)},
		{"truncated ciphertext", "upper", requester, sealed[:50]},
		{"sealed for another enclave", "upper", requester, func() []byte {
			k, _ := crypto.GenerateKey()
			in, _ := protocol.SealInput(&k.PublicKey, requester, crypto.Keccak256Hash(modules["upper"]), []byte("x"), nil)
			return in
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := h.execute(h.job(tt.program, tt.from, tt.input))
			if res.Status != protocol.StatusBadInput {
				t.Fatalf("status %v (%s), want bad_input", res.Status, res.Reason)
			}
			// Version 1 inputs involve no fleet key: epoch 0 and a zero key (protocol.BadInputOutput).
			if want := protocol.BadInputOutput(0, [32]byte{}, ""); !bytes.Equal(res.Output, want) {
				t.Fatalf("bad input result carries output %x, want %x", res.Output, want)
			}
		})
	}
	if !strings.Contains(h.logbuf.String(), "level=WARN msg=\"bad input\"") {
		t.Fatal("bad input not logged at warn")
	}
}

func TestUnobtainableProgramIsNotSigned(t *testing.T) {
	h := newHarness(t, worker.Config{})
	ctx := context.Background()
	upperID := crypto.Keccak256Hash(modules["upper"])

	otherKey, _ := crypto.GenerateKey()
	foreignBlob, _, err := protocol.EncryptProgram(&otherKey.PublicKey, modules["upper"])
	if err != nil {
		t.Fatal(err)
	}
	foreignCID, err := h.store.Add(ctx, foreignBlob)
	if err != nil {
		t.Fatal(err)
	}
	plainCID, err := h.store.Add(ctx, modules["upper"]) // not encrypted at all
	if err != nil {
		t.Fatal(err)
	}
	// Decrypts fine under upper's programId binding, but the module is another program: only the
	// keccak256 check catches it.
	liar, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(h.keys.EncryptionPublicKey()), modules["crash"], nil,
		append([]byte("teeoracle/program/v1"), upperID[:]...))
	if err != nil {
		t.Fatal(err)
	}
	liarCID, err := h.store.Add(ctx, append([]byte{protocol.ProgramBlobVersion}, liar...))
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name  string
		store worker.Store
		cid   string
		want  string
		is    error // optional: the cause
	}{
		{"module of another program", h.store, h.publish("crash"), api.ErrCodeProgramInvalid, protocol.ErrDecrypt},
		{"module with the wrong hash", h.store, liarCID, api.ErrCodeProgramInvalid, protocol.ErrProgramHash},
		{"module encrypted to another enclave", h.store, foreignCID, api.ErrCodeProgramInvalid, protocol.ErrDecrypt},
		{"unencrypted module", h.store, plainCID, api.ErrCodeProgramInvalid, protocol.ErrBadProgramBlob},
		{"CID not on IPFS", h.store, ipfs.RawCID([]byte("nothing")).String(), api.ErrCodeProgramUnavailable, nil},
		{"malformed CID", h.store, "Qm-not-a-cid", api.ErrCodeProgramUnavailable, ipfs.ErrBadCID},
		{"IPFS down", ipfs.New("127.0.0.1:1"), h.publish("upper"), api.ErrCodeProgramUnavailable, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sb, err := sandbox.New(ctx, sandbox.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if err != nil {
				t.Fatal(err)
			}
			defer sb.Close(ctx)
			w, err := worker.New(worker.Config{FetchTimeout: 5 * time.Second}, h.keys, sb, tt.store, metrics.Noop, slog.New(slog.NewTextHandler(io.Discard, nil)))
			if err != nil {
				t.Fatal(err)
			}
			job := h.job("upper", requester, plain("x"))
			job.ProgramCID = tt.cid
			job.ProgramID = upperID
			res, err := w.Execute(ctx, job)
			var je *worker.JobError
			if !errors.As(err, &je) || je.Code != tt.want {
				t.Fatalf("err = %v, want code %s", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Fatalf("err = %v, want cause %v", err, tt.is)
			}
			if res.Signature != nil || res.Signed() || res.ErrorCode != tt.want {
				t.Fatalf("unobtainable program got a signed result: %+v", res)
			}
		})
	}
}

func TestLargeOutputGoesToIPFS(t *testing.T) {
	h := newHarness(t, worker.Config{OutputCIDThreshold: 1024})
	outKey, _ := crypto.GenerateKey()
	payload := strings.Repeat("large output ", 800) // 10,400 bytes
	tests := []struct {
		name   string
		outKey *ecdsa.PrivateKey
	}{
		{"plaintext", nil},
		{"encrypted to requester", outKey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pub *ecdsa.PublicKey
			if tt.outKey != nil {
				pub = &tt.outKey.PublicKey
			}
			job := h.job("upper", requester, h.sealInput("upper", requester, payload, pub))
			res := h.execute(job)
			if res.Status != protocol.StatusOKCID {
				t.Fatalf("status %v, want ok_cid", res.Status)
			}
			cid := string(res.Output)
			if !strings.HasPrefix(cid, "bafkrei") {
				t.Fatalf("signed output %q is not a raw CIDv1", cid)
			}
			stored, err := h.store.Fetch(context.Background(), cid, 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			if ipfs.RawCID(stored).String() != cid {
				t.Fatal("stored bytes do not hash to the signed CID")
			}
			if tt.outKey != nil {
				if stored, err = protocol.DecryptOutputV1(tt.outKey, job.JobID, stored); err != nil {
					t.Fatal(err)
				}
			}
			if string(stored) != strings.ToUpper(payload) {
				t.Fatalf("stored output differs (%d bytes)", len(stored))
			}
		})
	}
	// A small output stays inline.
	if res := h.execute(h.job("upper", requester, plain("small"))); res.Status != protocol.StatusOK || string(res.Output) != "SMALL" {
		t.Fatalf("small output: %v %q", res.Status, res.Output)
	}
}

func TestLargeOutputWithIPFSDownIsNotSigned(t *testing.T) {
	h := newHarness(t, worker.Config{OutputCIDThreshold: 16})
	job := h.job("upper", requester, plain(strings.Repeat("x", 100)))
	h.execute(h.job("upper", requester, plain("warm the cache"))) // program cached
	h.kubo.Stop()
	res, err := h.w.Execute(context.Background(), job)
	var je *worker.JobError
	if !errors.As(err, &je) || je.Code != api.ErrCodeOutputUnavailable || res.Signature != nil {
		t.Fatalf("err = %v, result %+v; want output_unavailable and no signature", err, res)
	}
}

func TestSeedIsPerJobAndStable(t *testing.T) {
	h := newHarness(t, worker.Config{})
	a := h.job("confined", requester, plain("rand"))
	b := h.job("confined", requester, plain("rand"))
	ra1, ra2, rb := h.execute(a), h.execute(a), h.execute(b)
	if ra1.Status != protocol.StatusOK || !strings.Contains(string(ra1.Output), "crypto_rand=ok") {
		t.Fatalf("rand probe: %v %q", ra1.Status, ra1.Output)
	}
	if !bytes.Equal(ra1.Output, ra2.Output) {
		t.Fatal("the same job gave different randomness (a relayer could re-roll)")
	}
	if bytes.Equal(ra1.Output, rb.Output) {
		t.Fatal("two jobs got the same randomness")
	}
	// Another enclave key gives other randomness for the same job (the seed is enclave-secret).
	h2 := newHarness(t, worker.Config{})
	a2 := a
	a2.ProgramCID = h2.publish("confined")
	if r := h2.execute(a2); bytes.Equal(r.Output, ra1.Output) {
		t.Fatal("seed does not depend on the enclave secret")
	}
}

func TestCommitmentCoversEveryField(t *testing.T) {
	h := newHarness(t, worker.Config{})
	base := h.job("upper", requester, plain("abc"))
	want := h.execute(base).Commitment
	mutations := map[string]func(j *api.Job){
		"input":     func(j *api.Job) { j.Input = plain("abd") },
		"requester": func(j *api.Job) { j.Requester = other },
		"gas":       func(j *api.Job) { j.CallbackGasLimit++ },
		"fee":       func(j *api.Job) { j.Fee = (*hexutil.Big)(big.NewInt(1e15 + 1)) },
		"deadline":  func(j *api.Job) { j.Deadline++ },
		"program": func(j *api.Job) {
			j.ProgramID = crypto.Keccak256Hash(modules["crash"])
			j.ProgramCID = h.publish("crash")
		},
	}
	for name, mutate := range mutations {
		t.Run(name, func(t *testing.T) {
			j := base
			mutate(&j)
			res := h.execute(j)
			if res.Commitment == want {
				t.Fatalf("changing the %s kept the commitment", name)
			}
			if res.Commitment != common.Hash(j.Request().Commitment()) {
				t.Fatal("commitment is not computed from the job's fields")
			}
		})
	}
}

func TestBadRequestsAreNotSigned(t *testing.T) {
	h := newHarness(t, worker.Config{MaxInputBytes: 64})
	tests := map[string]func(j *api.Job){
		"no chain id":      func(j *api.Job) { j.ChainID = nil },
		"zero chain id":    func(j *api.Job) { j.ChainID = (*hexutil.Big)(big.NewInt(0)) },
		"no fee":           func(j *api.Job) { j.Fee = nil },
		"fee over uint96":  func(j *api.Job) { j.Fee = (*hexutil.Big)(new(big.Int).Lsh(big.NewInt(1), 96)) },
		"deadline > 2^40":  func(j *api.Job) { j.Deadline = 1 << 40 },
		"no program CID":   func(j *api.Job) { j.ProgramCID = "" },
		"input over limit": func(j *api.Job) { j.Input = plain(strings.Repeat("x", 64)) },
	}
	for name, mutate := range tests {
		t.Run(name, func(t *testing.T) {
			j := h.job("upper", requester, plain("x"))
			mutate(&j)
			res, err := h.w.Execute(context.Background(), j)
			var je *worker.JobError
			if !errors.As(err, &je) || je.Code != api.ErrCodeBadRequest || res.Signature != nil {
				t.Fatalf("err = %v, result %+v", err, res)
			}
		})
	}
}

func TestConfigCheck(t *testing.T) {
	if err := (worker.Config{OutputCIDThreshold: ipfs.MaxBlockBytes + 1}).Check(); err == nil {
		t.Fatal("threshold above the block limit accepted")
	}
	if err := (worker.Config{MaxInputBytes: -1}).Check(); err == nil {
		t.Fatal("negative limit accepted")
	}
	if err := (worker.Config{}).Check(); err != nil {
		t.Fatal(err)
	}
}
