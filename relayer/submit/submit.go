// Package submit batches signed results into JobRouter.fulfillBatch transactions and connects the
// job table to the transaction manager.
//
// A round locks result_ready jobs (FOR UPDATE SKIP LOCKED, so several relayers never batch the same
// job), and in the same database transaction enqueues one fulfillBatch transaction and marks the
// jobs submitted. Before the transaction is signed (and before each fee bump) BeforeSend asks the
// router which of its jobs are still open (commitments(jobId) != 0, deadline not passed) and rewrites
// the calldata without the others; a batch with nothing left is dropped. When a transaction fails
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
}

// Metrics observes the submitter (and times its stores' queries).
type Metrics interface {
	store.Metrics
	BatchEnqueued(n int)
	JobsDropped(reason string, n int)
}

// NoopMetrics discards observations.
type NoopMetrics struct{ store.NoopMetrics }

func (NoopMetrics) BatchEnqueued(int)       {}
func (NoopMetrics) JobsDropped(string, int) {}

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
	return txmgr.Hooks{BeforeSend: s.beforeSend, OnStateChange: s.onStateChange}
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
	now := time.Now().Unix()
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
	id, err := s.sender.Enqueue(ctx, tx, txmgr.Candidate{To: s.cfg.Router, Data: data, Kind: Kind})
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
		req := r.Job.Request()
		fs[i] = protocol.Fulfillment{
			Request:   req,
			Result:    protocol.Result{JobID: r.Job.JobID, Commitment: req.Commitment(), Status: r.Result.Status, Output: r.Result.Output},
			Signature: r.Result.Signature,
		}
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
	if len(batch) == 0 {
		return nil, fmt.Errorf("%w: no job left in the batch", txmgr.ErrDrop)
	}
	msgs := make([]ethereum.CallMsg, len(batch))
	for i, r := range batch {
		msgs[i] = ethereum.CallMsg{To: &s.cfg.Router, Data: s.router.PackCommitments(r.Job.JobID)}
	}
	outs, errs, err := s.chain.CallContracts(ctx, msgs, nil)
	if err != nil {
		return nil, fmt.Errorf("check commitments: %w", err)
	}
	now := time.Now().Unix()
	var keep []jobs.ReadyWithResult
	var closed, expired []common.Hash
	for i, r := range batch {
		switch {
		case errs[i] != nil:
			return nil, fmt.Errorf("commitments(%s): %w", r.Job.JobID, errs[i])
		case common.BytesToHash(outs[i]) == (common.Hash{}):
			closed = append(closed, r.Job.JobID)
		case int64(r.Job.Deadline) < now:
			expired = append(expired, r.Job.JobID)
		default:
			keep = append(keep, r)
		}
	}
	if len(closed)+len(expired) > 0 {
		if err := s.detach(ctx, t.ID, closed, expired); err != nil {
			return nil, err
		}
	}
	if len(keep) == 0 {
		return nil, fmt.Errorf("%w: every job of the batch is settled, cancelled or expired", txmgr.ErrDrop)
	}
	if len(keep) == len(batch) {
		return nil, nil
	}
	return pack(keep)
}

// detach takes jobs out of a transaction: closed (commitment gone: someone settled or cancelled it;
// the indexed event will say which) or expired.
func (s *Submitter) detach(ctx context.Context, txID int64, closed, expired []common.Hash) error {
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	all := append(append([]common.Hash{}, closed...), expired...)
	if err := s.txs.Unlink(ctx, tx, txID, all); err != nil {
		return err
	}
	if len(closed) > 0 {
		if err := s.jobs.Close(ctx, tx, closed, jobs.StateFulfilledByOther, "settled or cancelled on chain before our transaction"); err != nil {
			return err
		}
		s.metrics.JobsDropped("closed", len(closed))
	}
	if len(expired) > 0 {
		if err := s.jobs.Close(ctx, tx, expired, jobs.StateExpired, "deadline passed before submission"); err != nil {
			return err
		}
		s.metrics.JobsDropped("expired", len(expired))
	}
	return tx.Commit(ctx)
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
