package txmgr_test

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/relayer/anviltest"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func testLog() *slog.Logger { return testutil.Logger() }

var st = txmgr.NewStore(nil)

const sender = 1 // dev account the managers send from (account 0 deploys fixtures)

type harness struct {
	t       *testing.T
	a       *anviltest.Anvil
	pool    *pgxpool.Pool
	rpc     *ethrpc.Client
	emitter common.Address

	mu          sync.Mutex
	transitions map[int64][]txmgr.State
}

func newHarness(t *testing.T, anvilArgs ...string) *harness {
	t.Helper()
	ctx := context.Background()
	h := &harness{t: t, a: anviltest.Start(t, anvilArgs...), pool: pgtest.NewPool(t), transitions: map[int64][]txmgr.State{}}
	if _, err := migrations.Migrate(ctx, h.pool, testLog()); err != nil {
		t.Fatal(err)
	}
	c, err := ethrpc.Dial(ctx, ethrpc.Config{URLs: []string{h.a.URL}, CallTimeout: 5 * time.Second}, testLog(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	h.rpc = c
	h.emitter = h.a.DeployLogEmitter(t)
	return h
}

func (h *harness) config() txmgr.Config {
	return txmgr.Config{
		ChainID: anviltest.ChainID, Key: anviltest.Key(sender), Confirmations: 1,
		PollInterval: 50 * time.Millisecond, ResubmitAfter: time.Hour, LeaseDuration: 2 * time.Second,
	}
}

func (h *harness) manager(cfg txmgr.Config, hooks txmgr.Hooks) *txmgr.Manager {
	h.t.Helper()
	user := hooks.OnStateChange
	hooks.OnStateChange = func(ctx context.Context, db pgx.Tx, tx *txmgr.Tx, from txmgr.State) error {
		h.mu.Lock()
		if len(h.transitions[tx.ID]) == 0 {
			h.transitions[tx.ID] = []txmgr.State{from}
		}
		h.transitions[tx.ID] = append(h.transitions[tx.ID], tx.State)
		h.mu.Unlock()
		if user != nil {
			return user(ctx, db, tx, from)
		}
		return nil
	}
	m, err := txmgr.New(cfg, h.pool, h.rpc, hooks, testLog(), nil)
	if err != nil {
		h.t.Fatal(err)
	}
	return m
}

func (h *harness) start(m *txmgr.Manager) {
	h.t.Helper()
	m.Start(context.Background())
	h.t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = m.Stop(ctx)
	})
}

func (h *harness) emitCandidate(i int) txmgr.Candidate {
	return txmgr.Candidate{To: h.emitter, Data: common.BigToHash(big.NewInt(int64(i))).Bytes(), Kind: "test"}
}

func (h *harness) wait(id int64) *txmgr.Tx {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tx, err := st.Wait(ctx, h.pool, id, 20*time.Millisecond)
	if err != nil {
		h.t.Fatalf("tx %d not final: %v (state %v)", id, err, tx)
	}
	return tx
}

