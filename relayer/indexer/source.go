package indexer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/teeoracle/teeoracle/relayer/store"
)

// SourceMismatchError: the stored indexing position of (chain, name) was made for other contracts
// than the configured ones. Going on would skip every block already passed for the other contracts
// (a relayer started once with the wrong --router indexed nothing for the right one).
type SourceMismatchError struct {
	ChainID    int64
	Name       string
	Stored     []common.Address
	Configured []common.Address
	Block      int64 // the stored position
}

func (e *SourceMismatchError) Error() string {
	return fmt.Sprintf("indexer %q on chain %d: the database's indexing position (block %d) belongs to %s, not to the configured %s: "+
		"point the relayer at its own database, or re-point this one with `relayer replay --chain-id %d --router %s --from-block <deployment block>`",
		e.Name, e.ChainID, e.Block, joinAddrs(e.Stored), joinAddrs(e.Configured), e.ChainID, e.Configured[0].Hex())
}

func joinAddrs(as []common.Address) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.Hex()
	}
	return strings.Join(s, ",")
}

// sourceKey is the stored form of a set of addresses: sorted, without duplicates, 20 bytes each.
func sourceKey(as []common.Address) []byte {
	s := slices.Clone(as)
	slices.SortFunc(s, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	s = slices.Compact(s)
	out := make([]byte, 0, 20*len(s))
	for _, a := range s {
		out = append(out, a[:]...)
	}
	return out
}

func sourceAddrs(b []byte) []common.Address {
	var out []common.Address
	for ; len(b) >= 20; b = b[20:] {
		out = append(out, common.BytesToAddress(b[:20]))
	}
	return out
}

// checkSource compares the checkpoint's addresses with addrs: a row without addresses (older
// schema, or created now) adopts them; other addresses are a *SourceMismatchError. No row: nil.
func (s *Store) checkSource(ctx context.Context, db store.DBTX, chainID int64, name string, addrs []common.Address) error {
	want := sourceKey(addrs)
	var (
		got    []byte
		number int64
	)
	err := s.obs.On(db).QueryRow(ctx, `SELECT addresses, block_number FROM indexer_checkpoints WHERE chain_id = $1 AND name = $2`,
		chainID, name).Scan(&got, &number)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return nil
	case err != nil:
		return err
	case got == nil:
		_, err := s.obs.On(db).Exec(ctx, `UPDATE indexer_checkpoints SET addresses = $3 WHERE chain_id = $1 AND name = $2 AND addresses IS NULL`,
			chainID, name, want)
		return err
	case !bytes.Equal(got, want):
		return &SourceMismatchError{ChainID: chainID, Name: name, Stored: sourceAddrs(got), Configured: sourceAddrs(want), Block: number}
	}
	return nil
}

// Repoint makes the position of (chainID, name) belong to addrs and rewinds it to fromBlock-1 (the
// operator's `relayer replay --router`): the deployment's blocks are indexed for the new contracts.
// The row is created when missing.
func (s *Store) Repoint(ctx context.Context, db store.DBTX, chainID int64, name string, addrs []common.Address, fromBlock uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO indexer_checkpoints (chain_id, name, block_number, block_hash, addresses)
		VALUES ($1, $2, $3, '', $4)
		ON CONFLICT (chain_id, name) DO UPDATE SET block_number = EXCLUDED.block_number, block_hash = '', addresses = EXCLUDED.addresses, updated_at = now()`,
		chainID, name, int64(fromBlock)-1, sourceKey(addrs))
	return err
}

// CheckSource refuses a stored position made for other contracts than the configured ones (see
// SourceMismatchError); a position without recorded contracts adopts the configured ones. Start
// and every sync call it; the relayer calls it at start to refuse to run.
func (ix *Indexer) CheckSource(ctx context.Context) error {
	if err := ix.store.initCheckpoint(ctx, ix.db, ix.cfg.ChainID, ix.cfg.Name, ix.cfg.StartBlock); err != nil {
		return err
	}
	return ix.store.checkSource(ctx, ix.db, ix.cfg.ChainID, ix.cfg.Name, ix.cfg.Addresses)
}

// Position is the stored indexing position of (chainID, name): the last block indexed and the
// contracts it belongs to (nil when not recorded yet). found is false when there is none.
func (s *Store) Position(ctx context.Context, db store.DBTX, chainID int64, name string) (block int64, addrs []common.Address, found bool, err error) {
	var raw []byte
	err = s.obs.On(db).QueryRow(ctx, `SELECT block_number, addresses FROM indexer_checkpoints WHERE chain_id = $1 AND name = $2`,
		chainID, name).Scan(&block, &raw)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil, false, nil
	}
	if err != nil {
		return 0, nil, false, err
	}
	return block, sourceAddrs(raw), true, nil
}

// SameSource reports whether two address sets are the same contracts (order and repeats aside).
func SameSource(a, b []common.Address) bool { return bytes.Equal(sourceKey(a), sourceKey(b)) }
