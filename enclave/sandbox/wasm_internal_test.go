package sandbox

import (
	"bytes"
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/tetratelabs/wazero"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/protocol"
)

// Hand-assembled modules for behaviours Go programs cannot show directly (real wasm traps,
// memory.grow handled by the program, odd module shapes).
var (
	modUnreachable = wasiModule(nil, 1, []byte{opUnreachable})
	modDivZero     = wasiModule(nil, 1, cat(i32(1), i32(0), []byte{opI32DivS, opDrop}))
	modExit7       = wasiModule([]string{"proc_exit/1"}, 1, cat(i32(7), []byte{opCall, 0}))
	modExit0       = wasiModule([]string{"proc_exit/1"}, 1, cat(i32(0), []byte{opCall, 0}))
	// wazero reserves these exit codes for context deadline and cancellation: a program that
	// uses them must not pass for a timeout (or an infrastructure failure).
	modExitDeadline = wasiModule([]string{"proc_exit/1"}, 1, cat(i32(-0x10000001), []byte{opCall, 0}))
	modExitCanceled = wasiModule([]string{"proc_exit/1"}, 1, cat(i32(-1), []byte{opCall, 0}))
	// grow 16 pages (1 MiB) at a time until memory.grow returns -1, then trap or return.
	modGrowTrap   = growModule(opUnreachable)
	modGrowReturn = growModule(opReturn)
	// 2048 pages = 128 MiB initial memory, over the 64 MiB default.
	modHugeInitial = wasiModule(nil, 2048, nil)
	modForeign     = wasiModule([]string{"env.abort/1"}, 1, nil)
	modEmpty       = wasiModule(nil, 0, nil)
	// dump writes memory [64, 64+4096) to stdout: where cat keeps its input.
	modDump = wasiModule([]string{"fd_write"}, 1, cat(
		i32(16), i32(64), []byte{opI32Store, 2, 0},
		i32(20), i32(4096), []byte{opI32Store, 2, 0},
		i32(1), i32(16), i32(1), i32(24), []byte{opCall, 0, opDrop},
	))
)

func growModule(onFailure byte) []byte {
	return wasiModule(nil, 1, cat(
		[]byte{opLoop, blockVoid},
		i32(16), []byte{opMemoryGrow, 0},
		i32(-1), []byte{opI32Eq, opIf, blockVoid, onFailure, opEnd},
		[]byte{opBr, 0},
		[]byte{opEnd},
	))
}

func runModule(t *testing.T, sb *Sandbox, mod []byte, input string) Outcome {
	t.Helper()
	out, err := sb.Run(context.Background(), crypto.Keccak256Hash(mod),
		func(context.Context) ([]byte, error) { return mod, nil }, []byte(input), [32]byte{})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return out
}

