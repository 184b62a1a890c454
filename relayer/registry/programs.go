package registry

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/teeoracle/teeoracle/relayer/store"
)

// Program is a program record of the router (issue 12): created by its author, with a policy and
// published versions.
type Program struct {
	ID             common.Hash
	Author         common.Address
	NameHash       common.Hash
	CurrentVersion uint32
	MinVersion     uint32 // versions below are retired for new requests
	AuthorFee      *big.Int
	AllowlistOnly  bool
}

// Version is a published program version: the code hash the enclave checks and the CID of the
// author-signed program blob sealed to a fleet epoch.
type Version struct {
	Program  common.Hash
	Version  uint32
	CodeHash common.Hash
	CID      string
}

// CreateProgram records a ProgramCreated event.
func (s *Store) CreateProgram(ctx context.Context, db store.DBTX, id common.Hash, author common.Address, nameHash common.Hash, block uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO programs (chain_id, program_id, author, name_hash, enabled, block_number)
		VALUES ($1, $2, $3, $4, true, $5)
		ON CONFLICT (chain_id, program_id) DO UPDATE SET author = EXCLUDED.author, name_hash = EXCLUDED.name_hash,
			block_number = EXCLUDED.block_number, updated_at = now()`,
		s.chainID, id.Bytes(), author.Bytes(), nameHash.Bytes(), int64(block))
	return err
}

// SetPolicy records a PolicySet event.
func (s *Store) SetPolicy(ctx context.Context, db store.DBTX, id common.Hash, authorFee *big.Int, allowlistOnly bool, block uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE programs SET author_fee = $3::numeric, allowlist_only = $4, block_number = $5, updated_at = now()
		WHERE chain_id = $1 AND program_id = $2`, s.chainID, id.Bytes(), authorFee.String(), allowlistOnly, int64(block))
	return err
}

