package service_test

import (
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
)

// Latency in blocks on fast chains (issue 23). anvil mines a block every 250 ms or every 2 s from
// its start (--block-time), the relayer runs with the operator defaults for every timer (indexer,
// dispatch, batching, transaction manager: the zero values of their configs) and an indexer
// confirmation depth an operator would choose on such a chain (latencyRuns), and a load generator
// sends BENCH_LATENCY_JOBS requests (default 48) spread over about 40 blocks. The figures are read
// on the chain: the request's block and the fulfilment's block of every job.
//
// Depth: both kinds of chain are rollups whose sequencer orders blocks; what can reorg is the unsafe
// head before the batch reaches L1, which happens on sequencer failure, not from competing
// producers. An operator waits about a second of blocks for the sequencer's own reorgs to settle:
// 4 blocks at 250 ms (1 s), 1 block at 2 s.
var latencyRuns = []struct {
	name      string
	blockTime string // anvil --block-time, seconds
	interval  time.Duration
	depth     uint64
}{
	{"250ms", "0.25", 250 * time.Millisecond, 4},
	{"2s", "2", 2 * time.Second, 1},
}

// latencyBlocks is the outcome of one run: per job, blocks from request to fulfilment, sorted.
type latencyBlocks struct {
	blocks []uint64
	depth  uint64
}

func (l latencyBlocks) pct(p int) uint64 { return l.blocks[(len(l.blocks)-1)*p/100] }

// excess is the blocks beyond the first the depth allows: a request in block r is indexed once block
// r+depth exists, so its fulfilment can be in block r+depth+1 at the earliest.
func (l latencyBlocks) excess(p int) float64 {
	v := l.pct(p)
	if v < l.depth+1 {
		return 0
	}
	return float64(v - (l.depth + 1))
}

func runLatency(b *testing.B, blockTime string, interval time.Duration, depth uint64) latencyBlocks {
	n := envInt("BENCH_LATENCY_JOBS", 48)
	e := oracletest.New(b, oracletest.Options{AnvilArgs: []string{"--block-time", blockTime}})
	load := e.NewLoad(8)
	raws := load.Sign(n, big.NewInt(1e12))
	cfg := e.Config()
	// The operator defaults, not the test-tuned timers of e.Config.
	cfg.Indexer.PollInterval = 0
	if v := os.Getenv("BENCH_LATENCY_INDEXER_POLL"); v != "" { // for before/after comparisons
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatal(err)
		}
		cfg.Indexer.PollInterval = d
	}
	cfg.Dispatch.PollInterval, cfg.Dispatch.RefreshEvery, cfg.Dispatch.RetryBase = 0, 0, 0
	cfg.Submit.Linger, cfg.Submit.PollInterval = 0, 0
	cfg.Tx.PollInterval, cfg.Tx.ResubmitAfter, cfg.Tx.LeaseDuration, cfg.Tx.Confirmations = 0, 0, 0, 0
	cfg.Confirmations = depth
	// Over WebSocket, as an operator on a fast chain would connect: the relayer follows new heads
	// (heads.go). BENCH_LATENCY_RPC=http measures the polling path instead.
	if os.Getenv("BENCH_LATENCY_RPC") != "http" {
		cfg.RPC.URLs = []string{"ws://" + strings.TrimPrefix(e.Anvil.URL, "http://")}
	}
	svc := e.StartRelayer(cfg)
	waitReady(b, svc.Ready, time.Minute)

	first := e.Anvil.BlockNumber(b) + 1
	// About 40 blocks of requests, at least a second apart on 250 ms blocks.
	span := max(40*interval, 10*time.Second)
	load.SendAtRate(raws, float64(n)/span.Seconds())
	deadline := time.Now().Add(2 * time.Minute)
	var jb oracletest.JobBlocks
	for {
		jb = e.RouterJobBlocks(first)
		if len(jb.Requested) == n && len(jb.Fulfilled) == n {
			break
		}
		if time.Now().After(deadline) {
			b.Fatalf("%d of %d requests mined, %d fulfilled", len(jb.Requested), n, len(jb.Fulfilled))
		}
		time.Sleep(interval)
	}
	if jb.Skipped != 0 {
		b.Fatalf("%d fulfilments wasted on settled jobs", jb.Skipped)
	}
	l := latencyBlocks{depth: depth}
	for id, rb := range jb.Requested {
		fbs := jb.Fulfilled[id]
		if len(fbs) != 1 {
			b.Fatalf("job %s fulfilled %d times", id, len(fbs))
		}
		if fbs[0] <= rb+depth {
			b.Fatalf("job %s requested in block %d fulfilled in block %d, before depth %d allows", id, rb, fbs[0], depth)
		}
		l.blocks = append(l.blocks, fbs[0]-rb)
	}
	sort.Slice(l.blocks, func(i, j int) bool { return l.blocks[i] < l.blocks[j] })
	b.Logf("%s blocks, depth %d, %d jobs: request->fulfil blocks min %d p50 %d p99 %d max %d", blockTime, depth, n,
		l.blocks[0], l.pct(50), l.pct(99), l.blocks[len(l.blocks)-1])
	return l
}

// BenchmarkFiguresLatencyBlocks measures request-to-fulfilment latency in blocks on 250 ms and 2 s
// blocks; each chain is run once whatever b.N is.
func BenchmarkFiguresLatencyBlocks(b *testing.B) {
	for _, r := range latencyRuns {
		var got *latencyBlocks
		run := func(b *testing.B) latencyBlocks {
			if got == nil {
				l := runLatency(b, r.blockTime, r.interval, r.depth)
				got = &l
			}
			return *got
		}
		for _, p := range []int{50, 99} {
			b.Run(fmt.Sprintf("relayer.latency_blocks_p%d_%s", p, r.name), func(b *testing.B) {
				b.ReportMetric(float64(run(b).pct(p)), "blocks")
			})
		}
		for _, p := range []int{50, 99} {
			b.Run(fmt.Sprintf("relayer.latency_excess_blocks_p%d_%s", p, r.name), func(b *testing.B) {
				b.ReportMetric(run(b).excess(p), "blocks")
			})
		}
	}
}
