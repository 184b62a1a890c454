// Package txmgr sends transactions for the relayer and sees them through to a confirmed receipt,
// keeping all of its state in PostgreSQL so that nothing is lost or sent twice across restarts.
//
// It knows nothing about the contracts: a transaction is calldata to an address. Anyone enqueues
// (Enqueue, possibly inside their own database transaction); one process per sender address holds a
// lease and does the sending:
//   - a nonce is assigned only when a transaction is first signed (max of the chain's nonce and the
//     highest one this manager assigned), under the lease row lock;
//   - fees are EIP-1559 (tip from the node, floored and capped; fee cap = base fee x2 + tip, capped);
//   - before signing, a hook may rewrite the calldata and an eth_call dry run drops transactions that
//     would revert (no nonce is spent on them);
//   - every signed attempt is stored before it is broadcast; a restarted manager rebroadcasts the
//     stored bytes instead of signing anew;
//   - the manager keeps its own next nonce (tx_senders.next_nonce, as Chainlink's broadcaster
//     does): a nonce is never signed twice, even when a reorg takes the chain's nonce back;
//   - a transaction not mined ResubmitBlocks blocks after its broadcast (or, on a chain that makes
//     no blocks, after ResubmitAfter) is replaced with fees raised by at least 10% (tip and fee
//     cap, geth's replacement rule) within the caps; if its dry run now fails it is replaced by a
//     0-value self-transfer instead, so its nonce does not block the ones after it;
//   - receipts are followed to the confirmation depth and the block hash re-checked there; a
//     transaction whose block was reorged away (same height, deeper, or a shorter chain: the head's
//     hash is what is followed) goes back to pending and, checked again first (hook and dry run),
//     is rebroadcast, rewritten, or replaced at its nonce by a 0-value self-transfer when stale.
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/runloop"
	"github.com/teeoracle/teeoracle/relayer/store"
)

// Backend is what the manager needs from the chain (*ethrpc.Client has it). Calls must time out.
type Backend interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	SendRawTransaction(ctx context.Context, raw []byte) error
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// ErrDrop, returned (wrapped) by a BeforeSend hook, drops the transaction: a queued one fails without
// using a nonce, a broadcast one is replaced by a no-op.
var ErrDrop = errors.New("txmgr: drop transaction")

// Hooks connect the manager to its user. Both are optional.
type Hooks struct {
	// BeforeSend runs before a transaction is first signed and before each fee bump. It returns the
	// calldata to use (nil: keep tx.Data) or an error wrapping ErrDrop. Other errors retry later.
	BeforeSend func(ctx context.Context, tx *Tx) ([]byte, error)
	// OnStateChange runs inside the database transaction that moves tx from state `from` to tx.State;
	// an error rolls the change back (it is retried on the next poll).
	OnStateChange func(ctx context.Context, db pgx.Tx, tx *Tx, from State) error
	// OnMined runs once a mined transaction is final (confirmed or reverted), with its receipt
	// (logs included), after its state is stored: for metrics of what it did.
	OnMined func(tx *Tx, r *types.Receipt)
}

// Metrics observes the manager (and times its store's queries). Implementations must be safe for
// concurrent use.
type Metrics interface {
	store.Metrics
	TxSent(kind string)
	TxBumped(kind string)
	TxReorged(kind string)
	TxDropped(kind string) // dropped before it was ever signed (hook or dry run): not a failed transaction
	TxFinal(kind string, state State, sinceEnqueue time.Duration)
	TxCost(kind string, gasUsed uint64, feeWei *big.Int) // a mined transaction's gas and fee

	InFlight(n int)
}

// NoopMetrics discards observations.
type NoopMetrics struct{ store.NoopMetrics }

func (NoopMetrics) TxSent(string)                        {}
func (NoopMetrics) TxBumped(string)                      {}
func (NoopMetrics) TxReorged(string)                     {}
func (NoopMetrics) TxDropped(string)                     {}
func (NoopMetrics) TxFinal(string, State, time.Duration) {}
func (NoopMetrics) TxCost(string, uint64, *big.Int)      {}
func (NoopMetrics) InFlight(int)                         {}

// Config configures a Manager. Zero values take the defaults noted.
type Config struct {
	ChainID           *big.Int
	Key               *ecdsa.PrivateKey
	Confirmations     uint64        // receipt depth for "confirmed" (default 3; 1 = in the head block)
	PollInterval      time.Duration // default 1s
	ResubmitBlocks    uint64        // bump a transaction not mined this many blocks after its broadcast (default 3)
	ResubmitAfter     time.Duration // ... or after this long, for chains that make no blocks meanwhile (default 30s)
	UnknownNonceGrace time.Duration // fail a tx whose nonce was used by another tx after this long (default ResubmitAfter)
	MaxInFlight       int           // signed, unconfirmed transactions at once (default 16)
	GasMarginPercent  uint64        // added to gas estimates (default 20)
	Fees              FeePolicy     // default tip floor 1 gwei, no caps other than MaxFeeCap 500 gwei
	LeaseDuration     time.Duration // sender lease, renewed every poll (default 3s, at least 3 polls)
	Owner             string        // lease owner id (default host:pid:random)
	DisableDryRun     bool          // skip the eth_call dry run before signing
	ReorgWindow       uint64        // blocks back final transactions are re-checked for a deep reorg (default 256)
	// Queue is the queue the manager sends from (nil: a new one). Give the manager the queue its
	// hooks' owner enqueues into; it must be of the same chain and sender address.
	Queue *Queue
}

