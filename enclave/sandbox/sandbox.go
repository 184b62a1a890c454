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
	"github.com/teeoracle/teeoracle/protocol/wasmmod"
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
	if err := instantiateHost(ctx, rt); err != nil {
		_ = rt.Close(ctx)
		return nil, fmt.Errorf("instantiate teeoracle host module: %w", err)
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
	out, err := s.execute(ctx, compiled, nil, []byte("probe"), [32]byte{}, nil, nil)
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
// It is RunHost without a Host: the program's teeoracle calls answer ErrnoUnavailable.
func (s *Sandbox) Run(ctx context.Context, programID [32]byte, load Loader, input []byte, seed [32]byte) (Outcome, error) {
	return s.RunHost(ctx, programID, load, input, seed, nil)
}

// RunHost is Run with the job's host services (job info, secrets, signer, egress) for the
// program's teeoracle imports. host may be nil.
func (s *Sandbox) RunHost(ctx context.Context, programID [32]byte, load Loader, input []byte, seed [32]byte, host *Host) (Outcome, error) {
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
	out, err := s.execute(ctx, e.prog.compiled, &e.prog.memHint, input, seed, host, e.prog.egress)
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
func (s *Sandbox) execute(ctx context.Context, compiled wazero.CompiledModule, memHint *atomic.Uint64, input []byte, seed [32]byte, host *Host, decl *wasmmod.Egress) (Outcome, error) {
	if err := ctx.Err(); err != nil {
		return Outcome{}, err
	}
	start := time.Now() // before the timer starts, so that a timed-out run's Duration ≥ Timeout
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	timer := startDeadline(s.cfg.Timeout, cancel)
	defer timer.stop()
	var st *jobState
	if host != nil {
		st = &jobState{host: host, timer: timer}
		if host.Egress != nil {
			st.session = host.Egress.Session(decl)
			defer st.session.Close()
		}
		runCtx = context.WithValue(runCtx, jobStateKey{}, st)
	}
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
	case st != nil && st.budget:
		out.Status = protocol.StatusEgressBudget
		out.ExitCode = 0
		out.Reason = st.budgetReason
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
	case timer.expired.Load():
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
