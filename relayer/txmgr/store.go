package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"

	"github.com/teeoracle/teeoracle/relayer/store"
)

// DBTX is a pool, a connection or a transaction.
type DBTX = store.DBTX

// ErrNotFound means no transaction has that id (or, for a state change, that it is no longer in the
// state the change starts from).
var ErrNotFound = errors.New("txmgr: transaction not found")

// Store owns the txs, tx_attempts, tx_senders and tx_jobs tables: every query on them is one of
// its methods, and every state change of a transaction is one statement here. Methods take the DBTX
// to run on, so that callers compose them into their own transactions (enqueue a transaction and
// link the jobs it carries atomically).
type Store struct {
	obs store.Observer
}

// NewStore returns the transaction store; m times its queries (nil: not timed).
func NewStore(m store.Metrics) *Store { return &Store{obs: store.NewObserver("txmgr", m)} }

// numeric(78,0) values travel as decimal text.
func numText(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

func parseNum(s *string) *big.Int {
	if s == nil {
		return nil
	}
	n, ok := new(big.Int).SetString(*s, 10)
	if !ok {
		return nil
	}
	return n
}

func optNum(x *big.Int) *string {
	if x == nil {
		return nil
	}
	s := x.String()
	return &s
}

func optText(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

const txColumns = `id, chain_id, from_address, to_address, data, value::text, gas_limit, kind, state, nonce,
	gas_tip_cap::text, gas_fee_cap::text, tx_hash, raw_tx, bumps, noop, bump_requested, first_sent_at, broadcast_at,
	included_hash, block_number, block_hash, receipt_status, gas_used, effective_gas_price::text, error,
	created_at, updated_at, finished_at`

func scanTx(row pgx.Row) (*Tx, error) {
	var (
		t                                        Tx
		from, to, hash, incl, bhash              []byte
		value, tip, feeCap, effPrice             *string
		nonce, blockNumber, receiptStatus, gUsed *int64
		gasLimit                                 int64
		errText                                  *string
		state                                    string
	)
	err := row.Scan(&t.ID, &t.ChainID, &from, &to, &t.Data, &value, &gasLimit, &t.Kind, &state, &nonce,
		&tip, &feeCap, &hash, &t.Raw, &t.Bumps, &t.Noop, &t.BumpRequested, &t.FirstSentAt, &t.BroadcastAt,
		&incl, &blockNumber, &bhash, &receiptStatus, &gUsed, &effPrice, &errText,
		&t.CreatedAt, &t.UpdatedAt, &t.FinishedAt)
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	t.From, t.To = common.BytesToAddress(from), common.BytesToAddress(to)
	t.Value, t.TipCap, t.FeeCap, t.EffectiveGasPrice = parseNum(value), parseNum(tip), parseNum(feeCap), parseNum(effPrice)
	t.GasLimit = uint64(gasLimit)
	t.State = State(state)
	if nonce != nil {
		n := uint64(*nonce)
		t.Nonce = &n
	}
	t.Hash, t.IncludedHash, t.BlockHash = common.BytesToHash(hash), common.BytesToHash(incl), common.BytesToHash(bhash)
	if blockNumber != nil {
		t.BlockNumber = uint64(*blockNumber)
	}
	if receiptStatus != nil {
		s := uint64(*receiptStatus)
		t.ReceiptStatus = &s
	}
	if gUsed != nil {
		t.GasUsed = uint64(*gUsed)
	}
	if errText != nil {
		t.Error = *errText
	}
	return &t, nil
}

// Enqueue stores a candidate as a queued transaction of (chainID, from) and returns its id. Pass a
// pgx.Tx to enqueue atomically with your own rows. Any process may enqueue; the process holding the
// sender lease signs and sends.
func (s *Store) Enqueue(ctx context.Context, db DBTX, chainID int64, from common.Address, c Candidate) (int64, error) {
	var id int64
	err := s.obs.On(db).QueryRow(ctx, `INSERT INTO txs (chain_id, from_address, to_address, data, value, gas_limit, kind)
		VALUES ($1, $2, $3, $4, $5::numeric, $6, $7) RETURNING id`,
		chainID, from.Bytes(), c.To.Bytes(), store.NonNil(c.Data), numText(c.Value), int64(c.GasLimit), c.Kind).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("txmgr: enqueue: %w", err)
	}
	return id, nil
}

// Get returns transaction id.
func (s *Store) Get(ctx context.Context, db DBTX, id int64) (*Tx, error) {
	return scanTx(s.obs.On(db).QueryRow(ctx, `SELECT `+txColumns+` FROM txs WHERE id = $1`, id))
}

// ListFilter selects transactions for List.
type ListFilter struct {
	States []State // empty: all
	Limit  int     // 0: 100
}

// List returns transactions, newest first.
func (s *Store) List(ctx context.Context, db DBTX, f ListFilter) ([]*Tx, error) {
	states, limit := store.ListArgs(f.States, f.Limit)
	return collectTxs(s.obs.On(db).Query(ctx, `SELECT `+txColumns+` FROM txs
		WHERE cardinality($1::text[]) = 0 OR state = ANY($1) ORDER BY id DESC LIMIT $2`, states, limit))
}

// Attempts returns every signed attempt of transaction id, newest first.
func (s *Store) Attempts(ctx context.Context, db DBTX, id int64) ([]Attempt, error) {
	byTx, err := s.attemptsOf(ctx, db, []int64{id})
	return byTx[id], err
}

// attemptsOf returns the attempts of several transactions (newest first each) in one query.
func (s *Store) attemptsOf(ctx context.Context, db DBTX, ids []int64) (map[int64][]Attempt, error) {
	rows, err := s.obs.On(db).Query(ctx, `SELECT tx_hash, tx_id, nonce, gas_limit, noop, raw_tx, gas_tip_cap::text,
		gas_fee_cap::text, created_at FROM tx_attempts WHERE tx_id = ANY($1) ORDER BY tx_id, created_at DESC, gas_fee_cap DESC`, ids)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64][]Attempt{}
	for rows.Next() {
		var a Attempt
		var hash []byte
		var nonce, gas int64
		var tip, fc *string
		if err := rows.Scan(&hash, &a.TxID, &nonce, &gas, &a.Noop, &a.Raw, &tip, &fc, &a.Created); err != nil {
			return nil, err
		}
		a.Hash, a.Nonce, a.GasLimit, a.TipCap, a.FeeCap = common.BytesToHash(hash), uint64(nonce), uint64(gas), parseNum(tip), parseNum(fc)
		out[a.TxID] = append(out[a.TxID], a)
	}
	return out, rows.Err()
}

