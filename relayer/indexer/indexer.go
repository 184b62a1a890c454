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
// VerifyAllBlocks every block with logs is checked so. A wrong answer demotes the endpoint; a
// contradictory one (logs from another fork, headers that do not chain) is fetched again.
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
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
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
	// VerifyAllBlocks also checks every block that has logs in the answer against its receipts
	// (catches an answer that drops some but not all of a block's logs, at one receipts call per block).
	VerifyAllBlocks bool
	// AfterRange, if set, is called after a range with logs is stored (e.g. to wake the dispatcher).
	AfterRange func()
}

func (c *Config) defaults() {
	if c.MaxRange == 0 {
		c.MaxRange = 1000
	}
	if c.PollInterval == 0 {
		c.PollInterval = 2 * time.Second
	}
	if c.KeepBlocks == 0 {
		c.KeepBlocks = 1024
	}
	if c.ReorgAlarm == 0 {
		c.ReorgAlarm = 10 * time.Minute
	}
	if c.MaxLag == 0 {
		c.MaxLag = 100
	}
}

// Check validates the configuration.
func (c Config) Check() error {
	if c.Name == "" || c.ChainID <= 0 || len(c.Addresses) == 0 {
		return errors.New("indexer: name, chain id and addresses are required")
	}
	return nil
}

// Metrics observes the indexer. Implementations must be safe for concurrent use.
type Metrics interface {
	IndexedBlock(name string, n uint64)
	IndexedLogs(name string, n int)
	Reorg(name string, depth uint64)
	RangeShrunk(name string)
	RPCInconsistent(name string)
}

// NoopMetrics discards observations.
type NoopMetrics struct{}

func (NoopMetrics) IndexedBlock(string, uint64) {}
func (NoopMetrics) IndexedLogs(string, int)     {}
func (NoopMetrics) Reorg(string, uint64)        {}
func (NoopMetrics) RangeShrunk(string)          {}
func (NoopMetrics) RPCInconsistent(string)      {}

// Indexer follows the configured contracts. Start it once; Stop waits for the current range.
type Indexer struct {
	cfg     Config
	db      *pgxpool.Pool
	chain   Chain
	handler Handler
	log     *slog.Logger
	metrics Metrics

	rangeSize uint64

	mu         sync.Mutex
	checkpoint uint64
	target     uint64
	lastOK     time.Time
	lastErr    error
	reorgAt    time.Time
	reorgDepth uint64
	fatal      error

	wake     chan struct{}
	stop     chan struct{}
	done     chan struct{}
	stopOnce sync.Once
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
	return &Indexer{cfg: cfg, db: db, chain: chain, handler: h, log: log.With("indexer", cfg.Name), metrics: m,
		rangeSize: cfg.MaxRange, wake: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}, nil
}

