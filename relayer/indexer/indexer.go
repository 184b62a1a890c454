// Package indexer follows a set of contracts' events into PostgreSQL at a confirmation depth.
//
// Each round it reads the head, and indexes the blocks from its checkpoint up to head - Confirmations
// in ranges. For every range it fetches the headers (batch) and the logs, and checks the answers
// before storing anything: the headers must chain (each parent hash is the previous hash, the first
// one's parent the checkpoint's hash), every log must come from the canonical block at its height,
// every log's address must be in its block's bloom filter, and every block whose bloom announces one
// of our (address, event) pairs must have a log. A block the bloom names but the answer leaves empty
// is read from its receipts, which are checked against the header's receipt root, so even a single
// lying endpoint cannot hide an event that way (a bloom false positive costs one receipts call). With
// VerifyAllBlocks every block whose bloom announces our events is read from its receipts and the
// answer only serves to catch a lying endpoint. A wrong answer demotes the endpoint; a
// contradictory one (logs from another fork, headers that do not chain) is fetched again.
//
// Files by concern: indexer.go the loop and its state, verify.go the checks of an answer,
// receipts.go the one receipt fetcher, commit.go a range fetched and stored, reorg.go reorg
// handling, store.go the tables (Store).
//
// A range is stored in one database transaction: block hashes, raw logs (idempotent on block hash +
// log index), the Handler's rows, and the checkpoint (locked FOR UPDATE, so two relayers on one
// database never both advance it). A restart resumes from the checkpoint. When the checkpoint's hash
// is no longer canonical, a reorg deeper than the confirmation depth happened: the indexer walks back
// over its stored hashes to the common ancestor, deletes what came after it, lets the Handler roll
// back, re-indexes, and reports not-ready for ReorgAlarm. When an endpoint refuses a range (too many
// results, timeouts) the range is halved, down to one block; it grows back after successes.
package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/relayer/runloop"
	"github.com/teeoracle/teeoracle/relayer/store"
)

// Chain is what the indexer needs from the RPC layer (*ethrpc.Client has it).
type Chain interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	HeadersByRange(ctx context.Context, from, to uint64) ([]*types.Header, error)
	FilterLogsFrom(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, string, error)
	BlockReceipts(ctx context.Context, hash common.Hash) ([]*types.Receipt, error)
	Demote(endpoint string, reason error)
}

// Handler turns logs into application rows. Both methods run inside the indexer's database
// transaction for the range; an error rolls the range back and it is retried. Handlers must be
// idempotent for a range replayed after a crash (insert ON CONFLICT DO NOTHING, set states).
type Handler interface {
	// Name labels decoded logs in the logs table (Handler may return "" for unknown).
	EventName(log *types.Log) string
	// HandleLogs applies the logs of blocks from..to, in chain order. Returning an error wrapping
	// ErrInconsistent says the answer cannot be complete (e.g. a job nonce was skipped): the
	// endpoint is demoted and the range fetched again.
	HandleLogs(ctx context.Context, db pgx.Tx, from, to uint64, logs []types.Log) error
	// Rollback undoes everything derived from blocks above ancestor (their logs are already deleted).
	Rollback(ctx context.Context, db pgx.Tx, ancestor uint64) error
}

// ErrInconsistent marks an RPC answer proven incomplete or contradictory.
var ErrInconsistent = errors.New("indexer: inconsistent RPC answer")

// ErrReorgTooDeep means no stored block hash is still canonical: the indexer cannot find where to
// roll back to and stops (operator: replay from a block with `relayer replay --from-block`).
var ErrReorgTooDeep = errors.New("indexer: reorg deeper than the stored block hashes")

// Config configures an Indexer.
type Config struct {
	Name          string // checkpoint name (one per set of contracts)
	ChainID       int64
	Addresses     []common.Address
	Topics        []common.Hash // event signatures of interest (topic 0); empty: any
	StartBlock    uint64        // first block to index on an empty database
	Confirmations uint64        // index up to head - Confirmations
	MaxRange      uint64        // blocks per eth_getLogs (default 1000)
	PollInterval  time.Duration // default 2s
	KeepBlocks    uint64        // block hashes kept below the checkpoint (default 1024)
	ReorgAlarm    time.Duration // readiness fails this long after a deep reorg (default 10m)
	MaxLag        uint64        // readiness fails when further behind the confirmed head (default 100 blocks)
	NoBloomCheck  bool          // skip the bloom completeness check
	// VerifyAllBlocks reads every block whose bloom announces our events from its receipts
	// (catches an answer that drops some but not all of a block's logs, at one receipts call per
	// block). The relayer runs with it on (DefaultVerifyAllBlocks, the flag's default).
	VerifyAllBlocks bool
	// AfterRange, if set, is called after a range with logs is stored (e.g. to wake the dispatcher).
	AfterRange func()
}

