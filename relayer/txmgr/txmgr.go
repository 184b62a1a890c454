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
//   - a transaction not mined after ResubmitAfter is replaced with fees raised by at least 10%
//     (tip and fee cap, geth's replacement rule) within the caps; if its dry run now fails it is
//     replaced by a 0-value self-transfer instead, so its nonce does not block the ones after it;
//   - receipts are followed to the confirmation depth and the block hash re-checked there; a
//     transaction whose block was reorged away goes back to pending and is rebroadcast.
package txmgr

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/relayer/ethrpc"
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
}

// Metrics observes the manager. Implementations must be safe for concurrent use.
type Metrics interface {
	TxSent(kind string)
	TxBumped(kind string)
	TxReorged(kind string)
	TxFinal(kind string, state State, sinceEnqueue time.Duration)
	InFlight(n int)
}

// NoopMetrics discards observations.
type NoopMetrics struct{}

func (NoopMetrics) TxSent(string)                        {}
func (NoopMetrics) TxBumped(string)                      {}
func (NoopMetrics) TxReorged(string)                     {}
func (NoopMetrics) TxFinal(string, State, time.Duration) {}
func (NoopMetrics) InFlight(int)                         {}

// Config configures a Manager. Zero values take the defaults noted.
type Config struct {
	ChainID           *big.Int
	Key               *ecdsa.PrivateKey
	Confirmations     uint64        // receipt depth for "confirmed" (default 3; 1 = in the head block)
	PollInterval      time.Duration // default 1s
	ResubmitAfter     time.Duration // bump a transaction not mined after this long (default 30s)
	UnknownNonceGrace time.Duration // fail a tx whose nonce was used by another tx after this long (default ResubmitAfter)
	MaxInFlight       int           // signed, unconfirmed transactions at once (default 16)
	GasMarginPercent  uint64        // added to gas estimates (default 20)
	Fees              FeePolicy     // default tip floor 1 gwei, no caps other than MaxFeeCap 500 gwei
	LeaseDuration     time.Duration // sender lease (default 15s)
	Owner             string        // lease owner id (default host:pid:random)
	DisableDryRun     bool          // skip the eth_call dry run before signing
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
	return nil
}

func (c *Config) defaults() {
	if c.Confirmations == 0 {
		c.Confirmations = 3
	}
	if c.PollInterval == 0 {
		c.PollInterval = time.Second
	}
	if c.ResubmitAfter == 0 {
		c.ResubmitAfter = 30 * time.Second
	}
	if c.UnknownNonceGrace == 0 {
		c.UnknownNonceGrace = c.ResubmitAfter
	}
	if c.MaxInFlight == 0 {
		c.MaxInFlight = 16
	}
	if c.GasMarginPercent == 0 {
		c.GasMarginPercent = 20
	}
	if c.Fees.MinTipCap == nil {
		c.Fees.MinTipCap = big.NewInt(1e9)
	}
	if c.Fees.MaxFeeCap == nil {
		c.Fees.MaxFeeCap = new(big.Int).Mul(big.NewInt(500), big.NewInt(1e9))
	}
	if c.LeaseDuration == 0 {
		c.LeaseDuration = max(15*time.Second, 3*c.PollInterval)
	}
	if c.Owner == "" {
		host, _ := os.Hostname()
		var r [4]byte
		_, _ = rand.Read(r[:])
		c.Owner = fmt.Sprintf("%s:%d:%s", host, os.Getpid(), hex.EncodeToString(r[:]))
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
	store   store

	wake     chan struct{}
	stop     chan struct{}
	done     chan struct{}
	stopOnce sync.Once

	// loop state (loop goroutine only)
	leader       bool
	rebroadcast  bool
	consumedSeen map[int64]time.Time
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
	return &Manager{
		cfg: cfg, db: db, backend: backend, log: log.With("sender", from), metrics: m, hooks: hooks,
		signer: types.LatestSignerForChainID(cfg.ChainID), from: from,
		store: store{chainID: cfg.ChainID.Int64(), from: from.Bytes()},
		wake:  make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{}),
		consumedSeen: map[int64]time.Time{},
	}, nil
}