// waitFor polls cond until it holds (30s).
func (h *harness) waitFor(what string, cond func() bool) {
	h.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			h.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (h *harness) get(id int64) *txmgr.Tx {
	h.t.Helper()
	tx, err := st.Get(context.Background(), h.pool, id)
	if err != nil {
		h.t.Fatal(err)
	}
	return tx
}

func (h *harness) attempts(id int64) []txmgr.Attempt {
	h.t.Helper()
	a, err := st.Attempts(context.Background(), h.pool, id)
	if err != nil {
		h.t.Fatal(err)
	}
	return a
}

func (h *harness) chainNonce() uint64 {
	h.t.Helper()
	n, err := h.rpc.NonceAt(context.Background(), anviltest.Address(sender), nil)
	if err != nil {
		h.t.Fatal(err)
	}
	return n
}

// minedFromSender counts the sender's transactions in blocks from..head.
func (h *harness) minedFromSender(from uint64) int {
	h.t.Helper()
	c := h.a.Client(h.t)
	head := h.a.BlockNumber(h.t)
	n := 0
	for b := from; b <= head; b++ {
		blk, err := c.BlockByNumber(context.Background(), new(big.Int).SetUint64(b))
		if err != nil {
			h.t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			f, _ := types.Sender(types.LatestSignerForChainID(anviltest.ChainID), tx)
			if f == anviltest.Address(sender) {
				n++
			}
		}
	}
	return n
}

func TestSendsAndConfirmsInNonceOrder(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	cfg := h.config()
	cfg.Confirmations = 3
	m := h.manager(cfg, txmgr.Hooks{})
	h.start(m)
	startBlock := h.a.BlockNumber(t) + 1

	const n = 6
	ids := make([]int64, n)
	for i := range ids {
		id, err := m.Send(ctx, h.emitCandidate(i))
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = id
	}
	// Automine puts each in its own block; confirmations need two more blocks on top of the last.
	h.waitFor("all included", func() bool {
		for _, id := range ids {
			if st := h.get(id).State; st != txmgr.StateIncluded && st != txmgr.StateConfirmed {
				return false
			}
		}
		return true
	})
	if st := h.get(ids[n-1]).State; st != txmgr.StateIncluded {
		t.Fatalf("last tx %s before reaching the depth, want included", st)
	}
	h.a.Mine(t, 2)
	seen := map[uint64]bool{}
	for _, id := range ids {
		tx := h.wait(id)
		if tx.State != txmgr.StateConfirmed || tx.ReceiptStatus == nil || *tx.ReceiptStatus != 1 {
			t.Fatalf("tx %d: state %s receipt %v err %q", id, tx.State, tx.ReceiptStatus, tx.Error)
		}
		if seen[*tx.Nonce] {
			t.Fatalf("nonce %d used twice", *tx.Nonce)
		}
		seen[*tx.Nonce] = true
		if tx.TipCap.Cmp(big.NewInt(1e9)) < 0 || tx.FeeCap.Cmp(tx.TipCap) < 0 {
			t.Fatalf("fees tip %v cap %v", tx.TipCap, tx.FeeCap)
		}
	}
	for i := uint64(0); i < n; i++ {
		if !seen[i] {
			t.Fatalf("nonces %v are not 0..%d", seen, n-1)
		}
	}
	if got := h.minedFromSender(startBlock); got != n {
		t.Fatalf("%d transactions mined from the sender, want %d", got, n)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	want := []txmgr.State{txmgr.StateQueued, txmgr.StatePending, txmgr.StateIncluded, txmgr.StateConfirmed}
	if got := h.transitions[ids[n-1]]; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("transitions of the last tx: %v, want %v", got, want)
	}
}

func TestDryRunDropsRevertingTransactionWithoutSpendingANonce(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	reverter := h.a.DeployReverter(t)
	m := h.manager(h.config(), txmgr.Hooks{})
	bad, err := m.Send(ctx, txmgr.Candidate{To: reverter, Data: []byte{1}, Kind: "test"})
	if err != nil {
		t.Fatal(err)
	}
	good, err := m.Send(ctx, h.emitCandidate(1))
	if err != nil {
		t.Fatal(err)
	}
	h.start(m)
	if tx := h.wait(bad); tx.State != txmgr.StateFailed || tx.Nonce != nil || tx.Error == "" {
		t.Fatalf("reverting tx: state %s nonce %v err %q", tx.State, tx.Nonce, tx.Error)
	}
	if tx := h.wait(good); tx.State != txmgr.StateConfirmed || *tx.Nonce != 0 {
		t.Fatalf("good tx: state %s nonce %v", tx.State, tx.Nonce)
	}
}

func TestBeforeSendHookRewritesOrDrops(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	rewritten := common.BigToHash(big.NewInt(777)).Bytes()
	m := h.manager(h.config(), txmgr.Hooks{BeforeSend: func(ctx context.Context, tx *txmgr.Tx) ([]byte, error) {
		if tx.Kind == "drop" {
			return nil, fmt.Errorf("%w: nothing left to fulfil", txmgr.ErrDrop)
		}
		return rewritten, nil
	}})
	drop, _ := m.Send(ctx, txmgr.Candidate{To: h.emitter, Data: []byte{1}, Kind: "drop"})
	keep, _ := m.Send(ctx, h.emitCandidate(1))
	h.start(m)
	if tx := h.wait(drop); tx.State != txmgr.StateFailed || tx.Nonce != nil {
		t.Fatalf("dropped: %s nonce %v", tx.State, tx.Nonce)
	}
	tx := h.wait(keep)
	r, err := h.rpc.TransactionReceipt(ctx, tx.IncludedHash)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Logs) != 1 || r.Logs[0].Topics[0] != common.BytesToHash(rewritten) {
		t.Fatalf("the hook's calldata was not sent: %+v", r.Logs)
	}
}