// Ours returns which of hashes are attempts this relayer signed (any sender, any state).
func (s *Store) Ours(ctx context.Context, db DBTX, hashes []common.Hash) (map[common.Hash]bool, error) {
	return store.CollectHashSet(s.obs.On(db).Query(ctx, `SELECT tx_hash FROM tx_attempts WHERE tx_hash = ANY($1)`, store.HashBytes(hashes)))
}

// Carried returns which (attempt hash, job) pairs are linked: the job is one the transaction of
// that attempt carries (as linked now: a job a reorg deleted is no longer linked to anything).
func (s *Store) Carried(ctx context.Context, db DBTX, hashes, jobs []common.Hash) (map[[2]common.Hash]bool, error) {
	rows, err := s.obs.On(db).Query(ctx, `SELECT a.tx_hash, tj.job_id FROM tx_attempts a
		JOIN tx_jobs tj ON tj.tx_id = a.tx_id WHERE a.tx_hash = ANY($1) AND tj.job_id = ANY($2)`,
		store.HashBytes(hashes), store.HashBytes(jobs))
	pairs, err := store.CollectRows(rows, err, func(r pgx.Row) ([2]common.Hash, error) {
		var h, j []byte
		err := r.Scan(&h, &j)
		return [2]common.Hash{common.BytesToHash(h), common.BytesToHash(j)}, err
	})
	if err != nil {
		return nil, err
	}
	out := make(map[[2]common.Hash]bool, len(pairs))
	for _, p := range pairs {
		out[p] = true
	}
	return out, nil
}

