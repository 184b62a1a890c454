package sandbox

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
)

// errOutputLimit is what the program's write to stdout fails with past the limit.
var errOutputLimit = errors.New("output limit exceeded")

// limitedWriter collects stdout up to limit bytes. The first write past the limit marks the run
// as StatusOutputTooLarge and stops the program (onOverflow cancels its context), so a program
// that ignores write errors cannot keep spinning. A module writes from one goroutine.
type limitedWriter struct {
	buf        []byte
	limit      int
	overflowed bool
	onOverflow func()
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	if w.overflowed {
		return 0, errOutputLimit
	}
	if len(p) > w.limit-len(w.buf) {
		w.overflowed = true
		if w.onOverflow != nil {
			w.onOverflow()
		}
		return 0, errOutputLimit
	}
	w.buf = append(w.buf, p...)
	return len(p), nil
}

// truncatingWriter keeps the first limit bytes and pretends to write the rest, so logging to
// stderr never changes what a program does.
type truncatingWriter struct {
	buf   []byte
	limit int
}

func (w *truncatingWriter) Write(p []byte) (int, error) {
	if room := w.limit - len(w.buf); room > 0 {
		w.buf = append(w.buf, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

func (w *truncatingWriter) bytes() []byte { return w.buf }

// fixedWalltime is the program's real-time clock: always FixedWalltimeUnix.
func fixedWalltime() (sec int64, nsec int32) { return FixedWalltimeUnix, 0 }

// fakeClock is a program's monotonic clock: it starts at 0, each reading advances it by 1µs and
// each sleep by the time asked, so busy-waits end, sleeps take no time, and a program reading
// the clock as often as it did before sees the same values: no timing can leak into outputs.
type fakeClock struct{ ns atomic.Int64 }

func (c *fakeClock) nanotime() int64 { return c.ns.Add(1000) }

func (c *fakeClock) nanosleep(ns int64) {
	if ns > 0 {
		c.ns.Add(ns)
	}
}

var readerPool = sync.Pool{New: func() any { return new(bytes.Reader) }}

func getReader(b []byte) *bytes.Reader {
	r := readerPool.Get().(*bytes.Reader)
	r.Reset(b)
	return r
}

func putReader(r *bytes.Reader) {
	r.Reset(nil)
	readerPool.Put(r)
}

// oneLine shortens an error text to its first line (wazero appends a wasm stack trace).
func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}
