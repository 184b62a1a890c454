package service_test

import (
	"context"
	"math/big"
	"os"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/events"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
	"github.com/teeoracle/teeoracle/relayer/store"
)

// Bench conditions (the relayer issue's): anvil mining a block every second, indexer confirmation
// depth 1, fulfilments counted in their block (txmgr depth 1), Postgres, one simulated worker over
// its HTTP API running the "cat" program, and the relayer, all on this machine. A load generator
// (64 funded keys) sends requestJob transactions at a steady rate while the relayer runs.
const (
	benchGasLimit = "300000000" // 300 requests/s is ~17M gas per block, plus the fulfilment batches
	benchKeys     = 64
)

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// loadFigures is the outcome of one load run.
type loadFigures struct {
	jobsPerS, offered float64
	latencies         []time.Duration // request mined -> fulfil mined, sorted
}

// runLoad sends BENCH_JOBS requests (default 5000) at BENCH_RATE per second (default 400, above the
// 300/s target so that the figure is the relayer's, not the generator's) to a running relayer and
// measures on the chain: when each block appeared (newHeads), in which block each job was requested
// and fulfilled.
func runLoad(b *testing.B) loadFigures {
	n, rate := envInt("BENCH_JOBS", 5000), envInt("BENCH_RATE", 400)
	// Contracts and worker are set up with automine (fast); the measurement runs on 1-second blocks.
	e := oracletest.New(b, oracletest.Options{AnvilArgs: []string{"--gas-limit", benchGasLimit}})
	load := e.NewLoad(benchKeys)
	raws := load.Sign(n, big.NewInt(1e12))
	e.Anvil.SetIntervalMining(b, 1)
	clock := e.WatchBlocks()
	cfg := e.Config()
	cfg.Confirmations = 1
	cfg.Tx.Confirmations = 1
	svc := e.StartRelayer(cfg)
	waitReady(b, svc.Ready, time.Minute)

	first := e.Anvil.BlockNumber(b) + 1
	sending := load.SendAtRate(raws, float64(rate))
	b.Logf("sent %d requests in %v (%.0f/s)", n, sending, float64(n)/sending.Seconds())
	deadline := time.Now().Add(time.Duration(n/50)*time.Second + time.Minute)
	var jb oracletest.JobBlocks
	for {
		jb = e.RouterJobBlocks(first)
		if len(jb.Requested) == n && len(jb.Fulfilled) == n {
			break
		}
		if time.Now().After(deadline) {
			b.Fatalf("%d of %d requests mined, %d fulfilled", len(jb.Requested), n, len(jb.Fulfilled))
		}
		time.Sleep(500 * time.Millisecond)
	}
	if jb.Skipped != 0 {
		b.Fatalf("%d fulfilments wasted on settled jobs", jb.Skipped)
	}
	at := func(block uint64) time.Time {
		t, ok := clock.Seen(block)
		if !ok {
			b.Fatalf("block %d was not seen by the newHeads subscription", block)
		}
		return t
	}
	var f loadFigures
	perBlock := map[uint64]int{}
	firstReq, lastReq, firstFul, lastFul := ^uint64(0), uint64(0), ^uint64(0), uint64(0)
	for id, rb := range jb.Requested {
		fbs := jb.Fulfilled[id]
		if len(fbs) != 1 {
			b.Fatalf("job %s fulfilled %d times", id, len(fbs))
		}
		fb := fbs[0]
		perBlock[fb]++
		firstReq, lastReq, firstFul, lastFul = min(firstReq, rb), max(lastReq, rb), min(firstFul, fb), max(lastFul, fb)
		f.latencies = append(f.latencies, at(fb).Sub(at(rb)))
	}
	sort.Slice(f.latencies, func(i, j int) bool { return f.latencies[i] < f.latencies[j] })
	// Sustained rate: jobs settled after the first fulfilment block over the time since it.
	f.jobsPerS = float64(n-perBlock[firstFul]) / at(lastFul).Sub(at(firstFul)).Seconds()
	f.offered = float64(n-1) / at(lastReq).Sub(at(firstReq)).Seconds()
	b.Logf("%d jobs: requests mined in blocks %d..%d (%.0f/s), fulfilled in blocks %d..%d (%.0f/s); latency min %v p50 %v p99 %v max %v",
		n, firstReq, lastReq, f.offered, firstFul, lastFul, f.jobsPerS, f.latencies[0], f.latencies[len(f.latencies)/2],
		f.latencies[len(f.latencies)*99/100], f.latencies[len(f.latencies)-1])
	// The relayer's own view converges: every job confirmed.
	waitConfirmed(b, svc.DB, n, time.Minute)
	stages(b, svc.DB, jb, at)
	return f
}