// RequestBump asks the sending process to replace a pending transaction with higher fees at once.
func (s *Store) RequestBump(ctx context.Context, db DBTX, id int64) error {
	tag, err := s.obs.On(db).Exec(ctx, `UPDATE txs SET bump_requested = true, updated_at = now()
		WHERE id = $1 AND state = 'pending'`, id)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("txmgr: transaction %d is not pending", id)
	}
	return nil
}

// Abandon gives a transaction up. A queued one is abandoned at once; a pending one is replaced by a
// 0-value self-transfer (to free its nonce) and becomes abandoned when that is confirmed.
func (s *Store) Abandon(ctx context.Context, db DBTX, id int64) error {
	tag, err := s.obs.On(db).Exec(ctx, `UPDATE txs SET
			state = CASE WHEN state = 'queued' THEN 'abandoned' ELSE state END,
			finished_at = CASE WHEN state = 'queued' THEN now() ELSE finished_at END,
			error = '`+abandonedMsg+`',
			noop = (state <> 'queued'), bump_requested = (state <> 'queued'), updated_at = now()
		WHERE id = $1 AND state IN ('queued', 'pending')`, id)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("txmgr: transaction %d is neither queued nor pending", id)
	}
	return nil
}

// Wait polls until transaction id is final and returns it.
func (s *Store) Wait(ctx context.Context, db DBTX, id int64, every time.Duration) (*Tx, error) {
	for {
		tx, err := s.Get(ctx, db, id)
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

// CountOpen counts the transactions of a sender and kind not final yet (queued, pending, included).
func (s *Store) CountOpen(ctx context.Context, db DBTX, chainID int64, from common.Address, kind string) (int, error) {
	var n int
	err := s.obs.On(db).QueryRow(ctx, `SELECT count(*) FROM txs WHERE chain_id = $1 AND from_address = $2 AND kind = $3
		AND state IN ('queued', 'pending', 'included')`, chainID, from.Bytes(), kind).Scan(&n)
	return n, err
}

// Link records that transaction txID carries the jobs refs (tx_jobs).
func (s *Store) Link(ctx context.Context, db DBTX, txID int64, refs []common.Hash) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO tx_jobs (tx_id, job_id) SELECT $1, unnest($2::bytea[]) ON CONFLICT DO NOTHING`,
		txID, store.HashBytes(refs))
	return err
}

// Unlink takes jobs refs out of transaction txID.
func (s *Store) Unlink(ctx context.Context, db DBTX, txID int64, refs []common.Hash) error {
	_, err := s.obs.On(db).Exec(ctx, `DELETE FROM tx_jobs WHERE tx_id = $1 AND job_id = ANY($2)`, txID, store.HashBytes(refs))
	return err
}

// CarriedElsewhere returns which of refs another in-flight (pending or included) transaction than
// txID carries: a reorg can bring back an old transaction while a new one carries the same jobs,
// and only one of them may be sent.
func (s *Store) CarriedElsewhere(ctx context.Context, db DBTX, txID int64, refs []common.Hash) (map[common.Hash]bool, error) {
	return store.CollectHashSet(s.obs.On(db).Query(ctx, `SELECT DISTINCT j.job_id FROM tx_jobs j JOIN txs t ON t.id = j.tx_id
		WHERE j.job_id = ANY($2) AND j.tx_id <> $1 AND t.state IN ('pending', 'included')`, txID, store.HashBytes(refs)))
}

// Linked returns the jobs transaction txID carries.
func (s *Store) Linked(ctx context.Context, db DBTX, txID int64) ([]common.Hash, error) {
	return store.CollectHashes(s.obs.On(db).Query(ctx, `SELECT job_id FROM tx_jobs WHERE tx_id = $1`, txID))
}

// Carrying returns the transactions that carried job ref, oldest first.
func (s *Store) Carrying(ctx context.Context, db DBTX, ref common.Hash) ([]*Tx, error) {
	return collectTxs(s.obs.On(db).Query(ctx, `SELECT `+txColumns+` FROM txs
		WHERE id IN (SELECT tx_id FROM tx_jobs WHERE job_id = $1) ORDER BY id`, ref.Bytes()))
}

// sender scopes the manager's own queries to one (chain, address).
type sender struct {
	chainID int64
	from    []byte
}

// inFlight returns the sender's pending and included transactions, by nonce, each with its
// attempts (two queries for all of them).
func (s *Store) inFlight(ctx context.Context, db DBTX, sd sender) ([]*Tx, error) {
	txs, err := collectTxs(s.obs.On(db).Query(ctx, `SELECT `+txColumns+` FROM txs
		WHERE chain_id = $1 AND from_address = $2 AND state IN ('pending', 'included') ORDER BY nonce`, sd.chainID, sd.from))
	if err != nil {
		return nil, err
	}
	return txs, s.withAttempts(ctx, db, txs)
}

// withAttempts loads the attempts of txs in one query.
func (s *Store) withAttempts(ctx context.Context, db DBTX, txs []*Tx) error {
	if len(txs) == 0 {
		return nil
	}
	ids := make([]int64, len(txs))
	for i, t := range txs {
		ids[i] = t.ID
	}
	byTx, err := s.attemptsOf(ctx, db, ids)
	for _, t := range txs {
		t.attempts = byTx[t.ID]
	}
	return err
}

// countInFlight counts the sender's pending and included transactions.
func (s *Store) countInFlight(ctx context.Context, db DBTX, sd sender) (int, error) {
	var n int
	err := s.obs.On(db).QueryRow(ctx, `SELECT count(*) FROM txs WHERE chain_id = $1 AND from_address = $2
		AND state IN ('pending', 'included')`, sd.chainID, sd.from).Scan(&n)
	return n, err
}

// nextQueued returns up to n queued transactions with ids above `after`, oldest first.
func (s *Store) nextQueued(ctx context.Context, db DBTX, sd sender, after int64, n int) ([]*Tx, error) {
	return collectTxs(s.obs.On(db).Query(ctx, `SELECT `+txColumns+` FROM txs
		WHERE chain_id = $1 AND from_address = $2 AND state = 'queued' AND id > $3 ORDER BY id LIMIT $4`, sd.chainID, sd.from, after, n))
}

// nextNonce returns the nonce to sign the sender's next transaction with, given the chain's
// nonce: the manager's own next nonce (kept in tx_senders, never handed out twice), or the chain's
// when it is ahead, or one past the highest nonce in flight. The kept one is dropped back to the
// chain's only when no transaction of the sender holds a nonce at or above the chain's (nothing
// of ours can fill the gap: the database was restored or the chain reset); after a reorg our
// reorged-out transactions hold those nonces and are sent again. Call it inside the fenced
// database transaction that signs (the lease row lock serialises it).
func (s *Store) nextNonce(ctx context.Context, db DBTX, sd sender, chainNonce uint64) (uint64, error) {
	var kept, inflight *int64
	var held bool
	if err := s.obs.On(db).QueryRow(ctx, `SELECT
			(SELECT next_nonce FROM tx_senders WHERE chain_id = $1 AND address = $2),
			(SELECT max(nonce) FROM txs WHERE chain_id = $1 AND from_address = $2 AND state IN ('pending', 'included')),
			EXISTS (SELECT 1 FROM txs WHERE chain_id = $1 AND from_address = $2 AND nonce >= $3)`,
		sd.chainID, sd.from, int64(chainNonce)).Scan(&kept, &inflight, &held); err != nil {
		return 0, err
	}
	next := chainNonce
	if inflight != nil {
		next = max(next, uint64(*inflight)+1)
	}
	if kept != nil && held {
		next = max(next, uint64(*kept))
	}
	return next, nil
}

// usedNonce records that nonce was signed: the sender's next nonce is past it from now on.
func (s *Store) usedNonce(ctx context.Context, db DBTX, sd sender, nonce uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE tx_senders SET next_nonce = greatest(coalesce(next_nonce, 0), $3)
		WHERE chain_id = $1 AND address = $2`, sd.chainID, sd.from, int64(nonce)+1)
	return err
}

