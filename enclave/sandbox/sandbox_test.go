package sandbox_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/enclave/sandbox/sandboxtest"
	"github.com/teeoracle/teeoracle/protocol"
)

func TestGoProgramStatuses(t *testing.T) {
	cases := []struct {
		name, program, input string
		status               protocol.Status
		output               string // for StatusOK
		exitCode             uint32
		reasonPart           string
		stderrPart           string
	}{
		{name: "upper", program: "upper", input: "hello, enclave", status: protocol.StatusOK, output: "HELLO, ENCLAVE"},
		{name: "upper_empty", program: "upper", status: protocol.StatusOK, output: ""},
		{name: "ok_after_output", program: "crash", input: "ok", status: protocol.StatusOK, output: "about to fail\nfine\n"},
		{name: "panic", program: "crash", input: "panic", status: protocol.StatusProgramError, exitCode: 2,
			reasonPart: "exit code 2", stderrPart: "panic: program panicked on purpose"},
		{name: "nil_dereference", program: "crash", input: "nil", status: protocol.StatusProgramError, exitCode: 2,
			stderrPart: "invalid memory address or nil pointer dereference"},
		{name: "divide_by_zero", program: "crash", input: "divide", status: protocol.StatusProgramError, exitCode: 2,
			stderrPart: "integer divide by zero"},
		{name: "index_out_of_range", program: "crash", input: "index", status: protocol.StatusProgramError, exitCode: 2,
			stderrPart: "index out of range [5] with length 3"},
		{name: "exit_3", program: "crash", input: "exit3", status: protocol.StatusProgramError, exitCode: 3,
			reasonPart: "exit code 3"},
		{name: "endless_loop", program: "loop", status: protocol.StatusTimeout, reasonPart: "execution exceeded 300ms"},
		{name: "memory_bomb", program: "membomb", status: protocol.StatusMemoryLimit, exitCode: 2,
			reasonPart: "refused (limit 33554432)", stderrPart: "fatal error: out of memory"},
		{name: "huge_output", program: "bigoutput", status: protocol.StatusOutputTooLarge, reasonPart: "stdout exceeded 262144 bytes"},
	}
	const shortTimeout = 300 * time.Millisecond
	for _, engine := range engines {
		cfg := sandbox.Config{
			Engine:           engine,
			MemoryLimitBytes: 32 << 20,
			Timeout:          10 * time.Second, // generous: CI machines are slow and shared
			MaxOutputBytes:   256 << 10,
		}
		sb := newSandbox(t, cfg)
		cfg.Timeout = shortTimeout
		sbShort := newSandbox(t, cfg) // for the endless loop
		if sb.Engine() != engine {
			t.Fatalf("engine %s, want %s", sb.Engine(), engine)
		}
		for _, tc := range cases {
			t.Run(engine.String()+"/"+tc.name, func(t *testing.T) {
				sb := sb
				if tc.status == protocol.StatusTimeout {
					sb = sbShort
					run(t, sb, tc.program, tc.input, [32]byte{}) // compile outside the timed run
				}
				start := time.Now()
				out := run(t, sb, tc.program, tc.input, [32]byte{})
				if out.Status != tc.status {
					t.Fatalf("status %s, want %s (reason %q, stderr %q)", out.Status, tc.status, out.Reason, out.Stderr)
				}
				if tc.status == protocol.StatusOK {
					if out.Output == nil || string(out.Output) != tc.output {
						t.Fatalf("output %q, want %q", out.Output, tc.output)
					}
				} else if out.Output != nil {
					t.Fatalf("failed run returned output %q", out.Output)
				}
				if out.ExitCode != tc.exitCode {
					t.Fatalf("exit code %d, want %d", out.ExitCode, tc.exitCode)
				}
				if !strings.Contains(out.Reason, tc.reasonPart) {
					t.Fatalf("reason %q does not contain %q", out.Reason, tc.reasonPart)
				}
				if !bytes.Contains(out.Stderr, []byte(tc.stderrPart)) {
					t.Fatalf("stderr %q does not contain %q", out.Stderr, tc.stderrPart)
				}
				if len(out.Stderr) > sandbox.DefaultMaxStderrBytes {
					t.Fatalf("stderr of %d bytes over the cap", len(out.Stderr))
				}
				if out.Duration <= 0 || out.Duration > time.Since(start) {
					t.Fatalf("duration %s not within the call's %s", out.Duration, time.Since(start))
				}
				if tc.status == protocol.StatusTimeout && out.Duration < shortTimeout {
					t.Fatalf("timed out after %s, before the limit", out.Duration)
				}
			})
		}
	}
}

