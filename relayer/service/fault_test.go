package service_test

import (
	"bufio"
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/relayer/anviltest"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
	"github.com/teeoracle/teeoracle/relayer/internal/rpcproxy"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
	"github.com/teeoracle/teeoracle/relayer/service"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

var (
	buildOnce sync.Once
	binary    string
	buildErr  error
)

// relayerBinary builds the relayer command once per test binary.
func relayerBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "relayer-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binary = filepath.Join(dir, "relayer")
		cmd := exec.Command("go", "build", "-o", binary, "github.com/teeoracle/teeoracle/relayer/cmd/relayer")
		cmd.Dir = testutil.RepoRoot()
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v: %s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binary
}

// process is a relayer running as a separate OS process.
type process struct {
	cmd  *exec.Cmd
	done chan struct{}
}

func startProcess(t *testing.T, e *oracletest.Env, owner string) *process {
	t.Helper()
	var urls []string
	for _, w := range e.Workers {
		urls = append(urls, w.URL)
	}
	return startProcessWith(t, e, owner, urls, "--job-lease", "3s", "--worker-timeout", "2s")
}

// startProcessWith starts a relayer process on workers with extra flags.
func startProcessWith(t *testing.T, e *oracletest.Env, owner string, workers []string, extra ...string) *process {
	t.Helper()
	args := []string{"--database-url", e.DBURL, "--log-level", "warn", "run",
		"--rpc-url", e.Anvil.URL, "--chain-id", "31337",
		"--router", e.Deployment.Router.Hex(),
		"--start-block", fmt.Sprint(e.StartBlock), "--confirmations", "0", "--tx-confirmations", "1",
		"--allow-simulation", "--listen", "127.0.0.1:0", "--owner", owner, "--migrate",
		"--poll-interval", "100ms", "--tx-poll-interval", "100ms", "--fulfil-linger", "50ms", "--resubmit-after", "10s"}
	args = append(args, extra...)
	for _, w := range workers {
		args = append(args, "--worker", w)
	}
	cmd := exec.Command(relayerBinary(t), args...)
	cmd.Env = append(os.Environ(), "TEEORACLE_SENDER_KEY="+anviltest.DevKeys[oracletest.Sender])
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &process{cmd: cmd, done: make(chan struct{})}
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if testutil.Verbose() || strings.Contains(sc.Text(), "level=ERROR") {
				t.Logf("[%s] %s", owner, sc.Text())
			}
		}
		_ = cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(p.kill)
	return p
}

