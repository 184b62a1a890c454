// Package submit batches signed results into JobRouter.fulfillBatch transactions and connects the
// job table to the transaction manager.
//
// A round locks result_ready jobs (FOR UPDATE SKIP LOCKED, so several relayers never batch the same
// job), and in the same database transaction enqueues one fulfillBatch transaction and marks the
// jobs submitted. Before the transaction is signed (and before each fee bump) BeforeSend asks the
// router's check(f) for every entry (one JSON-RPC batch) and rewrites the calldata without those it
// would skip: settled or cancelled, expired, or signed by an enclave no longer active (revoked,
// deactivated, expired: the job runs again elsewhere); a batch with nothing left is dropped. The
// gas limit is the sum of each entry's callback limit and overheads (JobRouter.gasFor), so a
// hostile callback can never stop the batch before the honest entries. When a transaction fails
// (reverted, dropped, abandoned) its jobs go back to result_ready and are retried alone; after
// MaxSubmits failures a job fails. A confirmed transaction changes nothing here: the indexed
// JobFulfilled / FulfillmentSkipped events settle each job.
package submit

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/runloop"
	"github.com/teeoracle/teeoracle/relayer/store"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// Chain is what the submitter reads from the chain (*ethrpc.Client has it).
type Chain interface {
	CallContracts(ctx context.Context, msgs []ethereum.CallMsg, block *big.Int) ([][]byte, []error, error)
}

// Sender is the queue of the transaction manager that sends the batches (*txmgr.Queue has it):
// Enqueue runs inside the submitter's database transaction, Notify after it commits.
type Sender interface {
	From() common.Address
	Enqueue(ctx context.Context, db txmgr.DBTX, c txmgr.Candidate) (int64, error)
	Notify()
}

// Config configures a Submitter.
type Config struct {
	ChainID      int64
	Router       common.Address
	MaxBatch     int           // results per transaction (default 100: ~4.5M gas with quick callbacks)
	Linger       time.Duration // wait this long for a fuller batch (default 100ms)
	PollInterval time.Duration // default 100ms
	MaxSubmits   int           // failed transactions before a job fails (default 3)
	MaxInFlight  int           // unsettled batch transactions at once (default 8)
	MaxBatchGas  uint64        // gas limit a batch may reach, summed from its entries (default 15M)
	// Now is the chain's time (block timestamps), which deadlines are compared with (default: the
	// wall clock).
	Now func() time.Time
}

func (c *Config) defaults() {
	if c.MaxBatch <= 0 {
		c.MaxBatch = DefaultMaxBatch
	}
	if c.Linger == 0 {
		c.Linger = DefaultLinger
	}
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.MaxSubmits == 0 {
		c.MaxSubmits = DefaultMaxSubmits
	}
	if c.MaxInFlight == 0 {
		c.MaxInFlight = DefaultMaxInFlight
	}
	if c.MaxBatchGas == 0 {
		c.MaxBatchGas = DefaultMaxBatchGas
	}
	if c.Now == nil {
		c.Now = time.Now
	}
}

// Metrics observes the submitter (and times its stores' queries).
type Metrics interface {
	store.Metrics
	BatchEnqueued(n int)
	JobsDropped(reason string, n int)
	FulfilSkipped(reason string, n int, gas uint64) // entries of a mined batch the router skipped, and their share of its gas
}

// NoopMetrics discards observations.
type NoopMetrics struct{ store.NoopMetrics }

func (NoopMetrics) BatchEnqueued(int)                 {}
func (NoopMetrics) JobsDropped(string, int)           {}
func (NoopMetrics) FulfilSkipped(string, int, uint64) {}

// Kind is the txmgr kind of fulfilment transactions.
const Kind = "fulfill_batch"

// Submitter batches results into transactions.
type Submitter struct {
	cfg     Config
	db      *pgxpool.Pool
	jobs    *jobs.Store
	txs     *txmgr.Store
	chain   Chain
	sender  Sender
	log     *slog.Logger
	metrics Metrics
	router  *bindings.JobRouter
	loop    *runloop.Loop
}

