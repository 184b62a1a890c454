// Package sandbox runs the secret job programs inside the enclave: WebAssembly modules (WASI
// preview 1, "wasip1") executed by wazero with no network, no files, no environment, no usable
// clock and hard limits on memory, time and output size.
//
// # Use (enclave worker)
//
//	sb, err := sandbox.New(ctx, sandbox.Config{})          // zero Config = safe defaults
//	defer sb.Close(ctx)
//	out, err := sb.Run(ctx, programID, load, input, seed)  // safe for concurrent use
//	if err != nil { /* infrastructure failure: sign nothing, the job may be retried */ }
//	// otherwise sign out.Status and out.Output (Output is nil unless out.Status == StatusOK)
//
// # Program contract
//
// A program is a WASI command module: it reads its input on stdin, writes its output on stdout
// and exits (returning from _start or proc_exit). argv is just the program name, the environment
// is empty, no directory is pre-opened (every file operation fails), there are no sockets.
// time.Now / clock_time_get(realtime) always returns FixedWalltimeUnix; the monotonic clock is fake:
// it starts at 0, advances 1µs per reading, and sleeping returns at once after advancing it by
// the requested duration. random_get (Go's crypto/rand, math/rand seeding) is a ChaCha8 stream
// keyed by the 32-byte seed the caller passes. So one program, input and seed always give
// byte-identical output. The worker should derive the seed from the job (and from an enclave
// secret if programs need randomness the requester cannot predict).
//
// # Outcomes
//
// Run returns a Go error only when the enclave could not do its part: the loader failed, the
// loaded bytes do not hash (keccak256) to programID, the caller's ctx ended, or the sandbox is
// closed. No result should be signed then. Everything the program does maps to a status:
//
//   - exit 0 (return from _start or proc_exit(0)) → protocol.StatusOK, Output = stdout
//   - non-zero exit (any code, wazero's reserved ones included), trap (unreachable, divide by
//     zero, out-of-bounds access, Go panic) → StatusProgramError
//   - module that is not valid WebAssembly / fails to compile, imports other than
//     wasi_snapshot_preview1 functions, or is larger than Config.MaxModuleBytes →
//     StatusProgramError (its hash matched, so the author shipped a broken program; the outcome
//     is cached per programID like a compiled module)
//   - ran past Config.Timeout → StatusTimeout (only the sandbox's own timer counts: a caller's
//     ctx ending is a Go error)
//   - asked for more linear memory than Config.MemoryLimitBytes (memory.grow refused, or a
//     declared initial memory over the limit) and did not exit 0 → StatusMemoryLimit
//   - wrote more than Config.MaxOutputBytes to stdout → StatusOutputTooLarge (the program is
//     stopped at once), whatever it did next
//
// StatusOKCID and StatusBadInput are the worker's to assign. Stderr is captured up to
// Config.MaxStderrBytes for operator logs only: it can contain secrets, never publish it.
//
// # Cache
//
// Compiled modules are cached per programID (LRU bounded by entry count and module bytes). On a
// miss Run calls load exactly once even when many jobs for the same program arrive together;
// concurrent callers wait for that compilation. Loader errors are not cached. Stats exposes
// hit/miss counters for metrics. CacheHit in the Outcome says whether this Run skipped the loader.
// Compilation is not subject to Timeout and ignores the caller's cancellation (other Runs may
// wait for it): a Go module of a few MB compiles in about 0.5 s with the compiler engine.
//
// # Resources and speed
//
// One wazero runtime (and one WASI host module) serves every job; each Run instantiates the
// cached compiled module afresh (its own memory, stdio, clock and randomness), so nothing
// carries over between jobs. Each concurrent job can hold up to MemoryLimitBytes of linear
// memory: the worker's concurrency times that must fit the enclave heap. Zeroed memory arrays
// are pooled between jobs, and a program's data segments are merged at compile time (see
// compactData): a minimal module runs in a few µs, a Go program in 1-6 ms.
package sandbox

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"

	"github.com/teeoracle/teeoracle/protocol"
)

