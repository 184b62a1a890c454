package txmgr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
)

const abandonedMsg = "abandoned by operator"

// track follows one pending or included transaction. unaccepted is true when no node is known to
// hold it (so no later nonce should be sent yet).
func (m *Manager) track(ctx context.Context, tx *Tx, head, chainNonce uint64) (unaccepted bool, err error) {
	nonce := *tx.Nonce
	if nonce < chainNonce {
		return false, m.trackMined(ctx, tx, head)
	}
	delete(m.consumedSeen, tx.ID)
	if tx.State == StateIncluded {
		m.log.Warn("transaction reorged out; rebroadcasting", "id", tx.ID, "nonce", nonce, "hash", tx.IncludedHash)
		m.metrics.TxReorged(tx.Kind)
		if _, err := m.change(ctx, tx, false, func(db pgx.Tx) (*Tx, error) { return m.store.markReorged(ctx, db, tx.ID) }); err != nil {
			return false, err
		}
		tx.State, tx.BroadcastAt = StatePending, nil
	}
	switch {
	case tx.Noop && !tx.attemptIsNoop(tx.Hash):
		return m.replace(ctx, tx, true)
	case tx.BumpRequested || m.resendDue(tx, head):
		m.sentHead[tx.ID] = head
		return m.replace(ctx, tx, tx.Noop)
	case tx.BroadcastAt == nil || m.rebroadcast:
		m.sentHead[tx.ID] = head
		if tx.FirstSentAt != nil && !tx.Noop {
			// Sent before (a reorg took it out, or another process sent it): what it carries may be
			// stale now. Check it first; rewrite it, or fill its nonce with a no-op, rather than
			// spend gas on entries the contract would skip.
			return m.resend(ctx, tx)
		}
		ok, err := m.broadcast(ctx, tx, tx.Raw, false)
		return !ok, err
	}
	return false, nil
}

// resendDue reports whether a broadcast transaction has waited ResubmitBlocks blocks (or, on a
// chain that makes none, ResubmitAfter) without being mined.
func (m *Manager) resendDue(tx *Tx, head uint64) bool {
	if tx.BroadcastAt == nil {
		return false
	}
	if time.Since(*tx.BroadcastAt) > m.cfg.ResubmitAfter {
		return true
	}
	at, ok := m.sentHead[tx.ID]
	if !ok {
		m.sentHead[tx.ID] = head // first seen by this process: count from now
		return false
	}
	return head >= at+m.cfg.ResubmitBlocks
}

// resend sends a previously sent transaction again after checking it (hook and dry run): unchanged,
// its stored bytes; rewritten, a replacement with the new calldata; stale, a 0-value self-transfer
// at its nonce.
func (m *Manager) resend(ctx context.Context, tx *Tx) (bool, error) {
	data, err := m.prepare(ctx, tx, true)
	switch {
	case errors.Is(err, ErrDrop):
		m.log.Warn("transaction to send again is stale; filling its nonce with a no-op", "id", tx.ID, "nonce", deref(tx.Nonce), "reason", err)
		tx.Error = err.Error()
		return m.replace(ctx, tx, true)
	case err != nil:
		return true, err // retried next round; later nonces wait behind it
	case !bytes.Equal(data, tx.Data):
		return m.replace(ctx, tx, false)
	}
	ok, err := m.broadcast(ctx, tx, tx.Raw, false)
	return !ok, err
}

// trackMined follows a transaction whose nonce the chain has used: which of its attempts (if any)
// was mined, and whether it is deep enough to be final.
func (m *Manager) trackMined(ctx context.Context, tx *Tx, head uint64) error {
	r, err := m.findReceipt(ctx, tx)
	if err != nil {
		return err
	}
	if r == nil {
		first, seen := m.consumedSeen[tx.ID]
		if !seen {
			m.consumedSeen[tx.ID] = time.Now()
		} else if time.Since(first) > m.cfg.UnknownNonceGrace {
			delete(m.consumedSeen, tx.ID)
			msg := fmt.Sprintf("nonce %d was used by a transaction this manager did not send", *tx.Nonce)
			m.log.Error("transaction lost its nonce", "id", tx.ID, "nonce", *tx.Nonce)
			return m.finish(ctx, tx, StateFailed, msg, nil)
		}
		return nil
	}
	delete(m.consumedSeen, tx.ID)
	depth := uint64(0)
	if head >= r.BlockNumber.Uint64() {
		depth = head - r.BlockNumber.Uint64() + 1
	}
	if depth >= m.cfg.Confirmations {
		h, err := m.backend.HeaderByNumber(ctx, r.BlockNumber)
		if err != nil {
			return err
		}
		if h.Hash() != r.BlockHash {
			return nil // receipt from a block that is no longer canonical; look again next round
		}
		state, msg := StateConfirmed, ""
		noop := tx.attemptIsNoop(r.TxHash)
		switch {
		case noop && strings.HasPrefix(tx.Error, abandonedMsg):
			state, msg = StateAbandoned, tx.Error
		case noop:
			state, msg = StateFailed, tx.Error
		case r.Status != types.ReceiptStatusSuccessful:
			state, msg = StateFailed, "reverted on chain"
		}
		return m.finish(ctx, tx, state, msg, r)
	}
	if tx.State == StatePending || tx.IncludedHash != r.TxHash || tx.BlockHash != r.BlockHash {
		_, err := m.change(ctx, tx, false, func(db pgx.Tx) (*Tx, error) { return m.store.markIncluded(ctx, db, tx.ID, r) })
		return err
	}
	return nil
}

