package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// indexRange fetches, verifies and stores blocks from..to on top of checkpoint cp.
func (ix *Indexer) indexRange(ctx context.Context, cp checkpoint, from, to uint64) error {
	// Headers and logs are fetched at once; the logs are checked against the headers after.
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: ix.cfg.Addresses}
	if len(ix.cfg.Topics) > 0 {
		q.Topics = [][]common.Hash{ix.cfg.Topics}
	}
	ans := &answer{done: make(chan struct{})}
	go func() {
		defer close(ans.done)
		ans.logs, ans.endpoint, ans.err = ix.chain.FilterLogsFrom(ctx, q)
	}()
	headers, err := ix.chain.HeadersByRange(ctx, from, to)
	if err != nil {
		<-ans.done
		return err
	}
	byNumber := make(map[uint64]*types.Header, len(headers))
	prev := cp.hash
	for i, h := range headers {
		hash := h.Hash()
		if i == 0 && cp.hash != (common.Hash{}) && h.ParentHash != cp.hash {
			return errReorg
		}
		if i > 0 && h.ParentHash != prev {
			return fmt.Errorf("%w: headers do not chain at %d", ErrInconsistent, h.Number)
		}
		prev = hash
		byNumber[h.Number.Uint64()] = h
	}
	if ix.cfg.VerifyAllBlocks && !ix.cfg.NoBloomCheck {
		return ix.indexProven(ctx, cp, headers, byNumber, ans)
	}
	<-ans.done
	if ans.err != nil {
		return ans.err
	}
	logs, endpoint := ans.logs, ans.endpoint
	logs, err = ix.verify(ctx, logs, byNumber)
	var incomplete *incompleteError
	if errors.As(err, &incomplete) {
		// The receipts filled the gaps: keep going with the proven logs, but trust that endpoint less.
		ix.metrics.RPCInconsistent(ix.cfg.Name)
		ix.log.Warn("eth_getLogs answer was incomplete; completed it from receipts", "endpoint", endpoint, "err", err)
		ix.chain.Demote(endpoint, err)
		err = nil
	}
	if err != nil {
		ix.chain.Demote(endpoint, err)
		return err
	}
	_, err = ix.commit(ctx, cp, headers, logs, endpoint)
	return err
}

// answer is an eth_getLogs answer on its way.
type answer struct {
	done     chan struct{}
	logs     []types.Log
	endpoint string
	err      error
}

// chunkBlocks is how many blocks with our logs indexProven stores per database transaction.
const chunkBlocks = 2

