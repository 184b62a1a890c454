// Package registry owns the relayer's projection of the on-chain registries: enclaves (signer,
// measurement, payee, expiry, status), allowed measurements, programs (author, enabled) and the CIDs
// their authors published per enclave. The events handler writes it from indexed events (and
// rebuilds it after a reorg with Clear + replay); the dispatcher reads which workers are usable and
// where each program is. Every query on those tables is a method of Store.
package registry

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/relayer/store"
)

// Enclave statuses.
const (
	StatusActive      = "active"
	StatusRevoked     = "revoked"
	StatusDeactivated = "deactivated"
)

// Enclave is an EnclaveRegistered event.
type Enclave struct {
	Signer         common.Address
	Measurement    [32]byte
	Payee          common.Address
	ExpiresAt      int64 // unix seconds
	Simulated      bool
	EvidenceDigest [32]byte
	EncryptionKey  []byte
	Block          uint64
}

// Measurement is a MeasurementAllowed event.
type Measurement struct {
	Key       [32]byte
	Kind      uint8
	Value     [32]byte
	ProductID uint16
	MinSVN    uint16
	Block     uint64
}

// CID is where a program's author published the program for one enclave.
type CID struct {
	Program common.Hash
	Enclave common.Address
	CID     string
}

// Store owns the enclaves, measurements, programs and program_cids tables of one chain. Methods
// take the DBTX to run on (compose them into a transaction); writes are idempotent upserts, so an
// event applied twice leaves the same rows.
type Store struct {
	chainID int64
	obs     store.Observer
}

// NewStore returns the registry store of chainID; m times its queries (nil: not timed).
func NewStore(chainID int64, m store.Metrics) *Store {
	return &Store{chainID: chainID, obs: store.NewObserver("registry", m)}
}

// UpsertEnclave records a registration (active), replacing an earlier one of the same signer.
func (s *Store) UpsertEnclave(ctx context.Context, db store.DBTX, e Enclave) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO enclaves (chain_id, signer, measurement, payee, expires_at, simulated, evidence_digest,
			encryption_key, status, block_number)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'active', $9)
		ON CONFLICT (chain_id, signer) DO UPDATE SET measurement = EXCLUDED.measurement, payee = EXCLUDED.payee,
			expires_at = EXCLUDED.expires_at, simulated = EXCLUDED.simulated, evidence_digest = EXCLUDED.evidence_digest,
			encryption_key = EXCLUDED.encryption_key, status = 'active', block_number = EXCLUDED.block_number, updated_at = now()`,
		s.chainID, e.Signer.Bytes(), e.Measurement[:], e.Payee.Bytes(), e.ExpiresAt, e.Simulated,
		e.EvidenceDigest[:], store.NonNil(e.EncryptionKey), int64(e.Block))
	return err
}

// SetEnclaveStatus records a revocation or deactivation.
func (s *Store) SetEnclaveStatus(ctx context.Context, db store.DBTX, signer common.Address, status string, block uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE enclaves SET status = $3, block_number = $4, updated_at = now() WHERE chain_id = $1 AND signer = $2`,
		s.chainID, signer.Bytes(), status, int64(block))
	return err
}

// AllowMeasurement records an allowed measurement.
func (s *Store) AllowMeasurement(ctx context.Context, db store.DBTX, m Measurement) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO measurements (chain_id, key, kind, value, product_id, min_svn, allowed, block_number)
		VALUES ($1, $2, $3, $4, $5, $6, true, $7)
		ON CONFLICT (chain_id, key) DO UPDATE SET kind = EXCLUDED.kind, value = EXCLUDED.value, product_id = EXCLUDED.product_id,
			min_svn = EXCLUDED.min_svn, allowed = true, block_number = EXCLUDED.block_number, updated_at = now()`,
		s.chainID, m.Key[:], int16(m.Kind), m.Value[:], int32(m.ProductID), int32(m.MinSVN), int64(m.Block))
	return err
}

// RemoveMeasurement records a measurement taken off the allowlist.
func (s *Store) RemoveMeasurement(ctx context.Context, db store.DBTX, key [32]byte, block uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE measurements SET allowed = false, block_number = $3, updated_at = now()
		WHERE chain_id = $1 AND key = $2`, s.chainID, key[:], int64(block))
	return err
}

