package service_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// TestDeepReorgReusingJobIDs: requests are indexed at depth 3 and their fulfilment is waiting in the
// pool when a reorg deeper than the depth removes the requests; another key then sends as many
// requests, which take the same router nonces, hence the same job ids. The old fulfilment is mined
// after them and refused (request mismatch): that refusal is about the old requests, not the new
// jobs, which must run and settle once each.
func TestDeepReorgReusingJobIDs(t *testing.T) {
	e := oracletest.New(t, oracletest.Options{})
	cfg := e.Config()
	cfg.Confirmations = 3
	cfg.Indexer.ReorgAlarm = time.Minute
	svc := e.StartRelayer(cfg)
	ctx := context.Background()
	txs := txmgr.NewStore(nil)

	base := e.Anvil.BlockNumber(t)
	old := e.Request(oracletest.Requester, 5, big.NewInt(1e12), 3600)
	e.Anvil.SetAutomine(t, false)
	e.Anvil.Mine(t, 3) // the requests are 3 deep: indexed, run, and their fulfilment sent
	deadline := time.Now().Add(60 * time.Second)
	for {
		sent, err := txs.List(ctx, svc.DB, txmgr.ListFilter{States: []txmgr.State{txmgr.StatePending}})
		if err != nil {
			t.Fatal(err)
		}
		if len(sent) > 0 && sent[0].FirstSentAt != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no fulfilment broadcast")
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Every block since the requests goes; the fulfilment stays in the pool.
	e.Anvil.Reorg(t, int(e.Anvil.BlockNumber(t)-base))
	// Another key requests as many jobs, paying a higher tip so that they come first in the block
	// the old fulfilment is mined in.
	e.RequestTip = big.NewInt(20e9)
	hashes := e.SendRequests(3, len(old), big.NewInt(1e12), 3600)
	e.Anvil.Mine(t, 1)
	ids := e.WaitRequests(hashes)
	for i := range ids {
		if ids[i] != old[i] {
			t.Fatalf("job %d: new id %s, old %s: the test needs the ids reused", i, ids[i], old[i])
		}
	}
	e.Anvil.SetAutomine(t, true)
	deadline = time.Now().Add(90 * time.Second)
	for settledCount(e, ids) < len(ids) {
		if time.Now().After(deadline) {
			states, _ := jobs.NewStore(nil).Counts(ctx, svc.DB)
			t.Fatalf("%d of %d new jobs settled; states %v", settledCount(e, ids), len(ids), states)
		}
		e.Anvil.Mine(t, 1)
		time.Sleep(100 * time.Millisecond)
	}
	_, fulfilled := e.RouterEvents(e.StartBlock)
	for _, id := range ids {
		if fulfilled[id] != 1 {
			t.Fatalf("job %s: %d fulfilments", id, fulfilled[id])
		}
	}
	st := jobs.NewStore(nil)
	deadline = time.Now().Add(60 * time.Second)
	for _, id := range ids {
		for {
			j, _, err := st.Get(ctx, svc.DB, id)
			if err == nil && j.State == jobs.StateConfirmed && j.Attempts >= 1 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("job %s: %+v (%v)", id, j, err)
			}
			e.Anvil.Mine(t, 1)
			time.Sleep(100 * time.Millisecond)
		}
	}
	checkTxRowsCanonical(t, e, svc.DB)
}
