// Package events applies the oracle contracts' events to the relayer's tables: JobRouter (jobs,
// fulfilments, cancellations, and the inherited EnclaveRegistry and Escrow events) and
// ProgramRegistry (programs and their per-enclave CIDs). It is the indexer.Handler of the relayer.
//
// Besides decoding, it checks that JobRequested events arrive without gaps: job ids are
// keccak256(chainId, router, nonce) with consecutive nonces, so a range answer that left a request
// out is caught (indexer.ErrInconsistent) and fetched again. The contracts cannot emit a malformed
// event, so one that does not decode is a corrupted RPC answer: also ErrInconsistent. Events
// that decode but carry out-of-range values are logged at warn and ignored.
package events

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/jobs"
)

// Refusal codes of JobRouter.FulfillmentSkipped (contracts/src/JobRouter.sol, enum Refusal).
const (
	RefusalUnknownJob      = 1
	RefusalRequestMismatch = 2
	RefusalExpired         = 3
	RefusalBadSignature    = 4
	RefusalInactiveEnclave = 5
)

// Handler is the relayer's indexer.Handler.
type Handler struct {
	chainID   int64
	router    common.Address
	programs  common.Address
	baseNonce uint64
	log       *slog.Logger

	r      *bindings.JobRouter
	p      *bindings.ProgramRegistry
	byID   map[common.Hash]string
	fromPR map[common.Hash]bool
}

// New returns the handler for a router and program registry. baseNonce is the router's job nonce
// at the indexer's start block (0 when indexing from the deployment).
func New(chainID int64, router, programRegistry common.Address, baseNonce uint64, log *slog.Logger) (*Handler, error) {
	h := &Handler{chainID: chainID, router: router, programs: programRegistry, baseNonce: baseNonce, log: log,
		r: bindings.NewJobRouter(), p: bindings.NewProgramRegistry(), byID: map[common.Hash]string{}, fromPR: map[common.Hash]bool{}}
	for _, md := range []struct {
		meta *bind.MetaData
		pr   bool
	}{{&bindings.JobRouterMetaData, false}, {&bindings.ProgramRegistryMetaData, true}} {
		a, err := md.meta.ParseABI()
		if err != nil {
			return nil, err
		}
		for name, ev := range a.Events {
			h.byID[ev.ID] = name
			if md.pr {
				h.fromPR[ev.ID] = true
			}
		}
	}
	return h, nil
}

// Addresses are the contracts to index.
func (h *Handler) Addresses() []common.Address { return []common.Address{h.router, h.programs} }

// Topics are the event signatures of both contracts.
func (h *Handler) Topics() []common.Hash {
	out := make([]common.Hash, 0, len(h.byID))
	for id := range h.byID {
		out = append(out, id)
	}
	return out
}

// EventName implements indexer.Handler.
func (h *Handler) EventName(l *types.Log) string {
	if len(l.Topics) == 0 {
		return "anonymous"
	}
	if n, ok := h.byID[l.Topics[0]]; ok {
		return n
	}
	return "unknown"
}

// HandleLogs implements indexer.Handler. Consecutive JobRequested (and JobFulfilled) events are
// written in one statement each run; any other event first flushes what is pending, so events still
// apply in chain order.
func (h *Handler) HandleLogs(ctx context.Context, db pgx.Tx, from, to uint64, logs []types.Log) error {
	var next uint64
	nonceLoaded := false
	b := &pending{}
	for i := range logs {
		l := &logs[i]
		name := h.EventName(l)
		if (l.Address == h.programs) != h.fromPR[topic0(l)] {
			continue // an event name of one contract emitted by the other: not ours
		}
		if name == "JobRequested" && !nonceLoaded {
			var err error
			if next, err = h.nonceBefore(ctx, db, from); err != nil {
				return err
			}
			nonceLoaded = true
		}
		if name != b.kind {
			if err := b.flush(ctx, db); err != nil {
				return err
			}
		}
		err := h.apply(ctx, db, l, name, &next, b)
		var bad *badEvent
		if errors.As(err, &bad) {
			h.log.Warn("malformed event ignored", "event", name, "block", l.BlockNumber, "tx", l.TxHash, "err", bad.err)
			continue
		}
		if err != nil {
			return fmt.Errorf("%s at block %d: %w", name, l.BlockNumber, err)
		}
	}
	if err := b.flush(ctx, db); err != nil {
		return err
	}
	if nonceLoaded {
		_, err := db.Exec(ctx, `INSERT INTO job_nonces (chain_id, router, block_number, next_nonce) VALUES ($1, $2, $3, $4)
			ON CONFLICT (chain_id, router) DO UPDATE SET block_number = EXCLUDED.block_number, next_nonce = EXCLUDED.next_nonce`,
			h.chainID, h.router.Bytes(), int64(to), int64(next))
		return err
	}
	// No request in the range: the stored nonce (if it was current) still is, up to `to`.
	_, err := db.Exec(ctx, `UPDATE job_nonces SET block_number = $3 WHERE chain_id = $1 AND router = $2 AND block_number = $4`,
		h.chainID, h.router.Bytes(), int64(to), int64(from)-1)
	return err
}