// KeptNonce returns the next nonce the manager of (chainID, from) keeps (false: none yet).
func (s *Store) KeptNonce(ctx context.Context, db DBTX, chainID int64, from common.Address) (uint64, bool, error) {
	var n *int64
	err := s.obs.On(db).QueryRow(ctx, `SELECT next_nonce FROM tx_senders WHERE chain_id = $1 AND address = $2`,
		chainID, from.Bytes()).Scan(&n)
	if errors.Is(err, pgx.ErrNoRows) || (err == nil && n == nil) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	return uint64(*n), true, nil
}

// acquireLease takes or renews the sender lease; false when another live process holds it.
func (s *Store) acquireLease(ctx context.Context, db DBTX, sd sender, owner string, d time.Duration) (bool, error) {
	var got string
	err := s.obs.On(db).QueryRow(ctx, `INSERT INTO tx_senders (chain_id, address, owner, lease_expires_at)
		VALUES ($1, $2, $3, now() + $4::interval)
		ON CONFLICT (chain_id, address) DO UPDATE SET owner = EXCLUDED.owner, lease_expires_at = EXCLUDED.lease_expires_at
		WHERE tx_senders.owner = EXCLUDED.owner OR tx_senders.lease_expires_at < now()
		RETURNING owner`, sd.chainID, sd.from, owner, d.String()).Scan(&got)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

var errLeaseLost = errors.New("txmgr: sender lease lost")

// holdLease locks the lease row inside db (a transaction) and checks owner still holds it: it fences
// nonce assignment against a process that took the lease over.
func (s *Store) holdLease(ctx context.Context, db DBTX, sd sender, owner string) error {
	var ok bool
	err := s.obs.On(db).QueryRow(ctx, `SELECT owner = $3 AND lease_expires_at > now() FROM tx_senders
		WHERE chain_id = $1 AND address = $2 FOR UPDATE`, sd.chainID, sd.from, owner).Scan(&ok)
	if errors.Is(err, pgx.ErrNoRows) || (err == nil && !ok) {
		return errLeaseLost
	}
	return err
}

func (s *Store) releaseLease(ctx context.Context, db DBTX, sd sender, owner string) error {
	_, err := s.obs.On(db).Exec(ctx, `DELETE FROM tx_senders WHERE chain_id = $1 AND address = $2 AND owner = $3`, sd.chainID, sd.from, owner)
	return err
}

func (s *Store) insertAttempt(ctx context.Context, db DBTX, a Attempt) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO tx_attempts (tx_hash, tx_id, nonce, gas_limit, noop, raw_tx, gas_tip_cap, gas_fee_cap)
		VALUES ($1, $2, $3, $4, $5, $6, $7::numeric, $8::numeric) ON CONFLICT (tx_hash) DO NOTHING`,
		a.Hash.Bytes(), a.TxID, int64(a.Nonce), int64(a.GasLimit), a.Noop, []byte(a.Raw), numText(a.TipCap), numText(a.FeeCap))
	return err
}

// The state changes below return the updated row, or ErrNotFound when the row is no longer in the
// state the change starts from (changed concurrently: the caller leaves it alone).

// markSigned moves a queued transaction to pending with its first signed attempt.
func (s *Store) markSigned(ctx context.Context, db DBTX, id int64, a Attempt, data []byte) (*Tx, error) {
	return scanTx(s.obs.On(db).QueryRow(ctx, `UPDATE txs SET state = 'pending', nonce = $2, data = $3, gas_tip_cap = $4::numeric,
			gas_fee_cap = $5::numeric, tx_hash = $6, raw_tx = $7, broadcast_at = NULL, updated_at = now()
		WHERE id = $1 AND state = 'queued' RETURNING `+txColumns,
		id, int64(a.Nonce), store.NonNil(data), a.TipCap.String(), a.FeeCap.String(), a.Hash.Bytes(), []byte(a.Raw)))
}

// markReplaced records a replacement attempt of a pending transaction (data: the calldata the row
// keeps; errText: why it became a no-op, if it did).
func (s *Store) markReplaced(ctx context.Context, db DBTX, id int64, a Attempt, data []byte, errText string) (*Tx, error) {
	return scanTx(s.obs.On(db).QueryRow(ctx, `UPDATE txs SET data = $2, gas_tip_cap = $3::numeric, gas_fee_cap = $4::numeric,
			tx_hash = $5, raw_tx = $6, bumps = bumps + 1, noop = $7, bump_requested = false, broadcast_at = NULL,
			error = $8, updated_at = now()
		WHERE id = $1 AND state = 'pending' RETURNING `+txColumns,
		id, store.NonNil(data), a.TipCap.String(), a.FeeCap.String(), a.Hash.Bytes(), []byte(a.Raw), a.Noop, optText(errText)))
}

// markBroadcast records that a node holds attempt hash of transaction id.
func (s *Store) markBroadcast(ctx context.Context, db DBTX, id int64, hash common.Hash) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE txs SET broadcast_at = now(), first_sent_at = coalesce(first_sent_at, now()),
		updated_at = now() WHERE id = $1 AND tx_hash = $2`, id, hash.Bytes())
	return err
}