// UpsertProgram records a registered program (enabled).
func (s *Store) UpsertProgram(ctx context.Context, db store.DBTX, id common.Hash, author common.Address, block uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO programs (chain_id, program_id, author, enabled, block_number) VALUES ($1, $2, $3, true, $4)
		ON CONFLICT (chain_id, program_id) DO UPDATE SET author = EXCLUDED.author, block_number = EXCLUDED.block_number, updated_at = now()`,
		s.chainID, id.Bytes(), author.Bytes(), int64(block))
	return err
}

// PublishCID records the CID of a program for one enclave, replacing an earlier one.
func (s *Store) PublishCID(ctx context.Context, db store.DBTX, c CID, block uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO program_cids (chain_id, program_id, enclave, cid, block_number) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (chain_id, program_id, enclave) DO UPDATE SET cid = EXCLUDED.cid, block_number = EXCLUDED.block_number, updated_at = now()`,
		s.chainID, c.Program.Bytes(), c.Enclave.Bytes(), c.CID, int64(block))
	return err
}

// SetProgramEnabled records a program enabled or disabled by its author.
func (s *Store) SetProgramEnabled(ctx context.Context, db store.DBTX, id common.Hash, enabled bool, block uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE programs SET enabled = $3, block_number = $4, updated_at = now() WHERE chain_id = $1 AND program_id = $2`,
		s.chainID, id.Bytes(), enabled, int64(block))
	return err
}

// SetProgramAuthor records a program's new author.
func (s *Store) SetProgramAuthor(ctx context.Context, db store.DBTX, id common.Hash, author common.Address, block uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE programs SET author = $3, block_number = $4, updated_at = now() WHERE chain_id = $1 AND program_id = $2`,
		s.chainID, id.Bytes(), author.Bytes(), int64(block))
	return err
}

// Clear deletes the whole projection of the chain (before it is rebuilt from the stored logs).
func (s *Store) Clear(ctx context.Context, db store.DBTX) error {
	for _, q := range []string{
		`DELETE FROM enclaves WHERE chain_id = $1`,
		`DELETE FROM measurements WHERE chain_id = $1`,
		`DELETE FROM programs WHERE chain_id = $1`,
		`DELETE FROM program_cids WHERE chain_id = $1`,
		`DELETE FROM program_versions WHERE chain_id = $1`,
	} {
		if _, err := s.obs.On(db).Exec(ctx, q, s.chainID); err != nil {
			return err
		}
	}
	return nil
}

// EnclaveUsable reports whether signer is registered, active and still registered at unix time
// `until`.
func (s *Store) EnclaveUsable(ctx context.Context, db store.DBTX, signer common.Address, until int64) (bool, error) {
	var ok bool
	err := s.obs.On(db).QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM enclaves WHERE chain_id = $1 AND signer = $2
		AND status = 'active' AND expires_at > $3)`, s.chainID, signer.Bytes(), until).Scan(&ok)
	return ok, err
}

// ProgramsEnabled returns, for each of ids that is registered, whether it is enabled.
func (s *Store) ProgramsEnabled(ctx context.Context, db store.DBTX, ids []common.Hash) (map[common.Hash]bool, error) {
	rows, err := s.obs.On(db).Query(ctx, `SELECT program_id, enabled FROM programs WHERE chain_id = $1 AND program_id = ANY($2)`,
		s.chainID, store.HashBytes(ids))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[common.Hash]bool{}
	for rows.Next() {
		var id []byte
		var on bool
		if err := rows.Scan(&id, &on); err != nil {
			return nil, err
		}
		out[common.BytesToHash(id)] = on
	}
	return out, rows.Err()
}

// CIDs returns the CIDs published for programs ids and enclaves signers, by program then enclave.
func (s *Store) CIDs(ctx context.Context, db store.DBTX, ids []common.Hash, signers []common.Address) ([]CID, error) {
	ss := make([][]byte, len(signers))
	for i, a := range signers {
		ss[i] = a.Bytes()
	}
	rows, err := s.obs.On(db).Query(ctx, `SELECT program_id, enclave, cid FROM program_cids WHERE chain_id = $1 AND program_id = ANY($2)
		AND enclave = ANY($3) ORDER BY program_id, enclave`, s.chainID, store.HashBytes(ids), ss)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []CID
	for rows.Next() {
		var id, enclave []byte
		var c CID
		if err := rows.Scan(&id, &enclave, &c.CID); err != nil {
			return nil, err
		}
		c.Program, c.Enclave = common.BytesToHash(id), common.BytesToAddress(enclave)
		out = append(out, c)
	}
	return out, rows.Err()
}
