package indexer

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/trie"
)

// receiptFetches is how many blocks' receipts are fetched at once.
const receiptFetches = 4

// proven is the outcome of proving one block's logs from its receipts.
type proven struct {
	logs []types.Log
	err  error
}

// fetchProven is the indexer's one receipt fetcher: receiptFetches workers prove blocks nums (from
// their receipts, see provenLogs) in the order given; each block's outcome arrives on its own
// channel (buffered: nobody has to read it). Cancel ctx to stop the workers early.
func (ix *Indexer) fetchProven(ctx context.Context, headers map[uint64]*types.Header, nums []uint64) map[uint64]<-chan proven {
	out := make(map[uint64]<-chan proven, len(nums))
	chans := make(map[uint64]chan proven, len(nums))
	todo := make(chan uint64, len(nums))
	for _, n := range nums {
		c := make(chan proven, 1)
		out[n], chans[n] = c, c
		todo <- n
	}
	close(todo)
	for w := 0; w < min(receiptFetches, len(nums)); w++ {
		go func() {
			for n := range todo {
				if ctx.Err() != nil {
					chans[n] <- proven{err: ctx.Err()}
					continue
				}
				logs, err := ix.provenLogs(ctx, headers[n])
				chans[n] <- proven{logs, err}
			}
		}()
	}
	return out
}

// provenBlocks proves blocks nums with the fetcher and returns their logs, or the first error.
func (ix *Indexer) provenBlocks(ctx context.Context, headers map[uint64]*types.Header, nums []uint64) (map[uint64][]types.Log, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := ix.fetchProven(ctx, headers, nums)
	out := make(map[uint64][]types.Log, len(nums))
	for _, n := range nums {
		r := <-results[n]
		if r.err != nil {
			return nil, r.err
		}
		out[n] = r.logs
	}
	return out, nil
}

// provenLogs returns our logs of block h from its receipts, after checking that the receipts hash
// to the header's receipt root (so no endpoint can add, drop or change one).
func (ix *Indexer) provenLogs(ctx context.Context, h *types.Header) ([]types.Log, error) {
	hash := h.Hash()
	rs, err := ix.chain.BlockReceipts(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("receipts of block %d: %w", h.Number, err)
	}
	if root := types.DeriveSha(types.Receipts(rs), trie.NewStackTrie(nil)); root != h.ReceiptHash {
		return nil, fmt.Errorf("%w: receipts of block %d do not match its receipt root", ErrInconsistent, h.Number)
	}
	var out []types.Log
	for _, r := range rs {
		for _, l := range r.Logs {
			if l == nil || !ix.wanted(*l) {
				continue
			}
			cp := *l
			cp.BlockHash, cp.BlockNumber, cp.TxHash = hash, h.Number.Uint64(), r.TxHash
			out = append(out, cp)
		}
	}
	return out, nil
}
