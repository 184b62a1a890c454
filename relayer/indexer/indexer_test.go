package indexer_test

import (
	"context"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/relayer/anviltest"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/internal/rpcproxy"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func testLog() *slog.Logger { return testutil.Logger() }

// recorder is a Handler that appends every log it is given to a table without any uniqueness, so a
// range applied twice shows up as duplicates.
type recorder struct {
	rollbacks atomic.Int64
	ancestor  atomic.Int64
}

func (r *recorder) EventName(*types.Log) string { return "Emitted" }

func (r *recorder) HandleLogs(ctx context.Context, db pgx.Tx, from, to uint64, logs []types.Log) error {
	for _, l := range logs {
		if _, err := db.Exec(ctx, `INSERT INTO applied (block_number, topic) VALUES ($1, $2)`, int64(l.BlockNumber), l.Topics[0].Bytes()); err != nil {
			return err
		}
	}
	return nil
}

func (r *recorder) Rollback(ctx context.Context, db pgx.Tx, ancestor uint64) error {
	r.rollbacks.Add(1)
	r.ancestor.Store(int64(ancestor))
	_, err := db.Exec(ctx, `DELETE FROM applied WHERE block_number > $1`, int64(ancestor))
	return err
}

type env struct {
	t       *testing.T
	a       *anviltest.Anvil
	db      *pgxpool.Pool
	emitter common.Address
	seq     int
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	e := &env{t: t, a: anviltest.Start(t), db: pgtest.NewPool(t)}
	if _, err := migrations.Migrate(ctx, e.db, testLog()); err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.Exec(ctx, `CREATE TABLE applied (block_number bigint, topic bytea)`); err != nil {
		t.Fatal(err)
	}
	e.emitter = e.a.DeployLogEmitter(t)
	return e
}

func (e *env) client(urls ...string) *ethrpc.Client {
	e.t.Helper()
	c, err := ethrpc.Dial(context.Background(), ethrpc.Config{URLs: urls, CallTimeout: 5 * time.Second, Cooldown: 200 * time.Millisecond}, testLog(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(c.Close)
	return c
}

func (e *env) indexer(c *ethrpc.Client, h indexer.Handler, mod func(*indexer.Config)) *indexer.Indexer {
	e.t.Helper()
	cfg := indexer.Config{Name: "test", ChainID: 31337, Addresses: []common.Address{e.emitter}, Confirmations: 2,
		MaxRange: 1000, PollInterval: 50 * time.Millisecond}
	if mod != nil {
		mod(&cfg)
	}
	ix, err := indexer.New(cfg, e.db, c, h, testLog(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return ix
}

// emit emits n logs with topics 1..n (continuing the count), perBlock per block.
func (e *env) emit(n int, perBlock int) {
	e.t.Helper()
	for i := 0; i < n; {
		var topics []common.Hash
		for j := 0; j < perBlock && i < n; j++ {
			i++
			e.seq++
			topics = append(topics, common.BigToHash(big.NewInt(int64(e.seq))))
		}
		e.a.EmitLogsInOneBlock(e.t, e.emitter, topics)
	}
}

func (e *env) count(q string) int {
	e.t.Helper()
	var n int
	if err := e.db.QueryRow(context.Background(), q).Scan(&n); err != nil {
		e.t.Fatal(err)
	}
	return n
}

func TestBackfillResumeAndIdempotence(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.emit(30, 3)
	e.a.Mine(t, 2) // everything at the confirmation depth
	h := &recorder{}
	ix := e.indexer(e.client(e.a.URL), h, func(c *indexer.Config) { c.MaxRange = 7 })
	cp, err := ix.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := e.a.BlockNumber(t) - 2; cp != want {
		t.Fatalf("checkpoint %d, want head-2 = %d", cp, want)
	}
	if n := e.count(`SELECT count(*) FROM applied`); n != 30 {
		t.Fatalf("applied %d logs, want 30", n)
	}
	if err := ix.Ready(); err != nil {
		t.Fatalf("not ready after sync: %v", err)
	}
	// Later blocks: a fresh indexer (restart) resumes from the checkpoint.
	e.emit(5, 1)
	e.a.Mine(t, 2)
	ix2 := e.indexer(e.client(e.a.URL), h, nil)
	if _, err := ix2.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.count(`SELECT count(*) FROM applied`); n != 35 {
		t.Fatalf("after resume: %d, want 35 (nothing twice)", n)
	}
	// Replaying stores no log twice.
	if err := indexer.NewStore(nil).Replay(ctx, e.db, 31337, "test", 0); err != nil {
		t.Fatal(err)
	}
	if _, err := ix2.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.count(`SELECT count(*) FROM logs`); n != 35 {
		t.Fatalf("logs table holds %d rows after replay, want 35", n)
	}
	// Every log kept its one topic (topic i = i), nothing more.
	if n := e.count(`SELECT count(*) FROM logs WHERE cardinality(topics) = 1
		AND length(topics[1]) = 32 AND get_byte(topics[1], 31) BETWEEN 1 AND 35`); n != 35 {
		t.Fatalf("%d logs stored with their single topic, want 35", n)
	}
	if n := e.count(`SELECT count(DISTINCT topics[1]) FROM logs`); n != 35 {
		t.Fatalf("%d distinct topics, want 35", n)
	}
}

func TestRangeShrinksWhenRefusedAndGrowsBack(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.emit(10, 2)
	e.a.Mine(t, 40)
	p := rpcproxy.Start(t, e.a.URL)
	p.RefuseRangesOver(4)
	ix := e.indexer(e.client(p.URL), &recorder{}, nil)
	if _, err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.count(`SELECT count(*) FROM applied`); n != 10 {
		t.Fatalf("applied %d, want 10", n)
	}
	calls := p.Count("eth_getLogs")
	if calls < 10 || calls > 40 {
		t.Fatalf("%d eth_getLogs calls for ~50 blocks at 4 per call", calls)
	}
}

func TestTruncatingEndpointIsCaught(t *testing.T) {
	cases := []struct {
		name      string
		perBlock  int
		allBlocks bool
		second    bool // an honest second endpoint
	}{
		{"whole blocks dropped, single endpoint", 1, false, false},
		{"whole blocks dropped, honest second endpoint", 2, false, true},
		{"part of a block dropped, single endpoint", 2, false, false},
		{"part of a block dropped, every block verified", 3, true, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			ctx := context.Background()
			e.emit(15, tc.perBlock)
			e.a.Mine(t, 2)
			liar := rpcproxy.Start(t, e.a.URL)
			liar.TruncateLogs(true)
			urls := []string{liar.URL}
			if tc.second {
				urls = append(urls, rpcproxy.Start(t, e.a.URL).URL)
			}
			c := e.client(urls...)
			ix := e.indexer(c, &recorder{}, func(cfg *indexer.Config) { cfg.VerifyAllBlocks = tc.allBlocks })
			if _, err := ix.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			if n := e.count(`SELECT count(*) FROM applied`); n != 15 {
				t.Fatalf("applied %d, want 15", n)
			}
			if n := e.count(`SELECT count(DISTINCT topic) FROM applied`); n != 15 {
				t.Fatalf("%d distinct events, want 15", n)
			}
			if st := c.Status(); st[0].Errors == 0 {
				t.Fatalf("the lying endpoint was not demoted: %+v", st)
			}
		})
	}
}

func TestForgedLogIsRefused(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.emit(3, 1)
	e.a.Mine(t, 2)
	// An indexer for an address that emitted nothing: the blooms must not announce it, and a
	// "log" for it would be refused. Here we check the positive side: nothing is invented.
	ix := e.indexer(e.client(e.a.URL), &recorder{}, func(c *indexer.Config) { c.Addresses = []common.Address{{0xde, 0xad}} })
	if _, err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.count(`SELECT count(*) FROM applied`); n != 0 {
		t.Fatalf("applied %d logs for a silent address", n)
	}
}

func TestErroringAndStallingEndpoints(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.emit(8, 2)
	e.a.Mine(t, 2)
	flaky, slow := rpcproxy.Start(t, e.a.URL), rpcproxy.Start(t, e.a.URL)
	flaky.Fail("*", 5)
	slow.Stall("eth_getLogs", 10*time.Second)
	c, err := ethrpc.Dial(ctx, ethrpc.Config{URLs: []string{flaky.URL, slow.URL}, CallTimeout: time.Second, LogsTimeout: 500 * time.Millisecond,
		Cooldown: 100 * time.Millisecond}, testLog(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ix := e.indexer(c, &recorder{}, nil)
	deadline := time.Now().Add(20 * time.Second)
	for e.count(`SELECT count(*) FROM applied`) < 8 {
		if time.Now().After(deadline) {
			t.Fatalf("indexed %d of 8 through faulty endpoints", e.count(`SELECT count(*) FROM applied`))
		}
		_, _ = ix.Sync(ctx)
	}
	if n := e.count(`SELECT count(*) FROM applied`); n != 8 {
		t.Fatalf("applied %d, want 8", n)
	}
}

func TestReorgDeeperThanDepthRollsBack(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.a.Mine(t, 5)
	e.emit(6, 1) // six blocks, one log each
	e.a.Mine(t, 2)
	h := &recorder{}
	ix := e.indexer(e.client(e.a.URL), h, func(c *indexer.Config) { c.ReorgAlarm = time.Hour })
	if _, err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.count(`SELECT count(*) FROM applied`); n != 6 {
		t.Fatalf("applied %d", n)
	}
	head := e.a.BlockNumber(t)
	// Replace the last 5 blocks (3 of them with logs, below the 2-block depth) by empty ones.
	e.a.Reorg(t, 5)
	if _, err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if h.rollbacks.Load() != 1 {
		t.Fatalf("%d rollbacks", h.rollbacks.Load())
	}
	if anc := uint64(h.ancestor.Load()); anc != head-5 {
		t.Fatalf("ancestor %d, want %d", anc, head-5)
	}
	if n := e.count(`SELECT count(*) FROM applied`); n != 3 {
		t.Fatalf("applied %d after the reorg removed 3 logs, want 3", n)
	}
	if n := e.count(`SELECT count(*) FROM logs`); n != 3 {
		t.Fatalf("logs %d, want 3", n)
	}
	if err := ix.Ready(); err == nil {
		t.Fatal("ready right after a reorg deeper than the confirmation depth")
	}
	// New events after the reorg are indexed normally.
	e.emit(2, 1)
	e.a.Mine(t, 2)
	if _, err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.count(`SELECT count(*) FROM applied`); n != 5 {
		t.Fatalf("applied %d, want 5", n)
	}
}

func TestTwoIndexersOneDatabase(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.emit(40, 4)
	e.a.Mine(t, 2)
	h := &recorder{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		ix := e.indexer(e.client(e.a.URL), h, func(c *indexer.Config) { c.MaxRange = 3 })
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := ix.Sync(ctx); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if n := e.count(`SELECT count(*) FROM applied`); n != 40 {
		t.Fatalf("applied %d, want exactly 40", n)
	}
}
