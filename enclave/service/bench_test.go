package service_test

import (
	"context"
	"fmt"
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
}