func (p *process) kill() {
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

// settledCount counts jobs whose commitment is gone, by asking the chain.
func settledCount(e *oracletest.Env, ids []common.Hash) int {
	n := 0
	for _, id := range ids {
		if e.Commitment(id) == (common.Hash{}) {
			n++
		}
	}
	return n
}

func waitSettledAtLeast(t *testing.T, e *oracletest.Env, ids func() []common.Hash, n int, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		got := settledCount(e, ids())
		if got >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d jobs settled after %v", got, n, timeout)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// checkExactlyOnce asserts every job was settled by exactly one JobFulfilled, from our sender, with
// no fulfilment wasted on a job already settled, and that the relayer's database agrees.
func checkExactlyOnce(t *testing.T, e *oracletest.Env, db *pgxpool.Pool, ids []common.Hash) {
	t.Helper()
	byName, fulfilled := e.RouterEvents(e.StartBlock)
	for _, id := range ids {
		if fulfilled[id] != 1 {
			t.Fatalf("job %s: %d JobFulfilled events", id, fulfilled[id])
		}
	}
	if byName["JobRequested"] != len(ids) || byName["JobFulfilled"] != len(ids) {
		t.Fatalf("events %v for %d jobs", byName, len(ids))
	}
	t.Logf("%d jobs, %d fulfilments skipped on-chain (wasted)", len(ids), byName["FulfillmentSkipped"])
	if byName["FulfillmentSkipped"] != 0 {
		t.Errorf("%d fulfilments were sent for jobs already settled", byName["FulfillmentSkipped"])
	}
	ctx := context.Background()
	deadline := time.Now().Add(60 * time.Second)
	for {
		counts, err := jobs.NewStore(nil).Counts(ctx, db)
		if err == nil && counts[jobs.StateConfirmed] == len(ids) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("database job states %v (err %v), want %d confirmed", counts, err, len(ids))
		}
		time.Sleep(200 * time.Millisecond)
	}
	// Every fulfilment transaction ends confirmed (one still in its last confirmation round is waited for).
	deadline = time.Now().Add(30 * time.Second)
	for {
		var open int
		var states string
		if err := db.QueryRow(ctx, `SELECT count(*), coalesce(string_agg(state || ':' || coalesce(error, ''), ', '), '')
			FROM txs WHERE state <> 'confirmed'`).Scan(&open, &states); err != nil {
			t.Fatal(err)
		}
		if open == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d transactions not confirmed: %s", open, states)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func TestKill9DuringManyJobs(t *testing.T) {
	e := oracletest.New(t, oracletest.Options{})
	const total = 500
	var mu sync.Mutex
	var ids []common.Hash
	all := func() []common.Hash { mu.Lock(); defer mu.Unlock(); return append([]common.Hash(nil), ids...) }
	requested := make(chan struct{})
	go func() {
		defer close(requested)
		for i := 0; i < total/50; i++ {
			batch := e.Request(oracletest.Requester, 50, big.NewInt(1e12), 3600)
			mu.Lock()
			ids = append(ids, batch...)
			mu.Unlock()
		}
	}()
	p := startProcess(t, e, "first")
	waitSettledAtLeast(t, e, all, 60, 120*time.Second)
	p.kill() // SIGKILL: no shutdown, leases and in-flight transactions left behind
	p = startProcess(t, e, "second")
	waitSettledAtLeast(t, e, all, 200, 120*time.Second)
	p.kill()
	p = startProcess(t, e, "third")
	waitSettledAtLeast(t, e, all, 330, 120*time.Second)
	p.kill()
	startProcess(t, e, "fourth")
	<-requested
	if len(all()) != total {
		t.Fatalf("requested %d jobs", len(all()))
	}
	waitSettledAtLeast(t, e, all, total, 180*time.Second)
	checkExactlyOnce(t, e, pgtest.Connect(t, e.DBURL), all())
}

func TestPostgresRestartMidFlight(t *testing.T) {
	cluster := pgtest.StartCluster(t)
	e := oracletest.New(t, oracletest.Options{DBURL: cluster.DatabaseURL(t)})
	svc := e.StartRelayer(e.Config())
	ids := e.Request(oracletest.Requester, 40, big.NewInt(1e12), 3600)
	waitSettledAtLeast(t, e, func() []common.Hash { return ids }, 5, 60*time.Second)
	cluster.Stop(t, "immediate")
	more := e.Request(oracletest.Requester, 40, big.NewInt(1e12), 3600)
	time.Sleep(2 * time.Second) // the relayer runs without its database for a while
	cluster.Start(t)
	all := append(ids, more...)
	e.WaitSettled(all, 120*time.Second)
	checkExactlyOnce(t, e, svc.DB, all)
}

func TestTwoRelayersOneDatabase(t *testing.T) {
	e := oracletest.New(t, oracletest.Options{Workers: 2})
	a, b := e.Config(), e.Config()
	a.Owner, b.Owner = "relayer-a", "relayer-b"
	b.SenderKey = anviltest.Key(4) // each relayer sends with its own key
	b.Workers = b.Workers[1:]      // and uses its own worker
	a.Workers = a.Workers[:1]
	for _, c := range []*service.Config{&a, &b} { // small capacity each, so that neither can take everything
		c.Dispatch.Concurrency, c.Dispatch.BatchSize = 1, 4
	}
	sa, sb := e.StartRelayer(a), e.StartRelayer(b)
	ids := e.Request(oracletest.Requester, 150, big.NewInt(1e12), 3600)
	e.WaitSettled(ids, 120*time.Second)
	checkExactlyOnceSenders(t, e, sa.DB, ids)
	var workers int
	if err := sb.DB.QueryRow(context.Background(), `SELECT count(DISTINCT worker) FROM jobs`).Scan(&workers); err != nil || workers != 2 {
		t.Fatalf("jobs ran on %d distinct workers (err %v): the relayers did not share the work", workers, err)
	}
}

// checkExactlyOnceSenders is checkExactlyOnce for several relayers (several senders).
func checkExactlyOnceSenders(t *testing.T, e *oracletest.Env, db *pgxpool.Pool, ids []common.Hash) {
	t.Helper()
	checkExactlyOnce(t, e, db, ids)
}

func TestFaultyRPCEndpoints(t *testing.T) {
	e := oracletest.New(t, oracletest.Options{})
	liar, flaky, slow := rpcproxy.Start(t, e.Anvil.URL), rpcproxy.Start(t, e.Anvil.URL), rpcproxy.Start(t, e.Anvil.URL)
	liar.TruncateLogs(true)
	flaky.Fail("*", -1)
	slow.Stall("*", 3*time.Second)
	cfg := e.Config()
	cfg.RPC = ethrpc.Config{URLs: []string{liar.URL, flaky.URL, slow.URL}, CallTimeout: time.Second, LogsTimeout: 2 * time.Second,
		Cooldown: 300 * time.Millisecond}
	svc := e.StartRelayer(cfg)
	ids := e.Request(oracletest.Requester, 30, big.NewInt(1e12), 3600)
	// Faults move around while jobs run.
	go func() {
		time.Sleep(3 * time.Second)
		flaky.Heal()
		liar.Fail("*", 20)
		slow.TruncateLogs(true)
	}()
	e.WaitSettled(ids, 120*time.Second)
	checkExactlyOnce(t, e, svc.DB, ids)
	st := svc.RPC.Status()
	if st[0].Errors == 0 {
		t.Fatalf("the truncating endpoint was never demoted: %+v", st)
	}
}

func TestReorgBelowTheDepthRefulfils(t *testing.T) {
	e := oracletest.New(t, oracletest.Options{AnvilArgs: []string{"--block-time", "1"}})
	cfg := e.Config()
	cfg.Confirmations = 2
	cfg.Indexer.ReorgAlarm = time.Minute
	svc := e.StartRelayer(cfg)
	ctx := context.Background()
	ids := e.Request(oracletest.Requester, 10, big.NewInt(1e12), 3600)
	e.WaitSettled(ids, 60*time.Second)
	// Wait until the relayer has indexed every fulfilment (2 blocks deep).
	deadline := time.Now().Add(60 * time.Second)
	for {
		counts, _ := jobs.NewStore(nil).Counts(ctx, svc.DB)
		if counts[jobs.StateConfirmed] == len(ids) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("states %v", counts)
		}
		time.Sleep(100 * time.Millisecond)
	}
	var firstFulfil, requestBlock int64
	if err := svc.DB.QueryRow(ctx, `SELECT min(block_number) FROM txs WHERE state = 'confirmed'`).Scan(&firstFulfil); err != nil {
		t.Fatal(err)
	}
	if err := svc.DB.QueryRow(ctx, `SELECT max(block_number) FROM jobs`).Scan(&requestBlock); err != nil {
		t.Fatal(err)
	}
	if requestBlock >= firstFulfil {
		t.Fatalf("requests (block %d) and fulfilments (block %d) overlap; the test needs them apart", requestBlock, firstFulfil)
	}
	head := e.Anvil.BlockNumber(t)
	depth := int(head - uint64(firstFulfil) + 1)
	if depth <= int(cfg.Confirmations) {
		t.Fatalf("reorg depth %d is not below the confirmation depth", depth)
	}
	// Every fulfilment disappears; the requests stay.
	e.Anvil.Reorg(t, depth)
	for _, id := range ids {
		if e.Commitment(id) == (common.Hash{}) {
			t.Fatal("a fulfilment survived the reorg")
		}
	}
	sawAlarm := false
	deadline = time.Now().Add(90 * time.Second)
	for settledCount(e, ids) < len(ids) {
		if err := svc.Ready(ctx); err != nil && strings.Contains(err.Error(), "reorg") {
			sawAlarm = true
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d jobs settled again after the reorg", settledCount(e, ids), len(ids))
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !sawAlarm {
		if err := svc.Ready(ctx); err == nil || !strings.Contains(err.Error(), "reorg") {
			t.Fatalf("readiness did not report the deep reorg: %v", err)
		}
	}
	_, fulfilled := e.RouterEvents(e.StartBlock)
	for _, id := range ids {
		if fulfilled[id] != 1 {
			t.Fatalf("job %s: %d fulfilments on the new chain", id, fulfilled[id])
		}
	}
	deadline = time.Now().Add(60 * time.Second)
	for {
		counts, _ := jobs.NewStore(nil).Counts(ctx, svc.DB)
		if counts[jobs.StateConfirmed] == len(ids) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the reorg: states %v", counts)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// The transaction rows say what the chain says: every confirmed one is in a canonical block (the
	// fulfilments confirmed before the reorg were reconciled: sent again, or failed when their nonce
	// went to a newer transaction).
	checkTxRowsCanonical(t, e, svc.DB)
}

// checkTxRowsCanonical fails the test when a confirmed transaction row names a block that is not
// canonical, or two confirmed rows share a nonce.
func checkTxRowsCanonical(t *testing.T, e *oracletest.Env, db *pgxpool.Pool) {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(30 * time.Second)
	for {
		txs, err := txmgr.NewStore(nil).List(ctx, db, txmgr.ListFilter{States: []txmgr.State{txmgr.StateConfirmed}, Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		var bad []string
		nonces := map[uint64]int64{}
		for _, tx := range txs {
			h, err := e.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(tx.BlockNumber))
			if err != nil || h.Hash() != tx.BlockHash {
				bad = append(bad, fmt.Sprintf("tx %d confirmed in block %d %s, not canonical", tx.ID, tx.BlockNumber, tx.BlockHash))
			}
			if other, dup := nonces[*tx.Nonce]; dup {
				bad = append(bad, fmt.Sprintf("txs %d and %d both confirmed with nonce %d", other, tx.ID, *tx.Nonce))
			}
			nonces[*tx.Nonce] = tx.ID
		}
		if len(bad) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("stale transaction rows: %v", bad)
		}
		e.Anvil.Mine(t, 1)
		time.Sleep(200 * time.Millisecond)
	}
}