// nonceBefore is the router's job nonce before block `from`: the stored one when it is current
// (the previous range ended at from-1), otherwise the start nonce plus the JobRequested logs stored
// below `from`.
func (h *Handler) nonceBefore(ctx context.Context, db pgx.Tx, from uint64) (uint64, error) {
	var next int64
	err := db.QueryRow(ctx, `SELECT next_nonce FROM job_nonces WHERE chain_id = $1 AND router = $2 AND block_number = $3`,
		h.chainID, h.router.Bytes(), int64(from)-1).Scan(&next)
	if err == nil {
		return uint64(next), nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return 0, err
	}
	var seen int64
	if err := db.QueryRow(ctx, `SELECT count(*) FROM logs WHERE chain_id = $1 AND address = $2 AND event = 'JobRequested'
		AND block_number < $3`, h.chainID, h.router.Bytes(), int64(from)).Scan(&seen); err != nil {
		return 0, err
	}
	return h.baseNonce + uint64(seen), nil
}

// pending holds a run of events of one kind written together.
type pending struct {
	kind      string
	requested []*jobs.Job
	fulfilled []jobs.Fulfillment
}

func (p *pending) flush(ctx context.Context, db pgx.Tx) error {
	var err error
	switch {
	case len(p.requested) > 0:
		err = jobs.InsertMany(ctx, db, p.requested)
	case len(p.fulfilled) > 0:
		err = jobs.FulfilledMany(ctx, db, p.fulfilled)
	}
	p.kind, p.requested, p.fulfilled = "", nil, nil
	return err
}

type badEvent struct{ err error }

func (b *badEvent) Error() string { return b.err.Error() }

func topic0(l *types.Log) common.Hash {
	if len(l.Topics) == 0 {
		return common.Hash{}
	}
	return l.Topics[0]
}

