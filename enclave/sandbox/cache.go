package sandbox

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/experimental"

	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/wasmmod"
)

// program is what the cache holds for a programID: a compiled module, or the failure outcome of
// a module that cannot run at all (invalid, too big, initial memory over the limit). Both are
// deterministic functions of the module bytes, so both are cached.
type program struct {
	compiled wazero.CompiledModule
	failure  *Outcome
	size     int64 // module bytes, the cache's weight
	memHint  atomic.Uint64
	// egress is the module's egress declaration (custom section teeoracle.egress), nil when
	// it declares none.
	egress *wasmmod.Egress
}

// loadProgram calls the loader, checks the hash and compiles.
func (s *Sandbox) loadProgram(ctx context.Context, programID [32]byte, load Loader) (*program, error) {
	if load == nil {
		return nil, fmt.Errorf("%w: no loader", ErrLoad)
	}
	module, err := load(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLoad, err)
	}
	if got := crypto.Keccak256Hash(module); got != programID {
		return nil, fmt.Errorf("%w: keccak256 %x, programId %x", ErrProgramHashMismatch, got, programID)
	}
	fail := func(st protocol.Status, reason string) *program {
		s.log.Warn("program cannot run", "program_id", fmt.Sprintf("%x", programID), "status", st.String(), "reason", reason)
		return &program{failure: &Outcome{Status: st, Reason: reason}, size: 64}
	}
	if len(module) > s.cfg.MaxModuleBytes {
		return fail(protocol.StatusProgramError,
			fmt.Sprintf("module of %d bytes exceeds %d", len(module), s.cfg.MaxModuleBytes)), nil
	}
	if minPages, ok := initialMemoryPages(module); ok && uint64(minPages)*wasmPageSize > s.memLimit {
		return fail(protocol.StatusMemoryLimit,
			fmt.Sprintf("initial memory of %d pages exceeds the limit of %d bytes", minPages, s.memLimit)), nil
	}
	// Compile without the caller's cancellation: wazero stops compiling when ctx ends and
	// returns an error that must not be cached as the program's fault. Other Runs may be
	// waiting for this compilation anyway.
	cctx := experimental.WithCompilationWorkers(context.WithoutCancel(ctx), s.cfg.CompileWorkers)
	compiled, err := s.rt.CompileModule(cctx, compactData(module))
	if err != nil {
		if s.closed.Load() {
			return nil, ErrClosed
		}
		return fail(protocol.StatusProgramError, "compile: "+oneLine(err.Error())), nil
	}
	if reason := checkImports(compiled); reason != "" {
		_ = compiled.Close(ctx)
		return fail(protocol.StatusProgramError, reason), nil
	}
	if reason := checkStart(compiled); reason != "" {
		_ = compiled.Close(ctx)
		return fail(protocol.StatusProgramError, reason), nil
	}
	info, err := wasmmod.Inspect(module)
	if err != nil {
		_ = compiled.Close(ctx)
		return fail(protocol.StatusProgramError, oneLine(err.Error())), nil
	}
	return &program{compiled: compiled, size: int64(len(module)), egress: info.Egress}, nil
}

// checkStart rejects modules that are not WASI commands: without an exported `_start` of type
// () -> () there is nothing to run, and running nothing must never pass for success.
func checkStart(c wazero.CompiledModule) string {
	f, ok := c.ExportedFunctions()["_start"]
	if !ok {
		if _, lib := c.ExportedFunctions()["_initialize"]; lib {
			return "not a WASI command: no _start export (a WASI reactor/library)"
		}
		return "not a WASI command: no _start export"
	}
	if len(f.ParamTypes()) != 0 || len(f.ResultTypes()) != 0 {
		return "not a WASI command: _start is not of type () -> ()"
	}
	return ""
}

// checkImports rejects modules that import anything but WASI preview 1 functions and the
// teeoracle host functions: they could never instantiate, and saying so at compile time gives
// a clear reason.
func checkImports(c wazero.CompiledModule) string {
	for _, f := range c.ImportedFunctions() {
		mod, name, _ := f.Import()
		switch mod {
		case wasmmod.ModuleWASI:
		case wasmmod.ModuleHost:
			n, ok := hostFunctions[name]
			if !ok {
				return fmt.Sprintf("imports %s.%s: no such teeoracle function", mod, name)
			}
			if len(f.ParamTypes()) != n || len(f.ResultTypes()) != 1 {
				return fmt.Sprintf("imports %s.%s with the wrong signature: want %d i32 parameters and an i32 result", mod, name, n)
			}
		case "gojs", "go":
			return fmt.Sprintf("imports %s.%s: a GOOS=js build; build with GOOS=wasip1 GOARCH=wasm", mod, name)
		default:
			return fmt.Sprintf("imports %s.%s: only wasi_snapshot_preview1 and teeoracle are available", mod, name)
		}
	}
	if len(c.ImportedMemories()) > 0 {
		return "imports a memory: only wasi_snapshot_preview1 and teeoracle functions are available"
	}
	return ""
}