// New creates a submitter that enqueues into sender. Give its Hooks to the txmgr.Manager that
// sends from that queue.
func New(cfg Config, db *pgxpool.Pool, chain Chain, sender Sender, log *slog.Logger, m Metrics) *Submitter {
	cfg.defaults()
	if m == nil {
		m = NoopMetrics{}
	}
	return &Submitter{cfg: cfg, db: db, jobs: jobs.NewStore(m), txs: txmgr.NewStore(m), chain: chain, sender: sender, log: log,
		metrics: m, router: bindings.NewJobRouter(), loop: runloop.New(runloop.Options{Interval: cfg.PollInterval})}
}

// Hooks returns the txmgr hooks that keep jobs in step with their transactions.
func (s *Submitter) Hooks() txmgr.Hooks {
	return txmgr.Hooks{BeforeSend: s.beforeSend, OnStateChange: s.onStateChange, OnMined: s.onMined}
}

// Start runs the batching loop until ctx ends or Stop: each round enqueues batches while there
// are results to batch.
func (s *Submitter) Start(ctx context.Context) {
	s.loop.Start(ctx, func(ctx context.Context) {
		for {
			n, err := s.Round(ctx)
			if err != nil && ctx.Err() == nil {
				s.log.Warn("submit round failed", "err", err)
			}
			if n == 0 || err != nil {
				return
			}
		}
	})
}

// Poke makes the loop look for results now.
func (s *Submitter) Poke() { s.loop.Poke() }

// Stop ends the loop after its round.
func (s *Submitter) Stop(ctx context.Context) error { return s.loop.Stop(ctx) }

// Round enqueues at most one batch transaction; it returns how many jobs it put in it.
func (s *Submitter) Round(ctx context.Context) (int, error) {
	open, err := s.txs.CountOpen(ctx, s.db, s.cfg.ChainID, s.sender.From(), Kind)
	if err != nil {
		return 0, err
	}
	if open >= s.cfg.MaxInFlight {
		return 0, nil
	}
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return 0, err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	ready, err := s.jobs.LockReady(ctx, tx, s.cfg.ChainID, s.cfg.MaxBatch)
	if err != nil || len(ready) == 0 {
		return 0, err
	}
	if len(ready) < s.cfg.MaxBatch && ready[0].Job.SubmitAttempts == 0 && time.Since(ready[0].Job.UpdatedAt) < s.cfg.Linger {
		return 0, nil // wait a little for a fuller batch
	}
	now := s.cfg.Now().Unix()
	var batch []jobs.ReadyWithResult
	var expired []common.Hash
	for _, r := range ready {
		if int64(r.Job.Deadline) < now {
			expired = append(expired, r.Job.JobID)
			continue
		}
		if r.Job.SubmitAttempts > 0 {
			if len(batch) == 0 {
				batch = append(batch, r) // failed before: alone, so it cannot sink others
			}
			break
		}
		if len(batch) > 0 && batchGas(append(batch, r)) > s.cfg.MaxBatchGas {
			break // the rest goes in the next batch
		}
		batch = append(batch, r)
	}
	if len(expired) > 0 {
		if err := s.jobs.Close(ctx, tx, expired, jobs.StateExpired, "deadline passed before submission"); err != nil {
			return 0, err
		}
		s.metrics.JobsDropped("expired", len(expired))
	}
	if len(batch) == 0 {
		return len(expired), tx.Commit(ctx)
	}
	data, err := pack(batch)
	if err != nil {
		return 0, err
	}
	// The gas limit is the sum of the entries' budgets (see batchGas), not an estimate.
	id, err := s.sender.Enqueue(ctx, tx, txmgr.Candidate{To: s.cfg.Router, Data: data, Kind: Kind, GasLimit: batchGas(batch)})
	if err != nil {
		return 0, err
	}
	ids := make([]common.Hash, len(batch))
	for i, r := range batch {
		ids[i] = r.Job.JobID
	}
	if err := s.txs.Link(ctx, tx, id, ids); err != nil {
		return 0, err
	}
	if err := s.jobs.MarkSubmitted(ctx, tx, ids); err != nil {
		return 0, err
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, err
	}
	s.metrics.BatchEnqueued(len(batch))
	s.log.Debug("enqueued fulfilment batch", "tx", id, "jobs", len(batch))
	s.sender.Notify()
	return len(batch), nil
}

