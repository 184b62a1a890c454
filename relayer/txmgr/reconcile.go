package txmgr

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
)

// DefaultReorgWindow is how many blocks back final transactions are re-checked against the chain.
const DefaultReorgWindow = 256

// reconcile re-checks the sender's transactions made final in the last ReorgWindow blocks whenever
// the head changed (its hash, not its number: anvil_reorg and real same-height reorgs keep the
// number). A reorg deeper than Confirmations removes blocks after their transactions were final:
// such a transaction goes back to pending (checked again, then sent again) or, when another of our
// transactions took its nonce meanwhile, fails; one mined again elsewhere gets its new receipt. A
// transaction in a block above the head (a reorg to a shorter chain, or a lagging endpoint) is
// judged by the chain's nonce: counted, it is left alone; not counted, it is unmined. A block that
// cannot be read is skipped this round (the error is returned and the check runs again next round).
func (m *Manager) reconcile(ctx context.Context, head *types.Header, chainNonce uint64) error {
	if head.Hash() == m.reconciledHead {
		return nil
	}
	number := head.Number.Uint64()
	txs, err := m.store.recentlyFinal(ctx, m.db, m.sender, number-min(number, m.cfg.ReorgWindow))
	if err != nil {
		return err
	}
	var errs []error
	for _, tx := range txs { // newest block first
		if tx.BlockNumber > number {
			if tx.Nonce != nil && *tx.Nonce < chainNonce {
				continue
			}
			if err := m.unmined(ctx, tx); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		h, err := m.backend.HeaderByNumber(ctx, bigU(tx.BlockNumber))
		if err != nil {
			errs = append(errs, fmt.Errorf("block %d: %w", tx.BlockNumber, err))
			continue
		}
		if h.Hash() == tx.BlockHash {
			break // this block and every older one are still canonical
		}
		if err := m.unmined(ctx, tx); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	m.reconciledHead = head.Hash()
	return nil
}

// unmined deals with a final transaction whose block is gone.
func (m *Manager) unmined(ctx context.Context, tx *Tx) error {
	m.metrics.TxReorged(tx.Kind)
	r, err := m.findReceipt(ctx, tx)
	if err != nil {
		return err
	}
	if r != nil {
		if h, err := m.backend.HeaderByNumber(ctx, r.BlockNumber); err == nil && h.Hash() == r.BlockHash {
			m.log.Warn("final transaction mined again in another block after a deep reorg", "id", tx.ID, "block", r.BlockNumber)
			return m.store.moveReceipt(ctx, m.db, tx.ID, r)
		}
	}
	by, taken, err := m.store.nonceTakenBy(ctx, m.db, m.sender, *tx.Nonce, tx.ID)
	if err != nil {
		return err
	}
	to, msg := StatePending, ""
	if taken {
		to, msg = StateFailed, fmt.Sprintf("reorged out after it was %s; nonce %d now belongs to transaction %d", tx.State, *tx.Nonce, by)
	}
	m.log.Warn("final transaction reorged out below the confirmation depth", "id", tx.ID, "nonce", *tx.Nonce,
		"hash", tx.IncludedHash, "was", tx.State, "now", to)
	_, err = m.change(ctx, tx, false, func(db pgx.Tx) (*Tx, error) { return m.store.markUnmined(ctx, db, tx.ID, tx.State, to, msg) })
	return err
}