func TestStuckTransactionIsBumped(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	cfg := h.config()
	cfg.ResubmitAfter = 300 * time.Millisecond
	m := h.manager(cfg, txmgr.Hooks{})
	h.a.SetAutomine(t, false)
	h.start(m)
	id, _ := m.Send(ctx, h.emitCandidate(1))
	h.waitFor("two bumps", func() bool { return len(h.attempts(id)) >= 3 })

	atts := h.attempts(id) // newest first
	for i := 0; i+1 < len(atts); i++ {
		newer, older := atts[i], atts[i+1]
		if newer.Nonce != older.Nonce {
			t.Fatalf("replacement changed the nonce")
		}
		// geth's rule: both fields at least +10%.
		if new(big.Int).Mul(newer.TipCap, big.NewInt(100)).Cmp(new(big.Int).Mul(older.TipCap, big.NewInt(110))) < 0 ||
			new(big.Int).Mul(newer.FeeCap, big.NewInt(100)).Cmp(new(big.Int).Mul(older.FeeCap, big.NewInt(110))) < 0 {
			t.Fatalf("bump below 10%%: %v/%v -> %v/%v", older.TipCap, older.FeeCap, newer.TipCap, newer.FeeCap)
		}
	}
	// Make the pool forget the transaction: the manager must bring it back.
	h.a.DropTransaction(t, h.get(id).Hash)
	h.a.SetAutomine(t, true)
	h.waitFor("tx back in a block", func() bool {
		h.a.Mine(t, 1)
		return h.get(id).State.Final()
	})
	tx := h.get(id)
	if tx.State != txmgr.StateConfirmed {
		t.Fatalf("state %s err %q", tx.State, tx.Error)
	}
	found := false
	for _, a := range h.attempts(id) {
		found = found || a.Hash == tx.IncludedHash
	}
	if !found || h.chainNonce() != 1 {
		t.Fatalf("included hash %s not among attempts or nonce %d", tx.IncludedHash, h.chainNonce())
	}
}

func TestBaseFeeSpikeForcesBumpWithinCaps(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	cfg := h.config()
	cfg.ResubmitAfter = 200 * time.Millisecond
	cfg.Fees.MaxFeeCap = big.NewInt(200e9)
	m := h.manager(cfg, txmgr.Hooks{})
	h.a.SetAutomine(t, false)
	h.start(m)
	id, _ := m.Send(ctx, h.emitCandidate(1))
	h.waitFor("sent", func() bool { return h.get(id).BroadcastAt != nil })
	first := h.get(id)
	// The base fee jumps above the tx's fee cap: blocks are mined without it.
	spike := new(big.Int).Add(first.FeeCap, big.NewInt(1e9))
	for i := 0; i < 3; i++ {
		h.a.SetNextBaseFee(t, spike)
		h.a.Mine(t, 1)
	}
	if h.get(id).State != txmgr.StatePending {
		t.Fatalf("tx mined below the base fee?")
	}
	h.waitFor("fee cap above the spike", func() bool { return h.get(id).FeeCap.Cmp(spike) > 0 })
	h.a.SetNextBaseFee(t, spike)
	h.a.Mine(t, 1)
	tx := h.wait(id)
	if tx.State != txmgr.StateConfirmed || tx.FeeCap.Cmp(cfg.Fees.MaxFeeCap) > 0 {
		t.Fatalf("state %s fee cap %v (max %v)", tx.State, tx.FeeCap, cfg.Fees.MaxFeeCap)
	}
}

