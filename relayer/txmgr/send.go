package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"

	"github.com/teeoracle/teeoracle/relayer/ethrpc"
)

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
			if err := m.drop(ctx, p.tx, p.err.Error()); err != nil {
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
	var a Attempt
	updated, err := m.change(ctx, p.tx, true, func(db pgx.Tx) (*Tx, error) {
		next, err := m.store.nextNonce(ctx, db, m.sender, chainNonce)
		if err != nil {
			return nil, err
		}
		a, err = m.sign(p.tx.ID, next, p.tx.To, p.data, p.tx.Value, p.gas, fees, false)
		if err != nil {
			return nil, err
		}
		if err := m.store.usedNonce(ctx, db, m.sender, next); err != nil {
			return nil, err
		}
		updated, err := m.store.markSigned(ctx, db, p.tx.ID, a, p.data)
		if err != nil {
			return nil, err
		}
		return updated, m.store.insertAttempt(ctx, db, a)
	})
	if updated == nil || err != nil {
		return false, err // nil: abandoned meanwhile
	}
	updated.attempts = []Attempt{a}
	m.log.Debug("signed transaction", "id", p.tx.ID, "nonce", a.Nonce, "hash", a.Hash, "tip", fees.TipCap, "feeCap", fees.FeeCap)
	_, err = m.broadcast(ctx, updated, a.Raw, true)
	return true, err
}

// sign signs an attempt of transaction id.
func (m *Manager) sign(id int64, nonce uint64, to common.Address, data []byte, value *big.Int, gas uint64, fees Fees, noop bool) (Attempt, error) {
	if value == nil {
		value = new(big.Int)
	}
	signed, err := types.SignNewTx(m.cfg.Key, m.signer, &types.DynamicFeeTx{
		ChainID: m.cfg.ChainID, Nonce: nonce, GasTipCap: fees.TipCap, GasFeeCap: fees.FeeCap, Gas: gas,
		To: &to, Value: value, Data: data,
	})
	if err != nil {
		return Attempt{}, err
	}
	raw, _ := signed.MarshalBinary()
	return Attempt{Hash: signed.Hash(), TxID: id, Nonce: nonce, GasLimit: gas, Noop: noop, Raw: raw,
		TipCap: fees.TipCap, FeeCap: fees.FeeCap}, nil
}

// broadcast sends the stored raw bytes of tx's latest attempt. It returns true when a node holds the
// transaction afterwards (accepted now, or already known).
func (m *Manager) broadcast(ctx context.Context, tx *Tx, raw []byte, first bool) (bool, error) {
	err := m.backend.SendRawTransaction(ctx, raw)
	switch {
	case err == nil || ethrpc.IsKnownTx(err):
		uerr := m.store.markBroadcast(ctx, m.db, tx.ID, tx.Hash)
		if first && err == nil {
			m.metrics.TxSent(tx.Kind)
		}
		return true, uerr
	case ethrpc.IsNonceTooLow(err):
		if len(tx.attempts) <= 1 && tx.FirstSentAt == nil {
			// The nonce was used by a transaction we never sent and this one never reached a node:
			// give it back its queued state so it is signed again with a fresh nonce.
			m.log.Warn("nonce taken by another transaction; re-queueing", "id", tx.ID, "nonce", deref(tx.Nonce))
			_, err := m.change(ctx, tx, false, func(db pgx.Tx) (*Tx, error) { return m.store.requeue(ctx, db, tx.ID) })
			return true, err
		}
		// An earlier attempt of ours was probably mined: the receipt check will tell.
		return true, m.store.markRebroadcast(ctx, m.db, tx.ID, false, false)
	case ethrpc.IsUnderpriced(err):
		// The pool holds an attempt with close fees (or its minimum is above ours): bump next round.
		m.log.Info("broadcast underpriced; will bump", "id", tx.ID, "err", err)
		return true, m.store.markRebroadcast(ctx, m.db, tx.ID, true, false)
	default:
		m.log.Warn("broadcast failed; will retry", "id", tx.ID, "nonce", deref(tx.Nonce), "err", err)
		return false, nil
	}
}

// change runs a state change of tx (fn, returning the updated row) and the state-change hook in one
// database transaction; fenced, it first checks this process still holds the sender lease. It
// returns nil when the row no longer matched (changed concurrently: left alone).
func (m *Manager) change(ctx context.Context, tx *Tx, fenced bool, fn func(db pgx.Tx) (*Tx, error)) (*Tx, error) {
	dbtx, err := m.db.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer func() { _ = dbtx.Rollback(ctx) }()
	if fenced {
		if err := m.store.holdLease(ctx, dbtx, m.sender, m.cfg.Owner); err != nil {
			return nil, err
		}
	}
	updated, err := fn(dbtx)
	if errors.Is(err, ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if m.hooks.OnStateChange != nil && updated.State != tx.State {
		if err := m.hooks.OnStateChange(ctx, dbtx, updated, tx.State); err != nil {
			return nil, fmt.Errorf("state-change hook: %w", err)
		}
	}
	return updated, dbtx.Commit(ctx)
}

func deref(p *uint64) any {
	if p == nil {
		return nil
	}
	return *p
}