func TestTinyModules(t *testing.T) {
	cases := []struct {
		name       string
		mod        []byte
		input      string
		status     protocol.Status
		output     string
		exitCode   uint32
		reasonPart string
	}{
		{name: "cat", mod: catModule, input: "hello, enclave", status: protocol.StatusOK, output: "hello, enclave"},
		{name: "cat_empty_input", mod: catModule, status: protocol.StatusOK, output: ""},
		{name: "cat_200k_input", mod: catModule, input: strings.Repeat("x", 200_000), status: protocol.StatusOK, output: strings.Repeat("x", 200_000)},
		{name: "cat_output_too_large", mod: catModule, input: strings.Repeat("y", 300_000), status: protocol.StatusOutputTooLarge, reasonPart: "stdout exceeded 262144 bytes"},
		{name: "cat_output_at_limit", mod: catModule, input: strings.Repeat("z", 256<<10), status: protocol.StatusOK, output: strings.Repeat("z", 256<<10)},
		{name: "cat_output_one_past_limit", mod: catModule, input: strings.Repeat("z", 256<<10+1), status: protocol.StatusOutputTooLarge, reasonPart: "stdout exceeded"},
		{name: "exit_reserved_deadline_code", mod: modExitDeadline, status: protocol.StatusProgramError, exitCode: 0xefffffff, reasonPart: "exit code 4026531839"},
		{name: "exit_reserved_cancel_code", mod: modExitCanceled, status: protocol.StatusProgramError, exitCode: 0xffffffff, reasonPart: "exit code 4294967295"},
		{name: "unreachable", mod: modUnreachable, status: protocol.StatusProgramError, reasonPart: "unreachable"},
		{name: "divide_by_zero", mod: modDivZero, status: protocol.StatusProgramError, reasonPart: "integer divide by zero"},
		{name: "exit_7", mod: modExit7, status: protocol.StatusProgramError, exitCode: 7, reasonPart: "exit code 7"},
		{name: "exit_0", mod: modExit0, status: protocol.StatusOK, output: ""},
		{name: "empty_start", mod: modEmpty, status: protocol.StatusOK, output: ""},
		{name: "grow_past_limit_then_trap", mod: modGrowTrap, status: protocol.StatusMemoryLimit, reasonPart: "refused (limit 8388608)"},
		{name: "grow_past_limit_handled", mod: modGrowReturn, status: protocol.StatusOK, output: ""},
		{name: "initial_memory_over_limit", mod: modHugeInitial, status: protocol.StatusMemoryLimit, reasonPart: "initial memory of 2048 pages"},
		{name: "foreign_import", mod: modForeign, status: protocol.StatusProgramError, reasonPart: "imports env.abort"},
		{name: "not_wasm", mod: []byte("#!/bin/sh\necho pwned\n"), status: protocol.StatusProgramError, reasonPart: "compile:"},
		{name: "truncated_wasm", mod: catModule[:len(catModule)-3], status: protocol.StatusProgramError, reasonPart: "compile:"},
	}
	for _, engine := range []Engine{EngineCompiler, EngineInterpreter} {
		sb, err := New(context.Background(), Config{Engine: engine, MemoryLimitBytes: 8 << 20, MaxOutputBytes: 256 << 10})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = sb.Close(context.Background()) })
		for _, tc := range cases {
			t.Run(engine.String()+"/"+tc.name, func(t *testing.T) {
				out := runModule(t, sb, tc.mod, tc.input)
				if out.Status != tc.status {
					t.Fatalf("status %s, want %s (reason %q)", out.Status, tc.status, out.Reason)
				}
				if tc.status == protocol.StatusOK {
					if out.Output == nil || string(out.Output) != tc.output {
						t.Fatalf("output %q (nil=%v), want %q", out.Output, out.Output == nil, tc.output)
					}
					if out.Reason != "" {
						t.Fatalf("reason %q on success", out.Reason)
					}
				} else if out.Output != nil {
					t.Fatalf("output %q on failure, want nil", out.Output)
				}
				if out.ExitCode != tc.exitCode {
					t.Fatalf("exit code %d, want %d", out.ExitCode, tc.exitCode)
				}
				if !strings.Contains(out.Reason, tc.reasonPart) {
					t.Fatalf("reason %q does not contain %q", out.Reason, tc.reasonPart)
				}
				// The outcome is a function of the module: a second run (from the cache) agrees.
				again := runModule(t, sb, tc.mod, tc.input)
				if !again.CacheHit || again.Status != out.Status || !bytes.Equal(again.Output, out.Output) {
					t.Fatalf("second run: hit=%v status=%s, first status=%s", again.CacheHit, again.Status, out.Status)
				}
			})
		}
	}
}

// TestMemoryNotShared checks that a job never sees an earlier job's memory, although the
// sandbox reuses memory arrays.
func TestMemoryNotShared(t *testing.T) {
	for _, engine := range []Engine{EngineCompiler, EngineInterpreter} {
		sb, err := New(context.Background(), Config{Engine: engine})
		if err != nil {
			t.Fatal(err)
		}
		defer sb.Close(context.Background())
		secret := strings.Repeat("secret!", 500)
		zero := make([]byte, 4096)
		for range 50 {
			if out := runModule(t, sb, catModule, secret); string(out.Output) != secret {
				t.Fatalf("cat: %s %q", out.Status, out.Reason)
			}
			if out := runModule(t, sb, modDump, ""); out.Status != protocol.StatusOK || !bytes.Equal(out.Output, zero) {
				t.Fatalf("%s: a fresh job's memory is not zero: %s %q", engine, out.Status, out.Output[:64])
			}
		}
	}
}

func TestInitialMemoryPages(t *testing.T) {
	cases := []struct {
		name  string
		mod   []byte
		pages uint32
		ok    bool
	}{
		{"cat", catModule, 1, true},
		{"huge", modHugeInitial, 2048, true},
		{"zero", modEmpty, 0, true},
		{"no_memory_section", []byte{0, 'a', 's', 'm', 1, 0, 0, 0}, 0, false},
		{"short", []byte{0, 'a', 's'}, 0, false},
		{"section_size_past_end", []byte{0, 'a', 's', 'm', 1, 0, 0, 0, 5, 0x7f, 1}, 0, false},
		{"bad_leb", []byte{0, 'a', 's', 'm', 1, 0, 0, 0, 5, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, 0, false},
		{"memory64_flag", []byte{0, 'a', 's', 'm', 1, 0, 0, 0, 5, 3, 1, 4, 1}, 0, false},
		{"with_max", []byte{0, 'a', 's', 'm', 1, 0, 0, 0, 5, 4, 1, 1, 0x80, 0x01, 9}, 128, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pages, ok := initialMemoryPages(tc.mod)
			if pages != tc.pages || ok != tc.ok {
				t.Fatalf("got (%d, %v), want (%d, %v)", pages, ok, tc.pages, tc.ok)
			}
		})
	}
}

