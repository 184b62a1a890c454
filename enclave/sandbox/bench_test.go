package sandbox_test

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/enclave/egress"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/enclave/sandbox/sandboxtest"
	"github.com/teeoracle/teeoracle/protocol"
)

// BenchmarkFigures measures the sandbox figures that scripts/bench.sh reports. Each
// sub-benchmark does a fixed amount of work per b.N iteration (bench.sh runs -benchtime 1x), so
// the figure is stable whatever b.N is.
func BenchmarkFigures(b *testing.B) {
	ctx := context.Background()

	// Egress: a sandboxed job doing one HTTPS GET against a loopback server (fresh TLS
	// session, handshake included), and its ratio to a plain Go client doing the same request.
	b.Run("egress.https_roundtrip_p50_ms", func(b *testing.B) {
		p50, _ := egressFigures(b)
		b.ReportMetric(ms(p50), "ms")
	})
	b.Run("egress.overhead_ratio", func(b *testing.B) {
		p50, plain := egressFigures(b)
		b.ReportMetric(float64(p50)/float64(plain), "x")
	})

	// Median time to run the art program (warm cache): instantiate, Go runtime start, render.
	b.Run("worker.art_exec_p50_ms", func(b *testing.B) {
		sb := newSandbox(b, sandbox.Config{})
		mod := modules["art"]
		id, load := sandboxtest.ID(mod), sandboxtest.Loader(mod, nil)
		in := []byte(artInput(7))
		if _, err := sb.Run(ctx, id, load, in, [32]byte{}); err != nil { // compile
			b.Fatal(err)
		}
		const runs = 200
		var durs []time.Duration
		b.ResetTimer()
		for range b.N {
			for range runs {
				out, err := sb.Run(ctx, id, load, in, [32]byte{})
				if err != nil || out.Status != protocol.StatusOK {
					b.Fatalf("%v %s %s", err, out.Status, out.Reason)
				}
				durs = append(durs, out.Duration)
			}
		}
		b.ReportMetric(ms(percentile(durs, 50)), "ms")
	})

	// Cold start of the art program: loader + keccak + compile + first run.
	b.Run("sandbox.art_cold_start_ms", func(b *testing.B) {
		mod := modules["art"]
		id, load := sandboxtest.ID(mod), sandboxtest.Loader(mod, nil)
		var durs []time.Duration
		for range b.N {
			for range 3 {
				sb := newSandbox(b, sandbox.Config{})
				start := time.Now()
				if out, err := sb.Run(ctx, id, load, []byte(artInput(7)), [32]byte{}); err != nil || out.Status != protocol.StatusOK {
					b.Fatalf("%v %s", err, out.Status)
				}
				durs = append(durs, time.Since(start))
				_ = sb.Close(ctx)
			}
		}
		b.ReportMetric(ms(percentile(durs, 50)), "ms")
	})

	// Throughput of the minimal module (stdin to stdout) with as many concurrent jobs as the
	// worker would run: the sandbox's share of the worker's jobs/s.
	for _, fig := range []struct {
		name   string
		engine sandbox.Engine
	}{
		{"sandbox.minimal_exec_per_s", sandbox.EngineAuto},
		{"sandbox.minimal_exec_interpreter_per_s", sandbox.EngineInterpreter},
	} {
		b.Run(fig.name, func(b *testing.B) {
			sb := newSandbox(b, sandbox.Config{Engine: fig.engine})
			mod := modules["minimal"]
			id, load := sandboxtest.ID(mod), sandboxtest.Loader(mod, nil)
			in := []byte(`{"tokenId":1}`)
			const runs = 20000
			workers := 4 * runtime.GOMAXPROCS(0)
			var total time.Duration
			b.ResetTimer()
			for range b.N {
				var next atomic.Int64
				var wg sync.WaitGroup
				var failed atomic.Value
				start := time.Now()
				for range workers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for next.Add(1) <= runs {
							out, err := sb.Run(ctx, id, load, in, [32]byte{})
							if err != nil || out.Status != protocol.StatusOK || string(out.Output) != string(in) {
								failed.Store(true)
								return
							}
						}
					}()
				}
				wg.Wait()
				total += time.Since(start)
				if failed.Load() != nil {
					b.Fatal("a run failed")
				}
			}
			b.ReportMetric(float64(runs*b.N)/total.Seconds(), "jobs/s")
		})
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func percentile(durs []time.Duration, p int) time.Duration {
	s := slices.Clone(durs)
	slices.Sort(s)
	return s[(len(s)-1)*p/100]
}

var (
	egressOnce              sync.Once
	egressSandbox, egressGo time.Duration
)

// egressFigures measures, once per test binary, the median of a sandboxed HTTPS GET job
// (instantiate the minimal egress module, new session, TLS handshake, request, response) and of
// a plain Go client doing the same request with a fresh transport, interleaved.
func egressFigures(b *testing.B) (sandboxP50, plainP50 time.Duration) {
	egressOnce.Do(func() {
		ctx := context.Background()
		env := newEgressEnv(b, egress.Limits{}, func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, `{"pair":"ETH-USD","price":"3120.55"}`)
		})
		url := fmt.Sprintf("https://api.test:%d/v1/price", env.port)
		mod := declare(b, sandbox.HTTPGetModule(url), fmt.Sprintf(`{"hosts":["api.test:%d"]}`, env.port))
		sb := newSandbox(b, sandbox.Config{})
		id, load := sandboxtest.ID(mod), sandboxtest.Loader(mod, nil)
		host := &sandbox.Host{Egress: env.client}
		roots := x509.NewCertPool()
		roots.AppendCertsFromPEM(env.ca.PEM)
		resolver := env.dns.Resolver()
		const runs = 200
		var sbx, plain []time.Duration
		for i := range runs + 5 {
			start := time.Now()
			out, err := sb.RunHost(ctx, id, load, nil, [32]byte{}, host)
			d := time.Since(start)
			if err != nil || out.Status != protocol.StatusOK {
				b.Fatalf("%v %s %s", err, out.Status, out.Reason)
			}
			start = time.Now()
			tr := &http.Transport{TLSClientConfig: &tls.Config{RootCAs: roots}, DialContext: (&net.Dialer{Resolver: resolver}).DialContext, ForceAttemptHTTP2: true}
			resp, err := (&http.Client{Transport: tr}).Get(url)
			if err != nil {
				b.Fatal(err)
			}
			_, _ = io.ReadAll(resp.Body)
			resp.Body.Close()
			tr.CloseIdleConnections()
			dp := time.Since(start)
			if i >= 5 { // the first runs compile and warm up
				sbx, plain = append(sbx, d), append(plain, dp)
			}
		}
		egressSandbox, egressGo = percentile(sbx, 50), percentile(plain, 50)
	})
	return egressSandbox, egressGo
}