// markRebroadcast restarts the resubmission clock (bump: also ask for a fee bump next round;
// clearBump: forget a requested bump).
func (s *Store) markRebroadcast(ctx context.Context, db DBTX, id int64, bump, clearBump bool) error {
	q := `UPDATE txs SET broadcast_at = now(), updated_at = now() WHERE id = $1`
	switch {
	case bump:
		q = `UPDATE txs SET broadcast_at = coalesce(broadcast_at, now()), bump_requested = true, updated_at = now() WHERE id = $1`
	case clearBump:
		q = `UPDATE txs SET bump_requested = false, broadcast_at = now(), updated_at = now() WHERE id = $1`
	}
	_, err := s.obs.On(db).Exec(ctx, q, id)
	return err
}

// requeue gives a pending transaction that never reached a node its queued state back (its
// attempts are deleted: it is signed again with a fresh nonce).
func (s *Store) requeue(ctx context.Context, db DBTX, id int64) (*Tx, error) {
	if _, err := s.obs.On(db).Exec(ctx, `DELETE FROM tx_attempts WHERE tx_id = $1`, id); err != nil {
		return nil, err
	}
	return scanTx(s.obs.On(db).QueryRow(ctx, `UPDATE txs SET state = 'queued', nonce = NULL, tx_hash = NULL, raw_tx = NULL,
		gas_tip_cap = NULL, gas_fee_cap = NULL, broadcast_at = NULL, updated_at = now()
		WHERE id = $1 AND state = 'pending' RETURNING `+txColumns, id))
}