// apply applies one event; JobRequested and JobFulfilled go to b (nil: written at once).
func (h *Handler) apply(ctx context.Context, db pgx.Tx, l *types.Log, name string, next *uint64, b *pending) error {
	bad := func(err error) error {
		if err != nil {
			return fmt.Errorf("%w: %s does not decode: %v", indexer.ErrInconsistent, name, err)
		}
		return nil
	}
	switch name {
	case "JobRequested":
		ev, err := h.r.UnpackJobRequestedEvent(l)
		if err != nil {
			return bad(err)
		}
		want := protocol.JobID(big.NewInt(h.chainID), h.router, *next)
		if common.Hash(want) != common.Hash(ev.JobId) {
			return fmt.Errorf("%w: JobRequested %x at block %d is not job nonce %d (a request is missing)",
				indexer.ErrInconsistent, ev.JobId, l.BlockNumber, *next)
		}
		*next++
		if ev.Deadline == nil || !ev.Deadline.IsUint64() || ev.Fee == nil {
			return &badEvent{errors.New("deadline or fee out of range")}
		}
		j := &jobs.Job{
			JobID: ev.JobId, ChainID: h.chainID, Router: h.router, Requester: ev.Requester, ProgramID: ev.ProgramId,
			Input: ev.Input, InputHash: crypto.Keccak256Hash(ev.Input), CallbackGasLimit: ev.CallbackGasLimit, Fee: ev.Fee,
			Deadline: ev.Deadline.Uint64(), BlockNumber: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index,
		}
		if b == nil {
			_, err = jobs.Insert(ctx, db, j)
			return err
		}
		b.kind, b.requested = name, append(b.requested, j)
		return nil
	case "JobFulfilled":
		ev, err := h.r.UnpackJobFulfilledEvent(l)
		if err != nil {
			return bad(err)
		}
		if b == nil {
			return jobs.Fulfilled(ctx, db, ev.JobId, l.TxHash, l.BlockNumber)
		}
		b.kind, b.fulfilled = name, append(b.fulfilled, jobs.Fulfillment{JobID: ev.JobId, TxHash: l.TxHash, Block: l.BlockNumber})
		return nil
	case "JobCancelled":
		ev, err := h.r.UnpackJobCancelledEvent(l)
		if err != nil {
			return bad(err)
		}
		return jobs.Cancelled(ctx, db, ev.JobId, l.BlockNumber)
	case "FulfillmentSkipped":
		ev, err := h.r.UnpackFulfillmentSkippedEvent(l)
		if err != nil {
			return bad(err)
		}
		return h.skipped(ctx, db, ev.JobId, ev.Reason, l.TxHash)
	case "EnclaveRegistered":
		ev, err := h.r.UnpackEnclaveRegisteredEvent(l)
		if err != nil {
			return bad(err)
		}
		if !ev.ExpiresAt.IsInt64() {
			return &badEvent{errors.New("expiry out of range")}
		}
		_, err = db.Exec(ctx, `INSERT INTO enclaves (chain_id, signer, measurement, payee, expires_at, simulated, evidence_digest,
				encryption_key, status, block_number)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'active', $9)
			ON CONFLICT (chain_id, signer) DO UPDATE SET measurement = EXCLUDED.measurement, payee = EXCLUDED.payee,
				expires_at = EXCLUDED.expires_at, simulated = EXCLUDED.simulated, evidence_digest = EXCLUDED.evidence_digest,
				encryption_key = EXCLUDED.encryption_key, status = 'active', block_number = EXCLUDED.block_number, updated_at = now()`,
			h.chainID, ev.Signer.Bytes(), ev.Measurement[:], ev.Payee.Bytes(), ev.ExpiresAt.Int64(), ev.Simulated,
			ev.EvidenceDigest[:], ev.EncryptionKey, int64(l.BlockNumber))
		if err == nil && ev.Simulated {
			h.log.Warn("a SIMULATION-mode enclave was registered: nothing it runs is confidential", "signer", ev.Signer)
		}
		return err
	case "EnclaveRevoked":
		ev, err := h.r.UnpackEnclaveRevokedEvent(l)
		if err != nil {
			return bad(err)
		}
		return h.enclaveStatus(ctx, db, ev.Signer, "revoked", l.BlockNumber)
	case "EnclaveDeactivated":
		ev, err := h.r.UnpackEnclaveDeactivatedEvent(l)
		if err != nil {
			return bad(err)
		}
		return h.enclaveStatus(ctx, db, ev.Signer, "deactivated", l.BlockNumber)
	case "MeasurementAllowed":
		ev, err := h.r.UnpackMeasurementAllowedEvent(l)
		if err != nil {
			return bad(err)
		}
		_, err = db.Exec(ctx, `INSERT INTO measurements (chain_id, key, kind, value, product_id, min_svn, allowed, block_number)
			VALUES ($1, $2, $3, $4, $5, $6, true, $7)
			ON CONFLICT (chain_id, key) DO UPDATE SET kind = EXCLUDED.kind, value = EXCLUDED.value, product_id = EXCLUDED.product_id,
				min_svn = EXCLUDED.min_svn, allowed = true, block_number = EXCLUDED.block_number, updated_at = now()`,
			h.chainID, ev.Key[:], int16(ev.Kind), ev.Value[:], int32(ev.ProductId), int32(ev.MinSvn), int64(l.BlockNumber))
		return err
	case "MeasurementRemoved":
		ev, err := h.r.UnpackMeasurementRemovedEvent(l)
		if err != nil {
			return bad(err)
		}
		_, err = db.Exec(ctx, `UPDATE measurements SET allowed = false, block_number = $3, updated_at = now()
			WHERE chain_id = $1 AND key = $2`, h.chainID, ev.Key[:], int64(l.BlockNumber))
		return err
	case "ProgramCreated":
		ev, err := h.p.UnpackProgramCreatedEvent(l)
		if err != nil {
			return bad(err)
		}
		_, err = db.Exec(ctx, `INSERT INTO programs (chain_id, program_id, author, enabled, block_number) VALUES ($1, $2, $3, true, $4)
			ON CONFLICT (chain_id, program_id) DO UPDATE SET author = EXCLUDED.author, block_number = EXCLUDED.block_number, updated_at = now()`,
			h.chainID, ev.ProgramId[:], ev.Author.Bytes(), int64(l.BlockNumber))
		return err
	case "VersionPublished":
		// TODO(relayer): versions are per program now (one CID encrypted to the fleet key); stored
		// under the zero enclave until the relayer's program tables follow.
		ev, err := h.p.UnpackVersionPublishedEvent(l)
		if err != nil {
			return bad(err)
		}
		_, err = db.Exec(ctx, `INSERT INTO program_cids (chain_id, program_id, enclave, cid, block_number) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (chain_id, program_id, enclave) DO UPDATE SET cid = EXCLUDED.cid, block_number = EXCLUDED.block_number, updated_at = now()`,
			h.chainID, ev.ProgramId[:], common.Address{}.Bytes(), ev.Cid, int64(l.BlockNumber))
		return err
	}
	return nil // stored raw only (escrow credits, config, ownership...)
}

