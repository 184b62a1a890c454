package service_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/enclave/ipfs/ipfstest"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// TestProgramKeysOutliveRotationAndRetirement: a program's keys (GET /v1/programs/{id}/keys) are
// the same on two workers of the fleet, unchanged by a rotation and by retiring the epoch they
// were first read in, and are the keys the program signs with through the host interface; a new
// code hash changes only the code key.
func TestProgramKeysOutliveRotationAndRetirement(t *testing.T) {
	kubo := ipfstest.Start(t)
	ctx := context.Background()
	w1, w2 := startWorker(t, kubo.API, ""), startWorker(t, kubo.API, "")
	st1 := genesis(t, w1.c, fleetDomain)
	fid := *st1.FleetID
	if _, err := client.JoinFrom(ctx, fid, w1.svc.URL(), w2.svc.URL(), client.AllowSimulation()); err != nil {
		t.Fatal(err)
	}
	author, _ := crypto.GenerateKey()
	blob, m, err := protocol.SealProgram(epochKey(t, st1, 1, hpke.SuiteX25519), 1, fleetDomain, author, "hostcalls", 1, hostcalls(t))
	if err != nil {
		t.Fatal(err)
	}
	cid, err := ipfs.New(kubo.API).Add(ctx, blob)
	if err != nil {
		t.Fatal(err)
	}
	keys := func(w *fleetWorker, codeHash common.Hash) api.ProgramKeys {
		t.Helper()
		k, err := w.c.ProgramKeys(ctx, m.ProgramID, codeHash)
		if err != nil || k.ProgramKey == (common.Address{}) {
			t.Fatalf("program keys: %+v %v", k, err)
		}
		return k
	}
	want := keys(w1, m.CodeHash)
	same := func(when string) {
		t.Helper()
		for i, w := range []*fleetWorker{w1, w2} {
			if k := keys(w, m.CodeHash); k.ProgramKey != want.ProgramKey || k.CodeKey != want.CodeKey {
				t.Fatalf("%s: worker %d has program key %s code key %s, want %s %s", when, i+1, k.ProgramKey, k.CodeKey, want.ProgramKey, want.CodeKey)
			}
		}
	}
	same("after the join")
	if other := keys(w1, common.Hash{9}); other.ProgramKey != want.ProgramKey || other.CodeKey == want.CodeKey {
		t.Fatalf("another code hash: program key %s code key %s (want the same program key, another code key)", other.ProgramKey, other.CodeKey)
	}

	// The program signs with exactly these keys (hostcalls prints its key addresses).
	job := makeJob(1, m.ProgramID, cid, nil)
	job.Version, job.Epoch = 1, 1
	if job.Input, err = protocol.EncryptInput(epochKey(t, st1, 1, hpke.SuiteX25519), 1, job.InputBinding(), []byte(`{}`), nil); err != nil {
		t.Fatal(err)
	}
	res := execute(t, w2, []api.Job{job})[0]
	var seen struct {
		Program string `json:"programKey"`
		Code    string `json:"codeKey"`
	}
	if !res.Signed() || res.Status != protocol.StatusOK || json.Unmarshal(res.Output, &seen) != nil ||
		!strings.EqualFold(seen.Program, want.ProgramKey.Hex()) || !strings.EqualFold(seen.Code, want.CodeKey.Hex()) {
		t.Fatalf("the program sees keys %+v (result %+v), want %s %s", seen, res, want.ProgramKey, want.CodeKey)
	}

	// Rotation (w1 creates epoch 2, w2 joins again), then epoch 1 retired everywhere.
	if _, err := w1.c.Rotate(ctx, rotateOrder(t, w1.c, fleetDomain, 2)); err != nil {
		t.Fatal(err)
	}
	if _, err := client.JoinFrom(ctx, fid, w1.svc.URL(), w2.svc.URL(), client.AllowSimulation()); err != nil {
		t.Fatal(err)
	}
	same("after the rotation")
	for _, w := range []*fleetWorker{w1, w2} {
		if _, err := w.c.Retire(ctx, retireOrder(t, w.c, fleetDomain, 1)); err != nil {
			t.Fatal(err)
		}
	}
	same("after retiring epoch 1")
}