// markIncluded records the receipt of an attempt not yet at the confirmation depth.
func (s *Store) markIncluded(ctx context.Context, db DBTX, id int64, r *types.Receipt) (*Tx, error) {
	return scanTx(s.obs.On(db).QueryRow(ctx, `UPDATE txs SET state = 'included', included_hash = $2, block_number = $3, block_hash = $4,
		receipt_status = $5, gas_used = $6, effective_gas_price = $7::numeric, updated_at = now()
		WHERE id = $1 AND state IN ('pending', 'included') RETURNING `+txColumns,
		id, r.TxHash.Bytes(), r.BlockNumber.Int64(), r.BlockHash.Bytes(), int64(r.Status), int64(r.GasUsed), optNum(r.EffectiveGasPrice)))
}

// markReorged moves an included transaction whose block was reorged away back to pending.
func (s *Store) markReorged(ctx context.Context, db DBTX, id int64) (*Tx, error) {
	return scanTx(s.obs.On(db).QueryRow(ctx, `UPDATE txs SET state = 'pending', included_hash = NULL, block_number = NULL, block_hash = NULL,
		receipt_status = NULL, gas_used = NULL, effective_gas_price = NULL, broadcast_at = NULL, updated_at = now()
		WHERE id = $1 AND state = 'included' RETURNING `+txColumns, id))
}

