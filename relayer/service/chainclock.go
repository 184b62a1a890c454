package service

import (
	"context"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// chainClock is the chain's time: the head block's timestamp plus the wall time since that head
// was read. Job deadlines and registration expiries are compared by the router with
// block.timestamp, so the relayer compares them with this, never its own wall clock (a chain 38 s
// behind made a relayer expire a 60-second job at once). Until the first head is read it is the
// wall clock.
type chainClock struct {
	head func(ctx context.Context, n *big.Int) (*types.Header, error)

	mu       sync.Mutex
	block    time.Time // head block's timestamp
	observed time.Time // wall time it was read
}

// Now returns the chain's time.
func (c *chainClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.observed.IsZero() {
		return time.Now()
	}
	return c.block.Add(time.Since(c.observed))
}

// update reads the head block.
func (c *chainClock) update(ctx context.Context) error {
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	h, err := c.head(cctx, nil)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.block, c.observed = time.Unix(int64(h.Time), 0), time.Now()
	return nil
}

// run updates the clock every interval until ctx ends.
func (c *chainClock) run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			_ = c.update(ctx) // a failed read keeps the last head, advanced by the wall clock
		}
	}
}
