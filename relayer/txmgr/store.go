package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// DBTX is a pool, a connection or a transaction.
type DBTX interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// ErrNotFound means no transaction has that id.
var ErrNotFound = errors.New("txmgr: transaction not found")

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

func collectTxs(rows pgx.Rows, err error) ([]*Tx, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Tx
	for rows.Next() {
		t, err := scanTx(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// Enqueue stores a candidate as a queued transaction of (chainID, from) and returns its id. Pass a
// pgx.Tx to enqueue atomically with your own rows (e.g. tx_jobs links). Any process may enqueue;
// the process holding the sender lease signs and sends.
func Enqueue(ctx context.Context, db DBTX, chainID int64, from common.Address, c Candidate) (int64, error) {
	var id int64
	err := db.QueryRow(ctx, `INSERT INTO txs (chain_id, from_address, to_address, data, value, gas_limit, kind)
		VALUES ($1, $2, $3, $4, $5::numeric, $6, $7) RETURNING id`,
		chainID, from.Bytes(), c.To.Bytes(), nonNil(c.Data), numText(c.Value), int64(c.GasLimit), c.Kind).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("txmgr: enqueue: %w", err)
	}
	return id, nil
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// Get returns transaction id.
func Get(ctx context.Context, db DBTX, id int64) (*Tx, error) {
	return scanTx(db.QueryRow(ctx, `SELECT `+txColumns+` FROM txs WHERE id = $1`, id))
}

// ListFilter selects transactions for List.
type ListFilter struct {
	States []State // empty: all
	Limit  int     // 0: 100
}

// List returns transactions, newest first.
func List(ctx context.Context, db DBTX, f ListFilter) ([]*Tx, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	states := make([]string, len(f.States))
	for i, s := range f.States {
		states[i] = string(s)
	}
	return collectTxs(db.Query(ctx, `SELECT `+txColumns+` FROM txs
		WHERE cardinality($1::text[]) = 0 OR state = ANY($1) ORDER BY id DESC LIMIT $2`, states, limit))
}

// Attempts returns every signed attempt of transaction id, newest first.
func Attempts(ctx context.Context, db DBTX, id int64) ([]Attempt, error) {
	rows, err := db.Query(ctx, `SELECT tx_hash, tx_id, nonce, gas_limit, noop, raw_tx, gas_tip_cap::text,
		gas_fee_cap::text, created_at FROM tx_attempts WHERE tx_id = $1 ORDER BY created_at DESC, gas_fee_cap DESC`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Attempt
	for rows.Next() {
		var a Attempt
		var hash []byte
		var nonce, gas int64
		var tip, fc *string
		if err := rows.Scan(&hash, &a.TxID, &nonce, &gas, &a.Noop, &a.Raw, &tip, &fc, &a.Created); err != nil {
			return nil, err
		}
		a.Hash, a.Nonce, a.GasLimit, a.TipCap, a.FeeCap = common.BytesToHash(hash), uint64(nonce), uint64(gas), parseNum(tip), parseNum(fc)
		out = append(out, a)
	}
	return out, rows.Err()
}

// RequestBump asks the sending process to replace a pending transaction with higher fees at once.
func RequestBump(ctx context.Context, db DBTX, id int64) error {
	tag, err := db.Exec(ctx, `UPDATE txs SET bump_requested = true, updated_at = now()
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
func Abandon(ctx context.Context, db DBTX, id int64) error {
	tag, err := db.Exec(ctx, `UPDATE txs SET
			state = CASE WHEN state = 'queued' THEN 'abandoned' ELSE state END,
			finished_at = CASE WHEN state = 'queued' THEN now() ELSE finished_at END,
			error = 'abandoned by operator',
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

// store holds the manager's own queries.
type store struct {
	chainID int64
	from    []byte
}

func (s store) inFlight(ctx context.Context, db DBTX) ([]*Tx, error) {
	return collectTxs(db.Query(ctx, `SELECT `+txColumns+` FROM txs
		WHERE chain_id = $1 AND from_address = $2 AND state IN ('pending', 'included') ORDER BY nonce`, s.chainID, s.from))
}

// nextQueued returns up to n queued transactions with ids above `after`, oldest first.
func (s store) nextQueued(ctx context.Context, db DBTX, after int64, n int) ([]*Tx, error) {
	return collectTxs(db.Query(ctx, `SELECT `+txColumns+` FROM txs
		WHERE chain_id = $1 AND from_address = $2 AND state = 'queued' AND id > $3 ORDER BY id LIMIT $4`, s.chainID, s.from, after, n))
}

// nextNonce is one past the highest nonce of a transaction in flight (0 if none). The caller takes
// the larger of it and the chain's nonce: nonces of final transactions are behind the chain's
// (or were freed by a deep reorg and may be used again).
func (s store) nextNonce(ctx context.Context, db DBTX) (uint64, error) {
	var n *int64
	if err := db.QueryRow(ctx, `SELECT max(nonce) FROM txs WHERE chain_id = $1 AND from_address = $2
		AND state IN ('pending', 'included')`, s.chainID, s.from).Scan(&n); err != nil {
		return 0, err
	}
	if n == nil {
		return 0, nil
	}
	return uint64(*n) + 1, nil
}

// acquireLease takes or renews the sender lease; false when another live process holds it.
func (s store) acquireLease(ctx context.Context, db DBTX, owner string, d time.Duration) (bool, error) {
	var got string
	err := db.QueryRow(ctx, `INSERT INTO tx_senders (chain_id, address, owner, lease_expires_at)
		VALUES ($1, $2, $3, now() + $4::interval)
		ON CONFLICT (chain_id, address) DO UPDATE SET owner = EXCLUDED.owner, lease_expires_at = EXCLUDED.lease_expires_at
		WHERE tx_senders.owner = EXCLUDED.owner OR tx_senders.lease_expires_at < now()
		RETURNING owner`, s.chainID, s.from, owner, d.String()).Scan(&got)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// holdLease locks the lease row inside db (a transaction) and checks owner still holds it: it fences
// nonce assignment against a process that took the lease over.
func (s store) holdLease(ctx context.Context, db DBTX, owner string) error {
	var ok bool
	err := db.QueryRow(ctx, `SELECT owner = $3 AND lease_expires_at > now() FROM tx_senders
		WHERE chain_id = $1 AND address = $2 FOR UPDATE`, s.chainID, s.from, owner).Scan(&ok)
	if errors.Is(err, pgx.ErrNoRows) || (err == nil && !ok) {
		return errLeaseLost
	}
	return err
}

func (s store) releaseLease(ctx context.Context, db DBTX, owner string) error {
	_, err := db.Exec(ctx, `DELETE FROM tx_senders WHERE chain_id = $1 AND address = $2 AND owner = $3`, s.chainID, s.from, owner)
	return err
}

var errLeaseLost = errors.New("txmgr: sender lease lost")

func insertAttempt(ctx context.Context, db DBTX, a Attempt) error {
	_, err := db.Exec(ctx, `INSERT INTO tx_attempts (tx_hash, tx_id, nonce, gas_limit, noop, raw_tx, gas_tip_cap, gas_fee_cap)
		VALUES ($1, $2, $3, $4, $5, $6, $7::numeric, $8::numeric) ON CONFLICT (tx_hash) DO NOTHING`,
		a.Hash.Bytes(), a.TxID, int64(a.Nonce), int64(a.GasLimit), a.Noop, a.Raw, numText(a.TipCap), numText(a.FeeCap))
	return err
}