// Check validates the configuration.
func (c Config) Check() error {
	if c.ChainID == nil || c.ChainID.Sign() <= 0 {
		return errors.New("txmgr: chain id required")
	}
	if c.Key == nil {
		return errors.New("txmgr: signing key required")
	}
	if c.LeaseDuration != 0 && c.PollInterval != 0 && c.LeaseDuration < 3*c.PollInterval {
		return errors.New("txmgr: lease duration must be at least 3 poll intervals")
	}
	if c.Queue != nil && (c.Queue.ChainID() != c.ChainID.Int64() || c.Queue.From() != crypto.PubkeyToAddress(c.Key.PublicKey)) {
		return errors.New("txmgr: the queue belongs to another chain or sender")
	}
	return nil
}

func (c *Config) defaults() {
	if c.Confirmations == 0 {
		c.Confirmations = DefaultConfirmations
	}
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.ResubmitAfter == 0 {
		c.ResubmitAfter = DefaultResubmitAfter
	}
	if c.ResubmitBlocks == 0 {
		c.ResubmitBlocks = DefaultResubmitBlocks
	}
	if c.UnknownNonceGrace == 0 {
		c.UnknownNonceGrace = c.ResubmitAfter
	}
	if c.MaxInFlight == 0 {
		c.MaxInFlight = DefaultMaxInFlight
	}
	if c.GasMarginPercent == 0 {
		c.GasMarginPercent = DefaultGasMarginPercent
	}
	if c.Fees.MinTipCap == nil {
		c.Fees.MinTipCap = Gwei(DefaultMinTipGwei)
	}
	if c.Fees.MaxFeeCap == nil {
		c.Fees.MaxFeeCap = Gwei(DefaultMaxFeeGwei)
	}
	if c.LeaseDuration == 0 {
		c.LeaseDuration = max(DefaultLeaseDuration, 3*c.PollInterval)
	}
	if c.Owner == "" {
		c.Owner = NewOwnerID()
	}
	if c.ReorgWindow == 0 {
		c.ReorgWindow = DefaultReorgWindow
	}
}

// Manager sends the transactions of one sender address. Start it once; Stop releases the lease.
type Manager struct {
	cfg     Config
	db      *pgxpool.Pool
	backend Backend
	log     *slog.Logger
	metrics Metrics
	hooks   Hooks
	signer  types.Signer
	from    common.Address
	store   *Store
	sender  sender
	queue   *Queue
	loop    *runloop.Loop

	// loop state (loop goroutine only)
	leader         bool
	rebroadcast    bool
	consumedSeen   map[int64]time.Time
	reconciledHead common.Hash      // head whose chain the final transactions were last checked against
	sentHead       map[int64]uint64 // per pending transaction, the head when its latest attempt was broadcast
}

// New creates a manager. It does nothing until Start.
func New(cfg Config, db *pgxpool.Pool, backend Backend, hooks Hooks, log *slog.Logger, m Metrics) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg.defaults()
	if m == nil {
		m = NoopMetrics{}
	}
	from := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	st := NewStore(m)
	q := cfg.Queue
	if q == nil {
		q = NewQueue(cfg.ChainID.Int64(), from, st)
	}
	return &Manager{
		cfg: cfg, db: db, backend: backend, log: log.With("sender", from), metrics: m, hooks: hooks,
		signer: types.LatestSignerForChainID(cfg.ChainID), from: from, store: st,
		sender: sender{chainID: cfg.ChainID.Int64(), from: from.Bytes()}, queue: q,
		loop:         runloop.New(runloop.Options{Interval: cfg.PollInterval, CancelOnStop: true, Wake: q.wake}),
		consumedSeen: map[int64]time.Time{}, sentHead: map[int64]uint64{},
	}, nil
}

// From is the sender address.
func (m *Manager) From() common.Address { return m.from }

// ChainID is the chain id the manager signs for.
func (m *Manager) ChainID() int64 { return m.sender.chainID }

// Queue is the queue the manager sends from.
func (m *Manager) Queue() *Queue { return m.queue }

// Send enqueues a candidate and wakes the loop. The returned id names the transaction.
func (m *Manager) Send(ctx context.Context, c Candidate) (int64, error) {
	id, err := m.queue.Enqueue(ctx, m.db, c)
	if err == nil {
		m.queue.Notify()
	}
	return id, err
}

// Notify wakes the loop (call after enqueueing in your own database transaction).
func (m *Manager) Notify() { m.queue.Notify() }

// Start runs the send loop until ctx ends or Stop.
func (m *Manager) Start(ctx context.Context) {
	m.loop.Start(ctx, func(ctx context.Context) {
		if err := m.Tick(ctx); err != nil && ctx.Err() == nil {
			m.log.Warn("txmgr round failed", "err", err)
		}
	})
}

