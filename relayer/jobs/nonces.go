package jobs

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/teeoracle/teeoracle/relayer/store"
)

// NonceCursor is the router's next job nonce after block `block` (the events handler's
// continuity check), when one is stored for exactly that block.
func (s *Store) NonceCursor(ctx context.Context, db store.DBTX, chainID int64, router common.Address, block uint64) (uint64, bool, error) {
	var next int64
	err := s.obs.On(db).QueryRow(ctx, `SELECT next_nonce FROM job_nonces WHERE chain_id = $1 AND router = $2 AND block_number = $3`,
		chainID, router.Bytes(), int64(block)).Scan(&next)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, false, nil
	}
	return uint64(next), err == nil, err
}

// SaveNonceCursor stores the router's next job nonce after block `block`.
func (s *Store) SaveNonceCursor(ctx context.Context, db store.DBTX, chainID int64, router common.Address, block, next uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO job_nonces (chain_id, router, block_number, next_nonce) VALUES ($1, $2, $3, $4)
		ON CONFLICT (chain_id, router) DO UPDATE SET block_number = EXCLUDED.block_number, next_nonce = EXCLUDED.next_nonce`,
		chainID, router.Bytes(), int64(block), int64(next))
	return err
}

// AdvanceNonceCursor moves a cursor stored for block from-1 to block `to` (no request in between).
func (s *Store) AdvanceNonceCursor(ctx context.Context, db store.DBTX, chainID int64, router common.Address, from, to uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE job_nonces SET block_number = $3 WHERE chain_id = $1 AND router = $2 AND block_number = $4`,
		chainID, router.Bytes(), int64(to), int64(from)-1)
	return err
}

// RollbackNonceCursor drops a cursor stored above ancestor (a reorg removed its blocks).
func (s *Store) RollbackNonceCursor(ctx context.Context, db store.DBTX, chainID int64, router common.Address, ancestor uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `DELETE FROM job_nonces WHERE chain_id = $1 AND router = $2 AND block_number > $3`,
		chainID, router.Bytes(), int64(ancestor))
	return err
}
