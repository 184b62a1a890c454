package runloop_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/relayer/runloop"
)

func TestRoundsRunAtStartOnTickAndOnPoke(t *testing.T) {
	var n atomic.Int32
	l := runloop.New(runloop.Options{Interval: time.Hour})
	l.Start(context.Background(), func(context.Context) { n.Add(1) })
	waitFor(t, func() bool { return n.Load() == 1 })
	l.Poke()
	waitFor(t, func() bool { return n.Load() == 2 })
	if err := l.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	l.Poke()
	time.Sleep(20 * time.Millisecond)
	if n.Load() != 2 {
		t.Fatalf("%d rounds after Stop, want 2", n.Load())
	}
	// Stop is idempotent.
	if err := l.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestCancelOnStopAndOnExit(t *testing.T) {
	for _, tc := range []struct {
		name      string
		cancel    bool
		cancelled bool
	}{
		{"round finishes", false, false},
		{"round cancelled", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var exited, cancelled atomic.Bool
			started := make(chan struct{})
			l := runloop.New(runloop.Options{Interval: time.Hour, CancelOnStop: tc.cancel, OnExit: func() { exited.Store(true) }})
			l.Start(context.Background(), func(ctx context.Context) {
				close(started)
				select {
				case <-ctx.Done():
					cancelled.Store(true)
				case <-time.After(100 * time.Millisecond):
				}
			})
			<-started
			if err := l.Stop(context.Background()); err != nil {
				t.Fatal(err)
			}
			if !exited.Load() || cancelled.Load() != tc.cancelled {
				t.Fatalf("exited %v cancelled %v", exited.Load(), cancelled.Load())
			}
		})
	}
}

func TestSharedWakeChannel(t *testing.T) {
	wake := make(chan struct{}, 1)
	var n atomic.Int32
	l := runloop.New(runloop.Options{Interval: time.Hour, Wake: wake})
	l.Start(context.Background(), func(context.Context) { n.Add(1) })
	defer func() { _ = l.Stop(context.Background()) }()
	waitFor(t, func() bool { return n.Load() == 1 })
	wake <- struct{}{}
	waitFor(t, func() bool { return n.Load() == 2 })
}

func TestStopWaitsAtMostForItsContext(t *testing.T) {
	l := runloop.New(runloop.Options{Interval: time.Hour})
	release := make(chan struct{})
	started := make(chan struct{})
	l.Start(context.Background(), func(context.Context) { close(started); <-release })
	<-started
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if err := l.Stop(ctx); err == nil {
		t.Fatal("Stop returned before the round ended")
	}
	close(release)
	if err := l.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached")
		}
		time.Sleep(time.Millisecond)
	}
}