// From is the sender address.
func (m *Manager) From() common.Address { return m.from }

// ChainID is the chain id the manager signs for.
func (m *Manager) ChainID() int64 { return m.store.chainID }

// Send enqueues a candidate and wakes the loop. The returned id names the transaction (Get, Wait).
func (m *Manager) Send(ctx context.Context, c Candidate) (int64, error) {
	id, err := Enqueue(ctx, m.db, m.store.chainID, m.from, c)
	if err == nil {
		m.Notify()
	}
	return id, err
}

// Notify wakes the loop (call after enqueueing in your own database transaction).
func (m *Manager) Notify() {
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

// Start runs the send loop until ctx ends or Stop.
func (m *Manager) Start(ctx context.Context) {
	go m.loop(ctx)
}

// Stop ends the loop, waiting for the current round, and releases the sender lease so that another
// process can take over at once.
func (m *Manager) Stop(ctx context.Context) error {
	m.stopOnce.Do(func() { close(m.stop) })
	select {
	case <-m.done:
	case <-ctx.Done():
		return ctx.Err()
	}
	return m.store.releaseLease(ctx, m.db, m.cfg.Owner)
}

func (m *Manager) loop(ctx context.Context) {
	defer close(m.done)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-m.stop:
			cancel()
		case <-ctx.Done():
		}
	}()
	t := time.NewTicker(m.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := m.Tick(ctx); err != nil && ctx.Err() == nil {
			m.log.Warn("txmgr round failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-m.wake:
		}
	}
}

