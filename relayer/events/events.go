// Package events applies the oracle contracts' events to the relayer's tables: JobRouter (jobs,
// fulfilments, cancellations, and the inherited EnclaveRegistry and Escrow events) and
// ProgramRegistry (programs and their per-enclave CIDs). It is the indexer.Handler of the relayer.
//
// Each event type has one handler, registered by event name in New (jobs.go: the job events;
// registry.go: the registry events): it decodes a log into the event's item and applies a run of
// consecutive items of that type through the store that owns the rows. Adding an event is one
// handler in one of those files plus, if it needs new rows, one store method.
//
// Besides decoding, it checks that JobRequested events arrive without gaps: job ids are
// keccak256(chainId, router, nonce) with consecutive nonces, so a range answer that left a request
// out is caught (indexer.ErrInconsistent) and fetched again. The contracts cannot emit a malformed
// event, so one that does not decode is a corrupted RPC answer: also ErrInconsistent. Events
// that decode but carry out-of-range values are logged at warn and ignored.
package events

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/relayer/fleet"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/registry"
	"github.com/teeoracle/teeoracle/relayer/store"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// Handler is the relayer's indexer.Handler.
type Handler struct {
	chainID   int64
	router    common.Address
	programs  common.Address
	baseNonce uint64
	log       *slog.Logger

	r        *bindings.JobRouter
	jobs     *jobs.Store
	registry *registry.Store
	fleet    *fleet.Store
	txs      *txmgr.Store
	logs     *indexer.Store

	names    map[common.Hash]string       // every event of both contracts, by topic 0
	handlers map[common.Hash]registration // the events applied to tables, by topic 0
}

// registration is the handler of one event type.
type registration struct {
	name     string
	topic    common.Hash // set for events decoded from the fleet ABI fragment (fleet.ABI), else found by name
	contract common.Address
	replay   bool // re-applied from the stored logs after a rollback (projections rebuilt whole)
	h        handler
}

// handler applies one event type: decode turns a log into the event's item (an error wrapping
// *badEvent is logged and the log skipped; any other is ErrInconsistent), apply writes a run of
// consecutive items of the type, in chain order, inside the range's database transaction.
type handler interface {
	decode(l *types.Log) (any, error)
	apply(ctx context.Context, r *round, items []any) error
}

// event adapts typed decode and apply functions to handler.
type event[T any] struct {
	dec func(l *types.Log) (T, error)
	app func(ctx context.Context, r *round, items []T) error
}

func (e event[T]) decode(l *types.Log) (any, error) { return e.dec(l) }

func (e event[T]) apply(ctx context.Context, r *round, items []any) error {
	typed := make([]T, len(items))
	for i, it := range items {
		typed[i] = it.(T)
	}
	return e.app(ctx, r, typed)
}

// round is the state of one HandleLogs call.
type round struct {
	db          pgx.Tx
	from, to    uint64
	next        uint64 // next job nonce expected
	nonceLoaded bool
}

type badEvent struct{ err error }

func (b *badEvent) Error() string { return b.err.Error() }

// New returns the handler for a router and program registry. baseNonce is the router's job nonce
// at the indexer's start block (0 when indexing from the deployment); m times the stores' queries.
func New(chainID int64, router, programRegistry common.Address, baseNonce uint64, log *slog.Logger, m store.Metrics) (*Handler, error) {
	h := &Handler{chainID: chainID, router: router, programs: programRegistry, baseNonce: baseNonce, log: log,
		r:    bindings.NewJobRouter(),
		jobs: jobs.NewStore(m), registry: registry.NewStore(chainID, m), fleet: fleet.NewStore(chainID, m), txs: txmgr.NewStore(m), logs: indexer.NewStore(m),
		names: map[common.Hash]string{}, handlers: map[common.Hash]registration{}}
	ids := map[string]common.Hash{}
	for _, md := range []*bind.MetaData{&bindings.JobRouterMetaData} {
		a, err := md.ParseABI()
		if err != nil {
			return nil, err
		}
		for name, ev := range a.Events {
			h.names[ev.ID] = name
			ids[name] = ev.ID
		}
	}
	// Events of the fleet fragment are indexed too (FleetKeys, the tightened registry); where the
	// binding has the same event (same topic) the fragment's handler, registered last, wins.
	for name, ev := range fleet.ABI.Events {
		if _, ok := h.names[ev.ID]; !ok {
			h.names[ev.ID] = name
		}
	}
	regs := append(append(append(h.jobHandlers(), h.registryHandlers()...), h.programHandlers()...), h.fleetHandlers()...)
	regs = append(regs, h.secretsHandlers()...)
	for _, reg := range regs {
		id, ok := reg.topic, reg.topic != (common.Hash{})
		if !ok {
			id, ok = ids[reg.name]
		}
		if !ok {
			return nil, fmt.Errorf("events: no event %s in the contracts' ABI", reg.name)
		}
		h.handlers[id] = reg
	}
	return h, nil
}