func TestRestartMidFlightLosesNothingAndSendsNothingTwice(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	cfg := h.config()
	cfg.MaxInFlight = 4
	h.a.SetAutomine(t, false)
	startBlock := h.a.BlockNumber(t) + 1

	m1 := h.manager(cfg, txmgr.Hooks{})
	const n = 10
	ids := make([]int64, n)
	for i := range ids {
		ids[i], _ = m1.Send(ctx, h.emitCandidate(i))
	}
	m1.Start(ctx)
	h.waitFor("4 in flight", func() bool {
		var k int
		_ = h.pool.QueryRow(ctx, `SELECT count(*) FROM txs WHERE state = 'pending' AND broadcast_at IS NOT NULL`).Scan(&k)
		return k == 4
	})
	// Crash: the process stops without releasing its lease, and the node loses its pool.
	stopCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	_ = m1.Stop(stopCtx)
	if _, err := h.pool.Exec(ctx, `UPDATE tx_senders SET owner = 'crashed', lease_expires_at = now() + interval '1 second'`); err != nil {
		t.Fatal(err)
	}
	for _, id := range ids[:4] {
		h.a.DropTransaction(t, h.get(id).Hash)
	}

	cfg2 := cfg
	cfg2.Owner = "second"
	m2 := h.manager(cfg2, txmgr.Hooks{})
	h.start(m2)
	h.a.SetAutomine(t, true)
	h.waitFor("all final", func() bool {
		h.a.Mine(t, 1)
		for _, id := range ids {
			if !h.get(id).State.Final() {
				return false
			}
		}
		return true
	})
	for _, id := range ids {
		tx := h.get(id)
		if tx.State != txmgr.StateConfirmed {
			t.Fatalf("tx %d: %s %q", id, tx.State, tx.Error)
		}
	}
	for _, id := range ids[:4] {
		if a := h.attempts(id); len(a) != 1 {
			t.Fatalf("tx %d signed %d times: the restarted manager must rebroadcast the stored bytes", id, len(a))
		}
	}
	if got := h.minedFromSender(startBlock); got != n {
		t.Fatalf("%d transactions mined from the sender, want exactly %d", got, n)
	}
}

func TestReorgedTransactionIsRebroadcastAndReconfirmed(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	cfg := h.config()
	cfg.Confirmations = 4
	m := h.manager(cfg, txmgr.Hooks{})
	h.start(m)
	id, _ := m.Send(ctx, h.emitCandidate(1))
	h.waitFor("included", func() bool { return h.get(id).State == txmgr.StateIncluded })
	before := h.get(id)
	h.a.Reorg(t, 1) // the block holding it is replaced by an empty one
	h.waitFor("included again in another block", func() bool {
		tx := h.get(id)
		return tx.State == txmgr.StateIncluded && tx.BlockHash != before.BlockHash
	})
	h.a.Mine(t, 3)
	tx := h.wait(id)
	if tx.State != txmgr.StateConfirmed {
		t.Fatalf("state %s", tx.State)
	}
	h.mu.Lock()
	got := fmt.Sprint(h.transitions[id])
	h.mu.Unlock()
	want := fmt.Sprint([]txmgr.State{txmgr.StateQueued, txmgr.StatePending, txmgr.StateIncluded, txmgr.StatePending, txmgr.StateIncluded, txmgr.StateConfirmed})
	if got != want {
		t.Fatalf("transitions %s, want %s", got, want)
	}
	if len(h.attempts(id)) != 1 {
		t.Fatal("a reorged transaction was re-signed instead of rebroadcast")
	}
}