// confined runs a probe of the confined program and returns its stdout lines.
func confined(t *testing.T, sb *sandbox.Sandbox, probe string, seed [32]byte) string {
	t.Helper()
	out := run(t, sb, "confined", probe, seed)
	if out.Status != protocol.StatusOK {
		t.Fatalf("probe %q: status %s, reason %q, stderr %q", probe, out.Status, out.Reason, out.Stderr)
	}
	return string(out.Output)
}

func TestConfinement(t *testing.T) {
	// A real listener on the host: the program must not reach it.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var accepted atomic.Int64
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted.Add(1)
			c.Close()
		}
	}()
	port := fmt.Sprint(ln.Addr().(*net.TCPAddr).Port)

	cases := []struct{ probe, want string }{
		{"files", "open_etc_passwd=error\ncreate_tmp=error\nreaddir_root=error\nreaddir_cwd=error\nwrite_cwd=error\n"},
		// listen_tcp=ok is Go's in-process fake network on wasip1 (no host socket is made); the
		// dial to the host's real listener fails, and so does DNS.
		{"net " + port, "dial_tcp=error\nlisten_tcp=ok\nlookup_host=error\n"},
		{"env", "environ=0\nargs=[\"program\"]\nhostname=\"wasip1\"\nhostname=ok\nwd=\"\"\n"},
		{"clock", "now=0\nnow_utc=1970-01-01T00:00:00Z\nafter_sleep=0\nslept_at_least_hour=true\ntimer=fired\n"},
	}
	for _, engine := range engines {
		sb := newSandbox(t, sandbox.Config{Engine: engine})
		for _, tc := range cases {
			t.Run(engine.String()+"/"+strings.Fields(tc.probe)[0], func(t *testing.T) {
				if got := confined(t, sb, tc.probe, [32]byte{}); got != tc.want {
					t.Fatalf("got\n%s\nwant\n%s", got, tc.want)
				}
			})
		}
	}
	if n := accepted.Load(); n != 0 {
		t.Fatalf("the program reached the host listener %d times", n)
	}
}

func TestDeterministicRandomness(t *testing.T) {
	seedA := [32]byte{1, 2, 3}
	seedB := [32]byte{1, 2, 4}
	var first string
	for _, engine := range engines {
		sb := newSandbox(t, sandbox.Config{Engine: engine})
		a1 := confined(t, sb, "rand", seedA)
		a2 := confined(t, sb, "rand", seedA)
		b := confined(t, sb, "rand", seedB)
		if a1 != a2 {
			t.Fatalf("%s: same seed, different outputs:\n%s\n%s", engine, a1, a2)
		}
		if !strings.HasPrefix(a1, "crypto_rand=ok\ncrypto=") || strings.Contains(a1, strings.Repeat("0", 64)) {
			t.Fatalf("%s: unexpected output %q", engine, a1)
		}
		for _, prefix := range []string{"crypto=", "math=", "map_order="} {
			if line(a1, prefix) == line(b, prefix) {
				t.Fatalf("%s: another seed gave the same %s line %q", engine, prefix, line(a1, prefix))
			}
		}
		if first == "" {
			first = a1
		} else if a1 != first {
			t.Fatalf("engines disagree:\n%s\n%s", first, a1)
		}
	}
	// Time is deterministic too: the clock probe reads the monotonic clock many times.
	sb := newSandbox(t, sandbox.Config{Engine: sandbox.EngineCompiler})
	if c1, c2 := confined(t, sb, "clock", seedA), confined(t, sb, "clock", seedB); c1 != c2 {
		t.Fatalf("clock outputs differ:\n%s\n%s", c1, c2)
	}
}