// Addresses are the contracts to index.
func (h *Handler) Addresses() []common.Address { return []common.Address{h.router, h.programs} }

// Topics are the event signatures of both contracts.
func (h *Handler) Topics() []common.Hash {
	out := make([]common.Hash, 0, len(h.names))
	for id := range h.names {
		out = append(out, id)
	}
	return out
}

// EventName implements indexer.Handler.
func (h *Handler) EventName(l *types.Log) string {
	if len(l.Topics) == 0 {
		return "anonymous"
	}
	if n, ok := h.names[l.Topics[0]]; ok {
		return n
	}
	return "unknown"
}

// lookup returns the handler of a log (false: stored raw only, e.g. escrow credits, ownership).
func (h *Handler) lookup(l *types.Log) (registration, bool) {
	if len(l.Topics) == 0 {
		return registration{}, false
	}
	reg, ok := h.handlers[l.Topics[0]]
	return reg, ok && reg.contract == l.Address
}

// HandleLogs implements indexer.Handler. Consecutive events of one type are applied together (one
// statement for a run of JobRequested, ...); a different event first flushes the run, so events
// still apply in chain order.
func (h *Handler) HandleLogs(ctx context.Context, db pgx.Tx, from, to uint64, logs []types.Log) error {
	r := &round{db: db, from: from, to: to}
	var run []any
	var cur registration
	flush := func() error {
		if len(run) == 0 {
			return nil
		}
		err := cur.h.apply(ctx, r, run)
		run = run[:0]
		if err != nil {
			return fmt.Errorf("%s: %w", cur.name, err)
		}
		return nil
	}
	for i := range logs {
		l := &logs[i]
		reg, ok := h.lookup(l)
		if !ok {
			continue
		}
		item, err := h.decode(reg, l)
		if err != nil {
			if errors.Is(err, errSkip) {
				continue
			}
			return err
		}
		if reg.name != cur.name {
			if err := flush(); err != nil {
				return err
			}
			cur = reg
		}
		run = append(run, item)
	}
	if err := flush(); err != nil {
		return err
	}
	if r.nonceLoaded {
		return h.jobs.SaveNonceCursor(ctx, db, h.chainID, h.router, to, r.next)
	}
	// No request in the range: the stored nonce (if it was current) still is, up to `to`.
	return h.jobs.AdvanceNonceCursor(ctx, db, h.chainID, h.router, from, to)
}

var errSkip = errors.New("events: log skipped")

// decode decodes one log with its handler: a malformed event is logged and skipped (errSkip), one
// that does not decode is ErrInconsistent.
func (h *Handler) decode(reg registration, l *types.Log) (any, error) {
	item, err := reg.h.decode(l)
	var bad *badEvent
	switch {
	case errors.As(err, &bad):
		h.log.Warn("malformed event ignored", "event", reg.name, "block", l.BlockNumber, "tx", l.TxHash, "err", bad.err)
		return nil, errSkip
	case err != nil:
		return nil, fmt.Errorf("%w: %s at block %d does not decode: %v", indexer.ErrInconsistent, reg.name, l.BlockNumber, err)
	}
	return item, nil
}

// Rollback implements indexer.Handler: jobs are rolled back, and the registry projections rebuilt
// from the logs that remain.
func (h *Handler) Rollback(ctx context.Context, db pgx.Tx, ancestor uint64) error {
	if err := h.jobs.Rollback(ctx, db, h.chainID, ancestor); err != nil {
		return err
	}
	if err := h.jobs.RollbackNonceCursor(ctx, db, h.chainID, h.router, ancestor); err != nil {
		return err
	}
	if err := h.registry.Clear(ctx, db); err != nil {
		return err
	}
	if err := h.fleet.Clear(ctx, db); err != nil {
		return err
	}
	var names []string
	for _, reg := range h.handlers {
		if reg.replay {
			names = append(names, reg.name)
		}
	}
	replay, err := h.logs.Logs(ctx, db, h.chainID, names)
	if err != nil {
		return err
	}
	r := &round{db: db}
	for i := range replay {
		reg, ok := h.lookup(&replay[i])
		if !ok {
			continue
		}
		item, err := h.decode(reg, &replay[i])
		if err != nil {
			continue // stored raw, it was skipped when first applied too
		}
		if err := reg.h.apply(ctx, r, []any{item}); err != nil {
			return err
		}
	}
	return nil
}
