package fleet

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/relayer/store"
)

// Store owns the fleet_epochs table (the indexed FleetKeys events of one chain). Writes are
// idempotent upserts (an event applied twice leaves the same row); the events handler rebuilds
// the table from the stored logs after a reorg (Clear + replay).
type Store struct {
	chainID int64
	obs     store.Observer
}

// NewStore returns the fleet store of chainID; m times its queries (nil: not timed).
func NewStore(chainID int64, m store.Metrics) *Store {
	return &Store{chainID: chainID, obs: store.NewObserver("fleet", m)}
}

// Epoch is an indexed epoch.
type Epoch struct {
	Epoch        uint32
	Status       string // pending, active, retired
	X25519Key    common.Hash
	XWingKeyHash common.Hash
	Signer       common.Address // the enclave whose FleetKey statement was accepted
	Block        uint64
}

// Opened records EpochOpened.
func (s *Store) Opened(ctx context.Context, db store.DBTX, epoch uint32, block uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO fleet_epochs (chain_id, epoch, status, block_number) VALUES ($1, $2, 'pending', $3)
		ON CONFLICT (chain_id, epoch) DO NOTHING`, s.chainID, int64(epoch), int64(block))
	return err
}

// KeySet records EpochKeySet: the epoch is active with these keys.
func (s *Store) KeySet(ctx context.Context, db store.DBTX, e Epoch) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO fleet_epochs (chain_id, epoch, status, x25519_key, xwing_key_hash, signer, block_number)
		VALUES ($1, $2, 'active', $3, $4, $5, $6)
		ON CONFLICT (chain_id, epoch) DO UPDATE SET status = 'active', x25519_key = EXCLUDED.x25519_key,
			xwing_key_hash = EXCLUDED.xwing_key_hash, signer = EXCLUDED.signer, block_number = EXCLUDED.block_number, updated_at = now()`,
		s.chainID, int64(e.Epoch), e.X25519Key.Bytes(), e.XWingKeyHash.Bytes(), e.Signer.Bytes(), int64(e.Block))
	return err
}

// Retired records EpochRetired.
func (s *Store) Retired(ctx context.Context, db store.DBTX, epoch uint32, block uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO fleet_epochs (chain_id, epoch, status, block_number) VALUES ($1, $2, 'retired', $3)
		ON CONFLICT (chain_id, epoch) DO UPDATE SET status = 'retired', block_number = EXCLUDED.block_number, updated_at = now()`,
		s.chainID, int64(epoch), int64(block))
	return err
}

// Epochs returns every indexed epoch, oldest first.
func (s *Store) Epochs(ctx context.Context, db store.DBTX) ([]Epoch, error) {
	rows, err := s.obs.On(db).Query(ctx, `SELECT epoch, status, coalesce(x25519_key, ''::bytea), coalesce(xwing_key_hash, ''::bytea),
		coalesce(signer, ''::bytea), block_number FROM fleet_epochs WHERE chain_id = $1 ORDER BY epoch`, s.chainID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Epoch
	for rows.Next() {
		var e Epoch
		var ep, block int64
		var x, xw, signer []byte
		if err := rows.Scan(&ep, &e.Status, &x, &xw, &signer, &block); err != nil {
			return nil, err
		}
		e.Epoch, e.Block = uint32(ep), uint64(block)
		e.X25519Key, e.XWingKeyHash, e.Signer = common.BytesToHash(x), common.BytesToHash(xw), common.BytesToAddress(signer)
		out = append(out, e)
	}
	return out, rows.Err()
}

// Clear deletes the chain's epochs (before a rebuild from the stored logs).
func (s *Store) Clear(ctx context.Context, db store.DBTX) error {
	_, err := s.obs.On(db).Exec(ctx, `DELETE FROM fleet_epochs WHERE chain_id = $1`, s.chainID)
	return err
}
