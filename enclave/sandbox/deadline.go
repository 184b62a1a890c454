package sandbox

import (
	"sync"
	"sync/atomic"
	"time"
)

// deadline is a run's execution timer. It can be paused while the program waits on an egress
// request: network time counts against the egress time budget, not against Config.Timeout,
// so Timeout stays a bound on the program's own execution.
type deadline struct {
	mu      sync.Mutex
	timer   *time.Timer
	left    time.Duration
	since   time.Time
	running bool
	expired atomic.Bool
}

// startDeadline starts a timer of d that sets expired and calls cancel when it fires.
func startDeadline(d time.Duration, cancel func()) *deadline {
	dl := &deadline{left: d, since: time.Now(), running: true}
	dl.timer = time.AfterFunc(d, func() {
		dl.expired.Store(true)
		cancel()
	})
	return dl
}

// pause stops the clock (a no-op once expired).
func (dl *deadline) pause() {
	dl.mu.Lock()
	defer dl.mu.Unlock()
	if dl.running && dl.timer.Stop() {
		dl.left -= time.Since(dl.since)
	}
	dl.running = false
}

// resume restarts the clock with the time that was left.
func (dl *deadline) resume() {
	dl.mu.Lock()
	defer dl.mu.Unlock()
	if dl.running || dl.expired.Load() {
		return
	}
	dl.running = true
	dl.since = time.Now()
	dl.timer.Reset(max(dl.left, 0))
}

func (dl *deadline) stop() {
	dl.mu.Lock()
	defer dl.mu.Unlock()
	dl.timer.Stop()
	dl.running = false
}
