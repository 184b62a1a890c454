package service_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/enclave/ipfs/ipfstest"
	"github.com/teeoracle/teeoracle/enclave/service"
)

// BenchmarkFigures reports the project's benchmark figures for the enclave worker
// (scripts/bench.sh prints them as BENCH lines).
//
// worker.jobs_per_s: signed jobs per second through the HTTP API (TLS bound to the attestation,
// as in SGX mode) of a simulation-mode worker: the sandbox's minimal WASI module with a warm
// program cache, 16-byte encrypted-free inputs, batches of 64 jobs from 4 concurrent clients.
// The Go client verifies every result's commitment and signature, as the relayer does, on the
// same machine: the figure includes that cost.
func BenchmarkFigures(b *testing.B) {
	b.Run("worker.jobs_per_s", func(b *testing.B) {
		kubo := ipfstest.Start(b)
		cfg := config(kubo.API, b.TempDir(), service.TLSOn)
		svc := start(b, cfg, nil)
		ctx := context.Background()
		c, err := client.New(svc.URL(), client.AllowSimulation())
		if err != nil {
			b.Fatal(err)
		}
		id, err := c.Identity(ctx)
		if err != nil {
			b.Fatal(err)
		}
		pid, cid := publishMinimal(b, kubo.API, id)
		var nonce atomic.Uint64
		batch := func(n int) []api.Job {
			jobs := make([]api.Job, n)
			for i := range jobs {
				k := nonce.Add(1)
				jobs[i] = makeJob(k, pid, cid, fmt.Appendf(nil, "\x10input %08d", k))
			}
			return jobs
		}
		run := func(batches, batchSize, clients int) (time.Duration, error) {
			var (
				wg       sync.WaitGroup
				next     atomic.Int64
				firstErr atomic.Value
			)
			start := time.Now()
			for range clients {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for next.Add(1) <= int64(batches) {
						jobs := batch(batchSize)
						res, err := c.Execute(ctx, jobs)
						if err == nil {
							for _, r := range res {
								if !r.Signed() {
									err = fmt.Errorf("job not signed: %s", r.Error)
									break
								}
							}
						}
						if err != nil {
							firstErr.CompareAndSwap(nil, err)
							return
						}
					}
				}()
			}
			wg.Wait()
			if err, ok := firstErr.Load().(error); ok {
				return 0, err
			}
			return time.Since(start), nil
		}
		// Warm up: program fetched, decrypted and compiled; connections open.
		if _, err := run(8, 8, 4); err != nil {
			b.Fatal(err)
		}
		const batches, batchSize, clients = 500, 64, 4
		b.ResetTimer()
		var rate float64
		for range b.N {
			d, err := run(batches, batchSize, clients)
			if err != nil {
				b.Fatal(err)
			}
			rate = float64(batches*batchSize) / d.Seconds()
		}
		b.ReportMetric(rate, "jobs/s")
	})

	// fleet.join_ms: one worker joining another's fleet through the HTTP API (TLS bound to the
	// attestation, as in SGX mode), the way the relayer does it (client.JoinFrom): join request
	// (fresh transport key, nonce, evidence), offer (the holder verifies the joiner's evidence and
	// seals the epoch secrets), accept (the joiner verifies the holder's evidence, opens, installs
	// and seals). SIMULATED evidence: no DCAP quote is made or verified here (an SGX quote takes
	// tens of ms to make and dcap verification about a ms per side, see dcap.verify_per_s and
	// BenchmarkJoinSyntheticDCAP in enclave/fleet). Median of 25 joins, each joiner fresh (the
	// holder has 3 epochs).
	b.Run("fleet.join_ms", func(b *testing.B) {
		kubo := ipfstest.Start(b)
		ctx := context.Background()
		holder := start(b, config(kubo.API, b.TempDir(), service.TLSOn), nil)
		hc, _ := client.New(holder.URL(), client.AllowSimulation())
		fid := *genesis(b, hc, fleetDomain).FleetID
		for e := uint32(2); e <= 3; e++ {
			if _, err := hc.Rotate(ctx, rotateOrder(b, hc, fleetDomain, e)); err != nil {
				b.Fatal(err)
			}
		}
		var median float64
		for range b.N {
			var ds []float64
			for range 25 {
				joiner := start(b, config(kubo.API, b.TempDir(), service.TLSOn), nil)
				jc, _ := client.New(joiner.URL(), client.AllowSimulation())
				if _, err := jc.Identity(ctx); err != nil { // attest + pin first, as a relayer has
					b.Fatal(err)
				}
				t0 := time.Now()
				st, err := client.Join(ctx, fid, hc, jc)
				d := time.Since(t0)
				if err != nil || len(st.Installed) != 3 {
					b.Fatalf("join: %+v %v", st, err)
				}
				ds = append(ds, float64(d.Microseconds())/1000)
				_ = joiner.Stop(ctx)
			}
			slices.Sort(ds)
			median = ds[len(ds)/2]
		}
		b.ReportMetric(median, "ms")
	})
}