func (c *Config) defaults() {
	if c.MaxRange == 0 {
		c.MaxRange = DefaultMaxRange
	}
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.KeepBlocks == 0 {
		c.KeepBlocks = DefaultKeepBlocks
	}
	if c.ReorgAlarm == 0 {
		c.ReorgAlarm = DefaultReorgAlarm
	}
	if c.MaxLag == 0 {
		c.MaxLag = DefaultMaxLag
	}
}

// Check validates the configuration.
func (c Config) Check() error {
	if c.Name == "" || c.ChainID <= 0 || len(c.Addresses) == 0 {
		return errors.New("indexer: name, chain id and addresses are required")
	}
	return nil
}

// Metrics observes the indexer (and times its store's queries). Implementations must be safe for
// concurrent use.
type Metrics interface {
	store.Metrics
	IndexedBlock(name string, n uint64)
	IndexedLogs(name string, n int)
	Reorg(name string, depth uint64)
	RangeShrunk(name string)
	RPCInconsistent(name string)
}

// NoopMetrics discards observations.
type NoopMetrics struct{ store.NoopMetrics }

func (NoopMetrics) IndexedBlock(string, uint64) {}
func (NoopMetrics) IndexedLogs(string, int)     {}
func (NoopMetrics) Reorg(string, uint64)        {}
func (NoopMetrics) RangeShrunk(string)          {}
func (NoopMetrics) RPCInconsistent(string)      {}

// Indexer follows the configured contracts. Start it once; Stop waits for the current range.
type Indexer struct {
	cfg     Config
	db      *pgxpool.Pool
	store   *Store
	chain   Chain
	handler Handler
	log     *slog.Logger
	metrics Metrics
	loop    *runloop.Loop

	rangeSize uint64

	mu         sync.Mutex
	checkpoint uint64
	target     uint64
	lastOK     time.Time
	lastErr    error
	reorgAt    time.Time
	reorgDepth uint64
	fatal      error
}

// New creates an indexer.
func New(cfg Config, db *pgxpool.Pool, chain Chain, h Handler, log *slog.Logger, m Metrics) (*Indexer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg.defaults()
	if m == nil {
		m = NoopMetrics{}
	}
	return &Indexer{cfg: cfg, db: db, store: NewStore(m), chain: chain, handler: h, log: log.With("indexer", cfg.Name), metrics: m,
		rangeSize: cfg.MaxRange, loop: runloop.New(runloop.Options{Interval: cfg.PollInterval, CancelOnStop: true})}, nil
}

// Start runs the indexing loop until ctx ends or Stop.
func (ix *Indexer) Start(ctx context.Context) {
	ix.loop.Start(ctx, func(ctx context.Context) {
		if _, err := ix.Sync(ctx); err != nil && ctx.Err() == nil {
			ix.log.Warn("indexing round failed", "err", err)
		}
	})
}

// Stop ends the loop and waits for it.
func (ix *Indexer) Stop(ctx context.Context) error { return ix.loop.Stop(ctx) }

// Poke makes the loop run a round now.
func (ix *Indexer) Poke() { ix.loop.Poke() }

// Status is a snapshot for health reporting.
type Status struct {
	Checkpoint uint64
	Target     uint64
	LastOK     time.Time
	LastError  error
	ReorgAt    time.Time
	ReorgDepth uint64
}

// Status returns where the indexer is.
func (ix *Indexer) Status() Status {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return Status{Checkpoint: ix.checkpoint, Target: ix.target, LastOK: ix.lastOK, LastError: ix.lastErr,
		ReorgAt: ix.reorgAt, ReorgDepth: ix.reorgDepth}
}