// Tick runs one round: take/renew the lease, follow in-flight transactions, send queued ones.
// Exported for tests and tools; Start calls it every PollInterval.
func (m *Manager) Tick(ctx context.Context) error {
	leader, err := m.store.acquireLease(ctx, m.db, m.cfg.Owner, m.cfg.LeaseDuration)
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
	head, err := m.backend.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	chainNonce, err := m.backend.NonceAt(ctx, m.from, nil)
	if err != nil {
		return fmt.Errorf("nonce: %w", err)
	}
	inflight, err := m.store.inFlight(ctx, m.db)
	if err != nil {
		return fmt.Errorf("load in-flight: %w", err)
	}
	stuck := false // a signed transaction no node has accepted: do not stack more nonces behind it
	var firstErr error
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
	open, err := m.store.inFlight(ctx, m.db)
	if err != nil {
		return err
	}
	m.metrics.InFlight(len(open))
	var after int64
	for free := m.cfg.MaxInFlight - len(open); free > 0; {
		queued, err := m.store.nextQueued(ctx, m.db, after, free)
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

// prepared is a queued transaction ready to sign (or to drop).
type prepared struct {
	tx   *Tx
	data []byte
	gas  uint64
	err  error
}

// sendNew prepares queued transactions (hook, dry run or gas estimate: the slow part, run
// concurrently), then signs them with consecutive nonces, stores and broadcasts them, in order. It
// returns how many took an in-flight slot (dropped ones do not).
func (m *Manager) sendNew(ctx context.Context, queued []*Tx, chainNonce uint64) (int, error) {
	ps := make([]prepared, len(queued))
	var wg sync.WaitGroup
	for i, tx := range queued {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := prepared{tx: tx}
			// The gas estimate executes the transaction: a separate dry run is only needed when the
			// gas limit is given.
			p.data, p.err = m.prepare(ctx, tx, tx.GasLimit > 0)
			if p.err == nil {
				p.gas, p.err = m.gasLimit(ctx, tx, p.data)
			}
			ps[i] = p
		}()
	}
	wg.Wait()
	var fees *Fees
	sent := 0
	for _, p := range ps {
		if errors.Is(p.err, ErrDrop) {
			m.log.Info("dropping transaction before sending", "id", p.tx.ID, "kind", p.tx.Kind, "reason", p.err)
			if err := m.finish(ctx, p.tx, StateFailed, p.err.Error(), nil, StateQueued); err != nil {
				return sent, fmt.Errorf("drop %d: %w", p.tx.ID, err)
			}
			continue
		}
		if p.err != nil {
			return sent, fmt.Errorf("send %d: %w", p.tx.ID, p.err)
		}
		if fees == nil {
			tip, baseFee, err := m.market(ctx)
			if err != nil {
				return sent, err
			}
			f := m.cfg.Fees.Initial(tip, baseFee)
			fees = &f
		}
		ok, err := m.signAndSend(ctx, p, *fees, chainNonce)
		if ok {
			sent++
		}
		if err != nil {
			return sent, fmt.Errorf("send %d: %w", p.tx.ID, err)
		}
	}
	return sent, nil
}

// signAndSend signs a prepared transaction with the next nonce, stores it and broadcasts it. It
// returns false when the transaction was abandoned meanwhile.
func (m *Manager) signAndSend(ctx context.Context, p prepared, fees Fees, chainNonce uint64) (bool, error) {
	tx, data, gas := p.tx, p.data, p.gas
	dbtx, err := m.db.Begin(ctx)
	if err != nil {
		return false, err
	}
	defer func() { _ = dbtx.Rollback(ctx) }()
	if err := m.store.holdLease(ctx, dbtx, m.cfg.Owner); err != nil {
		return false, err
	}
	next, err := m.store.nextNonce(ctx, dbtx)
	if err != nil {
		return false, err
	}
	nonce := max(next, chainNonce)
	signed, err := m.sign(nonce, tx.To, data, tx.Value, gas, fees)
	if err != nil {
		return false, err
	}
	raw, _ := signed.MarshalBinary()
	row := dbtx.QueryRow(ctx, `UPDATE txs SET state = 'pending', nonce = $2, data = $3, gas_tip_cap = $4::numeric,
			gas_fee_cap = $5::numeric, tx_hash = $6, raw_tx = $7, broadcast_at = NULL, updated_at = now()
		WHERE id = $1 AND state = 'queued' RETURNING `+txColumns,
		tx.ID, int64(nonce), nonNil(data), fees.TipCap.String(), fees.FeeCap.String(), signed.Hash().Bytes(), raw)
	updated, err := scanTx(row)
	if errors.Is(err, ErrNotFound) {
		return false, nil // abandoned meanwhile
	}
	if err != nil {
		return false, err
	}
	if err := insertAttempt(ctx, dbtx, Attempt{Hash: signed.Hash(), TxID: tx.ID, Nonce: nonce, GasLimit: gas, Raw: raw,
		TipCap: fees.TipCap, FeeCap: fees.FeeCap}); err != nil {
		return false, err
	}
	if err := m.onChange(ctx, dbtx, updated, StateQueued); err != nil {
		return false, err
	}
	if err := dbtx.Commit(ctx); err != nil {
		return false, err
	}
	m.log.Debug("signed transaction", "id", tx.ID, "nonce", nonce, "hash", signed.Hash(), "tip", fees.TipCap, "feeCap", fees.FeeCap)
	_, err = m.broadcast(ctx, updated, raw, true)
	return true, err
}

func (m *Manager) sign(nonce uint64, to common.Address, data []byte, value *big.Int, gas uint64, fees Fees) (*types.Transaction, error) {
	if value == nil {
		value = new(big.Int)
	}
	return types.SignNewTx(m.cfg.Key, m.signer, &types.DynamicFeeTx{
		ChainID: m.cfg.ChainID, Nonce: nonce, GasTipCap: fees.TipCap, GasFeeCap: fees.FeeCap, Gas: gas,
		To: &to, Value: value, Data: data,
	})
}

// broadcast sends the stored raw bytes of tx's latest attempt. It returns true when a node holds the
// transaction afterwards (accepted now, or already known).
func (m *Manager) broadcast(ctx context.Context, tx *Tx, raw []byte, first bool) (bool, error) {
	err := m.backend.SendRawTransaction(ctx, raw)
	switch {
	case err == nil || ethrpc.IsKnownTx(err):
		_, uerr := m.db.Exec(ctx, `UPDATE txs SET broadcast_at = now(), first_sent_at = coalesce(first_sent_at, now()),
			updated_at = now() WHERE id = $1 AND tx_hash = $2`, tx.ID, tx.Hash.Bytes())
		if first && err == nil {
			m.metrics.TxSent(tx.Kind)
		}
		return true, uerr
	case ethrpc.IsNonceTooLow(err):
		attempts, aerr := Attempts(ctx, m.db, tx.ID)
		if aerr != nil {
			return false, aerr
		}
		if len(attempts) <= 1 && tx.FirstSentAt == nil {
			// The nonce was used by a transaction we never sent and this one never reached a node:
			// give it back its queued state so it is signed again with a fresh nonce.
			m.log.Warn("nonce taken by another transaction; re-queueing", "id", tx.ID, "nonce", deref(tx.Nonce))
			return true, m.requeue(ctx, tx)
		}
		// An earlier attempt of ours was probably mined: the receipt check will tell.
		_, uerr := m.db.Exec(ctx, `UPDATE txs SET broadcast_at = now(), updated_at = now() WHERE id = $1`, tx.ID)
		return true, uerr
	case ethrpc.IsUnderpriced(err):
		// The pool holds an attempt with close fees (or its minimum is above ours): bump next round.
		m.log.Info("broadcast underpriced; will bump", "id", tx.ID, "err", err)
		_, uerr := m.db.Exec(ctx, `UPDATE txs SET broadcast_at = coalesce(broadcast_at, now()), bump_requested = true,
			updated_at = now() WHERE id = $1`, tx.ID)
		return true, uerr
	default:
		m.log.Warn("broadcast failed; will retry", "id", tx.ID, "nonce", deref(tx.Nonce), "err", err)
		return false, nil
	}
}

func (m *Manager) requeue(ctx context.Context, tx *Tx) error {
	dbtx, err := m.db.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = dbtx.Rollback(ctx) }()
	if _, err := dbtx.Exec(ctx, `DELETE FROM tx_attempts WHERE tx_id = $1`, tx.ID); err != nil {
		return err
	}
	updated, err := scanTx(dbtx.QueryRow(ctx, `UPDATE txs SET state = 'queued', nonce = NULL, tx_hash = NULL, raw_tx = NULL,
		gas_tip_cap = NULL, gas_fee_cap = NULL, broadcast_at = NULL, updated_at = now()
		WHERE id = $1 AND state = 'pending' RETURNING `+txColumns, tx.ID))
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := m.onChange(ctx, dbtx, updated, StatePending); err != nil {
		return err
	}
	return dbtx.Commit(ctx)
}