// RetireVersionsBelow records a VersionsRetired event.
func (s *Store) RetireVersionsBelow(ctx context.Context, db store.DBTX, id common.Hash, minVersion uint32, block uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE programs SET min_version = $3, block_number = $4, updated_at = now()
		WHERE chain_id = $1 AND program_id = $2`, s.chainID, id.Bytes(), int64(minVersion), int64(block))
	return err
}

// PublishVersion records a VersionPublished event: the version and that it is now current.
func (s *Store) PublishVersion(ctx context.Context, db store.DBTX, v Version, block uint64) error {
	if _, err := s.obs.On(db).Exec(ctx, `INSERT INTO program_versions (chain_id, program_id, version, code_hash, cid, block_number)
		VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (chain_id, program_id, version) DO UPDATE SET code_hash = EXCLUDED.code_hash, cid = EXCLUDED.cid,
			block_number = EXCLUDED.block_number, updated_at = now()`,
		s.chainID, v.Program.Bytes(), int64(v.Version), v.CodeHash.Bytes(), v.CID, int64(block)); err != nil {
		return err
	}
	_, err := s.obs.On(db).Exec(ctx, `UPDATE programs SET current_version = greatest(current_version, $3), updated_at = now()
		WHERE chain_id = $1 AND program_id = $2`, s.chainID, v.Program.Bytes(), int64(v.Version))
	return err
}

// Program returns a program record (ErrNoProgram when it was never created).
func (s *Store) Program(ctx context.Context, db store.DBTX, id common.Hash) (Program, error) {
	p := Program{ID: id}
	var author, nameHash []byte
	var fee string
	var cur, minV int64
	err := s.obs.On(db).QueryRow(ctx, `SELECT author, coalesce(name_hash, ''::bytea), current_version, min_version, author_fee::text, allowlist_only
		FROM programs WHERE chain_id = $1 AND program_id = $2`, s.chainID, id.Bytes()).Scan(&author, &nameHash, &cur, &minV, &fee, &p.AllowlistOnly)
	if errors.Is(err, pgx.ErrNoRows) {
		return p, ErrNoProgram
	}
	if err != nil {
		return p, err
	}
	p.Author, p.NameHash, p.CurrentVersion, p.MinVersion = common.BytesToAddress(author), common.BytesToHash(nameHash), uint32(cur), uint32(minV)
	p.AuthorFee, _ = new(big.Int).SetString(fee, 10)
	return p, nil
}

// ErrNoProgram means the program was never created on this router.
var ErrNoProgram = errors.New("registry: no such program")

// VersionKey names one version of one program.
type VersionKey struct {
	Program common.Hash
	Version uint32
}

// Versions returns the published versions among keys (absent ones are missing from the map).
func (s *Store) Versions(ctx context.Context, db store.DBTX, keys []VersionKey) (map[VersionKey]Version, error) {
	ids, vs := make([][]byte, len(keys)), make([]int64, len(keys))
	for i, k := range keys {
		ids[i], vs[i] = k.Program.Bytes(), int64(k.Version)
	}
	rows, err := s.obs.On(db).Query(ctx, `SELECT v.program_id, v.version, v.code_hash, v.cid FROM program_versions v
		JOIN unnest($2::bytea[], $3::bigint[]) AS u(program_id, version) ON v.program_id = u.program_id AND v.version = u.version
		WHERE v.chain_id = $1`, s.chainID, ids, vs)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[VersionKey]Version{}
	for rows.Next() {
		var id, code []byte
		var ver int64
		var v Version
		if err := rows.Scan(&id, &ver, &code, &v.CID); err != nil {
			return nil, err
		}
		v.Program, v.Version, v.CodeHash = common.BytesToHash(id), uint32(ver), common.BytesToHash(code)
		out[VersionKey{v.Program, v.Version}] = v
	}
	return out, rows.Err()
}

// ClearPrograms deletes the chain's program versions and secrets references (with Clear, before
// a rebuild from the logs).
func (s *Store) ClearPrograms(ctx context.Context, db store.DBTX) error {
	if _, err := s.obs.On(db).Exec(ctx, `DELETE FROM program_versions WHERE chain_id = $1`, s.chainID); err != nil {
		return err
	}
	_, err := s.obs.On(db).Exec(ctx, `DELETE FROM program_secrets WHERE chain_id = $1`, s.chainID)
	return err
}

// EnclaveDetails records the MRENCLAVE and SVN of a registration (EnclaveRegistered of the
// tightened registry), after UpsertEnclave.
func (s *Store) EnclaveDetails(ctx context.Context, db store.DBTX, signer common.Address, mrEnclave common.Hash, svn uint16) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE enclaves SET mr_enclave = $3, svn = $4, updated_at = now() WHERE chain_id = $1 AND signer = $2`,
		s.chainID, signer.Bytes(), mrEnclave.Bytes(), int32(svn))
	return err
}

// FeesSettled records an EnclaveFeesSettled event (a payee change credited the old payee).
func (s *Store) FeesSettled(ctx context.Context, db store.DBTX, signer common.Address, amount *big.Int) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE enclaves SET fees_settled = fees_settled + $3::numeric, updated_at = now()
		WHERE chain_id = $1 AND signer = $2`, s.chainID, signer.Bytes(), amount.String())
	return err
}

// DenyMeasurement records a MeasurementDenied event (an MRENCLAVE on or off the denylist).
func (s *Store) DenyMeasurement(ctx context.Context, db store.DBTX, key common.Hash, denied bool, block uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO measurements (chain_id, key, kind, value, product_id, min_svn, allowed, denied, block_number)
		VALUES ($1, $2, 1, ''::bytea, 0, 0, false, $3, $4)
		ON CONFLICT (chain_id, key) DO UPDATE SET denied = EXCLUDED.denied, allowed = CASE WHEN EXCLUDED.denied THEN false ELSE measurements.allowed END,
			block_number = EXCLUDED.block_number, updated_at = now()`, s.chainID, key.Bytes(), denied, int64(block))
	return err
}
