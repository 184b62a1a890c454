package indexer

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"

	"github.com/teeoracle/teeoracle/relayer/store"
)

// Store owns the indexer_checkpoints, blocks and logs tables: every query on them is one of its
// methods. Handlers read stored logs through it (Logs, Count) inside the range's transaction.
type Store struct {
	obs store.Observer
}

// NewStore returns the indexer store; m times its queries (nil: not timed).
func NewStore(m store.Metrics) *Store { return &Store{obs: store.NewObserver("indexer", m)} }

type checkpoint struct {
	number int64 // -1: nothing indexed yet
	hash   common.Hash
}

// initCheckpoint creates the checkpoint row of (chainID, name) at start-1 if there is none.
func (s *Store) initCheckpoint(ctx context.Context, db store.DBTX, chainID int64, name string, start uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO indexer_checkpoints (chain_id, name, block_number, block_hash)
		VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, chainID, name, int64(start)-1, []byte{})
	return err
}

// checkpoint reads the checkpoint (lock: FOR UPDATE, inside a transaction).
func (s *Store) checkpoint(ctx context.Context, db store.DBTX, chainID int64, name string, start uint64, lock bool) (checkpoint, error) {
	q := `SELECT block_number, block_hash FROM indexer_checkpoints WHERE chain_id = $1 AND name = $2`
	if lock {
		q += ` FOR UPDATE`
	}
	var cp checkpoint
	var h []byte
	err := s.obs.On(db).QueryRow(ctx, q, chainID, name).Scan(&cp.number, &h)
	if errors.Is(err, pgx.ErrNoRows) {
		return checkpoint{number: int64(start) - 1}, nil
	}
	cp.hash = common.BytesToHash(h)
	return cp, err
}