// Stop ends the loop, waiting for the current round, and releases the sender lease so that another
// process can take over at once.
func (m *Manager) Stop(ctx context.Context) error {
	if err := m.loop.Stop(ctx); err != nil {
		return err
	}
	return m.store.releaseLease(ctx, m.db, m.sender, m.cfg.Owner)
}

// Tick runs one round: take/renew the lease, follow in-flight transactions, send queued ones.
// Exported for tests and tools; Start calls it every PollInterval. The in-flight transactions are
// loaded once, with their attempts.
func (m *Manager) Tick(ctx context.Context) error {
	leader, err := m.store.acquireLease(ctx, m.db, m.sender, m.cfg.Owner, m.cfg.LeaseDuration)
	if err != nil {
		return fmt.Errorf("lease: %w", err)
	}
	if !leader {
		if m.leader {
			m.log.Warn("lost the sender lease")
		}
		m.leader = false
		return nil
	}
	if !m.leader {
		m.log.Info("holding the sender lease", "owner", m.cfg.Owner)
		m.leader, m.rebroadcast = true, true // a new leader rebroadcasts what it inherits
	}
	headH, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	head := headH.Number.Uint64()
	chainNonce, err := m.backend.NonceAt(ctx, m.from, nil)
	if err != nil {
		return fmt.Errorf("nonce: %w", err)
	}
	var firstErr error
	// A reconcile that fails (a lagging endpoint that lacks a block) is retried next round; it
	// never stops the round: nonces cannot go back, so sending on is safe.
	if err := m.reconcile(ctx, headH, chainNonce); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		m.log.Warn("txmgr: reconcile final transactions; retrying next round", "head", head, "err", err)
		firstErr = fmt.Errorf("reconcile: %w", err)
	}
	inflight, err := m.store.inFlight(ctx, m.db, m.sender)
	if err != nil {
		return fmt.Errorf("load in-flight: %w", err)
	}
	stuck := false // a signed transaction no node has accepted: do not stack more nonces behind it
	for _, tx := range inflight {
		unaccepted, err := m.track(ctx, tx, head, chainNonce)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			m.log.Warn("txmgr: follow transaction", "id", tx.ID, "nonce", deref(tx.Nonce), "err", err)
			if firstErr == nil {
				firstErr = err
			}
		}
		stuck = stuck || unaccepted
	}
	m.rebroadcast = false
	if stuck {
		return firstErr
	}
	open, err := m.store.countInFlight(ctx, m.db, m.sender)
	if err != nil {
		return err
	}
	m.metrics.InFlight(open)
	var after int64
	for free := m.cfg.MaxInFlight - open; free > 0; {
		queued, err := m.store.nextQueued(ctx, m.db, m.sender, after, free)
		if err != nil || len(queued) == 0 {
			return errors.Join(firstErr, err)
		}
		after = queued[len(queued)-1].ID
		sent, err := m.sendNew(ctx, queued, chainNonce)
		free -= sent
		if err != nil {
			return errors.Join(firstErr, err)
		}
	}
	return firstErr
}

// prepare runs the BeforeSend hook and, when dryRun, an eth_call dry run; it returns the calldata to
// sign. (A gas estimate is a dry run too: callers that estimate skip this one.)
func (m *Manager) prepare(ctx context.Context, tx *Tx, dryRun bool) ([]byte, error) {
	data := tx.Data
	if m.hooks.BeforeSend != nil {
		nd, err := m.hooks.BeforeSend(ctx, tx)
		if err != nil {
			return nil, err
		}
		if nd != nil {
			data = nd
		}
	}
	if dryRun && !m.cfg.DisableDryRun {
		_, err := m.backend.CallContract(ctx, ethereum.CallMsg{From: m.from, To: &tx.To, Data: data, Value: tx.Value}, nil)
		if ethrpc.IsRevert(err) {
			return nil, fmt.Errorf("%w: dry run reverted: %v", ErrDrop, err)
		}
		if err != nil {
			return nil, fmt.Errorf("dry run: %w", err)
		}
	}
	return data, nil
}

func (m *Manager) gasLimit(ctx context.Context, tx *Tx, data []byte) (uint64, error) {
	if tx.GasLimit > 0 {
		return tx.GasLimit, nil
	}
	g, err := m.backend.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: &tx.To, Data: data, Value: tx.Value})
	if err != nil {
		if ethrpc.IsRevert(err) {
			return 0, fmt.Errorf("%w: gas estimate reverted: %v", ErrDrop, err)
		}
		return 0, fmt.Errorf("estimate gas: %w", err)
	}
	return g + g*m.cfg.GasMarginPercent/100, nil
}

func (m *Manager) market(ctx context.Context) (tip, baseFee *big.Int, err error) {
	tip, err = m.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("suggest tip: %w", err)
	}
	h, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("latest header: %w", err)
	}
	baseFee = h.BaseFee
	if baseFee == nil {
		baseFee = new(big.Int)
	}
	return tip, baseFee, nil
}

func bigU(n uint64) *big.Int { return new(big.Int).SetUint64(n) }