// track follows one pending or included transaction. unaccepted is true when no node is known to
// hold it (so no later nonce should be sent yet).
func (m *Manager) track(ctx context.Context, tx *Tx, head, chainNonce uint64) (unaccepted bool, err error) {
	nonce := *tx.Nonce
	if nonce < chainNonce {
		// Something with our nonce is in the chain: find which of our attempts.
		r, err := m.findReceipt(ctx, tx)
		if err != nil {
			return false, err
		}
		if r == nil {
			first, seen := m.consumedSeen[tx.ID]
			if !seen {
				m.consumedSeen[tx.ID] = time.Now()
			} else if time.Since(first) > m.cfg.UnknownNonceGrace {
				delete(m.consumedSeen, tx.ID)
				msg := fmt.Sprintf("nonce %d was used by a transaction this manager did not send", nonce)
				m.log.Error("transaction lost its nonce", "id", tx.ID, "nonce", nonce)
				return false, m.finish(ctx, tx, StateFailed, msg, nil, tx.State)
			}
			return false, nil
		}
		delete(m.consumedSeen, tx.ID)
		depth := uint64(0)
		if head >= r.BlockNumber.Uint64() {
			depth = head - r.BlockNumber.Uint64() + 1
		}
		if depth >= m.cfg.Confirmations {
			h, err := m.backend.HeaderByNumber(ctx, r.BlockNumber)
			if err != nil {
				return false, err
			}
			if h.Hash() != r.BlockHash {
				return false, nil // receipt from a block that is no longer canonical; look again next round
			}
			state, msg := StateConfirmed, ""
			noop := m.attemptIsNoop(ctx, tx, r.TxHash)
			switch {
			case noop && strings.HasPrefix(tx.Error, abandonedMsg):
				state, msg = StateAbandoned, tx.Error
			case noop:
				state, msg = StateFailed, tx.Error
			case r.Status != types.ReceiptStatusSuccessful:
				state, msg = StateFailed, "reverted on chain"
			}
			return false, m.finish(ctx, tx, state, msg, r, tx.State)
		}
		if tx.State == StatePending || tx.IncludedHash != r.TxHash || tx.BlockHash != r.BlockHash {
			return false, m.markIncluded(ctx, tx, r)
		}
		return false, nil
	}
	delete(m.consumedSeen, tx.ID)
	if tx.State == StateIncluded {
		m.log.Warn("transaction reorged out; rebroadcasting", "id", tx.ID, "nonce", nonce, "hash", tx.IncludedHash)
		m.metrics.TxReorged(tx.Kind)
		if err := m.markReorged(ctx, tx); err != nil {
			return false, err
		}
		tx.State, tx.BroadcastAt = StatePending, nil
	}
	switch {
	case tx.Noop && !m.latestIsNoop(ctx, tx):
		return m.replace(ctx, tx, true)
	case tx.BumpRequested || (tx.BroadcastAt != nil && time.Since(*tx.BroadcastAt) > m.cfg.ResubmitAfter):
		return m.replace(ctx, tx, tx.Noop)
	case tx.BroadcastAt == nil || m.rebroadcast:
		ok, err := m.broadcast(ctx, tx, tx.Raw, false)
		return !ok, err
	}
	return false, nil
}