func (h *Handler) enclaveStatus(ctx context.Context, db pgx.Tx, signer common.Address, status string, block uint64) error {
	_, err := db.Exec(ctx, `UPDATE enclaves SET status = $3, block_number = $4, updated_at = now() WHERE chain_id = $1 AND signer = $2`,
		h.chainID, signer.Bytes(), status, int64(block))
	return err
}

// skipped handles a FulfillmentSkipped from one of our transactions.
func (h *Handler) skipped(ctx context.Context, db pgx.Tx, id [32]byte, reason uint8, txHash common.Hash) error {
	var ours bool
	if err := db.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM tx_attempts WHERE tx_hash = $1)`, txHash.Bytes()).Scan(&ours); err != nil || !ours {
		return err
	}
	ids := []common.Hash{id}
	switch reason {
	case RefusalUnknownJob:
		return nil // settled or cancelled by another transaction: its own event says which
	case RefusalExpired:
		return jobs.Close(ctx, db, ids, jobs.StateExpired, "deadline passed before the result settled")
	case RefusalInactiveEnclave, RefusalBadSignature:
		return jobs.Requeue(ctx, db, id, fmt.Sprintf("result refused on-chain (reason %d): running it again", reason))
	default:
		return jobs.Close(ctx, db, ids, jobs.StateFailed, fmt.Sprintf("result refused on-chain (reason %d)", reason))
	}
}

// Rollback implements indexer.Handler: jobs are rolled back, and the registry projections rebuilt
// from the logs that remain.
func (h *Handler) Rollback(ctx context.Context, db pgx.Tx, ancestor uint64) error {
	if err := jobs.Rollback(ctx, db, h.chainID, ancestor); err != nil {
		return err
	}
	if _, err := db.Exec(ctx, `DELETE FROM job_nonces WHERE chain_id = $1 AND router = $2 AND block_number > $3`,
		h.chainID, h.router.Bytes(), int64(ancestor)); err != nil {
		return err
	}
	for _, t := range []string{"enclaves", "measurements", "programs", "program_cids"} {
		if _, err := db.Exec(ctx, `DELETE FROM `+t+` WHERE chain_id = $1`, h.chainID); err != nil {
			return err
		}
	}
	rows, err := db.Query(ctx, `SELECT block_hash, log_index, block_number, tx_hash, address, topics, data FROM logs
		WHERE chain_id = $1 AND event = ANY($2) ORDER BY block_number, log_index`, h.chainID,
		[]string{"EnclaveRegistered", "EnclaveRevoked", "EnclaveDeactivated", "MeasurementAllowed", "MeasurementRemoved",
			"ProgramCreated", "VersionPublished"})
	if err != nil {
		return err
	}
	var replay []types.Log
	for rows.Next() {
		var l types.Log
		var bh, txh, addr []byte
		var topics [][]byte
		var idx int32
		var bn int64
		if err := rows.Scan(&bh, &idx, &bn, &txh, &addr, &topics, &l.Data); err != nil {
			rows.Close()
			return err
		}
		l.BlockHash, l.Index, l.BlockNumber, l.TxHash, l.Address = common.BytesToHash(bh), uint(idx), uint64(bn), common.BytesToHash(txh), common.BytesToAddress(addr)
		for _, t := range topics {
			l.Topics = append(l.Topics, common.BytesToHash(t))
		}
		replay = append(replay, l)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var unused uint64
	for i := range replay {
		if err := h.apply(ctx, db, &replay[i], h.EventName(&replay[i]), &unused, nil); err != nil {
			var bad *badEvent
			if !errors.As(err, &bad) && !errors.Is(err, indexer.ErrInconsistent) {
				return err
			}
		}
	}
	return nil
}
