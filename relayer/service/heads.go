package service

import (
	"context"
	"log/slog"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teeoracle/teeoracle/relayer/ethrpc"
)

// followHeads pokes the indexer on every new head of the first WebSocket endpoint in urls, so that
// a block is indexed (and its jobs dispatched) when it arrives rather than at the next poll: on a
// chain with 250 ms blocks the 2 s poll alone costs 4 blocks at the median. Without a WebSocket
// endpoint it returns nil and the indexer polls. A broken subscription is redialled after a pause;
// the poll keeps the indexer going meanwhile. It ends when ctx is cancelled; wait on the returned
// channel.
func followHeads(ctx context.Context, urls []string, log *slog.Logger, poke func()) <-chan struct{} {
	var url string
	for _, u := range urls {
		if strings.HasPrefix(u, "ws://") || strings.HasPrefix(u, "wss://") {
			url = u
			break
		}
	}
	if url == "" {
		return nil
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			err := subscribeHeads(ctx, url, poke)
			if ctx.Err() != nil {
				return
			}
			log.Warn("new-head subscription ended; polling until it is back", "endpoint", ethrpc.Redact(url), "err", err)
			select {
			case <-ctx.Done():
				return
			case <-time.After(5 * time.Second):
			}
		}
	}()
	return done
}

// subscribeHeads runs one newHeads subscription until it fails or ctx ends.
func subscribeHeads(ctx context.Context, url string, poke func()) error {
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	c, err := rpc.DialContext(dctx, url)
	cancel()
	if err != nil {
		return err
	}
	defer c.Close()
	heads := make(chan *types.Header, 16)
	sub, err := c.EthSubscribe(ctx, heads, "newHeads")
	if err != nil {
		return err
	}
	defer sub.Unsubscribe()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-sub.Err():
			return err
		case <-heads:
			poke()
		}
	}
}