// Defaults used for zero Config fields.
const (
	DefaultMemoryLimitBytes = 64 << 20 // 64 MiB of linear memory per job
	DefaultTimeout          = 5 * time.Second
	DefaultMaxOutputBytes   = 1 << 20 // 1 MiB of stdout
	DefaultMaxStderrBytes   = 4 << 10 // 4 KiB of stderr kept for logs
	DefaultMaxModuleBytes   = 32 << 20
	DefaultCacheMaxEntries  = 64
	DefaultCacheMaxBytes    = 256 << 20 // module bytes held by cached entries

	wasmPageSize = 65536
)

// FixedWalltimeUnix is what a program reads from the real-time clock (time.Now in Go), always:
// seconds since the Unix epoch (1970-01-01T00:00:00Z).
const FixedWalltimeUnix int64 = 0

// Errors returned by Run (wrapped; test with errors.Is).
var (
	// ErrClosed: the sandbox was closed.
	ErrClosed = errors.New("sandbox: closed")
	// ErrProgramHashMismatch: the loader returned bytes whose keccak256 is not the programID.
	ErrProgramHashMismatch = errors.New("sandbox: program bytes do not match programId")
	// ErrLoad wraps every error returned by the loader.
	ErrLoad = errors.New("sandbox: load program")
)

// Engine selects how wazero executes modules.
type Engine int

const (
	// EngineAuto uses the compiler when the platform and the process allow executable memory
	// (EGo needs executableHeap: true in enclave.json), else the interpreter.
	EngineAuto Engine = iota
	// EngineCompiler compiles to native code; New fails if that is impossible.
	EngineCompiler
	// EngineInterpreter interprets: slower, needs no executable memory.
	EngineInterpreter
)

// String returns "auto", "compiler" or "interpreter".
func (e Engine) String() string {
	switch e {
	case EngineAuto:
		return "auto"
	case EngineCompiler:
		return "compiler"
	case EngineInterpreter:
		return "interpreter"
	}
	return fmt.Sprintf("engine_%d", int(e))
}

// ParseEngine parses the String form of an Engine (for flags).
func ParseEngine(s string) (Engine, error) {
	for _, e := range []Engine{EngineAuto, EngineCompiler, EngineInterpreter} {
		if e.String() == s {
			return e, nil
		}
	}
	return 0, fmt.Errorf("sandbox: unknown engine %q (want auto, compiler or interpreter)", s)
}