func pack(batch []jobs.ReadyWithResult) ([]byte, error) {
	fs := make([]protocol.Fulfillment, len(batch))
	for i, r := range batch {
		fs[i] = fulfillment(r)
	}
	return protocol.PackFulfillBatch(fs)
}

// beforeSend keeps in a fulfilment transaction only the jobs still open on chain.
func (s *Submitter) beforeSend(ctx context.Context, t *txmgr.Tx) ([]byte, error) {
	if t.Kind != Kind {
		return nil, nil
	}
	batch, err := s.txJobs(ctx, s.db, t.ID)
	if err != nil {
		return nil, err
	}
	if batch, err = s.notCarriedElsewhere(ctx, t.ID, batch); err != nil {
		return nil, err
	}
	if len(batch) == 0 {
		return nil, fmt.Errorf("%w: no job left in the batch", txmgr.ErrDrop)
	}
	v, err := s.checkAll(ctx, batch)
	if err != nil {
		return nil, err
	}
	if err := s.applyVerdicts(ctx, t.ID, v); err != nil {
		return nil, err
	}
	keep := v.keep
	if len(keep) == 0 {
		return nil, fmt.Errorf("%w: no job of the batch would settle (settled, cancelled, expired, or its enclave inactive)", txmgr.ErrDrop)
	}
	if len(keep) == len(batch) {
		return nil, nil
	}
	return pack(keep)
}

// notCarriedElsewhere takes out of transaction txID the jobs another in-flight transaction of
// ours carries (after a reorg brought an old one back while a new one was batched): two
// transactions with the same entries would spend gas on entries the router skips.
func (s *Submitter) notCarriedElsewhere(ctx context.Context, txID int64, batch []jobs.ReadyWithResult) ([]jobs.ReadyWithResult, error) {
	ids := make([]common.Hash, len(batch))
	for i, r := range batch {
		ids[i] = r.Job.JobID
	}
	elsewhere, err := s.txs.CarriedElsewhere(ctx, s.db, txID, ids)
	if err != nil || len(elsewhere) == 0 {
		return batch, err
	}
	var keep []jobs.ReadyWithResult
	var gone []common.Hash
	for _, r := range batch {
		if elsewhere[r.Job.JobID] {
			gone = append(gone, r.Job.JobID)
		} else {
			keep = append(keep, r)
		}
	}
	if err := s.txs.Unlink(ctx, s.db, txID, gone); err != nil {
		return nil, err
	}
	s.metrics.JobsDropped("carried_elsewhere", len(gone))
	s.log.Info("jobs carried by another transaction in flight taken out of this one", "tx", txID, "jobs", len(gone))
	return keep, nil
}

// txJobs returns the submitted jobs of a transaction with their results, in batch order.
func (s *Submitter) txJobs(ctx context.Context, db txmgr.DBTX, txID int64) ([]jobs.ReadyWithResult, error) {
	ids, err := s.txs.Linked(ctx, db, txID)
	if err != nil || len(ids) == 0 {
		return nil, err
	}
	return s.jobs.Submitted(ctx, db, ids)
}

func (s *Submitter) onStateChange(ctx context.Context, db pgx.Tx, t *txmgr.Tx, from txmgr.State) error {
	if t.Kind != Kind {
		return nil
	}
	switch t.State {
	case txmgr.StateFailed, txmgr.StateAbandoned:
		reason := fmt.Sprintf("transaction %d %s: %s", t.ID, t.State, t.Error)
		ids, err := s.txs.Linked(ctx, db, t.ID)
		if err != nil {
			return err
		}
		if err := s.jobs.SubmitFailed(ctx, db, ids, reason, s.cfg.MaxSubmits); err != nil {
			return err
		}
		s.log.Warn("fulfilment transaction did not settle its jobs; they are sent again (alone) or fail after repeated failures",
			"tx", t.ID, "state", t.State, "jobs", len(ids), "err", t.Error)
		s.Poke()
	}
	return nil
}
