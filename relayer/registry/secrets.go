package registry

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/relayer/store"
)

// SecretsRef is a program's current author secrets bundle (docs/formats.md, "Program secrets
// bundle"): the CID on IPFS and keccak256 of its body, as the author set them on-chain.
type SecretsRef struct {
	Program common.Hash
	Hash    common.Hash
	CID     string
}

// SetSecrets records a ProgramSecretsSet event: the program's current bundle, or none when the
// hash is zero (revoked). Idempotent; a replay in chain order leaves the last reference.
func (s *Store) SetSecrets(ctx context.Context, db store.DBTX, ref SecretsRef, block uint64) error {
	if ref.Hash == (common.Hash{}) {
		_, err := s.obs.On(db).Exec(ctx, `DELETE FROM program_secrets WHERE chain_id = $1 AND program_id = $2`,
			s.chainID, ref.Program.Bytes())
		return err
	}
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO program_secrets (chain_id, program_id, bundle_hash, cid, block_number)
		VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (chain_id, program_id) DO UPDATE SET bundle_hash = EXCLUDED.bundle_hash, cid = EXCLUDED.cid,
			block_number = EXCLUDED.block_number, updated_at = now()`,
		s.chainID, ref.Program.Bytes(), ref.Hash.Bytes(), ref.CID, int64(block))
	return err
}

// Secrets returns the current bundles of the programs among ids that have one.
func (s *Store) Secrets(ctx context.Context, db store.DBTX, ids []common.Hash) (map[common.Hash]SecretsRef, error) {
	raw := make([][]byte, len(ids))
	for i, id := range ids {
		raw[i] = id.Bytes()
	}
	rows, err := s.obs.On(db).Query(ctx, `SELECT program_id, bundle_hash, cid FROM program_secrets
		WHERE chain_id = $1 AND program_id = ANY($2::bytea[])`, s.chainID, raw)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[common.Hash]SecretsRef{}
	for rows.Next() {
		var id, h []byte
		var r SecretsRef
		if err := rows.Scan(&id, &h, &r.CID); err != nil {
			return nil, err
		}
		r.Program, r.Hash = common.BytesToHash(id), common.BytesToHash(h)
		out[r.Program] = r
	}
	return out, rows.Err()
}