// attemptIsNoop reports whether attempt hash of tx is a no-op replacement.
func (tx *Tx) attemptIsNoop(hash common.Hash) bool {
	for _, a := range tx.attempts {
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
	for _, a := range tx.attempts {
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
	if len(tx.attempts) == 0 {
		return false, fmt.Errorf("pending transaction %d has no attempts", tx.ID)
	}
	latest := tx.attempts[0]
	for _, a := range tx.attempts {
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
					if !errors.Is(err, ErrDrop) {
						return false, err
					}
					noop, errText, data = true, err.Error(), tx.Data
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
		if err := m.store.markRebroadcast(ctx, m.db, tx.ID, false, true); err != nil {
			return false, err
		}
		ok, err := m.broadcast(ctx, tx, tx.Raw, false)
		return !ok, err
	}
	if !ok && noop {
		// Even a no-op must outbid the pending attempt: go above the cap rather than block every later nonce.
		fees = Fees{TipCap: bumpMin(tx.TipCap), FeeCap: bumpMin(tx.FeeCap)}
	}
	a, err := m.sign(tx.ID, *tx.Nonce, to, data, value, gas, fees, noop)
	if err != nil {
		return false, err
	}
	keepData := data
	if noop {
		keepData = tx.Data // the row keeps the calldata it was asked to send
	}
	updated, err := m.change(ctx, tx, true, func(db pgx.Tx) (*Tx, error) {
		updated, err := m.store.markReplaced(ctx, db, tx.ID, a, keepData, errText)
		if err != nil {
			return nil, err
		}
		return updated, m.store.insertAttempt(ctx, db, a)
	})
	if updated == nil || err != nil {
		return false, err
	}
	updated.attempts = append([]Attempt{a}, tx.attempts...)
	m.metrics.TxBumped(tx.Kind)
	m.log.Info("replaced transaction", "id", tx.ID, "nonce", *tx.Nonce, "hash", a.Hash, "tip", fees.TipCap,
		"feeCap", fees.FeeCap, "noop", noop, "bumps", updated.Bumps)
	ok, err = m.broadcast(ctx, updated, a.Raw, false)
	return !ok, err
}

// drop ends a queued transaction that was never signed (its hook or dry run says it must not be
// sent): its row is failed, but no transaction failed: it counts as dropped, not as a failure.
func (m *Manager) drop(ctx context.Context, tx *Tx, msg string) error {
	updated, err := m.change(ctx, tx, false, func(db pgx.Tx) (*Tx, error) {
		return m.store.finish(ctx, db, tx.ID, tx.State, StateFailed, msg, nil)
	})
	if updated != nil && err == nil {
		m.metrics.TxDropped(tx.Kind)
	}
	return err
}

// finish moves tx to a final state (r: its receipt, if mined).
func (m *Manager) finish(ctx context.Context, tx *Tx, state State, msg string, r *types.Receipt) error {
	delete(m.sentHead, tx.ID)
	updated, err := m.change(ctx, tx, false, func(db pgx.Tx) (*Tx, error) {
		return m.store.finish(ctx, db, tx.ID, tx.State, state, msg, r)
	})
	if updated != nil && err == nil {
		m.metrics.TxFinal(tx.Kind, state, time.Since(tx.CreatedAt))
		if r != nil && r.EffectiveGasPrice != nil {
			m.metrics.TxCost(tx.Kind, r.GasUsed, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
		}
		if r != nil && m.hooks.OnMined != nil {
			m.hooks.OnMined(updated, r)
		}
		m.log.Info("transaction final", "id", tx.ID, "kind", tx.Kind, "state", state, "nonce", deref(tx.Nonce), "err", msg)
	}
	return err
}
