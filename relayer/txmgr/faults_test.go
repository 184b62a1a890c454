package txmgr_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/relayer/anviltest"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// Issue 17: transactions under reorgs, lost transactions and shorter chains.

// TestSameHeightReorgNeverReusesANonce: anvil_reorg replaces the blocks of three confirmed
// transactions without changing the head's number. The next transactions must get new nonces
// (the manager keeps its own next nonce) and the reorged-out ones must be sent again at theirs:
// all five confirmed, five distinct nonces. Before: the reorg went unnoticed (same height), the
// new transactions were signed with the nonces of the reorged-out ones, and those then failed.
func TestSameHeightReorgNeverReusesANonce(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	m := h.manager(h.config(), txmgr.Hooks{})
	h.start(m)
	var ids []int64
	for i := range 3 {
		id, err := m.Send(ctx, h.emitCandidate(i))
		if err != nil {
			t.Fatal(err)
		}
		h.wait(id)
		ids = append(ids, id)
	}
	before := h.a.BlockNumber(t)
	nonceBefore := h.chainNonce()
	h.a.Reorg(t, 3) // the three blocks holding them, replaced by empty ones: same head number
	if got := h.a.BlockNumber(t); got != before {
		t.Fatalf("head %d after anvil_reorg, want the same height %d", got, before)
	}
	if n := h.chainNonce(); n >= nonceBefore {
		t.Fatalf("chain nonce %d after the reorg, want below %d (the test needs the transactions gone)", n, nonceBefore)
	}
	for i := range 2 {
		id, err := m.Send(ctx, h.emitCandidate(10+i))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	h.waitFor("all five confirmed", func() bool {
		for _, id := range ids {
			if h.get(id).State != txmgr.StateConfirmed {
				return false
			}
		}
		return true
	})
	seen := map[uint64]int64{}
	for _, id := range ids {
		tx := h.get(id)
		if other, dup := seen[*tx.Nonce]; dup {
			t.Fatalf("transactions %d and %d share nonce %d", other, id, *tx.Nonce)
		}
		seen[*tx.Nonce] = id
	}
	if n := h.chainNonce(); n != nonceBefore+2 {
		t.Fatalf("chain nonce %d, want %d", n, nonceBefore+2)
	}
	if kept, ok, err := st.KeptNonce(ctx, h.pool, anviltest.ChainID.Int64(), anviltest.Address(sender)); err != nil || !ok || kept != nonceBefore+2 {
		t.Fatalf("kept next nonce %d %v %v, want %d", kept, ok, err, nonceBefore+2)
	}
}

// TestStaleTransactionNotResentButReplacedByANoop: after a reorg takes a confirmed transaction
// out, its hook now drops it (what it carries was settled meanwhile). Its stored bytes must not be
// broadcast again: its nonce is filled by a 0-value self-transfer of 21,000 gas and the
// transaction ends failed. Before: the stored bytes were rebroadcast unchecked and mined again.
func TestStaleTransactionNotResentButReplacedByANoop(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	var stale atomic.Bool
	var checks atomic.Int32
	m := h.manager(h.config(), txmgr.Hooks{BeforeSend: func(ctx context.Context, tx *txmgr.Tx) ([]byte, error) {
		checks.Add(1)
		if stale.Load() {
			return nil, fmt.Errorf("%w: every entry settled elsewhere", txmgr.ErrDrop)
		}
		return nil, nil
	}})
	h.start(m)
	id, _ := m.Send(ctx, h.emitCandidate(1))
	first := h.wait(id)
	stale.Store(true)
	h.a.Reorg(t, 1)
	h.waitFor("final again", func() bool {
		tx := h.get(id)
		return tx.State.Final() && tx.BlockHash != first.BlockHash && tx.BlockNumber != 0
	})
	tx := h.get(id)
	if tx.State != txmgr.StateFailed {
		t.Fatalf("state %s, want failed (its nonce filled by a no-op)", tx.State)
	}
	r, err := h.rpc.TransactionReceipt(ctx, tx.IncludedHash)
	if err != nil {
		t.Fatal(err)
	}
	if r.GasUsed != 21000 || len(r.Logs) != 0 {
		t.Fatalf("mined replacement used %d gas with %d logs, want a 21,000-gas no-op", r.GasUsed, len(r.Logs))
	}
	mined, _, err := h.a.Client(t).TransactionByHash(ctx, tx.IncludedHash)
	if err != nil {
		t.Fatal(err)
	}
	if *mined.To() != anviltest.Address(sender) || mined.Value().Sign() != 0 || mined.Nonce() != *first.Nonce {
		t.Fatalf("replacement to %s value %s nonce %d, want a 0-value self-transfer at nonce %d", mined.To(), mined.Value(), mined.Nonce(), *first.Nonce)
	}
	if checks.Load() < 2 {
		t.Fatalf("the hook ran %d times: the resend was not checked", checks.Load())
	}
}

// TestLostTransactionResentAfterBlocks: a transaction the pool lost is sent again a few blocks
// later, with ResubmitAfter an hour away. Before: only wall-clock ResubmitAfter resent it.
func TestLostTransactionResentAfterBlocks(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	cfg := h.config()
	cfg.ResubmitBlocks = 2
	m := h.manager(cfg, txmgr.Hooks{})
	h.a.SetAutomine(t, false)
	h.start(m)
	id, _ := m.Send(ctx, h.emitCandidate(1))
	h.waitFor("broadcast", func() bool { return h.get(id).BroadcastAt != nil })
	h.a.DropTransaction(t, h.get(id).Hash)
	h.a.SetIntervalMining(t, 1)
	start := time.Now()
	tx := h.wait(id)
	if tx.State != txmgr.StateConfirmed || tx.Bumps < 1 {
		t.Fatalf("state %s after %d bumps", tx.State, tx.Bumps)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Fatalf("the lost transaction took %s to confirm", took)
	}
}

// TestShorterChainDoesNotStallSending: evm_revert takes the chain back below the block of a
// confirmed transaction (a reorg to a shorter chain). The manager must go on sending: the new
// transaction and the reverted one (sent again at its nonce) are both confirmed. Before: "reconcile:
// not found" aborted every round until the chain regained its height.
func TestShorterChainDoesNotStallSending(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	m := h.manager(h.config(), txmgr.Hooks{})
	h.start(m)
	var snap hexutil.Big
	h.a.Call(t, &snap, "evm_snapshot")
	old, _ := m.Send(ctx, h.emitCandidate(1))
	first := h.wait(old)
	h.a.Mine(t, 2)
	var ok bool
	h.a.Call(t, &ok, "evm_revert", &snap)
	if !ok || h.a.BlockNumber(t) >= first.BlockNumber {
		t.Fatalf("evm_revert: %v, head %d", ok, h.a.BlockNumber(t))
	}
	next, _ := m.Send(ctx, h.emitCandidate(2))
	h.waitFor("both confirmed", func() bool {
		return h.get(old).State == txmgr.StateConfirmed && h.get(next).State == txmgr.StateConfirmed
	})
	if a, b := *h.get(old).Nonce, *h.get(next).Nonce; a == b {
		t.Fatalf("both at nonce %d", a)
	}
}

// dropMetrics counts drops and failures.
type dropMetrics struct {
	txmgr.NoopMetrics
	mu      sync.Mutex
	dropped int
	failed  int
}

func (d *dropMetrics) TxDropped(string) { d.mu.Lock(); d.dropped++; d.mu.Unlock() }
func (d *dropMetrics) TxFinal(_ string, s txmgr.State, _ time.Duration) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if s == txmgr.StateFailed {
		d.failed++
	}
}

// TestDroppedBeforeSendingIsNotAFailedTransaction: a transaction its dry run drops before it is
// signed counts as dropped, not as a failed transaction.
func TestDroppedBeforeSendingIsNotAFailedTransaction(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	reverter := h.a.DeployReverter(t)
	dm := &dropMetrics{}
	m, err := txmgr.New(h.config(), h.pool, h.rpc, txmgr.Hooks{}, testLog(), dm)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := m.Send(ctx, txmgr.Candidate{To: reverter, Data: []byte{1}, Kind: "test"})
	h.start(m)
	h.wait(id)
	dm.mu.Lock()
	defer dm.mu.Unlock()
	if dm.dropped != 1 || dm.failed != 0 {
		t.Fatalf("dropped %d failed %d, want 1 and 0", dm.dropped, dm.failed)
	}
}