// Ready returns nil when the indexer is caught up (within MaxLag of the confirmed head, a round
// succeeded within 10 poll intervals) and no deep reorg happened within ReorgAlarm.
func (ix *Indexer) Ready() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	switch {
	case ix.fatal != nil:
		return ix.fatal
	case !ix.reorgAt.IsZero() && time.Since(ix.reorgAt) < ix.cfg.ReorgAlarm:
		return fmt.Errorf("indexer %s: reorg of %d blocks below the confirmation depth at %s",
			ix.cfg.Name, ix.reorgDepth, ix.reorgAt.Format(time.RFC3339))
	case ix.lastOK.IsZero():
		return fmt.Errorf("indexer %s: not synced yet", ix.cfg.Name)
	case time.Since(ix.lastOK) > 10*ix.cfg.PollInterval+30*time.Second:
		return fmt.Errorf("indexer %s: no successful round since %s (%v)", ix.cfg.Name, ix.lastOK.Format(time.RFC3339), ix.lastErr)
	case ix.target > ix.checkpoint+ix.cfg.MaxLag:
		return fmt.Errorf("indexer %s: %d blocks behind", ix.cfg.Name, ix.target-ix.checkpoint)
	}
	return nil
}

// Sync indexes up to the confirmed head once and returns the new checkpoint.
func (ix *Indexer) Sync(ctx context.Context) (uint64, error) {
	err := ix.sync(ctx)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.lastErr = err
	if err == nil {
		ix.lastOK = time.Now()
	}
	var mismatch *SourceMismatchError
	if errors.Is(err, ErrReorgTooDeep) || errors.As(err, &mismatch) {
		ix.fatal = err
	}
	return ix.checkpoint, err
}

func (ix *Indexer) sync(ctx context.Context) error {
	if err := ix.CheckSource(ctx); err != nil {
		return err
	}
	head, err := ix.chain.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	if head < ix.cfg.Confirmations {
		return nil
	}
	target := head - ix.cfg.Confirmations
	ix.mu.Lock()
	ix.target = target
	ix.mu.Unlock()

	cp, err := ix.loadCheckpoint(ctx, ix.db, false)
	if err != nil {
		return err
	}
	if err := ix.checkReorg(ctx, cp, head); err != nil {
		return err
	}
	inconsistent := 0
	for {
		cp, err := ix.loadCheckpoint(ctx, ix.db, false)
		if err != nil {
			return err
		}
		ix.setCheckpoint(cp)
		from := uint64(cp.number + 1)
		if from > target {
			return nil
		}
		to := min(from+ix.rangeSize-1, target)
		err = ix.indexRange(ctx, cp, from, to)
		switch {
		case err == nil:
			inconsistent = 0
			if ix.rangeSize < ix.cfg.MaxRange {
				ix.rangeSize = min(ix.rangeSize*2, ix.cfg.MaxRange)
			}
		case errors.Is(err, errReorg):
			if err := ix.checkReorg(ctx, cp, head); err != nil {
				return err
			}
		case errors.Is(err, errMoved):
			// another relayer advanced the checkpoint: continue from there
		case errors.Is(err, ErrInconsistent):
			ix.metrics.RPCInconsistent(ix.cfg.Name)
			ix.log.Warn("inconsistent RPC answer; fetching the range again", "from", from, "to", to, "err", err)
			if inconsistent++; inconsistent >= 3 {
				return err // every endpoint disagrees with itself: try again next round
			}
		case ctx.Err() != nil:
			return ctx.Err()
		default:
			if ix.rangeSize == 1 {
				return fmt.Errorf("block %d: %w", from, err)
			}
			ix.rangeSize = max(ix.rangeSize/2, 1)
			ix.metrics.RangeShrunk(ix.cfg.Name)
			ix.log.Info("range refused; shrinking", "from", from, "to", to, "newSize", ix.rangeSize, "err", err)
		}
	}
}

func (ix *Indexer) setCheckpoint(cp checkpoint) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if cp.number >= 0 {
		ix.checkpoint = uint64(cp.number)
	}
	ix.metrics.IndexedBlock(ix.cfg.Name, ix.checkpoint)
}

var (
	errReorg = errors.New("indexer: parent hash mismatch at the checkpoint")
	errMoved = errors.New("indexer: checkpoint moved")
)

func (ix *Indexer) loadCheckpoint(ctx context.Context, db store.DBTX, lock bool) (checkpoint, error) {
	return ix.store.checkpoint(ctx, db, ix.cfg.ChainID, ix.cfg.Name, ix.cfg.StartBlock, lock)
}