// indexProven indexes a range in which every block whose bloom announces our logs is read from its
// receipts, proven against the header's receipt root (VerifyAllBlocks): a block holding one of our
// logs always announces it, so the eth_getLogs answer (fetched meanwhile) only serves to catch an
// endpoint that leaves logs out or makes them up. The range is stored in chunks of whole blocks,
// each in its own transaction with the checkpoint, so that the receipts of the next chunk are
// fetched and checked while this one is written.
func (ix *Indexer) indexProven(ctx context.Context, cp checkpoint, headers []*types.Header, byNumber map[uint64]*types.Header,
	ans *answer) error {
	type chunk struct {
		headers  []*types.Header
		suspects []uint64
	}
	var chunks []chunk
	cur := chunk{}
	for _, h := range headers {
		cur.headers = append(cur.headers, h)
		if ix.bloomAnnounces(h.Bloom) {
			cur.suspects = append(cur.suspects, h.Number.Uint64())
		}
		if len(cur.suspects) >= chunkBlocks {
			chunks = append(chunks, cur)
			cur = chunk{}
		}
	}
	if len(cur.headers) > 0 {
		chunks = append(chunks, cur)
	}
	// Receipts are fetched in block order by the receipt fetcher; each chunk is stored as soon as
	// its blocks are proven.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var nums []uint64
	for _, c := range chunks {
		nums = append(nums, c.suspects...)
	}
	results := ix.fetchProven(ctx, byNumber, nums)
	var stored []types.Log
	for i := range chunks {
		var logs []types.Log
		for _, n := range chunks[i].suspects {
			r := <-results[n]
			if r.err != nil {
				if errors.Is(r.err, ErrInconsistent) {
					<-ans.done
					ix.chain.Demote(ans.endpoint, r.err)
				}
				return r.err
			}
			logs = append(logs, r.logs...)
		}
		var err error
		if cp, err = ix.commit(ctx, cp, chunks[i].headers, logs, ""); err != nil {
			return err
		}
		stored = append(stored, logs...)
	}
	// What was stored is proven; the answer tells whether its endpoint can be trusted (a wrong one is
	// demoted, its ranges go to other endpoints first).
	select {
	case <-ans.done:
	case <-ctx.Done():
		return ctx.Err()
	}
	if ans.err != nil {
		return ans.err
	}
	_, perBlock, err := ix.check(ans.logs, byNumber)
	if err == nil {
		counts := map[uint64]int{}
		for _, l := range stored {
			counts[l.BlockNumber]++
		}
		for _, h := range headers {
			if n := h.Number.Uint64(); counts[n] != perBlock[n] {
				err = &incompleteError{err: fmt.Errorf("block %d has %d logs, the answer had %d", n, counts[n], perBlock[n])}
				break
			}
		}
	}
	if err != nil {
		ix.metrics.RPCInconsistent(ix.cfg.Name)
		ix.log.Warn("eth_getLogs answer was wrong; the range was indexed from proven receipts", "endpoint", ans.endpoint, "err", err)
		ix.chain.Demote(ans.endpoint, err)
	}
	return nil
}

// commit stores headers (consecutive, on top of checkpoint cp) and their logs with the handler's rows
// and the new checkpoint in one database transaction, and returns the new checkpoint.
func (ix *Indexer) commit(ctx context.Context, cp checkpoint, headers []*types.Header, logs []types.Log, endpoint string) (checkpoint, error) {
	started := time.Now()
	from, to := headers[0].Number.Uint64(), headers[len(headers)-1].Number.Uint64()
	tx, err := ix.db.Begin(ctx)
	if err != nil {
		return cp, err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	now, err := ix.loadCheckpoint(ctx, tx, true)
	if err != nil {
		return cp, err
	}
	if now != cp {
		return cp, errMoved
	}
	if err := ix.store.storeBlocks(ctx, tx, ix.cfg.ChainID, headers); err != nil {
		return cp, err
	}
	if err := ix.store.storeLogs(ctx, tx, ix.cfg.ChainID, logs, ix.handler.EventName); err != nil {
		return cp, err
	}
	if err := ix.handler.HandleLogs(ctx, tx, from, to, logs); err != nil {
		if errors.Is(err, ErrInconsistent) {
			ix.chain.Demote(endpoint, err)
		}
		return cp, fmt.Errorf("handler: %w", err)
	}
	last := headers[len(headers)-1]
	if err := ix.store.setCheckpoint(ctx, tx, ix.cfg.ChainID, ix.cfg.Name, last.Number.Int64(), last.Hash().Bytes()); err != nil {
		return cp, err
	}
	if to > ix.cfg.KeepBlocks {
		if err := ix.store.pruneBlocks(ctx, tx, ix.cfg.ChainID, to-ix.cfg.KeepBlocks); err != nil {
			return cp, err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return cp, err
	}
	next := checkpoint{number: last.Number.Int64(), hash: last.Hash()}
	ix.metrics.IndexedLogs(ix.cfg.Name, len(logs))
	ix.setCheckpoint(next)
	if len(logs) > 0 && ix.cfg.AfterRange != nil {
		ix.cfg.AfterRange()
	}
	if len(logs) > 0 {
		ix.log.Debug("indexed blocks", "from", from, "to", to, "logs", len(logs), "store", time.Since(started))
	}
	return next, nil
}
