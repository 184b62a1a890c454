package txmgr

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// DefaultReorgWindow is how many blocks back final transactions are re-checked against the chain.
const DefaultReorgWindow = 256

// reconcile re-checks the sender's transactions made final in the last ReorgWindow blocks, once per
// new head. A reorg deeper than Confirmations removes blocks after their transactions were final:
// such a transaction goes back to pending (its signed bytes are broadcast again) or, when another of
// our transactions took its nonce meanwhile, fails; one mined again elsewhere gets its new receipt.
// A reorg that changed an older block changed the newest too, so one header per head is enough
// while nothing moved.
func (m *Manager) reconcile(ctx context.Context, head uint64) error {
	if head == m.reconciledHead {
		return nil
	}
	txs, err := m.store.recentlyFinal(ctx, m.db, m.sender, head-min(head, m.cfg.ReorgWindow))
	if err != nil {
		return err
	}
	for _, tx := range txs { // newest block first
		h, err := m.backend.HeaderByNumber(ctx, bigU(tx.BlockNumber))
		if err != nil {
			return err
		}
		if h.Hash() == tx.BlockHash {
			break // this block and every older one are still canonical
		}
		if err := m.unmined(ctx, tx); err != nil {
			return err
		}
	}
	m.reconciledHead = head
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