const abandonedMsg = "abandoned by operator"

func (m *Manager) latestIsNoop(ctx context.Context, tx *Tx) bool {
	return m.attemptIsNoop(ctx, tx, tx.Hash)
}

func (m *Manager) attemptIsNoop(ctx context.Context, tx *Tx, hash common.Hash) bool {
	attempts, err := Attempts(ctx, m.db, tx.ID)
	if err != nil {
		return false
	}
	for _, a := range attempts {
		if a.Hash == hash {
			return a.Noop
		}
	}
	return false
}

// findReceipt looks for a receipt of any attempt of tx, the included one and newest first.
func (m *Manager) findReceipt(ctx context.Context, tx *Tx) (*types.Receipt, error) {
	hashes := []common.Hash{}
	if tx.IncludedHash != (common.Hash{}) {
		hashes = append(hashes, tx.IncludedHash)
	}
	attempts, err := Attempts(ctx, m.db, tx.ID)
	if err != nil {
		return nil, err
	}
	for _, a := range attempts {
		if a.Hash != tx.IncludedHash {
			hashes = append(hashes, a.Hash)
		}
	}
	for _, h := range hashes {
		r, err := m.backend.TransactionReceipt(ctx, h)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		return r, nil
	}
	return nil, nil
}

// replace signs and broadcasts a replacement with bumped fees (noop: a 0-value self-transfer).
func (m *Manager) replace(ctx context.Context, tx *Tx, noop bool) (bool, error) {
	attempts, err := Attempts(ctx, m.db, tx.ID)
	if err != nil {
		return false, err
	}
	if len(attempts) == 0 {
		return false, fmt.Errorf("pending transaction %d has no attempts", tx.ID)
	}
	latest := attempts[0]
	for _, a := range attempts {
		if a.Hash == tx.Hash {
			latest = a
		}
	}
	to, data, value, gas := tx.To, tx.Data, tx.Value, latest.GasLimit
	errText := tx.Error
	if !noop {
		nd, err := m.prepare(ctx, tx, true)
		switch {
		case errors.Is(err, ErrDrop):
			m.log.Warn("pending transaction would now fail; replacing it with a no-op", "id", tx.ID, "reason", err)
			noop, errText = true, err.Error()
		case err != nil:
			return false, err
		case !bytes.Equal(nd, tx.Data):
			data = nd
			if tx.GasLimit == 0 {
				if gas, err = m.gasLimit(ctx, tx, data); err != nil {
					if errors.Is(err, ErrDrop) {
						noop, errText, data = true, err.Error(), tx.Data
					} else {
						return false, err
					}
				}
			}
		}
	}
	if noop {
		to, data, value, gas = m.from, nil, nil, 21000
	}
	tip, baseFee, err := m.market(ctx)
	if err != nil {
		return false, err
	}
	fees, ok := m.cfg.Fees.Bump(Fees{TipCap: tx.TipCap, FeeCap: tx.FeeCap}, tip, baseFee)
	if !ok && !noop {
		m.log.Warn("fee caps reached; rebroadcasting without a bump", "id", tx.ID, "tip", tx.TipCap, "feeCap", tx.FeeCap)
		if _, err := m.db.Exec(ctx, `UPDATE txs SET bump_requested = false, broadcast_at = now(), updated_at = now() WHERE id = $1`, tx.ID); err != nil {
			return false, err
		}
		ok, err := m.broadcast(ctx, tx, tx.Raw, false)
		return !ok, err
	}
	if !ok && noop {
		// Even a no-op must outbid the pending attempt: go above the cap rather than block every later nonce.
		fees = Fees{TipCap: bumpMin(tx.TipCap), FeeCap: bumpMin(tx.FeeCap)}
	}
	signed, err := m.sign(*tx.Nonce, to, data, value, gas, fees)
	if err != nil {
		return false, err
	}
	raw, _ := signed.MarshalBinary()

	dbtx, err := m.db.Begin(ctx)
	if err != nil {
		return false, err
	}
	defer func() { _ = dbtx.Rollback(ctx) }()
	if err := m.store.holdLease(ctx, dbtx, m.cfg.Owner); err != nil {
		return false, err
	}
	keepData := data
	if noop {
		keepData = tx.Data // the row keeps the calldata it was asked to send
	}
	var errArg *string
	if errText != "" {
		errArg = &errText
	}
	updated, err := scanTx(dbtx.QueryRow(ctx, `UPDATE txs SET data = $2, gas_tip_cap = $3::numeric, gas_fee_cap = $4::numeric,
			tx_hash = $5, raw_tx = $6, bumps = bumps + 1, noop = $7, bump_requested = false, broadcast_at = NULL,
			error = $8, updated_at = now()
		WHERE id = $1 AND state = 'pending' RETURNING `+txColumns,
		tx.ID, nonNil(keepData), fees.TipCap.String(), fees.FeeCap.String(), signed.Hash().Bytes(), raw, noop, errArg))
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if err := insertAttempt(ctx, dbtx, Attempt{Hash: signed.Hash(), TxID: tx.ID, Nonce: *tx.Nonce, GasLimit: gas, Noop: noop,
		Raw: raw, TipCap: fees.TipCap, FeeCap: fees.FeeCap}); err != nil {
		return false, err
	}
	if err := dbtx.Commit(ctx); err != nil {
		return false, err
	}
	m.metrics.TxBumped(tx.Kind)
	m.log.Info("replaced transaction", "id", tx.ID, "nonce", *tx.Nonce, "hash", signed.Hash(), "tip", fees.TipCap,
		"feeCap", fees.FeeCap, "noop", noop, "bumps", updated.Bumps)
	ok, err = m.broadcast(ctx, updated, raw, false)
	return !ok, err
}