// Start runs the indexing loop until ctx ends or Stop.
func (ix *Indexer) Start(ctx context.Context) {
	go func() {
		defer close(ix.done)
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		go func() {
			select {
			case <-ix.stop:
				cancel()
			case <-ctx.Done():
			}
		}()
		t := time.NewTicker(ix.cfg.PollInterval)
		defer t.Stop()
		for {
			_, err := ix.Sync(ctx)
			if err != nil && ctx.Err() == nil {
				ix.log.Warn("indexing round failed", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			case <-ix.wake:
			}
		}
	}()
}

// Stop ends the loop and waits for it.
func (ix *Indexer) Stop(ctx context.Context) error {
	ix.stopOnce.Do(func() { close(ix.stop) })
	select {
	case <-ix.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Poke makes the loop run a round now.
func (ix *Indexer) Poke() {
	select {
	case ix.wake <- struct{}{}:
	default:
	}
}

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

type checkpoint struct {
	number int64 // -1: nothing indexed yet
	hash   common.Hash
}

func (ix *Indexer) loadCheckpoint(ctx context.Context, db interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}, lock bool) (checkpoint, error) {
	q := `SELECT block_number, block_hash FROM indexer_checkpoints WHERE chain_id = $1 AND name = $2`
	if lock {
		q += ` FOR UPDATE`
	}
	var cp checkpoint
	var h []byte
	err := db.QueryRow(ctx, q, ix.cfg.ChainID, ix.cfg.Name).Scan(&cp.number, &h)
	if errors.Is(err, pgx.ErrNoRows) {
		return checkpoint{number: int64(ix.cfg.StartBlock) - 1}, nil
	}
	cp.hash = common.BytesToHash(h)
	return cp, err
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
	if errors.Is(err, ErrReorgTooDeep) {
		ix.fatal = err
	}
	return ix.checkpoint, err
}

func (ix *Indexer) sync(ctx context.Context) error {
	if _, err := ix.db.Exec(ctx, `INSERT INTO indexer_checkpoints (chain_id, name, block_number, block_hash)
		VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, ix.cfg.ChainID, ix.cfg.Name, int64(ix.cfg.StartBlock)-1, []byte{}); err != nil {
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
	if err := ix.checkReorg(ctx, cp); err != nil {
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
			if err := ix.checkReorg(ctx, cp); err != nil {
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
	// Receipts are fetched in block order by receiptFetches workers; each chunk is stored as soon as
	// its blocks are proven.
	type proven struct {
		logs []types.Log
		err  error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := map[uint64]chan proven{}
	todo := make(chan uint64, len(headers))
	for _, c := range chunks {
		for _, n := range c.suspects {
			results[n] = make(chan proven, 1)
			todo <- n
		}
	}
	close(todo)
	for w := 0; w < receiptFetches; w++ {
		go func() {
			for n := range todo {
				if ctx.Err() != nil {
					results[n] <- proven{err: ctx.Err()}
					continue
				}
				logs, err := ix.provenLogs(ctx, byNumber[n])
				results[n] <- proven{logs, err}
			}
		}()
	}
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
	if err := ix.store(ctx, tx, headers, logs); err != nil {
		return cp, err
	}
	if err := ix.handler.HandleLogs(ctx, tx, from, to, logs); err != nil {
		if errors.Is(err, ErrInconsistent) {
			ix.chain.Demote(endpoint, err)
		}
		return cp, fmt.Errorf("handler: %w", err)
	}
	last := headers[len(headers)-1]
	if _, err := tx.Exec(ctx, `UPDATE indexer_checkpoints SET block_number = $3, block_hash = $4, updated_at = now()
		WHERE chain_id = $1 AND name = $2`, ix.cfg.ChainID, ix.cfg.Name, last.Number.Int64(), last.Hash().Bytes()); err != nil {
		return cp, err
	}
	if to > ix.cfg.KeepBlocks {
		if _, err := tx.Exec(ctx, `DELETE FROM blocks WHERE chain_id = $1 AND number < $2`, ix.cfg.ChainID, int64(to-ix.cfg.KeepBlocks)); err != nil {
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
		if (perBlock[n] == 0 && ix.bloomAnnounces(h.Bloom)) || (perBlock[n] > 0 && ix.cfg.VerifyAllBlocks) {
			suspects = append(suspects, n)
		}
	}
	if len(suspects) == 0 {
		return kept, nil
	}
	// The bloom says these blocks may hold our logs but the answer has none (or we check every
	// block): read their receipts, proven against the header's receipt root, and compare.
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

// receiptFetches is how many blocks' receipts are fetched at once.
const receiptFetches = 4

// provenBlocks runs provenLogs for blocks nums, several at once.
func (ix *Indexer) provenBlocks(ctx context.Context, headers map[uint64]*types.Header, nums []uint64) (map[uint64][]types.Log, error) {
	out := make(map[uint64][]types.Log, len(nums))
	var mu sync.Mutex
	var firstErr error
	sem := make(chan struct{}, receiptFetches)
	var wg sync.WaitGroup
	for _, n := range nums {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			logs, err := ix.provenLogs(ctx, headers[n])
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if firstErr == nil {
					firstErr = err
				}
				return
			}
			out[n] = logs
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
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

func (ix *Indexer) topicFilter() [][]common.Hash {
	if len(ix.cfg.Topics) == 0 {
		return nil
	}
	return [][]common.Hash{ix.cfg.Topics}
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

func (ix *Indexer) store(ctx context.Context, tx pgx.Tx, headers []*types.Header, logs []types.Log) error {
	nums := make([]int64, len(headers))
	hashes := make([][]byte, len(headers))
	parents := make([][]byte, len(headers))
	times := make([]int64, len(headers))
	for i, h := range headers {
		nums[i], hashes[i], parents[i], times[i] = h.Number.Int64(), h.Hash().Bytes(), h.ParentHash.Bytes(), int64(h.Time)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO blocks (chain_id, number, hash, parent_hash, time)
		SELECT $1, * FROM unnest($2::bigint[], $3::bytea[], $4::bytea[], $5::bigint[])
		ON CONFLICT (chain_id, number) DO UPDATE SET hash = EXCLUDED.hash, parent_hash = EXCLUDED.parent_hash, time = EXCLUDED.time`,
		ix.cfg.ChainID, nums, hashes, parents, times); err != nil {
		return fmt.Errorf("store blocks: %w", err)
	}
	if len(logs) == 0 {
		return nil
	}
	// One multi-row statement (columns as arrays). A log has at most four topics: they travel as four
	// columns, NULL where absent, put back together in order.
	n := len(logs)
	bhashes, idx, bnums, txs, addrs, names, data := make([][]byte, n), make([]int32, n), make([]int64, n), make([][]byte, n),
		make([][]byte, n), make([]string, n), make([][]byte, n)
	var topics [4][][]byte
	for k := range topics {
		topics[k] = make([][]byte, n)
	}
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) > 4 {
			return fmt.Errorf("%w: log with %d topics", ErrInconsistent, len(l.Topics))
		}
		bhashes[i], idx[i], bnums[i], txs[i], addrs[i] = l.BlockHash.Bytes(), int32(l.Index), int64(l.BlockNumber), l.TxHash.Bytes(), l.Address.Bytes()
		names[i], data[i] = ix.handler.EventName(l), l.Data
		if data[i] == nil {
			data[i] = []byte{}
		}
		for k, t := range l.Topics {
			topics[k][i] = t.Bytes()
		}
	}
	if _, err := tx.Exec(ctx, `INSERT INTO logs (chain_id, block_hash, log_index, block_number, tx_hash, address, event, topics, data)
		SELECT $1, u.block_hash, u.log_index, u.block_number, u.tx_hash, u.address, u.event,
			array_remove(ARRAY[u.t0, u.t1, u.t2, u.t3], NULL), u.data
		FROM unnest($2::bytea[], $3::integer[], $4::bigint[], $5::bytea[], $6::bytea[], $7::text[],
			$8::bytea[], $9::bytea[], $10::bytea[], $11::bytea[], $12::bytea[])
			AS u(block_hash, log_index, block_number, tx_hash, address, event, t0, t1, t2, t3, data)
		ON CONFLICT DO NOTHING`,
		ix.cfg.ChainID, bhashes, idx, bnums, txs, addrs, names, topics[0], topics[1], topics[2], topics[3], data); err != nil {
		return fmt.Errorf("store logs: %w", err)
	}
	return nil
}

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
		rows, err := ix.db.Query(ctx, `SELECT number, hash FROM blocks WHERE chain_id = $1 AND number BETWEEN $2 AND $3 ORDER BY number DESC`,
			ix.cfg.ChainID, lo, hi)
		if err != nil {
			return 0, err
		}
		stored := map[uint64]common.Hash{}
		var nums []uint64
		for rows.Next() {
			var n int64
			var h []byte
			if err := rows.Scan(&n, &h); err != nil {
				rows.Close()
				return 0, err
			}
			stored[uint64(n)] = common.BytesToHash(h)
			nums = append(nums, uint64(n))
		}
		rows.Close()
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
	var hash []byte
	if err := tx.QueryRow(ctx, `SELECT hash FROM blocks WHERE chain_id = $1 AND number = $2`, ix.cfg.ChainID, int64(ancestor)).Scan(&hash); err != nil {
		return fmt.Errorf("ancestor hash: %w", err)
	}
	for _, q := range []string{
		`DELETE FROM logs WHERE chain_id = $1 AND block_number > $2`,
		`DELETE FROM blocks WHERE chain_id = $1 AND number > $2`,
	} {
		if _, err := tx.Exec(ctx, q, ix.cfg.ChainID, int64(ancestor)); err != nil {
			return err
		}
	}
	if err := ix.handler.Rollback(ctx, tx, ancestor); err != nil {
		return fmt.Errorf("handler rollback: %w", err)
	}
	if _, err := tx.Exec(ctx, `UPDATE indexer_checkpoints SET block_number = $3, block_hash = $4, updated_at = now()
		WHERE chain_id = $1 AND name = $2`, ix.cfg.ChainID, ix.cfg.Name, int64(ancestor), hash); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return err
	}
	ix.setCheckpoint(checkpoint{number: int64(ancestor), hash: common.BytesToHash(hash)})
	return nil
}

// Replay rewinds the checkpoint to fromBlock-1 (the operator's `relayer replay`): blocks from
// fromBlock on are indexed again. Stored rows are kept (inserts are idempotent); events re-apply.
func Replay(ctx context.Context, db *pgxpool.Pool, chainID int64, name string, fromBlock uint64) error {
	tag, err := db.Exec(ctx, `UPDATE indexer_checkpoints SET block_number = $3, block_hash = '', updated_at = now()
		WHERE chain_id = $1 AND name = $2`, chainID, name, int64(fromBlock)-1)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("indexer: no checkpoint %q for chain %d", name, chainID)
	}
	return nil
}