func TestNonceTakenByAnotherTransactionFails(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	cfg := h.config()
	cfg.UnknownNonceGrace = 200 * time.Millisecond
	m := h.manager(cfg, txmgr.Hooks{})
	h.a.SetAutomine(t, false)
	h.start(m)
	id, _ := m.Send(ctx, h.emitCandidate(1))
	h.waitFor("sent", func() bool { return h.get(id).BroadcastAt != nil })
	// Someone else with the same key replaces it.
	to := anviltest.Address(3)
	other := types.MustSignNewTx(anviltest.Key(sender), types.LatestSignerForChainID(anviltest.ChainID), &types.DynamicFeeTx{
		ChainID: anviltest.ChainID, Nonce: 0, GasTipCap: big.NewInt(50e9), GasFeeCap: big.NewInt(400e9), Gas: 21000, To: &to, Value: big.NewInt(1)})
	if err := h.rpc.SendTransaction(ctx, other); err != nil {
		t.Fatal(err)
	}
	h.a.Mine(t, 1)
	tx := h.wait(id)
	if tx.State != txmgr.StateFailed || tx.Error == "" {
		t.Fatalf("state %s err %q", tx.State, tx.Error)
	}
	// The next transaction gets the next free nonce.
	id2, _ := m.Send(ctx, h.emitCandidate(2))
	h.a.SetAutomine(t, true)
	h.waitFor("second final", func() bool { h.a.Mine(t, 1); return h.get(id2).State.Final() })
	if tx := h.get(id2); tx.State != txmgr.StateConfirmed || *tx.Nonce != 1 {
		t.Fatalf("second: %s nonce %v", tx.State, deref(tx.Nonce))
	}
}

func TestAbandonFillsTheNonceWithANoop(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	m := h.manager(h.config(), txmgr.Hooks{})
	h.a.SetAutomine(t, false)
	h.start(m)
	id, _ := m.Send(ctx, h.emitCandidate(1))
	h.waitFor("sent", func() bool { return h.get(id).BroadcastAt != nil })
	queued, err := st.Enqueue(ctx, h.pool, anviltest.ChainID.Int64(), anviltest.Address(4), h.emitCandidate(2)) // no manager for this sender
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Abandon(ctx, h.pool, queued); err != nil {
		t.Fatal(err)
	}
	if st := h.get(queued).State; st != txmgr.StateAbandoned {
		t.Fatalf("queued abandon: %s", st)
	}
	if err := st.Abandon(ctx, h.pool, id); err != nil {
		t.Fatal(err)
	}
	h.waitFor("no-op attempt", func() bool {
		a := h.attempts(id)
		return len(a) == 2 && a[0].Noop
	})
	h.a.Mine(t, 1)
	tx := h.wait(id)
	if tx.State != txmgr.StateAbandoned {
		t.Fatalf("state %s", tx.State)
	}
	chainTx, _, err := h.a.Client(t).TransactionByHash(ctx, tx.IncludedHash)
	if err != nil {
		t.Fatal(err)
	}
	if *chainTx.To() != anviltest.Address(sender) || chainTx.Value().Sign() != 0 || len(chainTx.Data()) != 0 {
		t.Fatalf("mined replacement is not a no-op self-transfer: to %s value %s data %x", chainTx.To(), chainTx.Value(), chainTx.Data())
	}
	if err := st.Abandon(ctx, h.pool, id); err == nil {
		t.Fatal("abandoning a final transaction succeeded")
	}
}

