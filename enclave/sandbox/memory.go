package sandbox

import (
	"math/bits"
	"sync"
	"sync/atomic"

	"github.com/tetratelabs/wazero/experimental"
)

// memoryGuard is the per-run wazero memory allocator. wazero's own page limit only makes
// memory.grow return -1, which a program may handle or not, and which looks from outside like
// any other failure. The guard sees each grow request, refuses those past the limit and records
// it, so a program that then dies (Go's runtime aborts with "out of memory", exit 2; C's malloc
// returns NULL and the program traps or exits) is reported as StatusMemoryLimit.
type memoryGuard struct {
	limit       uint64
	hint        uint64 // capacity to reserve up front: the program's largest memory so far
	size        uint64 // the memory's size now
	buf         []byte // the memory's backing array now (len = size)
	refused     atomic.Bool
	refusedSize atomic.Uint64
}

// Allocate implements experimental.MemoryAllocator. wazero calls it once per instantiation,
// with capacity = the module's initial size (loadProgram already refused modules whose initial
// memory is over the limit). Reserving the size the program reached in earlier runs saves the
// copies of growing (Go programs grow their memory a few times at start-up).
func (g *memoryGuard) Allocate(capacity, _ uint64) experimental.LinearMemory {
	capacity = min(max(capacity, g.hint), g.limit)
	return &guardedMemory{guard: g, buf: getMemory(capacity, g.limit)}
}

// recycle returns the memory to the pool, zeroed. Call it only once the module's code can no
// longer run: after InstantiateModule has returned.
func (g *memoryGuard) recycle() {
	if g.buf != nil {
		putMemory(g.buf)
		g.buf = nil
	}
}

type guardedMemory struct {
	guard *memoryGuard
	buf   []byte
}

// Reallocate implements experimental.LinearMemory: grow to size bytes or return nil.
func (m *guardedMemory) Reallocate(size uint64) []byte {
	if size > m.guard.limit {
		m.guard.refused.Store(true)
		m.guard.refusedSize.Store(size)
		return nil
	}
	if size <= uint64(cap(m.buf)) {
		m.buf = m.buf[:size] // wasm memory never shrinks, so these bytes are still zero
	} else {
		// Leave headroom so that a program growing page by page does not copy its memory
		// each time, never above the limit. The old array is left to the GC (not pooled): it
		// is never worth the risk of reusing an array the engine might still point at.
		buf := getMemory(max(size, min(uint64(cap(m.buf))*2, m.guard.limit)), m.guard.limit)[:size]
		copy(buf, m.buf)
		m.buf = buf
	}
	m.guard.size, m.guard.buf = size, m.buf
	return m.buf
}

// Free implements experimental.LinearMemory. wazero calls it when the module closes, which
// with WithCloseOnContextDone can happen from another goroutine while the module's code is still
// unwinding; the buffer is recycled by memoryGuard.recycle instead, once the run is over.
func (m *guardedMemory) Free() {}

// memoryPools hold zeroed linear-memory arrays by capacity class: class k holds arrays of
// capacity in [64 KiB << k, 64 KiB << (k+1)). Reusing them spares each job the allocation and the
// page faults of a fresh array (the minimal module runs twice as many jobs per second).
var memoryPools [17]sync.Pool

func memoryClass(capacity uint64) int {
	pages := max(capacity/wasmPageSize, 1)
	return min(bits.Len64(pages)-1, len(memoryPools)-1)
}

// getMemory returns a zeroed array of length 0 and capacity at least capacity; it rounds the
// capacity up to a power of two of pages, but never above limit.
func getMemory(capacity, limit uint64) []byte {
	if capacity < wasmPageSize {
		capacity = wasmPageSize
	}
	class := memoryClass(capacity)
	if capacity > wasmPageSize<<class { // not a power of two: look one class up
		class = min(class+1, len(memoryPools)-1)
	}
	if b, ok := memoryPools[class].Get().([]byte); ok {
		if uint64(cap(b)) >= capacity {
			return b[:0]
		}
		memoryPools[class].Put(b)
	}
	return make([]byte, 0, max(capacity, min(wasmPageSize<<class, limit)))
}

// putMemory zeroes the used part of b (the rest was never written) and pools it.
func putMemory(b []byte) {
	clear(b)
	memoryPools[memoryClass(uint64(cap(b)))].Put(b[:0])
}

// initialMemoryPages reads the minimum size of the memory a module defines (its memory
// section), without trusting the module: ok is false if there is none or the bytes are not a
// well-formed module (wazero then refuses it anyway).
func initialMemoryPages(module []byte) (pages uint32, ok bool) {
	const header = 8 // "\0asm" + version
	if len(module) < header {
		return 0, false
	}
	p := module[header:]
	for len(p) > 0 {
		id := p[0]
		size, n := uleb(p[1:])
		if n == 0 || uint64(len(p)-1-n) < size {
			return 0, false
		}
		body := p[1+n : 1+n+int(size)]
		p = p[1+n+int(size):]
		if id != 5 { // memory section
			continue
		}
		count, n := uleb(body)
		if n == 0 || count == 0 || len(body) <= n {
			return 0, false
		}
		body = body[n:]
		// flags: bit 0 = has max, bit 1 = shared, bit 2 = memory64 (not supported by wazero)
		if body[0]&^3 != 0 {
			return 0, false
		}
		minPages, n := uleb(body[1:])
		if n == 0 || minPages > 1<<16 {
			return 0, false
		}
		return uint32(minPages), true
	}
	return 0, false
}

// uleb decodes an unsigned LEB128 number of at most 5 bytes (u32); n is 0 when malformed.
func uleb(b []byte) (v uint64, n int) {
	for i := 0; i < len(b) && i < 5; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i]&0x80 == 0 {
			return v, i + 1
		}
	}
	return 0, 0
}
