package indexer

import (
	"context"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/core/types"
)

// verify checks logs against the range's headers and completes them from another endpoint when a
// bloom filter announces logs the answer lacks.
func (ix *Indexer) verify(ctx context.Context, logs []types.Log, headers map[uint64]*types.Header) ([]types.Log, error) {
	kept, perBlock, err := ix.check(logs, headers)
	if err != nil {
		return nil, err
	}
	if ix.cfg.NoBloomCheck {
		return kept, nil
	}
	var suspects []uint64
	for n, h := range headers {
		if perBlock[n] == 0 && ix.bloomAnnounces(h.Bloom) {
			suspects = append(suspects, n)
		}
	}
	if len(suspects) == 0 {
		return kept, nil
	}
	// The bloom says these blocks may hold our logs but the answer has none: read their receipts,
	// proven against the header's receipt root, and compare.
	sort.Slice(suspects, func(i, j int) bool { return suspects[i] < suspects[j] })
	proven, err := ix.provenBlocks(ctx, headers, suspects)
	if err != nil {
		return nil, err
	}
	var lie error
	for _, n := range suspects {
		if len(proven[n]) != perBlock[n] {
			lie = fmt.Errorf("block %d has %d logs, the answer had %d", n, len(proven[n]), perBlock[n])
			break
		}
	}
	if lie != nil {
		// An answer caught leaving logs out is trusted for nothing: prove every block it has logs in.
		var more []uint64
		for n, c := range perBlock {
			if _, done := proven[n]; !done && c > 0 {
				more = append(more, n)
			}
		}
		extra, err := ix.provenBlocks(ctx, headers, more)
		if err != nil {
			return nil, err
		}
		for n, logs := range extra {
			proven[n] = logs
		}
		suspects = append(suspects, more...)
		sort.Slice(suspects, func(i, j int) bool { return suspects[i] < suspects[j] })
	}
	var out []types.Log
	for _, l := range kept {
		if _, ok := proven[l.BlockNumber]; !ok {
			out = append(out, l)
		}
	}
	for _, n := range suspects {
		out = append(out, proven[n]...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].BlockNumber != out[j].BlockNumber {
			return out[i].BlockNumber < out[j].BlockNumber
		}
		return out[i].Index < out[j].Index
	})
	if lie != nil {
		return out, &incompleteError{err: lie}
	}
	return out, nil
}

// check checks each log of an answer against the range's headers (block, hash, filter, bloom); it
// returns the logs kept (not removed) and how many each block has.
func (ix *Indexer) check(logs []types.Log, headers map[uint64]*types.Header) ([]types.Log, map[uint64]int, error) {
	perBlock := map[uint64]int{}
	var kept []types.Log
	for _, l := range logs {
		if l.Removed {
			continue
		}
		h, ok := headers[l.BlockNumber]
		if !ok {
			return nil, nil, fmt.Errorf("%w: log from block %d outside the range", ErrInconsistent, l.BlockNumber)
		}
		if l.BlockHash != h.Hash() {
			return nil, nil, fmt.Errorf("%w: log from block %s, canonical is %s at %d", ErrInconsistent, l.BlockHash, h.Hash(), l.BlockNumber)
		}
		if !ix.wanted(l) {
			return nil, nil, fmt.Errorf("%w: log from %s outside the filter", ErrInconsistent, l.Address)
		}
		if !types.BloomLookup(h.Bloom, l.Address) {
			return nil, nil, fmt.Errorf("%w: log in block %d absent from its bloom", ErrInconsistent, l.BlockNumber)
		}
		perBlock[l.BlockNumber]++
		kept = append(kept, l)
	}
	return kept, perBlock, nil
}

// incompleteError is an answer that left logs out; the caller demotes the endpoint but may use the
// corrected logs that come with it.
type incompleteError struct{ err error }

func (e *incompleteError) Error() string {
	return "indexer: incomplete eth_getLogs answer: " + e.err.Error()
}

func (ix *Indexer) wanted(l types.Log) bool {
	okAddr := false
	for _, a := range ix.cfg.Addresses {
		okAddr = okAddr || a == l.Address
	}
	if !okAddr {
		return false
	}
	if len(ix.cfg.Topics) == 0 {
		return true
	}
	if len(l.Topics) == 0 {
		return false
	}
	for _, t := range ix.cfg.Topics {
		if t == l.Topics[0] {
			return true
		}
	}
	return false
}

func (ix *Indexer) bloomAnnounces(b types.Bloom) bool {
	for _, a := range ix.cfg.Addresses {
		if !types.BloomLookup(b, a) {
			continue
		}
		if len(ix.cfg.Topics) == 0 {
			return true
		}
		for _, t := range ix.cfg.Topics {
			if types.BloomLookup(b, t) {
				return true
			}
		}
	}
	return false
}