func TestTwoManagersOneSender(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	startBlock := h.a.BlockNumber(t) + 1
	cfgA, cfgB := h.config(), h.config()
	cfgA.Owner, cfgB.Owner = "a", "b"
	a, b := h.manager(cfgA, txmgr.Hooks{}), h.manager(cfgB, txmgr.Hooks{})
	h.start(a)
	h.start(b)
	const n = 20
	ids := make([]int64, 0, n)
	for i := 0; i < n; i++ {
		m := a
		if i%2 == 1 {
			m = b
		}
		id, err := m.Send(ctx, h.emitCandidate(i))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
		if i == n/2 {
			// The leader steps down mid-way: the other takes over.
			stopCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
			_ = a.Stop(stopCtx)
			cancel()
		}
	}
	for _, id := range ids {
		if tx := h.wait(id); tx.State != txmgr.StateConfirmed {
			t.Fatalf("tx %d: %s %q", id, tx.State, tx.Error)
		}
	}
	if got := h.minedFromSender(startBlock); got != n {
		t.Fatalf("%d mined, want %d", got, n)
	}
	var owner string
	if err := h.pool.QueryRow(ctx, `SELECT owner FROM tx_senders`).Scan(&owner); err != nil || owner != "b" {
		t.Fatalf("lease owner %q err %v, want b", owner, err)
	}
}

func TestFeePolicy(t *testing.T) {
	gwei := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e9)) }
	p := txmgr.FeePolicy{MinTipCap: gwei(1), MaxTipCap: gwei(10), MaxFeeCap: gwei(100), BaseFeeMultiplier: 2}
	cases := []struct {
		name            string
		old             txmgr.Fees
		tip, base       *big.Int
		wantTip, wantFC *big.Int
		wantOK          bool
	}{
		{"market unchanged: +10%", txmgr.Fees{TipCap: gwei(2), FeeCap: gwei(22)}, gwei(2), gwei(10), big.NewInt(2.2e9), big.NewInt(24.2e9), true},
		{"market rose: follow it", txmgr.Fees{TipCap: gwei(2), FeeCap: gwei(22)}, gwei(5), gwei(30), gwei(5), gwei(65), true},
		{"tip capped", txmgr.Fees{TipCap: gwei(10), FeeCap: gwei(30)}, gwei(3), gwei(10), gwei(10), gwei(33), false},
		{"fee cap capped", txmgr.Fees{TipCap: gwei(2), FeeCap: gwei(95)}, gwei(2), gwei(10), big.NewInt(2.2e9), gwei(100), false},
		{"rounds up", txmgr.Fees{TipCap: big.NewInt(1_000_000_001), FeeCap: gwei(20)}, big.NewInt(0), big.NewInt(0), big.NewInt(1_100_000_002), gwei(22), true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := p.Bump(tc.old, tc.tip, tc.base)
			if got.TipCap.Cmp(tc.wantTip) != 0 || got.FeeCap.Cmp(tc.wantFC) != 0 || ok != tc.wantOK {
				t.Fatalf("Bump = %v/%v ok=%v, want %v/%v ok=%v", got.TipCap, got.FeeCap, ok, tc.wantTip, tc.wantFC, tc.wantOK)
			}
		})
	}
	init := p.Initial(big.NewInt(0), gwei(60))
	if init.TipCap.Cmp(gwei(1)) != 0 || init.FeeCap.Cmp(gwei(100)) != 0 {
		t.Fatalf("Initial = %v/%v, want tip floor 1 gwei and cap 100 gwei", init.TipCap, init.FeeCap)
	}
}

func deref(p *uint64) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestSenderLeaseTakenOverQuicklyAfterACrash: a manager that died holding the sender lease (no Stop:
// the lease is not released) blocks a restarted one only for the short default lease.
func TestSenderLeaseTakenOverQuicklyAfterACrash(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	cfg := h.config()
	cfg.LeaseDuration = 0 // the default
	cfg.Owner = "crashed"
	dead := h.manager(cfg, txmgr.Hooks{})
	if err := dead.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	cfg.Owner = "restarted"
	m := h.manager(cfg, txmgr.Hooks{})
	start := time.Now()
	h.start(m)
	id, err := m.Send(ctx, h.emitCandidate(1))
	if err != nil {
		t.Fatal(err)
	}
	tx := h.wait(id)
	if tx.State != txmgr.StateConfirmed {
		t.Fatalf("state %s", tx.State)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("the restarted manager sent after %v: the dead one's lease held it", took)
	}
}
