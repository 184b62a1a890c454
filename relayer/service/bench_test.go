package service_test

import (
	"context"
	"math/big"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/events"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
)

// BenchmarkFigures measures the relayer on real parts (anvil with automine, Postgres, Kubo and one
// simulated worker running the "cat" program; indexer depth 0, transactions confirmed in their
// block). Each figure is measured once per run, whatever b.N is; scripts/bench.sh prints them.
func BenchmarkFigures(b *testing.B) {
	b.Run("relayer.jobs_per_s", func(b *testing.B) {
		e := oracletest.New(b, oracletest.Options{})
		const n = 600
		ids := e.Request(oracletest.Requester, n, big.NewInt(1e12), 3600) // a backlog
		start := time.Now()
		svc := e.StartRelayer(e.Config())
		waitConfirmed(b, svc.DB, n, 5*time.Minute)
		elapsed := time.Since(start)
		if settledCount(e, ids) != n {
			b.Fatal("jobs confirmed in the database but not settled on chain")
		}
		b.ReportMetric(float64(n)/elapsed.Seconds(), "jobs/s")
	})
	var latencies []time.Duration
	latency := func(b *testing.B) []time.Duration {
		if latencies != nil {
			return latencies
		}
		e := oracletest.New(b, oracletest.Options{})
		e.StartRelayer(e.Config())
		e.Request(oracletest.Requester, 1, big.NewInt(1e12), 3600) // warm up
		const n = 60
		var mu sync.Mutex
		var wg sync.WaitGroup
		for i := 0; i < n; i++ {
			sent := time.Now() // latency: request sent -> result delivered to the consumer
			hashes := e.SendRequests(oracletest.Requester, 1, big.NewInt(1e12), 3600)
			wg.Add(1)
			go func() {
				defer wg.Done()
				id := e.WaitRequests(hashes)[0]
				deadline := sent.Add(time.Minute)
				for e.DeliveredResult(id) == (common.Hash{}) {
					if time.Now().After(deadline) {
						b.Errorf("job %s not delivered", id)
						return
					}
					time.Sleep(2 * time.Millisecond)
				}
				mu.Lock()
				latencies = append(latencies, time.Since(sent))
				mu.Unlock()
			}()
			time.Sleep(150 * time.Millisecond)
		}
		wg.Wait()
		sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
		return latencies
	}
	b.Run("relayer.latency_p50_ms", func(b *testing.B) {
		l := latency(b)
		b.ReportMetric(float64(l[len(l)/2].Microseconds())/1000, "ms")
	})
	b.Run("relayer.latency_p99_ms", func(b *testing.B) {
		l := latency(b)
		b.ReportMetric(float64(l[(len(l)*99)/100].Microseconds())/1000, "ms")
	})
	b.Run("indexer.backfill_events_per_s", func(b *testing.B) {
		e := oracletest.New(b, oracletest.Options{})
		const n = 3000
		e.Anvil.SetAutomine(b, false)
		for i := 0; i < n/200; i++ { // 200 requests per block
			hashes := e.SendRequests(oracletest.Requester, 200, big.NewInt(1e12), 3600)
			e.Anvil.Mine(b, 1)
			e.WaitRequests(hashes)
			e.Anvil.Mine(b, 5) // and some empty blocks between
		}
		e.Anvil.SetAutomine(b, true)
		ctx := context.Background()
		db := pgtest.Connect(b, e.DBURL)
		if _, err := migrations.Migrate(ctx, db, oracletest.TestLog()); err != nil {
			b.Fatal(err)
		}
		rpc, err := ethrpc.Dial(ctx, ethrpc.Config{URLs: []string{e.Anvil.URL}}, oracletest.TestLog(), nil)
		if err != nil {
			b.Fatal(err)
		}
		defer rpc.Close()
		h, err := events.New(31337, e.Deployment.Router, e.Deployment.ProgramRegistry, 0, oracletest.TestLog())
		if err != nil {
			b.Fatal(err)
		}
		ix, err := indexer.New(indexer.Config{Name: "bench", ChainID: 31337, Addresses: h.Addresses(), Topics: h.Topics(),
			StartBlock: e.StartBlock, MaxRange: 1000, VerifyAllBlocks: true}, db, rpc, h, oracletest.TestLog(), nil)
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if _, err := ix.Sync(ctx); err != nil {
			b.Fatal(err)
		}
		elapsed := time.Since(start)
		var got int
		if err := db.QueryRow(ctx, `SELECT count(*) FROM logs`).Scan(&got); err != nil {
			b.Fatal(err)
		}
		if got < n {
			b.Fatalf("indexed %d events, want at least %d", got, n)
		}
		b.ReportMetric(float64(got)/elapsed.Seconds(), "events/s")
	})
}

func waitConfirmed(b *testing.B, db interface{ jobs.DBTX }, n int, timeout time.Duration) {
	b.Helper()
	deadline := time.Now().Add(timeout)
	for {
		counts, err := jobs.Counts(context.Background(), db)
		if err == nil && counts[jobs.StateConfirmed] >= n {
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("states %v after %v", counts, timeout)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
