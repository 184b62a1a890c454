package dispatch_test

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/dispatch"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
	"github.com/teeoracle/teeoracle/relayer/internal/workertest"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
	"github.com/teeoracle/teeoracle/relayer/registry"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

const chainID = 31337

var router = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")

func testLog() *slog.Logger { return testutil.Logger() }

var (
	st  = jobs.NewStore(nil)
	reg = registry.NewStore(chainID, nil)
)

type env struct {
	t       testing.TB
	db      *pgxpool.Pool
	w       *workertest.Worker
	program common.Hash
	cid     string
	nonce   uint64
	// payloads maps an input envelope to the plaintext the cat program echoes.
	payloads map[string][]byte
}

func newEnv(t testing.TB) *env {
	t.Helper()
	db := pgtest.NewPool(t)
	if _, err := migrations.Migrate(context.Background(), db, testLog()); err != nil {
		t.Fatal(err)
	}
	w := workertest.Start(t, workertest.IPFS(t), "")
	pid, cid := w.PublishCat(t)
	e := &env{t: t, db: db, w: w, program: pid, cid: cid, payloads: map[string][]byte{}}
	e.check(reg.UpsertProgram(context.Background(), db, pid, common.Address{1}, 1))
	e.check(reg.PublishCID(context.Background(), db, registry.CID{Program: pid, Enclave: w.Signer, CID: cid}, 1))
	return e
}

func (e *env) check(err error) {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) register(signer common.Address, expires time.Time) {
	e.check(reg.UpsertEnclave(context.Background(), e.db, registry.Enclave{Signer: signer, Measurement: [32]byte{1},
		Payee: common.Address{2}, ExpiresAt: expires.Unix(), Simulated: true, EvidenceDigest: [32]byte{3}, EncryptionKey: []byte{4}, Block: 1}))
}