func (s *Store) setCheckpoint(ctx context.Context, db store.DBTX, chainID int64, name string, number int64, hash []byte) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE indexer_checkpoints SET block_number = $3, block_hash = $4, updated_at = now()
		WHERE chain_id = $1 AND name = $2`, chainID, name, number, hash)
	return err
}

// Replay rewinds the checkpoint to fromBlock-1 (the operator's `relayer replay`): blocks from
// fromBlock on are indexed again. Stored rows are kept (inserts are idempotent); events re-apply.
func (s *Store) Replay(ctx context.Context, db store.DBTX, chainID int64, name string, fromBlock uint64) error {
	tag, err := s.obs.On(db).Exec(ctx, `UPDATE indexer_checkpoints SET block_number = $3, block_hash = '', updated_at = now()
		WHERE chain_id = $1 AND name = $2`, chainID, name, int64(fromBlock)-1)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("indexer: no checkpoint %q for chain %d", name, chainID)
	}
	return nil
}

// storeBlocks upserts the range's block hashes.
func (s *Store) storeBlocks(ctx context.Context, db store.DBTX, chainID int64, headers []*types.Header) error {
	nums := make([]int64, len(headers))
	hashes := make([][]byte, len(headers))
	parents := make([][]byte, len(headers))
	times := make([]int64, len(headers))
	for i, h := range headers {
		nums[i], hashes[i], parents[i], times[i] = h.Number.Int64(), h.Hash().Bytes(), h.ParentHash.Bytes(), int64(h.Time)
	}
	if _, err := s.obs.On(db).Exec(ctx, `INSERT INTO blocks (chain_id, number, hash, parent_hash, time)
		SELECT $1, * FROM unnest($2::bigint[], $3::bytea[], $4::bytea[], $5::bigint[])
		ON CONFLICT (chain_id, number) DO UPDATE SET hash = EXCLUDED.hash, parent_hash = EXCLUDED.parent_hash, time = EXCLUDED.time`,
		chainID, nums, hashes, parents, times); err != nil {
		return fmt.Errorf("store blocks: %w", err)
	}
	return nil
}

// storeLogs inserts raw logs (idempotent on block hash + log index), named by the handler, in one
// statement. A log has at most four topics: they travel as four columns, NULL where absent.
func (s *Store) storeLogs(ctx context.Context, db store.DBTX, chainID int64, logs []types.Log, name func(*types.Log) string) error {
	if len(logs) == 0 {
		return nil
	}
	n := len(logs)
	bhashes, idx, bnums, txs, addrs, names, data := make([][]byte, n), make([]int32, n), make([]int64, n), make([][]byte, n),
		make([][]byte, n), make([]string, n), make([][]byte, n)
	var topics [4][][]byte
	for k := range topics {
		topics[k] = make([][]byte, n)
	}
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) > 4 {
			return fmt.Errorf("%w: log with %d topics", ErrInconsistent, len(l.Topics))
		}
		bhashes[i], idx[i], bnums[i], txs[i], addrs[i] = l.BlockHash.Bytes(), int32(l.Index), int64(l.BlockNumber), l.TxHash.Bytes(), l.Address.Bytes()
		names[i], data[i] = name(l), l.Data
		if data[i] == nil {
			data[i] = []byte{}
		}
		for k, t := range l.Topics {
			topics[k][i] = t.Bytes()
		}
	}
	if _, err := s.obs.On(db).Exec(ctx, `INSERT INTO logs (chain_id, block_hash, log_index, block_number, tx_hash, address, event, topics, data)
		SELECT $1, u.block_hash, u.log_index, u.block_number, u.tx_hash, u.address, u.event,
			array_remove(ARRAY[u.t0, u.t1, u.t2, u.t3], NULL), u.data
		FROM unnest($2::bytea[], $3::integer[], $4::bigint[], $5::bytea[], $6::bytea[], $7::text[],
			$8::bytea[], $9::bytea[], $10::bytea[], $11::bytea[], $12::bytea[])
			AS u(block_hash, log_index, block_number, tx_hash, address, event, t0, t1, t2, t3, data)
		ON CONFLICT DO NOTHING`,
		chainID, bhashes, idx, bnums, txs, addrs, names, topics[0], topics[1], topics[2], topics[3], data); err != nil {
		return fmt.Errorf("store logs: %w", err)
	}
	return nil
}

// pruneBlocks deletes block hashes below `below`.
func (s *Store) pruneBlocks(ctx context.Context, db store.DBTX, chainID int64, below uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `DELETE FROM blocks WHERE chain_id = $1 AND number < $2`, chainID, int64(below))
	return err
}

// deleteAbove deletes the logs and block hashes above ancestor (a reorg removed them).
func (s *Store) deleteAbove(ctx context.Context, db store.DBTX, chainID int64, ancestor uint64) error {
	for _, q := range []string{
		`DELETE FROM logs WHERE chain_id = $1 AND block_number > $2`,
		`DELETE FROM blocks WHERE chain_id = $1 AND number > $2`,
	} {
		if _, err := s.obs.On(db).Exec(ctx, q, chainID, int64(ancestor)); err != nil {
			return err
		}
	}
	return nil
}

// blockHash returns the stored hash of block n.
func (s *Store) blockHash(ctx context.Context, db store.DBTX, chainID int64, n uint64) ([]byte, error) {
	var hash []byte
	err := s.obs.On(db).QueryRow(ctx, `SELECT hash FROM blocks WHERE chain_id = $1 AND number = $2`, chainID, int64(n)).Scan(&hash)
	return hash, err
}

// blockHashes returns the stored hashes of blocks lo..hi, and their numbers, descending.
func (s *Store) blockHashes(ctx context.Context, db store.DBTX, chainID int64, lo, hi int64) (map[uint64]common.Hash, []uint64, error) {
	rows, err := s.obs.On(db).Query(ctx, `SELECT number, hash FROM blocks WHERE chain_id = $1 AND number BETWEEN $2 AND $3 ORDER BY number DESC`,
		chainID, lo, hi)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	stored := map[uint64]common.Hash{}
	var nums []uint64
	for rows.Next() {
		var n int64
		var h []byte
		if err := rows.Scan(&n, &h); err != nil {
			return nil, nil, err
		}
		stored[uint64(n)] = common.BytesToHash(h)
		nums = append(nums, uint64(n))
	}
	return stored, nums, rows.Err()
}

// Logs returns the stored logs of chainID named one of events, in chain order.
func (s *Store) Logs(ctx context.Context, db store.DBTX, chainID int64, events []string) ([]types.Log, error) {
	rows, err := s.obs.On(db).Query(ctx, `SELECT block_hash, log_index, block_number, tx_hash, address, topics, data FROM logs
		WHERE chain_id = $1 AND event = ANY($2) ORDER BY block_number, log_index`, chainID, events)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []types.Log
	for rows.Next() {
		var l types.Log
		var bh, txh, addr []byte
		var topics [][]byte
		var idx int32
		var bn int64
		if err := rows.Scan(&bh, &idx, &bn, &txh, &addr, &topics, &l.Data); err != nil {
			return nil, err
		}
		l.BlockHash, l.Index, l.BlockNumber, l.TxHash, l.Address = common.BytesToHash(bh), uint(idx), uint64(bn), common.BytesToHash(txh), common.BytesToAddress(addr)
		for _, t := range topics {
			l.Topics = append(l.Topics, common.BytesToHash(t))
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// Count counts the stored logs of chainID from address named event below block `below`.
func (s *Store) Count(ctx context.Context, db store.DBTX, chainID int64, address common.Address, event string, below uint64) (uint64, error) {
	var n int64
	err := s.obs.On(db).QueryRow(ctx, `SELECT count(*) FROM logs WHERE chain_id = $1 AND address = $2 AND event = $3
		AND block_number < $4`, chainID, address.Bytes(), event, int64(below)).Scan(&n)
	return uint64(n), err
}
