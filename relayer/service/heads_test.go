package service

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/relayer/anviltest"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
)

// On a WebSocket endpoint every new block pokes the indexer; on HTTP endpoints there is no follower.
func TestFollowHeads_PokesOnEveryBlock(t *testing.T) {
	a := anviltest.Start(t)
	if followHeads(context.Background(), []string{a.URL}, testutil.Logger(), func() {}) != nil {
		t.Fatal("a follower started on an HTTP endpoint")
	}
	var pokes atomic.Int64
	ctx, cancel := context.WithCancel(context.Background())
	done := followHeads(ctx, []string{a.URL, "ws://" + strings.TrimPrefix(a.URL, "http://")}, testutil.Logger(), func() { pokes.Add(1) })
	if done == nil {
		t.Fatal("no follower on a WebSocket endpoint")
	}
	deadline := time.Now().Add(10 * time.Second)
	for pokes.Load() < 3 {
		a.Mine(t, 1)
		if time.Now().After(deadline) {
			t.Fatalf("%d pokes after mining", pokes.Load())
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("follower did not end with its context")
	}
}
