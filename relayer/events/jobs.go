package events

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/jobs"
)

// Refusal codes of JobRouter.FulfillmentSkipped (contracts/src/JobRouter.sol, enum Refusal).
const (
	RefusalUnknownJob      = 1
	RefusalRequestMismatch = 2
	RefusalExpired         = 3
	RefusalBadSignature    = 4
	RefusalInactiveEnclave = 5
)

// requested is a JobRequested event; job is nil when its values are out of range (the event still
// takes its nonce).
type requested struct {
	id  common.Hash
	job *jobs.Job
	log *types.Log
	bad error
}

// settled is a JobFulfilled, JobCancelled or FulfillmentSkipped event.
type settled struct {
	id     common.Hash
	txHash common.Hash
	block  uint64
	reason uint8 // FulfillmentSkipped only
}

// jobHandlers are the handlers of the JobRouter's job events.
func (h *Handler) jobHandlers() []registration {
	return []registration{
		{name: "JobRequested", contract: h.router, h: event[requested]{dec: h.decodeRequested, app: h.applyRequested}},
		{name: "JobFulfilled", contract: h.router, h: event[settled]{
			dec: decoder(h.r.UnpackJobFulfilledEvent, func(ev *bindings.JobRouterJobFulfilled, l *types.Log) (settled, error) {
				return settled{id: ev.JobId, txHash: l.TxHash, block: l.BlockNumber}, nil
			}),
			app: h.applyFulfilled,
		}},
		{name: "JobCancelled", contract: h.router, h: event[settled]{
			dec: decoder(h.r.UnpackJobCancelledEvent, func(ev *bindings.JobRouterJobCancelled, l *types.Log) (settled, error) {
				return settled{id: ev.JobId, txHash: l.TxHash, block: l.BlockNumber}, nil
			}),
			app: each(func(ctx context.Context, r *round, s settled) error {
				return h.jobs.Cancelled(ctx, r.db, s.id, s.block)
			}),
		}},
		{name: "FulfillmentSkipped", contract: h.router, h: event[settled]{
			dec: decoder(h.r.UnpackFulfillmentSkippedEvent, func(ev *bindings.JobRouterFulfillmentSkipped, l *types.Log) (settled, error) {
				return settled{id: ev.JobId, txHash: l.TxHash, block: l.BlockNumber, reason: ev.Reason}, nil
			}),
			app: h.applySkipped,
		}},
	}
}

func (h *Handler) decodeRequested(l *types.Log) (requested, error) {
	ev, err := h.r.UnpackJobRequestedEvent(l)
	if err != nil {
		return requested{}, err
	}
	r := requested{id: ev.JobId, log: l}
	if ev.Deadline == nil || !ev.Deadline.IsUint64() || ev.Fee == nil || ev.AuthorFee == nil || ev.AuthorFee.Cmp(ev.Fee) > 0 {
		r.bad = errors.New("deadline or fee out of range")
		return r, nil
	}
	r.job = &jobs.Job{
		JobID: ev.JobId, ChainID: h.chainID, Router: h.router, Requester: ev.Requester, User: ev.User, ProgramID: ev.ProgramId,
		Version: ev.Version, Epoch: ev.Epoch, AuthorFee: ev.AuthorFee, Input: ev.Input, InputHash: crypto.Keccak256Hash(ev.Input), CallbackGasLimit: ev.CallbackGasLimit, Fee: ev.Fee,
		Deadline: ev.Deadline.Uint64(), BlockNumber: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index,
	}
	return r, nil
}

// applyRequested checks the run continues the router's job nonces and inserts its jobs in one
// statement.
func (h *Handler) applyRequested(ctx context.Context, r *round, items []requested) error {
	if !r.nonceLoaded {
		next, err := h.nonceBefore(ctx, r, r.from)
		if err != nil {
			return err
		}
		r.next, r.nonceLoaded = next, true
	}
	var js []*jobs.Job
	for _, it := range items {
		want := protocol.JobID(big.NewInt(h.chainID), h.router, r.next)
		if common.Hash(want) != it.id {
			return fmt.Errorf("%w: JobRequested %x at block %d is not job nonce %d (a request is missing)",
				indexer.ErrInconsistent, it.id, it.log.BlockNumber, r.next)
		}
		r.next++
		if it.bad != nil {
			h.log.Warn("malformed event ignored", "event", "JobRequested", "block", it.log.BlockNumber, "tx", it.log.TxHash, "err", it.bad)
			continue
		}
		js = append(js, it.job)
	}
	return h.jobs.InsertMany(ctx, r.db, js)
}

// nonceBefore is the router's job nonce before block `from`: the stored one when it is current
// (the previous range ended at from-1), otherwise the start nonce plus the JobRequested logs stored
// below `from`.
func (h *Handler) nonceBefore(ctx context.Context, r *round, from uint64) (uint64, error) {
	next, ok, err := h.jobs.NonceCursor(ctx, r.db, h.chainID, h.router, from-1)
	if err != nil || ok {
		return next, err
	}
	seen, err := h.logs.Count(ctx, r.db, h.chainID, h.router, "JobRequested", from)
	if err != nil {
		return 0, err
	}
	return h.baseNonce + seen, nil
}

// ours returns which of the events' transactions this relayer sent.
func (h *Handler) ours(ctx context.Context, r *round, items []settled) (map[common.Hash]bool, error) {
	hashes := make([]common.Hash, len(items))
	for i, it := range items {
		hashes[i] = it.txHash
	}
	return h.txs.Ours(ctx, r.db, hashes)
}

// applyFulfilled records a run of fulfilments in one statement: confirmed when our transaction
// settled the job, fulfilled_by_other otherwise.
func (h *Handler) applyFulfilled(ctx context.Context, r *round, items []settled) error {
	ours, err := h.ours(ctx, r, items)
	if err != nil {
		return err
	}
	fs := make([]jobs.Fulfillment, len(items))
	for i, it := range items {
		fs[i] = jobs.Fulfillment{JobID: it.id, Ours: ours[it.txHash], Block: it.block}
	}
	return h.jobs.FulfilledMany(ctx, r.db, fs)
}

// applySkipped handles FulfillmentSkipped events of our transactions.
func (h *Handler) applySkipped(ctx context.Context, r *round, items []settled) error {
	ours, err := h.ours(ctx, r, items)
	if err != nil {
		return err
	}
	for _, it := range items {
		if !ours[it.txHash] {
			continue
		}
		ids := []common.Hash{it.id}
		switch it.reason {
		case RefusalUnknownJob:
			// settled or cancelled by another transaction: its own event says which
		case RefusalExpired:
			err = h.jobs.Close(ctx, r.db, ids, jobs.StateExpired, "deadline passed before the result settled")
		case RefusalInactiveEnclave, RefusalBadSignature:
			err = h.jobs.Requeue(ctx, r.db, it.id, fmt.Sprintf("result refused on-chain (reason %d): running it again", it.reason))
		default:
			err = h.jobs.Close(ctx, r.db, ids, jobs.StateFailed, fmt.Sprintf("result refused on-chain (reason %d)", it.reason))
		}
		if err != nil {
			return err
		}
	}
	return nil
}