func (m *Manager) markIncluded(ctx context.Context, tx *Tx, r *types.Receipt) error {
	return m.transition(ctx, tx, `UPDATE txs SET state = 'included', included_hash = $2, block_number = $3, block_hash = $4,
		receipt_status = $5, gas_used = $6, effective_gas_price = $7::numeric, updated_at = now()
		WHERE id = $1 AND state IN ('pending', 'included') RETURNING `+txColumns,
		tx.ID, r.TxHash.Bytes(), r.BlockNumber.Int64(), r.BlockHash.Bytes(), int64(r.Status), int64(r.GasUsed), optNum(r.EffectiveGasPrice))
}

func (m *Manager) markReorged(ctx context.Context, tx *Tx) error {
	return m.transition(ctx, tx, `UPDATE txs SET state = 'pending', included_hash = NULL, block_number = NULL, block_hash = NULL,
		receipt_status = NULL, gas_used = NULL, effective_gas_price = NULL, broadcast_at = NULL, updated_at = now()
		WHERE id = $1 AND state = 'included' RETURNING `+txColumns, tx.ID)
}

// finish moves tx to a final state (r: its receipt, if mined).
func (m *Manager) finish(ctx context.Context, tx *Tx, state State, msg string, r *types.Receipt, from State) error {
	var errArg *string
	if msg != "" {
		errArg = &msg
	}
	var err error
	if r != nil {
		err = m.transition(ctx, tx, `UPDATE txs SET state = $2, error = $3, included_hash = $4, block_number = $5, block_hash = $6,
			receipt_status = $7, gas_used = $8, effective_gas_price = $9::numeric, finished_at = now(), updated_at = now(),
			bump_requested = false
			WHERE id = $1 AND state = $10 RETURNING `+txColumns,
			tx.ID, string(state), errArg, r.TxHash.Bytes(), r.BlockNumber.Int64(), r.BlockHash.Bytes(), int64(r.Status),
			int64(r.GasUsed), optNum(r.EffectiveGasPrice), string(from))
	} else {
		err = m.transition(ctx, tx, `UPDATE txs SET state = $2, error = $3, finished_at = now(), updated_at = now(),
			bump_requested = false WHERE id = $1 AND state = $4 RETURNING `+txColumns, tx.ID, string(state), errArg, string(from))
	}
	if err == nil {
		m.metrics.TxFinal(tx.Kind, state, time.Since(tx.CreatedAt))
		m.log.Info("transaction final", "id", tx.ID, "kind", tx.Kind, "state", state, "nonce", deref(tx.Nonce), "err", msg)
	}
	return err
}

