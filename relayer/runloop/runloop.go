// Package runloop is the one start/stop loop of the relayer's background services (the shape of
// River's startstop): a round runs at start, then every interval or when poked, until Stop or the
// start context ends. Start is called once; Stop is safe to call more than once and from any
// goroutine, and waits for the loop (or for its own context).
package runloop

import (
	"context"
	"sync"
	"time"
)

// Options shape a loop.
type Options struct {
	// Interval between rounds (required).
	Interval time.Duration
	// CancelOnStop cancels the context of the round in progress when Stop is called; otherwise the
	// round finishes and the loop ends after it.
	CancelOnStop bool
	// Wake, if set, is the channel Poke and others signal to run a round now (a producer created
	// before the loop can hold it); otherwise the loop makes its own.
	Wake chan struct{}
	// OnExit runs on the loop goroutine after the last round, before Stop returns (e.g. waiting for
	// work the rounds started).
	OnExit func()
}

// Loop runs rounds. The zero value is not usable: use New.
type Loop struct {
	opts     Options
	wake     chan struct{}
	stop     chan struct{}
	done     chan struct{}
	stopOnce sync.Once
	started  bool
}

// New returns a loop that is not started.
func New(o Options) *Loop {
	wake := o.Wake
	if wake == nil {
		wake = make(chan struct{}, 1)
	}
	return &Loop{opts: o, wake: wake, stop: make(chan struct{}), done: make(chan struct{})}
}

// Start runs round in the background: once now, then every Interval or after Poke.
func (l *Loop) Start(ctx context.Context, round func(ctx context.Context)) {
	l.started = true
	go func() {
		defer close(l.done)
		if l.opts.OnExit != nil {
			defer l.opts.OnExit()
		}
		if l.opts.CancelOnStop {
			var cancel context.CancelFunc
			ctx, cancel = context.WithCancel(ctx)
			defer cancel()
			go func() {
				select {
				case <-l.stop:
					cancel()
				case <-ctx.Done():
				}
			}()
		}
		t := time.NewTicker(l.opts.Interval)
		defer t.Stop()
		for {
			select {
			case <-l.stop:
				return
			case <-ctx.Done():
				return
			default:
			}
			round(ctx)
			select {
			case <-l.stop:
				return
			case <-ctx.Done():
				return
			case <-t.C:
			case <-l.wake:
			}
		}
	}()
}

// Poke makes the loop run a round now (or right after the current one).
func (l *Loop) Poke() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Stop ends the loop and waits for it; it returns ctx's error when ctx ends first. Stopping a loop
// that was never started returns at once.
func (l *Loop) Stop(ctx context.Context) error {
	l.stopOnce.Do(func() { close(l.stop) })
	if !l.started {
		return nil
	}
	select {
	case <-l.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