// Config holds the sandbox limits. Zero fields take the Default* values.
type Config struct {
	Engine Engine
	// MemoryLimitBytes caps each job's linear memory (rounded down to 64 KiB pages).
	MemoryLimitBytes uint64
	// Timeout caps each job's execution time (instantiation + _start).
	Timeout time.Duration
	// MaxOutputBytes caps stdout; more is StatusOutputTooLarge.
	MaxOutputBytes int
	// MaxStderrBytes caps the stderr kept in Outcome.Stderr (the rest is dropped silently).
	MaxStderrBytes int
	// MaxModuleBytes caps the size of a program module.
	MaxModuleBytes int
	// CacheMaxEntries and CacheMaxBytes bound the compiled-module cache.
	CacheMaxEntries int
	CacheMaxBytes   int64
	// CompileWorkers is the number of goroutines compiling one module (compiler engine);
	// default GOMAXPROCS.
	CompileWorkers int
	// Logger receives debug/info lines (never program output). nil = slog.Default().
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.MemoryLimitBytes == 0 {
		c.MemoryLimitBytes = DefaultMemoryLimitBytes
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxOutputBytes == 0 {
		c.MaxOutputBytes = DefaultMaxOutputBytes
	}
	if c.MaxStderrBytes == 0 {
		c.MaxStderrBytes = DefaultMaxStderrBytes
	}
	if c.MaxModuleBytes == 0 {
		c.MaxModuleBytes = DefaultMaxModuleBytes
	}
	if c.CacheMaxEntries == 0 {
		c.CacheMaxEntries = DefaultCacheMaxEntries
	}
	if c.CacheMaxBytes == 0 {
		c.CacheMaxBytes = DefaultCacheMaxBytes
	}
	if c.CompileWorkers == 0 {
		c.CompileWorkers = runtime.GOMAXPROCS(0)
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Check reports a configuration that cannot work (after defaults are applied).
func (c Config) Check() error {
	c = c.withDefaults()
	switch {
	case c.Engine < EngineAuto || c.Engine > EngineInterpreter:
		return fmt.Errorf("sandbox: unknown engine %d", int(c.Engine))
	case c.MemoryLimitBytes < wasmPageSize:
		return fmt.Errorf("sandbox: memory limit %d below one 64 KiB page", c.MemoryLimitBytes)
	case c.MemoryLimitBytes > 1<<32:
		return fmt.Errorf("sandbox: memory limit %d above the 4 GiB of wasm32", c.MemoryLimitBytes)
	case c.Timeout < 0, c.MaxOutputBytes < 0, c.MaxStderrBytes < 0, c.MaxModuleBytes < 0,
		c.CacheMaxEntries < 0, c.CacheMaxBytes < 0, c.CompileWorkers < 0:
		return errors.New("sandbox: negative limit")
	}
	return nil
}

// Outcome is what a program run produced.
type Outcome struct {
	Status protocol.Status
	// Output is the program's stdout when Status is StatusOK, nil otherwise.
	Output []byte
	// Stderr is the start of the program's stderr (capped), for operator logs only.
	Stderr []byte
	// ExitCode is the WASI exit code (0 when _start returned); 0 for traps and timeouts.
	ExitCode uint32
	// Reason explains a failure status in one line for logs ("" for StatusOK).
	Reason string
	// CacheHit is true when the compiled module came from the cache (the loader was not called).
	CacheHit bool
	// Duration is the wall time of instantiation and execution (not loading or compiling).
	// A timed-out run's Duration is at least Config.Timeout.
	Duration time.Duration
}

// Loader returns the plaintext module of a program. The worker fetches, decrypts and checks
// keccak256(module) == programID; the sandbox checks the hash again. It is called at most once
// per cache miss, with the ctx of the Run that missed.
type Loader func(ctx context.Context) ([]byte, error)

// Stats are cumulative cache counters, for metrics.
type Stats struct {
	Hits      uint64 // Runs served from the cache
	Misses    uint64 // Runs that called the loader
	Evictions uint64 // entries dropped to respect the bounds
	Entries   int    // entries now cached (compiled or failed programs)
	Bytes     int64  // module bytes of the cached entries
}

// Sandbox runs programs. It is safe for concurrent use.
type Sandbox struct {
	cfg      Config
	engine   Engine
	rt       wazero.Runtime
	base     wazero.ModuleConfig
	memLimit uint64 // bytes, a whole number of pages
	cache    *cache
	closed   atomic.Bool
	log      *slog.Logger
}

// New creates a sandbox: one wazero runtime with WASI preview 1 instantiated once, shared by all
// jobs. With EngineAuto it probes the compiler (compiles and runs a tiny module) and falls back
// to the interpreter if that fails.
func New(ctx context.Context, cfg Config) (*Sandbox, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	s := &Sandbox{
		cfg:      cfg,
		memLimit: cfg.MemoryLimitBytes / wasmPageSize * wasmPageSize,
		log:      cfg.Logger,
	}
	s.base = wazero.NewModuleConfig().
		WithName(""). // anonymous: many instances of one module may run at once
		WithArgs("program").
		WithWalltime(fixedWalltime, sys.ClockResolution(time.Microsecond)).
		WithStartFunctions("_start")

	engines := []Engine{cfg.Engine}
	if cfg.Engine == EngineAuto {
		engines = []Engine{EngineCompiler, EngineInterpreter}
	}
	var errs []error
	for _, e := range engines {
		rt, err := newRuntime(ctx, e)
		if err == nil {
			s.rt, s.engine = rt, e
			err = s.probe(ctx)
			if err == nil {
				break
			}
			_ = rt.Close(ctx)
			s.rt = nil
		}
		errs = append(errs, fmt.Errorf("%s engine: %w", e, err))
		s.log.Info("sandbox engine unavailable", "engine", e.String(), "err", err)
	}
	if s.rt == nil {
		return nil, fmt.Errorf("sandbox: no usable engine: %w", errors.Join(errs...))
	}
	s.cache = newCache(s.rt, cfg.CacheMaxEntries, cfg.CacheMaxBytes)
	s.log.Info("sandbox ready", "engine", s.engine.String(), "memory_limit_bytes", s.memLimit,
		"timeout", cfg.Timeout, "max_output_bytes", cfg.MaxOutputBytes)
	return s, nil
}

// newRuntime creates a wazero runtime for an engine with WASI instantiated (a variable so that
// tests can make the compiler unavailable, as it is in an enclave without executable memory).
var newRuntime = newWazeroRuntime

func newWazeroRuntime(ctx context.Context, e Engine) (wazero.Runtime, error) {
	var rc wazero.RuntimeConfig
	if e == EngineCompiler {
		rc = wazero.NewRuntimeConfigCompiler()
	} else {
		rc = wazero.NewRuntimeConfigInterpreter()
	}
	// The per-job memory limit is enforced by the allocator hook (memory.go), which sees every
	// grow request and so tells a memory-limit failure from any other; wazero's own page limit
	// stays at the wasm32 maximum for that reason.
	rc = rc.WithCloseOnContextDone(true).
		WithCustomSections(false).
		WithDebugInfoEnabled(false)
	rt := wazero.NewRuntimeWithConfig(ctx, rc)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		_ = rt.Close(ctx)
		return nil, fmt.Errorf("instantiate wasi: %w", err)
	}
	return rt, nil
}

// probe compiles and runs the built-in cat module, so a compiler that cannot map executable
// memory is found at start-up, not on the first job.
func (s *Sandbox) probe(ctx context.Context) error {
	compiled, err := s.rt.CompileModule(ctx, catModule)
	if err != nil {
		return fmt.Errorf("compile probe: %w", err)
	}
	defer compiled.Close(ctx)
	out, err := s.execute(ctx, compiled, nil, []byte("probe"), [32]byte{})
	if err != nil {
		return err
	}
	if out.Status != protocol.StatusOK || string(out.Output) != "probe" {
		return fmt.Errorf("probe run: status %s output %q reason %q", out.Status, out.Output, out.Reason)
	}
	return nil
}

// Engine returns the engine in use (never EngineAuto).
func (s *Sandbox) Engine() Engine { return s.engine }

// Stats returns the cache counters.
func (s *Sandbox) Stats() Stats { return s.cache.stats() }

// Close releases the runtime and every cached module. Runs in flight are stopped (they return
// ErrClosed). Close is idempotent.
func (s *Sandbox) Close(ctx context.Context) error {
	if s.closed.Swap(true) {
		return nil
	}
	s.cache.close(ctx)
	return s.rt.Close(ctx)
}

// Run executes a program on input with the randomness seed and returns its outcome. A non-nil
// error means no outcome (see the package comment); the loader's errors are wrapped in ErrLoad.
func (s *Sandbox) Run(ctx context.Context, programID [32]byte, load Loader, input []byte, seed [32]byte) (Outcome, error) {
	if s.closed.Load() {
		return Outcome{}, ErrClosed
	}
	e, hit, err := s.cache.acquire(ctx, programID, func(ctx context.Context) (*program, error) {
		return s.loadProgram(ctx, programID, load)
	})
	if err != nil {
		return Outcome{}, err
	}
	defer s.cache.release(ctx, e)
	if e.prog.failure != nil {
		out := *e.prog.failure
		out.CacheHit = hit
		return out, nil
	}
	out, err := s.execute(ctx, e.prog.compiled, &e.prog.memHint, input, seed)
	if err != nil {
		if s.closed.Load() {
			return Outcome{}, ErrClosed
		}
		return Outcome{}, err
	}
	out.CacheHit = hit
	return out, nil
}

// execute instantiates compiled (running _start) with fresh stdio, clock and randomness, and
// maps what happened to a status. memHint (may be nil) is the largest memory size the program
// reached before; execute updates it.
func (s *Sandbox) execute(ctx context.Context, compiled wazero.CompiledModule, memHint *atomic.Uint64, input []byte, seed [32]byte) (Outcome, error) {
	if err := ctx.Err(); err != nil {
		return Outcome{}, err
	}
	start := time.Now() // before the timer starts, so that a timed-out run's Duration ≥ Timeout
	runCtx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	mem := &memoryGuard{limit: s.memLimit}
	if memHint != nil {
		mem.hint = memHint.Load()
	}
	runCtx = experimental.WithMemoryAllocator(runCtx, mem)

	stdin := getReader(input)
	defer putReader(stdin)
	stdout := &limitedWriter{limit: s.cfg.MaxOutputBytes, onOverflow: cancel}
	stderr := &truncatingWriter{limit: s.cfg.MaxStderrBytes}
	clock := &fakeClock{}
	cfg := s.base.
		WithStdin(stdin).
		WithStdout(stdout).
		WithStderr(stderr).
		WithNanotime(clock.nanotime, 1).
		WithNanosleep(clock.nanosleep).
		WithRandSource(rand.NewChaCha8(seed))

	mod, err := s.rt.InstantiateModule(runCtx, compiled, cfg)
	dur := time.Since(start)
	if mod != nil {
		_ = mod.Close(ctx)
	}
	defer mem.recycle()
	if perr := ctx.Err(); perr != nil {
		// The caller gave up (shutdown, its own deadline): not the program's fault.
		return Outcome{}, fmt.Errorf("sandbox: run interrupted: %w", perr)
	}
	if s.closed.Load() {
		// Closing the runtime stops running modules with exit code 0: never take that for
		// success.
		return Outcome{}, ErrClosed
	}
	out := Outcome{Stderr: stderr.bytes(), Duration: dur}
	var exitErr *sys.ExitError
	isExit := errors.As(err, &exitErr)
	if isExit {
		out.ExitCode = exitErr.ExitCode()
	}
	// Decide by what the sandbox saw, never by the exit code alone: a program can proc_exit
	// with wazero's reserved deadline or cancel codes.
	switch {
	case stdout.overflowed:
		out.Status = protocol.StatusOutputTooLarge
		out.ExitCode = 0
		out.Reason = fmt.Sprintf("stdout exceeded %d bytes", s.cfg.MaxOutputBytes)
	case err == nil:
		out.Status = protocol.StatusOK
		out.Output = stdout.buf
		if out.Output == nil {
			out.Output = []byte{}
		}
		// Learn from successful runs only: one memory bomb must not make every later run of
		// the program reserve the whole limit.
		if memHint != nil {
			for old := memHint.Load(); mem.size > old; old = memHint.Load() {
				if memHint.CompareAndSwap(old, mem.size) {
					break
				}
			}
		}
	case errors.Is(runCtx.Err(), context.DeadlineExceeded):
		out.Status = protocol.StatusTimeout
		out.ExitCode = 0
		out.Reason = fmt.Sprintf("execution exceeded %s", s.cfg.Timeout)
	case mem.refused.Load():
		out.Status = protocol.StatusMemoryLimit
		out.Reason = fmt.Sprintf("memory grow to %d bytes refused (limit %d): %s",
			mem.refusedSize.Load(), s.memLimit, oneLine(err.Error()))
	case isExit:
		out.Status = protocol.StatusProgramError
		out.Reason = fmt.Sprintf("exit code %d", out.ExitCode)
	default:
		out.Status = protocol.StatusProgramError
		out.Reason = oneLine(err.Error())
	}
	return out, nil
}