// addJobs inserts n requested jobs for program (zero: the env's program).
func (e *env) addJobs(n int, program common.Hash, fee int64, deadline time.Time) []common.Hash {
	e.t.Helper()
	if program == (common.Hash{}) {
		program = e.program
	}
	var ids []common.Hash
	for i := 0; i < n; i++ {
		payload := []byte(fmt.Sprintf("input %d", e.nonce))
		input, err := protocol.SealInput(nil, common.Address{0xaa}, program, payload, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		e.payloads[string(input)] = payload
		id := common.Hash(protocol.JobID(big.NewInt(chainID), router, e.nonce))
		e.nonce++
		_, err = st.Insert(context.Background(), e.db, &jobs.Job{JobID: id, ChainID: chainID, Router: router,
			Requester: common.Address{0xaa}, ProgramID: program, Input: input, InputHash: crypto.Keccak256Hash(input),
			CallbackGasLimit: 50000, Fee: big.NewInt(fee), Deadline: uint64(deadline.Unix()), BlockNumber: e.nonce,
			BlockHash: common.Hash{1}, TxHash: common.Hash{2}})
		if err != nil {
			e.t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

func (e *env) dispatcher(owner string, workers []dispatch.NamedWorker, mod func(*dispatch.Config)) *dispatch.Dispatcher {
	e.t.Helper()
	cfg := dispatch.Config{ChainID: chainID, Router: router, Owner: owner, BatchSize: 8, Concurrency: 4,
		PollInterval: 20 * time.Millisecond, RetryBase: 50 * time.Millisecond, RefreshEvery: 100 * time.Millisecond}
	if mod != nil {
		mod(&cfg)
	}
	d, err := dispatch.New(cfg, e.db, workers, testLog(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return d
}

func (e *env) start(d *dispatch.Dispatcher) {
	d.Start(context.Background())
	e.t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = d.Stop(ctx)
	})
}

func (e *env) state(id common.Hash) *jobs.Job {
	e.t.Helper()
	j, _, err := st.Get(context.Background(), e.db, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return j
}

func (e *env) waitStates(ids []common.Hash, want jobs.State) {
	e.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for _, id := range ids {
		for e.state(id).State != want {
			if time.Now().After(deadline) {
				j := e.state(id)
				e.t.Fatalf("job %s: %s (attempts %d, %q), want %s", id, j.State, j.Attempts, j.LastError, want)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

func TestDispatchSignsEveryJobOnce(t *testing.T) {
	e := newEnv(t)
	e.register(e.w.Signer, time.Now().Add(time.Hour))
	ids := e.addJobs(60, common.Hash{}, 1000, time.Now().Add(time.Hour))
	d := e.dispatcher("r1", []dispatch.NamedWorker{{Name: "w1", Worker: e.w.Client(t)}}, nil)
	e.start(d)
	e.waitStates(ids, jobs.StateResultReady)
	ctx := context.Background()
	for _, id := range ids {
		j, r, err := st.Get(ctx, e.db, id)
		if err != nil || r == nil {
			t.Fatalf("job %s: result %v err %v", id, r, err)
		}
		if string(r.Output) != string(e.payloads[string(j.Input)]) || r.Status != protocol.StatusOK || j.Attempts != 1 || j.ProgramCID != e.cid {
			t.Fatalf("job %s: output %q status %s attempts %d cid %q", id, r.Output, r.Status, j.Attempts, j.ProgramCID)
		}
		signer, err := protocol.RecoverResultSigner(protocol.Domain{ChainID: big.NewInt(chainID), Router: router},
			protocol.Result{JobID: id, Commitment: j.Request().Commitment(), Status: r.Status, Output: r.Output}, r.Signature)
		if err != nil || signer != e.w.Signer || r.Signer != e.w.Signer {
			t.Fatalf("signature recovers to %s (err %v), want %s", signer, err, e.w.Signer)
		}
	}
}

func TestOnlyRegisteredActiveWorkersAreUsed(t *testing.T) {
	e := newEnv(t)
	ids := e.addJobs(3, common.Hash{}, 1000, time.Now().Add(time.Hour))
	d := e.dispatcher("r1", []dispatch.NamedWorker{{Name: "w1", Worker: e.w.Client(t)}}, nil)
	e.start(d)
	time.Sleep(500 * time.Millisecond)
	for _, id := range ids {
		if j := e.state(id); j.State != jobs.StateRequested || j.Attempts != 0 {
			t.Fatalf("job sent to an unregistered worker: %s attempts %d", j.State, j.Attempts)
		}
	}
	if err := d.Ready(); err == nil {
		t.Fatal("ready without a registered worker")
	}
	// Registered, but expiring within the margin: still not used.
	e.register(e.w.Signer, time.Now().Add(30*time.Second))
	time.Sleep(400 * time.Millisecond)
	if j := e.state(ids[0]); j.State != jobs.StateRequested {
		t.Fatalf("job sent to an enclave about to expire: %s", j.State)
	}
	e.register(e.w.Signer, time.Now().Add(time.Hour))
	e.waitStates(ids, jobs.StateResultReady)
	if err := d.Ready(); err != nil {
		t.Fatal(err)
	}
}

func TestPolicyDropsJobsItMustNotRun(t *testing.T) {
	e := newEnv(t)
	e.register(e.w.Signer, time.Now().Add(time.Hour))
	expiring := e.addJobs(1, common.Hash{}, 1000, time.Now().Add(10*time.Second))
	cheap := e.addJobs(1, common.Hash{}, 5, time.Now().Add(time.Hour))
	disabledProgram := common.Hash{0xd1}
	e.check(reg.UpsertProgram(context.Background(), e.db, disabledProgram, common.Address{1}, 1))
	e.check(reg.SetProgramEnabled(context.Background(), e.db, disabledProgram, false, 1))
	disabled := e.addJobs(1, disabledProgram, 1000, time.Now().Add(time.Hour))
	unknown := e.addJobs(1, common.Hash{0xee}, 1000, time.Now().Add(time.Hour))
	ok := e.addJobs(1, common.Hash{}, 1000, time.Now().Add(time.Hour))

	d := e.dispatcher("r1", []dispatch.NamedWorker{{Name: "w1", Worker: e.w.Client(t)}}, func(c *dispatch.Config) {
		c.MinFee = big.NewInt(100)
		c.MaxAttempts = 3
	})
	e.start(d)
	e.waitStates(ok, jobs.StateResultReady)
	e.waitStates(expiring, jobs.StateExpired)
	e.waitStates(cheap, jobs.StateFailed)
	e.waitStates(disabled, jobs.StateFailed)
	// A program not (yet) indexed is not the job's fault: it waits (no attempt counted, never
	// failed by MaxAttempts) and expires at its deadline otherwise.
	until := time.Now().Add(5 * time.Second)
	for j := e.state(unknown[0]); j.State != jobs.StateRequested || j.Attempts != 0 || !strings.Contains(j.LastError, "program not registered"); j = e.state(unknown[0]) {
		if time.Now().After(until) {
			t.Fatalf("unknown program: %s, %d attempts, %q", j.State, j.Attempts, j.LastError)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestWorkerDownJobsWaitThenRecover(t *testing.T) {
	e := newEnv(t)
	e.register(e.w.Signer, time.Now().Add(time.Hour))
	ids := e.addJobs(4, common.Hash{}, 1000, time.Now().Add(time.Hour))
	c := e.w.Client(t)
	if _, err := c.Identity(context.Background()); err != nil {
		t.Fatal(err)
	}
	// The worker dies after attesting: its health check fails, no job is sent to it.
	e.w.Stop()
	d := e.dispatcher("r1", []dispatch.NamedWorker{{Name: "w1", Worker: c}}, func(c *dispatch.Config) {
		c.WorkerBackoff = 100 * time.Millisecond
		c.RetryBase = 200 * time.Millisecond
	})
	e.start(d)
	deadline := time.Now().Add(20 * time.Second)
	for d.Ready() == nil {
		if time.Now().After(deadline) {
			t.Fatal("dead worker still usable")
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	if j := e.state(ids[0]); j.State != jobs.StateRequested || j.Attempts != 0 {
		t.Fatalf("job while the worker is down: %s attempts %d", j.State, j.Attempts)
	}
	// Same key, new process: the client re-attests and the jobs complete.
	w2 := workertest.Start(t, e.w.IPFSAPI, e.w.DataDir())
	if w2.Signer != e.w.Signer {
		t.Fatal("restarted worker has another key")
	}
	d2 := e.dispatcher("r2", []dispatch.NamedWorker{{Name: "w1", Worker: w2.Client(t)}}, nil)
	e.start(d2)
	e.waitStates(ids, jobs.StateResultReady)
}

func TestTwoDispatchersShareTheWork(t *testing.T) {
	e := newEnv(t)
	e.register(e.w.Signer, time.Now().Add(time.Hour))
	ids := e.addJobs(120, common.Hash{}, 1000, time.Now().Add(time.Hour))
	a := e.dispatcher("a", []dispatch.NamedWorker{{Name: "w1", Worker: e.w.Client(t)}}, func(c *dispatch.Config) { c.BatchSize = 4 })
	b := e.dispatcher("b", []dispatch.NamedWorker{{Name: "w1", Worker: e.w.Client(t)}}, func(c *dispatch.Config) { c.BatchSize = 4 })
	e.start(a)
	e.start(b)
	e.waitStates(ids, jobs.StateResultReady)
	var total, maxAttempts int
	if err := e.db.QueryRow(context.Background(), `SELECT count(*), max(attempts) FROM jobs`).Scan(&total, &maxAttempts); err != nil {
		t.Fatal(err)
	}
	if total != 120 || maxAttempts != 1 {
		t.Fatalf("%d jobs, max attempts %d: a job was run twice", total, maxAttempts)
	}
}

// TestJobsWithoutUsableWorkerExpire: with no registered worker, jobs are not claimed; those whose
// deadline comes too close are marked expired rather than left requested past their deadline.
func TestJobsWithoutUsableWorkerExpire(t *testing.T) {
	e := newEnv(t) // the worker is not registered: nothing is usable
	soon := e.addJobs(2, common.Hash{}, 1000, time.Now().Add(10*time.Second))
	later := e.addJobs(1, common.Hash{}, 1000, time.Now().Add(time.Hour))
	d := e.dispatcher("r1", []dispatch.NamedWorker{{Name: "w1", Worker: e.w.Client(t)}}, nil)
	e.start(d)
	e.waitStates(soon, jobs.StateExpired)
	if j := e.state(later[0]); j.State != jobs.StateRequested {
		t.Fatalf("a job with an hour left is %s", j.State)
	}
	if j := e.state(soon[0]); j.LastError == "" || j.Attempts != 0 {
		t.Fatalf("expired job: %+v", j)
	}
}