type entry struct {
	id    [32]byte
	ready chan struct{} // closed when prog or err is set
	prog  *program
	err   error // loader error, for the Runs that waited on this load

	refs    int // Runs using prog; guarded by cache.mu
	evicted bool
	elem    *list.Element // in cache.lru once ready and cached
}

// cache is an LRU of programs with single-flight loading. A compiled module is closed only when
// it is evicted and no Run still uses it.
type cache struct {
	rt         wazero.Runtime
	maxEntries int
	maxBytes   int64

	mu        sync.Mutex
	entries   map[[32]byte]*entry
	lru       list.List // front = most recently used; only ready entries
	bytes     int64
	hits      uint64
	misses    uint64
	evictions uint64
	closed    bool
}

func newCache(rt wazero.Runtime, maxEntries int, maxBytes int64) *cache {
	return &cache{rt: rt, maxEntries: maxEntries, maxBytes: maxBytes, entries: map[[32]byte]*entry{}}
}

// acquire returns the entry for id, loading it with load on a miss. hit reports that this call
// did not run load. The caller must release the entry.
func (c *cache) acquire(ctx context.Context, id [32]byte, load func(context.Context) (*program, error)) (e *entry, hit bool, err error) {
	for {
		e, hit, err = c.acquireOnce(ctx, id, load)
		if err != nil && hit && ctx.Err() == nil &&
			(errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
			// The Run that was loading gave up; this one still wants the program: load it.
			continue
		}
		return e, hit, err
	}
}

// acquireOnce is acquire without the retry; hit is also true when it waited for another Run's
// load that failed.
func (c *cache) acquireOnce(ctx context.Context, id [32]byte, load func(context.Context) (*program, error)) (e *entry, hit bool, err error) {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil, false, ErrClosed
	}
	if e = c.entries[id]; e != nil {
		e.refs++
		c.hits++
		if e.elem != nil {
			c.lru.MoveToFront(e.elem)
		}
		c.mu.Unlock()
		select {
		case <-e.ready:
		case <-ctx.Done():
			c.release(ctx, e)
			return nil, false, ctx.Err()
		}
		if e.err != nil {
			c.release(ctx, e)
			return nil, true, e.err
		}
		return e, true, nil
	}
	e = &entry{id: id, ready: make(chan struct{}), refs: 1}
	c.entries[id] = e
	c.misses++
	c.mu.Unlock()

	prog, err := load(ctx)

	c.mu.Lock()
	var victims []*entry
	if err != nil {
		e.err = err
		delete(c.entries, id) // a later Run tries again
		e.evicted = true
	} else {
		e.prog = prog
		if c.closed {
			e.evicted = true
		} else {
			e.elem = c.lru.PushFront(e)
			c.bytes += prog.size
			victims = c.evictLocked(e)
		}
	}
	close(e.ready)
	c.mu.Unlock()
	closeAll(ctx, victims)
	if err != nil {
		c.release(ctx, e)
		return nil, false, err
	}
	return e, false, nil
}

// evictLocked drops least recently used entries (never keep) until the bounds hold, and returns
// those whose compiled module can be closed now.
func (c *cache) evictLocked(keep *entry) (victims []*entry) {
	for el := c.lru.Back(); el != nil && (c.lru.Len() > c.maxEntries || c.bytes > c.maxBytes); {
		prev := el.Prev()
		if v := el.Value.(*entry); v != keep {
			c.removeLocked(v)
			c.evictions++
			if v.refs == 0 {
				victims = append(victims, v)
			}
		}
		el = prev
	}
	return victims
}

func (c *cache) removeLocked(v *entry) {
	c.lru.Remove(v.elem)
	v.elem = nil
	c.bytes -= v.prog.size
	delete(c.entries, v.id)
	v.evicted = true
}

func (c *cache) release(ctx context.Context, e *entry) {
	c.mu.Lock()
	e.refs--
	done := e.refs == 0 && e.evicted
	c.mu.Unlock()
	if done {
		closeAll(ctx, []*entry{e})
	}
}

func closeAll(ctx context.Context, es []*entry) {
	for _, e := range es {
		if e.prog != nil && e.prog.compiled != nil {
			_ = e.prog.compiled.Close(ctx)
		}
	}
}

func (c *cache) stats() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return Stats{Hits: c.hits, Misses: c.misses, Evictions: c.evictions, Entries: c.lru.Len(), Bytes: c.bytes}
}

// close drops every entry; modules in use are closed by their last release (the runtime's Close
// frees them anyway).
func (c *cache) close(ctx context.Context) {
	c.mu.Lock()
	c.closed = true
	var victims []*entry
	for el := c.lru.Front(); el != nil; {
		next := el.Next()
		v := el.Value.(*entry)
		c.removeLocked(v)
		if v.refs == 0 {
			victims = append(victims, v)
		}
		el = next
	}
	c.mu.Unlock()
	closeAll(ctx, victims)
}
