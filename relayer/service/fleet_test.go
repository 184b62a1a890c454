package service_test

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/sandbox/sandboxtest"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
	"github.com/teeoracle/teeoracle/relayer/anviltest"
	"github.com/teeoracle/teeoracle/relayer/cliapp"
	"github.com/teeoracle/teeoracle/relayer/fleet"
	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
	"github.com/teeoracle/teeoracle/relayer/jobs"
)

var (
	diceOnce   sync.Once
	diceModule []byte
	diceErr    error
)

// dice is the randomised test program (input || ":" || 16 random bytes), built once.
func dice(t *testing.T) []byte {
	t.Helper()
	diceOnce.Do(func() {
		var mods map[string][]byte
		mods, diceErr = sandboxtest.Build(t.TempDir(), "./enclave/testdata/programs/dice")
		diceModule = mods["dice"]
	})
	if diceErr != nil {
		t.Fatal(diceErr)
	}
	return diceModule
}

func orchestrator(t *testing.T, e *oracletest.Env, ws ...int) *fleet.Orchestrator {
	t.Helper()
	o := &fleet.Orchestrator{ChainID: anviltest.ChainID, Router: e.Deployment.Router, Chain: e.Client, Log: testutil.Logger(),
		Governor: anviltest.Key(oracletest.Owner)}
	for _, i := range ws {
		o.Workers = append(o.Workers, fleet.Worker{Name: e.Workers[i].URL, Client: e.Workers[i].Client(t)})
	}
	return o
}