func line(s, prefix string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}

func TestCacheSingleFlightAndCounters(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{Engine: sandbox.EngineCompiler})
	mod := modules["upper"]
	id := sandboxtest.ID(mod)
	var calls atomic.Int64
	release := make(chan struct{})
	slowLoader := func(ctx context.Context) ([]byte, error) {
		calls.Add(1)
		<-release
		return mod, nil
	}
	const n = 16
	var wg sync.WaitGroup
	outs := make([]sandbox.Outcome, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i], errs[i] = sb.Run(context.Background(), id, slowLoader, []byte(fmt.Sprintf("job %d", i)), [32]byte{})
		}()
	}
	time.Sleep(100 * time.Millisecond) // let every Run reach the cache
	close(release)
	wg.Wait()
	if c := calls.Load(); c != 1 {
		t.Fatalf("loader called %d times, want 1", c)
	}
	hits := 0
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("run %d: %v", i, errs[i])
		}
		if want := fmt.Sprintf("JOB %d", i); string(outs[i].Output) != want {
			t.Fatalf("run %d: output %q, want %q", i, outs[i].Output, want)
		}
		if outs[i].CacheHit {
			hits++
		}
	}
	if hits != n-1 {
		t.Fatalf("%d cache hits, want %d", hits, n-1)
	}
	st := sb.Stats()
	if st.Hits != n-1 || st.Misses != 1 || st.Entries != 1 || st.Bytes != int64(len(mod)) || st.Evictions != 0 {
		t.Fatalf("stats %+v", st)
	}
}

func TestCacheEviction(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{Engine: sandbox.EngineInterpreter, CacheMaxEntries: 2})
	for _, name := range []string{"upper", "crash", "upper", "confined"} { // confined evicts crash
		run(t, sb, name, "ok", [32]byte{})
	}
	st := sb.Stats()
	if st.Misses != 3 || st.Hits != 1 || st.Evictions != 1 || st.Entries != 2 {
		t.Fatalf("stats %+v", st)
	}
	if out := run(t, sb, "upper", "x", [32]byte{}); !out.CacheHit {
		t.Fatal("upper was evicted, want crash evicted (least recently used)")
	}
	if out := run(t, sb, "crash", "ok", [32]byte{}); out.CacheHit || string(out.Output) != "about to fail\nfine\n" {
		t.Fatalf("crash after eviction: hit=%v output %q", out.CacheHit, out.Output)
	}

	// A byte bound: room for one Go module only.
	sb2 := newSandbox(t, sandbox.Config{Engine: sandbox.EngineInterpreter, CacheMaxBytes: int64(len(modules["confined"]))})
	run(t, sb2, "upper", "a", [32]byte{})
	run(t, sb2, "crash", "ok", [32]byte{})
	if st := sb2.Stats(); st.Entries != 1 || st.Evictions != 1 || st.Bytes != int64(len(modules["crash"])) {
		t.Fatalf("byte-bounded stats %+v", st)
	}
}

func TestLoaderFailures(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{Engine: sandbox.EngineCompiler})
	mod := modules["minimal"]
	id := sandboxtest.ID(mod)
	ctx := context.Background()

	errIPFS := errors.New("ipfs: not found")
	_, err := sb.Run(ctx, id, func(context.Context) ([]byte, error) { return nil, errIPFS }, nil, [32]byte{})
	if !errors.Is(err, errIPFS) || !errors.Is(err, sandbox.ErrLoad) {
		t.Fatalf("loader error: %v", err)
	}
	// Not cached: the next Run loads again and succeeds.
	var calls atomic.Int64
	out, err := sb.Run(ctx, id, sandboxtest.Loader(mod, &calls), []byte("back"), [32]byte{})
	if err != nil || out.Status != protocol.StatusOK || string(out.Output) != "back" || out.CacheHit || calls.Load() != 1 {
		t.Fatalf("after loader error: %+v %v calls=%d", out, err, calls.Load())
	}

	// Bytes that are not the program: a Go error, nothing cached.
	other := modules["upper"]
	_, err = sb.Run(ctx, [32]byte{0xde, 0xad}, sandboxtest.Loader(other, nil), nil, [32]byte{})
	if !errors.Is(err, sandbox.ErrProgramHashMismatch) {
		t.Fatalf("hash mismatch: %v", err)
	}
	_, err = sb.Run(ctx, [32]byte{0xde, 0xad}, nil, nil, [32]byte{})
	if !errors.Is(err, sandbox.ErrLoad) {
		t.Fatalf("nil loader: %v", err)
	}
	if st := sb.Stats(); st.Entries != 1 {
		t.Fatalf("failed loads were cached: %+v", st)
	}
}