// finish moves a transaction from state `from` to a final state (r: its receipt, if mined).
func (s *Store) finish(ctx context.Context, db DBTX, id int64, from, state State, msg string, r *types.Receipt) (*Tx, error) {
	if r == nil {
		return scanTx(s.obs.On(db).QueryRow(ctx, `UPDATE txs SET state = $2, error = $3, finished_at = now(), updated_at = now(),
			bump_requested = false WHERE id = $1 AND state = $4 RETURNING `+txColumns, id, string(state), optText(msg), string(from)))
	}
	return scanTx(s.obs.On(db).QueryRow(ctx, `UPDATE txs SET state = $2, error = $3, included_hash = $4, block_number = $5, block_hash = $6,
			receipt_status = $7, gas_used = $8, effective_gas_price = $9::numeric, finished_at = now(), updated_at = now(),
			bump_requested = false
		WHERE id = $1 AND state = $10 RETURNING `+txColumns,
		id, string(state), optText(msg), r.TxHash.Bytes(), r.BlockNumber.Int64(), r.BlockHash.Bytes(), int64(r.Status),
		int64(r.GasUsed), optNum(r.EffectiveGasPrice), string(from)))
}

func collectTxs(rows pgx.Rows, err error) ([]*Tx, error) { return store.CollectRows(rows, err, scanTx) }

// recentlyFinal returns the sender's transactions made final by a receipt in blocks from minBlock
// on (confirmed, or failed on chain), newest block first, with their attempts.
func (s *Store) recentlyFinal(ctx context.Context, db DBTX, sd sender, minBlock uint64) ([]*Tx, error) {
	txs, err := collectTxs(s.obs.On(db).Query(ctx, `SELECT `+txColumns+` FROM txs
		WHERE chain_id = $1 AND from_address = $2 AND state IN ('confirmed', 'failed') AND block_number >= $3
		ORDER BY block_number DESC, nonce DESC`, sd.chainID, sd.from, int64(minBlock)))
	if err != nil {
		return nil, err
	}
	return txs, s.withAttempts(ctx, db, txs)
}

// nonceTakenBy returns another transaction of the sender that holds nonce (in flight or confirmed).
func (s *Store) nonceTakenBy(ctx context.Context, db DBTX, sd sender, nonce uint64, except int64) (int64, bool, error) {
	var id int64
	err := s.obs.On(db).QueryRow(ctx, `SELECT id FROM txs WHERE chain_id = $1 AND from_address = $2 AND nonce = $3 AND id <> $4
		AND state IN ('pending', 'included', 'confirmed') LIMIT 1`, sd.chainID, sd.from, int64(nonce), except).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

// markUnmined moves a final transaction whose receipt a deep reorg removed to `to`: pending (to be
// broadcast again) or failed (msg says why); its receipt fields are cleared.
func (s *Store) markUnmined(ctx context.Context, db DBTX, id int64, from, to State, msg string) (*Tx, error) {
	return scanTx(s.obs.On(db).QueryRow(ctx, `UPDATE txs SET state = $3, included_hash = NULL, block_number = NULL, block_hash = NULL,
		receipt_status = NULL, gas_used = NULL, effective_gas_price = NULL, broadcast_at = NULL, error = $4,
		finished_at = CASE WHEN $3 = 'pending' THEN NULL ELSE now() END, updated_at = now()
		WHERE id = $1 AND state = $2 RETURNING `+txColumns, id, string(from), string(to), optText(msg)))
}

// moveReceipt records that a final transaction's receipt is now in another (canonical) block.
func (s *Store) moveReceipt(ctx context.Context, db DBTX, id int64, r *types.Receipt) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE txs SET included_hash = $2, block_number = $3, block_hash = $4, receipt_status = $5,
		gas_used = $6, effective_gas_price = $7::numeric, updated_at = now() WHERE id = $1`,
		id, r.TxHash.Bytes(), r.BlockNumber.Int64(), r.BlockHash.Bytes(), int64(r.Status), int64(r.GasUsed), optNum(r.EffectiveGasPrice))
	return err
}
