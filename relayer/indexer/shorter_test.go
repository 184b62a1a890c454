package indexer_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/relayer/indexer"
)

// TestShorterChainRollsBackWithoutStalling (issue 17): evm_revert takes the chain back below the
// checkpoint (a reorg to a shorter chain). The next sync must not fail: it rolls back what the
// new chain does not have and indexes the new chain's events at once, long before the chain
// regains its old height. Before: "checkpoint header: not found" every round until then.
func TestShorterChainRollsBackWithoutStalling(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.a.Mine(t, 3)
	e.emit(1, 1) // survives
	var snap hexutil.Big
	e.a.Call(t, &snap, "evm_snapshot")
	e.emit(5, 1)
	e.a.Mine(t, 4)
	h := &recorder{}
	ix := e.indexer(e.client(e.a.URL), h, func(c *indexer.Config) { c.ReorgAlarm = time.Hour })
	cp, err := ix.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n := e.count(`SELECT count(*) FROM applied`); n != 6 {
		t.Fatalf("applied %d", n)
	}
	var ok bool
	e.a.Call(t, &ok, "evm_revert", &snap)
	e.emit(2, 1)
	e.a.Mine(t, 2)
	if head := e.a.BlockNumber(t); !ok || head >= cp {
		t.Fatalf("revert %v: head %d, checkpoint %d: the chain must be shorter", ok, head, cp)
	}
	if _, err := ix.Sync(ctx); err != nil {
		t.Fatalf("sync on the shorter chain: %v", err)
	}
	if h.rollbacks.Load() != 1 {
		t.Fatalf("%d rollbacks", h.rollbacks.Load())
	}
	if n := e.count(`SELECT count(*) FROM applied`); n != 3 {
		t.Fatalf("applied %d, want the surviving log and the new chain's two", n)
	}
	// A chain that is only shorter (our blocks a prefix of it, as on an endpoint that lags) is
	// waited for quietly: no error, no rollback.
	var snap2 hexutil.Big
	e.a.Call(t, &snap2, "evm_snapshot")
	e.a.Mine(t, 4)
	cp, err = ix.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.a.Call(t, &ok, "evm_revert", &snap2)
	if head := e.a.BlockNumber(t); head >= cp {
		t.Fatalf("head %d, checkpoint %d", head, cp)
	}
	if _, err := ix.Sync(ctx); err != nil {
		t.Fatalf("sync behind the checkpoint: %v", err)
	}
	if h.rollbacks.Load() != 1 {
		t.Fatalf("%d rollbacks for a chain that is only shorter", h.rollbacks.Load())
	}
}