func TestCallerContext(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{Engine: sandbox.EngineCompiler, Timeout: 10 * time.Second})
	mod := modules["loop"]
	// The caller's deadline ends the run: a Go error, not StatusTimeout (the program was not
	// given its time).
	for i := range 2 { // the first run also compiles
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		start := time.Now()
		out, err := sb.Run(ctx, sandboxtest.ID(mod), sandboxtest.Loader(mod, nil), nil, [32]byte{})
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("got %+v, %v; want context.DeadlineExceeded", out, err)
		}
		if d := time.Since(start); i == 1 && d > 2*time.Second {
			t.Fatalf("took %s to stop", d)
		}
	}
	// Already canceled.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := sb.Run(ctx, sandboxtest.ID(mod), sandboxtest.Loader(mod, nil), nil, [32]byte{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled ctx: %v", err)
	}
}

func TestConcurrentRuns(t *testing.T) {
	for _, engine := range engines {
		t.Run(engine.String(), func(t *testing.T) {
			sb := newSandbox(t, sandbox.Config{Engine: engine})
			var wg sync.WaitGroup
			errs := make(chan error, 64)
			for i := range 64 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					name := []string{"upper", "minimal"}[i%2]
					mod := modules[name]
					in := fmt.Sprintf("input %d", i)
					out, err := sb.Run(context.Background(), sandboxtest.ID(mod), sandboxtest.Loader(mod, nil), []byte(in), [32]byte{byte(i)})
					want := in
					if name == "upper" {
						want = strings.ToUpper(in)
					}
					if err != nil || out.Status != protocol.StatusOK || string(out.Output) != want {
						errs <- fmt.Errorf("run %d (%s): %v %s %q", i, name, err, out.Status, out.Output)
					}
				}()
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
		})
	}
}

func TestConfig(t *testing.T) {
	cases := []struct {
		name string
		cfg  sandbox.Config
		ok   bool
	}{
		{"defaults", sandbox.Config{}, true},
		{"interpreter", sandbox.Config{Engine: sandbox.EngineInterpreter}, true},
		{"bad_engine", sandbox.Config{Engine: 7}, false},
		{"tiny_memory", sandbox.Config{MemoryLimitBytes: 1000}, false},
		{"huge_memory", sandbox.Config{MemoryLimitBytes: 8 << 30}, false},
		{"negative_timeout", sandbox.Config{Timeout: -time.Second}, false},
		{"negative_output", sandbox.Config{MaxOutputBytes: -1}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.cfg.Check(); (err == nil) != tc.ok {
				t.Fatalf("Check() = %v, want ok=%v", err, tc.ok)
			}
		})
	}
	for _, s := range []string{"auto", "compiler", "interpreter"} {
		e, err := sandbox.ParseEngine(s)
		if err != nil || e.String() != s {
			t.Fatalf("ParseEngine(%q) = %v, %v", s, e, err)
		}
	}
	if _, err := sandbox.ParseEngine("jit"); err == nil {
		t.Fatal("ParseEngine accepted jit")
	}
	// Auto picks the compiler on this platform (amd64/arm64 Linux, executable memory allowed).
	sb := newSandbox(t, sandbox.Config{})
	if sb.Engine() != sandbox.EngineCompiler {
		t.Fatalf("auto chose %s", sb.Engine())
	}
}