func FuzzInitialMemoryPages(f *testing.F) {
	f.Add(catModule)
	f.Add(modHugeInitial)
	f.Fuzz(func(t *testing.T, b []byte) {
		pages, ok := initialMemoryPages(b) // must not panic
		if ok && pages > 1<<16 {
			t.Fatalf("pages %d over the wasm32 maximum", pages)
		}
	})
}

func TestLEB(t *testing.T) {
	for _, v := range []int64{0, 1, 63, 64, -1, -64, -65, 65472, 1 << 20, -(1 << 31)} {
		b := appendSLEB(nil, v)
		// decode signed
		var got int64
		var shift uint
		for i, c := range b {
			got |= int64(c&0x7f) << shift
			shift += 7
			if c&0x80 == 0 {
				if c&0x40 != 0 && shift < 64 {
					got |= -1 << shift
				}
				if i != len(b)-1 {
					t.Fatalf("%d: trailing bytes", v)
				}
			}
		}
		if got != v {
			t.Fatalf("sleb %d round-trips to %d (%x)", v, got, b)
		}
	}
	for _, v := range []uint64{0, 127, 128, 65536, 1<<32 - 1} {
		got, n := uleb(appendULEB(nil, v))
		if got != v || n == 0 {
			t.Fatalf("uleb %d round-trips to %d", v, got)
		}
	}
}

func TestMemoryGuard(t *testing.T) {
	g := &memoryGuard{limit: 4 * wasmPageSize}
	m := g.Allocate(wasmPageSize, 1<<32)
	b := m.Reallocate(wasmPageSize)
	if len(b) != wasmPageSize {
		t.Fatalf("len %d", len(b))
	}
	b[100] = 7
	b = m.Reallocate(3 * wasmPageSize)
	if len(b) != 3*wasmPageSize || b[100] != 7 || cap(b) > 4*wasmPageSize {
		t.Fatalf("grow: len %d cap %d keep %d", len(b), cap(b), b[100])
	}
	if g.refused.Load() {
		t.Fatal("refused within the limit")
	}
	if m.Reallocate(5*wasmPageSize) != nil {
		t.Fatal("grew past the limit")
	}
	if !g.refused.Load() || g.refusedSize.Load() != 5*wasmPageSize {
		t.Fatalf("refusal not recorded: %v %d", g.refused.Load(), g.refusedSize.Load())
	}
	m.Free()
}

func TestCloseStopsRunsWithoutSuccess(t *testing.T) {
	// An endless loop; Close must make its Run fail with ErrClosed, not report exit 0 as OK.
	loop := wasiModule(nil, 1, []byte{opLoop, blockVoid, opBr, 0, opEnd})
	for _, engine := range []Engine{EngineCompiler, EngineInterpreter} {
		t.Run(engine.String(), func(t *testing.T) {
			sb, err := New(context.Background(), Config{Engine: engine, Timeout: 30e9})
			if err != nil {
				t.Fatal(err)
			}
			started := make(chan struct{})
			done := make(chan error, 1)
			go func() {
				_, err := sb.Run(context.Background(), crypto.Keccak256Hash(loop), func(context.Context) ([]byte, error) {
					close(started)
					return loop, nil
				}, nil, [32]byte{})
				done <- err
			}()
			<-started
			for sb.Stats().Entries == 0 { // wait until compiled and (about to be) running
				runtime.Gosched()
			}
			if err := sb.Close(context.Background()); err != nil {
				t.Fatal(err)
			}
			if err := <-done; !errors.Is(err, ErrClosed) {
				t.Fatalf("Run during Close: %v, want ErrClosed", err)
			}
			if _, err := sb.Run(context.Background(), crypto.Keccak256Hash(loop), nil, nil, [32]byte{}); !errors.Is(err, ErrClosed) {
				t.Fatalf("Run after Close: %v, want ErrClosed", err)
			}
			if err := sb.Close(context.Background()); err != nil {
				t.Fatalf("second Close: %v", err)
			}
		})
	}
}

