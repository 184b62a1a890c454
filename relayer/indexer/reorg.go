package indexer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// checkReorg verifies the checkpoint's block is still canonical, and rolls back to the common
// ancestor when it is not. head is the chain's head: a checkpoint above it (a reorg to a shorter
// chain, or an endpoint that lags) is judged by the stored blocks at or below the head.
func (ix *Indexer) checkReorg(ctx context.Context, cp checkpoint, head uint64) error {
	if cp.number < 0 || cp.hash == (common.Hash{}) {
		return nil
	}
	if uint64(cp.number) > head {
		return ix.checkShorter(ctx, cp, head)
	}
	h, err := ix.chain.HeaderByNumber(ctx, big.NewInt(cp.number))
	if err != nil {
		return fmt.Errorf("checkpoint header: %w", err)
	}
	if h.Hash() == cp.hash {
		return nil
	}
	ancestor, err := ix.findAncestor(ctx, uint64(cp.number))
	if err != nil {
		return err
	}
	return ix.rolledBack(ctx, cp, ancestor)
}

// checkShorter handles a checkpoint above the chain's head. When every stored block at or below
// the head is still canonical, the chain is only shorter (or the endpoint behind): nothing to undo
// and nothing to index yet, so it waits quietly (before: "checkpoint header: not found" every
// round until the chain regained the height). When one is not, the blocks from the common
// ancestor on are rolled back at once and indexing goes on along the new, shorter chain.
func (ix *Indexer) checkShorter(ctx context.Context, cp checkpoint, head uint64) error {
	ancestor, err := ix.findAncestor(ctx, head)
	if err != nil {
		return err
	}
	_, above, err := ix.store.blockHashes(ctx, ix.db, ix.cfg.ChainID, int64(ancestor)+1, int64(head))
	if err != nil {
		return err
	}
	if len(above) == 0 {
		return nil
	}
	return ix.rolledBack(ctx, cp, ancestor)
}

// rolledBack rolls back everything above ancestor, with the log, metric and alarm of a deep reorg.
func (ix *Indexer) rolledBack(ctx context.Context, cp checkpoint, ancestor uint64) error {
	depth := uint64(cp.number) - ancestor
	ix.log.Error("reorg below the confirmation depth; rolling back", "checkpoint", cp.number, "ancestor", ancestor,
		"depth", depth, "confirmations", ix.cfg.Confirmations)
	ix.metrics.Reorg(ix.cfg.Name, depth)
	if err := ix.rollback(ctx, cp, ancestor); err != nil {
		return err
	}
	ix.mu.Lock()
	ix.reorgAt, ix.reorgDepth = time.Now(), depth
	ix.mu.Unlock()
	return nil
}

// findAncestor returns the highest stored block at or below `below` whose hash is still canonical.
func (ix *Indexer) findAncestor(ctx context.Context, below uint64) (uint64, error) {
	const step = 64
	hi := int64(below)
	for hi >= 0 {
		lo := max(hi-step+1, 0)
		stored, nums, err := ix.store.blockHashes(ctx, ix.db, ix.cfg.ChainID, lo, hi)
		if err != nil {
			return 0, err
		}
		if len(nums) == 0 {
			break
		}
		headers, err := ix.chain.HeadersByRange(ctx, uint64(lo), uint64(hi))
		if err != nil {
			return 0, err
		}
		for _, n := range nums { // descending
			if h := headers[n-uint64(lo)]; h.Hash() == stored[n] {
				return n, nil
			}
		}
		hi = lo - 1
	}
	return 0, fmt.Errorf("%w (checkpoint %d)", ErrReorgTooDeep, below)
}

func (ix *Indexer) rollback(ctx context.Context, cp checkpoint, ancestor uint64) error {
	tx, err := ix.db.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	now, err := ix.loadCheckpoint(ctx, tx, true)
	if err != nil {
		return err
	}
	if now != cp {
		return nil // another relayer dealt with it
	}
	hash, err := ix.store.blockHash(ctx, tx, ix.cfg.ChainID, ancestor)
	if err != nil {
		return fmt.Errorf("ancestor hash: %w", err)
	}
	if err := ix.store.deleteAbove(ctx, tx, ix.cfg.ChainID, ancestor); err != nil {
		return err
	}
	if err := ix.handler.Rollback(ctx, tx, ancestor); err != nil {
		return fmt.Errorf("handler rollback: %w", err)
	}
	if err := ix.store.setCheckpoint(ctx, tx, ix.cfg.ChainID, ix.cfg.Name, int64(ancestor), hash); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return err
	}
	ix.setCheckpoint(checkpoint{number: int64(ancestor), hash: common.BytesToHash(hash)})
	return nil
}