// transition runs an UPDATE ... RETURNING on tx and the state-change hook in one database
// transaction. A row that no longer matches (changed concurrently) is left alone.
func (m *Manager) transition(ctx context.Context, tx *Tx, sql string, args ...any) error {
	dbtx, err := m.db.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = dbtx.Rollback(ctx) }()
	updated, err := scanTx(dbtx.QueryRow(ctx, sql, args...))
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := m.onChange(ctx, dbtx, updated, tx.State); err != nil {
		return err
	}
	return dbtx.Commit(ctx)
}

func (m *Manager) onChange(ctx context.Context, dbtx pgx.Tx, tx *Tx, from State) error {
	if m.hooks.OnStateChange == nil || tx.State == from {
		return nil
	}
	if err := m.hooks.OnStateChange(ctx, dbtx, tx, from); err != nil {
		return fmt.Errorf("state-change hook: %w", err)
	}
	return nil
}

// Wait polls until transaction id is final and returns it.
func Wait(ctx context.Context, db DBTX, id int64, every time.Duration) (*Tx, error) {
	for {
		tx, err := Get(ctx, db, id)
		if err != nil {
			return nil, err
		}
		if tx.State.Final() {
			return tx, nil
		}
		select {
		case <-ctx.Done():
			return tx, ctx.Err()
		case <-time.After(every):
		}
	}
}

func deref(p *uint64) any {
	if p == nil {
		return nil
	}
	return *p
}