func TestAutoFallsBackToInterpreter(t *testing.T) {
	errNoExec := errors.New("mmap: PROT_EXEC not permitted")
	orig := newRuntime
	t.Cleanup(func() { newRuntime = orig })
	newRuntime = func(ctx context.Context, e Engine) (wazero.Runtime, error) {
		if e == EngineCompiler {
			return nil, errNoExec
		}
		return orig(ctx, e)
	}
	sb, err := New(context.Background(), Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer sb.Close(context.Background())
	if sb.Engine() != EngineInterpreter {
		t.Fatalf("engine %s, want interpreter", sb.Engine())
	}
	if out := runModule(t, sb, catModule, "still works"); string(out.Output) != "still works" {
		t.Fatalf("output %q", out.Output)
	}
	if _, err := New(context.Background(), Config{Engine: EngineCompiler}); !errors.Is(err, errNoExec) {
		t.Fatalf("EngineCompiler without a compiler: %v", err)
	}
}

func TestWaitingRunLoadsWhenLoaderGivesUp(t *testing.T) {
	sb, err := New(context.Background(), Config{Engine: EngineInterpreter})
	if err != nil {
		t.Fatal(err)
	}
	defer sb.Close(context.Background())
	id := crypto.Keccak256Hash(catModule)
	leaderCtx, cancelLeader := context.WithCancel(context.Background())
	loading := make(chan struct{})
	leaderErr := make(chan error, 1)
	go func() {
		_, err := sb.Run(leaderCtx, id, func(ctx context.Context) ([]byte, error) {
			close(loading)
			<-ctx.Done()
			return nil, ctx.Err()
		}, nil, [32]byte{})
		leaderErr <- err
	}()
	<-loading
	followerErr := make(chan error, 1)
	var out Outcome
	go func() {
		var err error
		out, err = sb.Run(context.Background(), id, func(context.Context) ([]byte, error) { return catModule, nil }, []byte("mine"), [32]byte{})
		followerErr <- err
	}()
	for sb.Stats().Hits == 0 { // the follower has joined the leader's load
		runtime.Gosched()
	}
	cancelLeader()
	if err := <-leaderErr; !errors.Is(err, context.Canceled) {
		t.Fatalf("leader: %v", err)
	}
	if err := <-followerErr; err != nil || string(out.Output) != "mine" {
		t.Fatalf("follower: %v %q", err, out.Output)
	}
}

// withData appends a data section with the given body (count included) to a one-page module.
func withData(body ...byte) []byte { return appendSection(wasiModule(nil, 1, nil), 11, body) }

// threeSegments has two overlapping data segments and one far away: what compactData rewrites.
var threeSegments = withData(3,
	0, opI32Const, 4, opEnd, 2, 'a', 'b',
	0, opI32Const, 5, opEnd, 1, 'c', // overwrites 'b'
	0, opI32Const, 0x80, 0x04, opEnd, 1, 'd') // at 512, past the join gap

func FuzzCompactData(f *testing.F) {
	f.Add(catModule)
	f.Add(modDump)
	f.Add(threeSegments)
	f.Fuzz(func(t *testing.T, b []byte) {
		out := compactData(b) // must not panic
		if len(out) == 0 && len(b) != 0 {
			t.Fatal("empty output")
		}
	})
}

func TestCompactDataSmall(t *testing.T) {
	want := withData(2,
		0, opI32Const, 4, opEnd, 2, 'a', 'c',
		0, opI32Const, 0x80, 0x04, opEnd, 1, 'd')
	if got := compactData(threeSegments); !bytes.Equal(got, want) {
		t.Fatalf("got  %x\nwant %x", got, want)
	}
	for _, tc := range []struct {
		name string
		mod  []byte
	}{
		{"passive_segment", withData(2, 1, 1, 'a', 0, opI32Const, 0, opEnd, 1, 'b')},
		{"global_offset", withData(2, 0, 0x23, 0, opEnd, 1, 'a', 0, opI32Const, 0, opEnd, 1, 'b')},
		{"out_of_bounds", withData(2, 0, opI32Const, 0, opEnd, 1, 'a', 0, opI32Const, 0x80, 0x80, 0x04, opEnd, 1, 'x')},
		{"data_count", appendSection(appendSection(wasiModule(nil, 1, nil), 12, []byte{2}), 11,
			[]byte{2, 0, opI32Const, 0, opEnd, 1, 'a', 0, opI32Const, 1, opEnd, 1, 'x'})},
		{"trailing_bytes", withData(2, 0, opI32Const, 0, opEnd, 1, 'a', 0, opI32Const, 9, opEnd, 1, 'b', 7)},
	} {
		if got := compactData(tc.mod); !bytes.Equal(got, tc.mod) {
			t.Errorf("%s: module rewritten", tc.name)
		}
	}
	// The rewritten module is valid and has the same initial memory as the original.
	sb, err := New(context.Background(), Config{Engine: EngineInterpreter})
	if err != nil {
		t.Fatal(err)
	}
	defer sb.Close(context.Background())
	if out := runModule(t, sb, threeSegments, ""); out.Status != protocol.StatusOK {
		t.Fatalf("rewritten module: %s %q", out.Status, out.Reason)
	}
}
