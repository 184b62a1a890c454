package indexer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// checkReorg verifies the checkpoint's block is still canonical, and rolls back to the common
// ancestor when it is not.
func (ix *Indexer) checkReorg(ctx context.Context, cp checkpoint) error {
	if cp.number < 0 || cp.hash == (common.Hash{}) {
		return nil
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