// Issue 10: three real workers, one fleet made by the relayer (genesis on one with `fleet genesis`
// and `fleet publish`, the two others joined by the fleet loop of `relayer run`), 300 jobs of a
// randomised program with inputs encrypted to the on-chain epoch key, spread over the three: no
// bad_input, and every output equal to what a single worker computes for the same job.
func TestFleetOfThreeWorkersServesEncryptedJobs(t *testing.T) {
	if !oracletest.RouterHasFleetKeys() {
		t.Skip("the router binding has no FleetKeys")
	}
	const n = 300
	module := dice(t)
	e := oracletest.New(t, oracletest.Options{Workers: 3, NoFleet: true, EncryptInputs: true})
	ctx := context.Background()

	// Operator steps (what `relayer fleet genesis` and `relayer fleet publish` run).
	o := orchestrator(t, e, 0)
	gst, err := o.Genesis(ctx, o.Workers[0])
	if err != nil {
		t.Fatal(err)
	}
	backend, err := ethclient.Dial(e.Anvil.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer backend.Close()
	o.Sender = fleet.SimpleSender{Backend: backend, Key: anviltest.Key(oracletest.Owner), ChainID: anviltest.ChainID}
	if _, err := o.SetFleetID(ctx, *gst.FleetID); err != nil {
		t.Fatal(err)
	}
	o.Sender = fleet.SimpleSender{Backend: backend, Key: anviltest.Key(3), ChainID: anviltest.ChainID}
	if _, err := o.Publish(ctx, o.Workers[0], 1); err != nil {
		t.Fatal(err)
	}
	chain, err := fleet.ReadChain(ctx, e.Client, e.Deployment.Router)
	if err != nil || chain.Current != 1 || chain.Pending != 0 {
		t.Fatalf("on-chain fleet: %+v %v", chain, err)
	}
	ep := e.LoadFleetKey(e.Workers[0])
	if !fleet.KeysMatch(chain.Epoch(1), ep) {
		t.Fatal("on-chain epoch 1 keys differ from the worker's")
	}
	e.Program = e.PublishProgram("dice", module, new(big.Int))

	// The relayer's fleet loop joins workers 1 and 2 from worker 0.
	svc := e.StartRelayer(e.Config())
	all := orchestrator(t, e, 0, 1, 2)
	waitFor(t, 60*time.Second, "every worker holds epoch 1", func() bool {
		for _, w := range all.Status(ctx).Workers {
			if len(w.Epochs) != 1 || w.Epochs[0] != 1 || !w.Match[1] {
				return false
			}
		}
		return true
	})

	// `relayer fleet status` sees the same.
	args := []string{"relayer", "fleet", "status", "--rpc-url", e.Anvil.URL, "--router", e.Deployment.Router.Hex(), "--allow-simulation"}
	for _, w := range e.Workers {
		args = append(args, "--worker", w.URL)
	}
	out := captureStdout(t, func() error { return cliapp.New("test").Run(args) })
	var status fleet.Status
	if err := json.Unmarshal(out, &status); err != nil {
		t.Fatalf("fleet status: %v\n%s", err, out)
	}
	if status.Chain.Current != 1 || len(status.Chain.Active) != 1 || len(status.Workers) != 3 {
		t.Fatalf("fleet status: %s", out)
	}
	for _, w := range status.Workers {
		if w.Current != 1 || !w.Match[1] {
			t.Fatalf("fleet status: %s", out)
		}
	}

	// A worker that cannot be read makes it exit non-zero (issue 18: it exited 0).
	if err := cliapp.New("test").Run(append(args, "--worker", "http://127.0.0.1:1")); err == nil || !strings.Contains(err.Error(), "worker ") {
		t.Fatalf("fleet status with an unreachable worker: %v", err)
	}

	start := time.Now()
	ids := e.Request(oracletest.Requester, n, nil, 3600)
	e.WaitSettled(ids, 5*time.Minute)
	t.Logf("%d encrypted dice jobs on 3 workers settled in %v", n, time.Since(start).Round(time.Millisecond))

	st := jobs.NewStore(nil)
	byWorker := map[string]int{}
	var batch []api.Job
	want := map[common.Hash]*jobs.Result{}
	for _, id := range ids {
		j, r, err := st.Get(ctx, svc.DB, id)
		if err != nil || r == nil {
			t.Fatalf("job %s: %v %v", id, r, err)
		}
		if r.Status != protocol.StatusOK {
			t.Fatalf("job %s: status %s (output %q)", id, r.Status, r.Output)
		}
		if j.Epoch != 1 || !strings.Contains(string(r.Output), ":") {
			t.Fatalf("job %s: epoch %d output %q", id, j.Epoch, r.Output)
		}
		byWorker[r.Worker]++
		want[id] = r
		batch = append(batch, apiJob(j))
	}
	if len(byWorker) != 3 {
		t.Fatalf("jobs ran on %d workers (%v), want 3", len(byWorker), byWorker)
	}
	// The same jobs on one worker alone give the same outputs (randomness derives from the epoch).
	single := e.Workers[2].Client(t)
	for startIdx := 0; startIdx < len(batch); startIdx += api.MaxBatch {
		part := batch[startIdx:min(startIdx+api.MaxBatch, len(batch))]
		res, err := single.Execute(ctx, part)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range res {
			w := want[part[i].JobID]
			if r.Status != w.Status || string(r.Output) != string(w.Output) {
				t.Fatalf("job %s: single worker %s %q, fleet %s %q", part[i].JobID, r.Status, r.Output, w.Status, w.Output)
			}
		}
	}
	t.Logf("per worker: %v; single-worker rerun identical for all %d", byWorker, n)
}

// apiJob is the worker job of a stored job (as the dispatcher builds it).
func apiJob(j *jobs.Job) api.Job {
	return api.Job{ChainID: (*hexutil.Big)(big.NewInt(j.ChainID)), Router: j.Router, JobID: j.JobID, Requester: j.Requester,
		ProgramID: j.ProgramID, Input: j.Input, CallbackGasLimit: j.CallbackGasLimit, Fee: (*hexutil.Big)(j.Fee),
		Deadline: j.Deadline, ProgramCID: j.ProgramCID, User: j.User, Version: j.Version, Epoch: j.Epoch,
		AuthorFee: (*hexutil.Big)(j.AuthorFee)}
}

func waitFor(t *testing.T, d time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting: %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Issue 10.5: a job needing an epoch no worker holds is never signed: an input encrypted to an
// unknown epoch is not even sent to a worker, a program sealed to one gets epoch_unavailable
// (no signature, not a worker failure); both wait, then expire with the reason visible, while a
// good job next to them settles.
func TestJobsForAnUnheldEpochExpireUnsigned(t *testing.T) {
	if !oracletest.RouterHasFleetKeys() {
		t.Skip("the router binding has no FleetKeys")
	}
	e := oracletest.New(t, oracletest.Options{})
	ctx := context.Background()
	// Keys of epochs nobody holds (2 and 3).
	foreign, err := hpke.GenerateKeyPair(hpke.SuiteX25519, nil)
	if err != nil {
		t.Fatal(err)
	}
	binding := protocol.InputBinding{ChainID: anviltest.ChainID, Router: e.Deployment.Router, Requester: e.Consumer,
		User: anviltest.Address(oracletest.Requester), ProgramID: e.Program}
	input, err := protocol.EncryptInput(foreign.Public(), 2, binding, []byte("for epoch 2"), nil)
	if err != nil {
		t.Fatal(err)
	}
	held := e.FleetKey
	e.FleetKey, e.Epoch = foreign.Public(), 3
	e.PublishProgram("cat", dice(t), new(big.Int)) // version 2, sealed to epoch 3
	e.FleetKey, e.Epoch = held, 1

	cfg := e.Config()
	cfg.Dispatch.DeadlineMargin = 50 * time.Second // a 60 s job expires 10 s after its request
	svc := e.StartRelayer(cfg)
	unheldInput := e.RequestWith(oracletest.Requester, 1, input, nil, 60)
	unheldProgram := e.RequestWith(oracletest.Requester, 2, protocol.PlainInput([]byte("v2"), nil), nil, 60)
	good := e.RequestWith(oracletest.Requester, 1, protocol.PlainInput([]byte("v1"), nil), nil, 3600)
	e.WaitSettled([]common.Hash{good}, time.Minute)

	st := jobs.NewStore(nil)
	for id, reason := range map[common.Hash]string{unheldInput: "no usable worker holds fleet epoch(s) [1 2]", unheldProgram: "epoch_unavailable"} {
		var j *jobs.Job
		waitFor(t, 40*time.Second, "job "+id.Hex()+" expires", func() bool {
			// Deadlines are judged by chain time (block timestamps): blocks must come for it to pass.
			e.Anvil.Mine(t, 1)
			j, _, err = st.Get(ctx, svc.DB, id)
			return err == nil && j.State == jobs.StateExpired
		})
		if !strings.Contains(j.LastError, reason) {
			t.Fatalf("job %s: reason %q, want %q", id, j.LastError, reason)
		}
		if _, r, _ := st.Get(ctx, svc.DB, id); r != nil {
			t.Fatalf("job %s has a signed result %s", id, r.Status)
		}
		if e.Commitment(id) == (common.Hash{}) {
			t.Fatalf("job %s settled on-chain", id)
		}
	}
	if ws := svc.Dispatcher.Workers(); len(ws) != 1 || !ws[0].Eligible || ws[0].Down {
		t.Fatalf("the worker was counted as failing: %+v", ws)
	}
}

// A rotation end to end: the owner opens epoch 2 (startRotation), the operator has ONE worker create
// it (`relayer fleet rotate`); the fleet loop of `relayer run` joins the other worker to it and
// publishes its keys through the transaction manager; new requests commit to epoch 2 and run. After
// the owner retires epoch 1 (retireEpoch), the loop retires it on every worker.
func TestFleetLoopFollowsARotation(t *testing.T) {
	if !oracletest.RouterHasFleetKeys() {
		t.Skip("the router binding has no FleetKeys")
	}
	e := oracletest.New(t, oracletest.Options{Workers: 2, EncryptInputs: true})
	ctx := context.Background()
	svc := e.StartRelayer(e.Config())
	old := e.Request(oracletest.Requester, 5, nil, 3600)
	e.WaitSettled(old, time.Minute)

	e.Transact(oracletest.Owner, e.Deployment.Router, fleet.PackStartRotation(), nil)
	o := orchestrator(t, e, 0)
	if _, err := o.Rotate(ctx, o.Workers[0], 2); err != nil {
		t.Fatal(err)
	}
	var chain fleet.OnChain
	waitFor(t, 60*time.Second, "epoch 2 published by the loop and held by both workers", func() bool {
		var err error
		chain, err = fleet.ReadChain(ctx, e.Client, e.Deployment.Router)
		if err != nil || chain.Current != 2 {
			return false
		}
		for _, w := range orchestrator(t, e, 0, 1).Status(ctx).Workers {
			if w.Current != 2 || !w.Match[2] {
				return false
			}
		}
		return true
	})
	e.LoadFleetKey(e.Workers[1])
	if e.Epoch != 2 {
		t.Fatalf("epoch %d", e.Epoch)
	}
	fresh := e.Request(oracletest.Requester, 10, nil, 3600)
	e.WaitSettled(fresh, time.Minute)
	for _, id := range fresh {
		j, r, err := jobs.NewStore(nil).Get(ctx, svc.DB, id)
		if err != nil || j.Epoch != 2 || r == nil || r.Status != protocol.StatusOK {
			t.Fatalf("job %s: %+v %+v %v", id, j, r, err)
		}
	}
	e.Transact(oracletest.Owner, e.Deployment.Router, fleet.PackRetireEpoch(1), nil)
	// The operator carries the governor's retirement order to the workers (`relayer fleet retire`):
	// the run loop has no governor key, so it cannot retire on its own.
	both := orchestrator(t, e, 0, 1)
	order, err := both.RetireOrder(e.FleetID, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range both.Workers {
		if _, err := both.Retire(ctx, w, order); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, 60*time.Second, "epoch 1 retired on both workers", func() bool {
		for _, w := range orchestrator(t, e, 0, 1).Status(ctx).Workers {
			if len(w.Epochs) != 1 || w.Epochs[0] != 2 {
				return false
			}
		}
		return true
	})
	// The indexed epochs follow.
	waitFor(t, 10*time.Second, "indexed epochs", func() bool {
		eps, err := fleet.NewStore(anviltest.ChainID.Int64(), nil).Epochs(ctx, svc.DB)
		return err == nil && len(eps) == 2 && eps[0].Status == "retired" && eps[1].Status == "active"
	})
}