// stages logs where the time goes, per job, from the relayer's own timestamps: request block seen ->
// job stored by the indexer -> signed result stored -> fulfilment transaction enqueued -> broadcast
// -> fulfil block seen.
func stages(b *testing.B, db *pgxpool.Pool, jb oracletest.JobBlocks, at func(uint64) time.Time) {
	rows, err := db.Query(context.Background(), `SELECT j.job_id, j.created_at, r.created_at, t.created_at, t.first_sent_at
		FROM jobs j JOIN job_results r USING (job_id) JOIN tx_jobs tj USING (job_id) JOIN txs t ON t.id = tj.tx_id
		WHERE t.state = 'confirmed'`)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	names := []string{"indexed", "result", "enqueued", "broadcast", "mined"}
	d := make([][]time.Duration, len(names))
	for rows.Next() {
		var id []byte
		var ts [4]time.Time
		if err := rows.Scan(&id, &ts[0], &ts[1], &ts[2], &ts[3]); err != nil {
			b.Fatal(err)
		}
		h := common.BytesToHash(id)
		prev := at(jb.Requested[h])
		for i, t := range append(ts[:], at(jb.Fulfilled[h][0])) {
			d[i] = append(d[i], t.Sub(prev))
			prev = t
		}
	}
	for i, name := range names {
		l := d[i]
		sort.Slice(l, func(x, y int) bool { return l[x] < l[y] })
		if len(l) > 0 {
			b.Logf("stage %-9s p50 %6dms p99 %6dms max %6dms", name, l[len(l)/2].Milliseconds(), l[len(l)*99/100].Milliseconds(), l[len(l)-1].Milliseconds())
		}
	}
}

// BenchmarkFigures measures the relayer on real parts; each figure is measured once per run,
// whatever b.N is, and scripts/bench.sh prints them.
func BenchmarkFigures(b *testing.B) {
	var load *loadFigures
	run := func(b *testing.B) loadFigures {
		if load == nil {
			f := runLoad(b)
			load = &f
		}
		return *load
	}
	b.Run("relayer.jobs_per_s", func(b *testing.B) {
		b.ReportMetric(run(b).jobsPerS, "jobs/s")
	})
	b.Run("relayer.latency_p50_ms", func(b *testing.B) {
		l := run(b).latencies
		b.ReportMetric(float64(l[len(l)/2].Milliseconds()), "ms")
	})
	b.Run("relayer.latency_p99_ms", func(b *testing.B) {
		l := run(b).latencies
		b.ReportMetric(float64(l[len(l)*99/100].Milliseconds()), "ms")
	})
	b.Run("indexer.backfill_events_per_s", func(b *testing.B) {
		n := envInt("BENCH_BACKFILL_EVENTS", 20000)
		const perBlock = 500
		e := oracletest.New(b, oracletest.Options{AnvilArgs: []string{"--gas-limit", benchGasLimit}})
		load := e.NewLoad(benchKeys)
		raws := load.Sign(n, big.NewInt(1e12))
		e.Anvil.SetAutomine(b, false)
		for start := 0; start < n; start += perBlock {
			load.SendAll(raws[start:min(start+perBlock, n)])
			e.Anvil.Mine(b, 1)
			e.Anvil.Mine(b, 5) // and some empty blocks between
		}
		jb := e.RouterJobBlocks(e.StartBlock)
		if len(jb.Requested) != n {
			b.Fatalf("%d of %d requests mined", len(jb.Requested), n)
		}
		ctx := context.Background()
		db := pgtest.Connect(b, e.DBURL)
		if _, err := migrations.Migrate(ctx, db, testutil.Logger()); err != nil {
			b.Fatal(err)
		}
		rpc, err := ethrpc.Dial(ctx, ethrpc.Config{URLs: []string{e.Anvil.URL}}, testutil.Logger(), nil)
		if err != nil {
			b.Fatal(err)
		}
		defer rpc.Close()
		h, err := events.New(31337, e.Deployment.Router, e.Deployment.ProgramRegistry, 0, testutil.Logger(), nil)
		if err != nil {
			b.Fatal(err)
		}
		// The relayer's defaults: 1000-block ranges, every block with events checked against its receipts.
		ix, err := indexer.New(indexer.Config{Name: "bench", ChainID: 31337, Addresses: h.Addresses(), Topics: h.Topics(),
			StartBlock: e.StartBlock, VerifyAllBlocks: true}, db, rpc, h, testutil.Logger(), nil)
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if _, err := ix.Sync(ctx); err != nil {
			b.Fatal(err)
		}
		elapsed := time.Since(start)
		var got, jobCount int
		if err := db.QueryRow(ctx, `SELECT count(*) FROM logs`).Scan(&got); err != nil {
			b.Fatal(err)
		}
		if err := db.QueryRow(ctx, `SELECT count(*) FROM jobs`).Scan(&jobCount); err != nil {
			b.Fatal(err)
		}
		if got < n || jobCount != n {
			b.Fatalf("indexed %d events and %d jobs, want at least %d and %d", got, jobCount, n, n)
		}
		b.Logf("indexed %d events (%d jobs) in %v", got, jobCount, elapsed)
		b.ReportMetric(float64(got)/elapsed.Seconds(), "events/s")
	})
}

func waitReady(b *testing.B, ready func(context.Context) error, timeout time.Duration) {
	b.Helper()
	deadline := time.Now().Add(timeout)
	for {
		err := ready(context.Background())
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("relayer not ready after %v: %v", timeout, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func waitConfirmed(b *testing.B, db store.DBTX, n int, timeout time.Duration) {
	b.Helper()
	deadline := time.Now().Add(timeout)
	for {
		counts, err := jobs.NewStore(nil).Counts(context.Background(), db)
		if err == nil && counts[jobs.StateConfirmed] >= n {
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("states %v after %v", counts, timeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
