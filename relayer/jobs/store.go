package jobs

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/store"
)

// Store owns the jobs, job_results and job_nonces tables: every query on them is one of its
// methods. Methods take the DBTX to run on, so that callers compose them into their own database
// transactions; each is safe for concurrent use and idempotent where its comment says so.
type Store struct {
	obs store.Observer
}

// NewStore returns the jobs store; m times its queries (nil: not timed).
func NewStore(m store.Metrics) *Store { return &Store{obs: store.NewObserver("jobs", m)} }

const jobColumns = `job_id, chain_id, router, requester, program_id, input, input_hash, callback_gas_limit,
	fee::text, deadline, coalesce(program_cid, ''), coalesce(worker, ''), block_number, block_hash, tx_hash, log_index,
	state, attempts, submit_attempts, next_attempt_at, coalesce(lease_owner, ''), lease_expires_at,
	coalesce(last_error, ''), created_at, updated_at, finished_at, result_status, callback_ok, fulfilled_by,
	user_address, version, epoch, author_fee::text`

// jobColumnsOf is jobColumns of the jobs table under alias j.
var jobColumnsOf = aliased("j", jobColumns)

func aliased(alias, cols string) string {
	parts := strings.Split(strings.Join(strings.Fields(cols), " "), ",")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if strings.HasPrefix(p, "'") {
			parts[i] = p // the default of a coalesce
		} else if c, ok := strings.CutPrefix(p, "coalesce("); ok {
			parts[i] = "coalesce(" + alias + "." + c
		} else {
			parts[i] = alias + "." + p
		}
	}
	return strings.Join(parts, ", ")
}

// resultColumnsOf are the job_results columns under alias r that scanJobResult reads after a job's.
const resultColumnsOf = `r.status, r.output, r.signature, r.signer, r.worker, r.created_at`

func collectJobs(rows pgx.Rows, err error) ([]*Job, error) {
	return store.CollectRows(rows, err, scanJob)
}

func scanJob(row pgx.Row) (*Job, error) {
	return scanJobAnd(row)
}

// scanJobAnd scans jobColumns followed by the extra destinations.
func scanJobAnd(row pgx.Row, extra ...any) (*Job, error) {
	var (
		j                                                  Job
		id, router, requester, program, inHash, bh, txHash []byte
		fee, state, authorFee                              string
		user                                               []byte
		version, epoch                                     int64
		cbGas, deadline, blockNumber                       int64
		logIndex                                           int32
		resultStatus                                       *int16
		fulfilledBy                                        []byte
	)
	dest := []any{&id, &j.ChainID, &router, &requester, &program, &j.Input, &inHash, &cbGas, &fee, &deadline,
		&j.ProgramCID, &j.Worker, &blockNumber, &bh, &txHash, &logIndex, &state, &j.Attempts, &j.SubmitAttempts,
		&j.NextAttemptAt, &j.LeaseOwner, &j.LeaseExpiresAt, &j.LastError, &j.CreatedAt, &j.UpdatedAt, &j.FinishedAt,
		&resultStatus, &j.CallbackOK, &fulfilledBy, &user, &version, &epoch, &authorFee}
	err := row.Scan(append(dest, extra...)...)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	j.JobID, j.ProgramID, j.InputHash, j.BlockHash, j.TxHash = common.BytesToHash(id), common.BytesToHash(program),
		common.BytesToHash(inHash), common.BytesToHash(bh), common.BytesToHash(txHash)
	j.Router, j.Requester = common.BytesToAddress(router), common.BytesToAddress(requester)
	j.CallbackGasLimit, j.Deadline, j.BlockNumber, j.LogIndex = uint32(cbGas), uint64(deadline), uint64(blockNumber), uint(logIndex)
	j.Fee, _ = new(big.Int).SetString(fee, 10)
	j.AuthorFee, _ = new(big.Int).SetString(authorFee, 10)
	j.User, j.Version, j.Epoch = common.BytesToAddress(user), uint32(version), uint32(epoch)
	j.State = State(state)
	if resultStatus != nil {
		st := protocol.Status(*resultStatus)
		j.ResultStatus = &st
	}
	j.FulfilledBy = common.BytesToAddress(fulfilledBy)
	return &j, nil
}

// Insert records a requested job. Idempotent: a job already present is left alone (false).
func (s *Store) Insert(ctx context.Context, db store.DBTX, j *Job) (bool, error) {
	fee := j.Fee
	if fee == nil {
		fee = new(big.Int)
	}
	tag, err := s.obs.On(db).Exec(ctx, `INSERT INTO jobs (job_id, chain_id, router, requester, program_id, input, input_hash,
			callback_gas_limit, fee, deadline, block_number, block_hash, tx_hash, log_index, user_address, version, epoch, author_fee)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::numeric, $10, $11, $12, $13, $14, $15, $16, $17, $18::numeric)
		ON CONFLICT (job_id) DO NOTHING`,
		j.JobID.Bytes(), j.ChainID, j.Router.Bytes(), j.Requester.Bytes(), j.ProgramID.Bytes(), store.NonNil(j.Input),
		j.InputHash.Bytes(), int64(j.CallbackGasLimit), fee.String(), int64(j.Deadline), int64(j.BlockNumber),
		j.BlockHash.Bytes(), j.TxHash.Bytes(), int32(j.LogIndex), j.User.Bytes(), int64(j.Version), int64(j.Epoch), j.authorFee().String())
	if err != nil {
		return false, fmt.Errorf("jobs: insert: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

// InsertMany records requested jobs in one statement. Idempotent: jobs already present are left alone.
func (s *Store) InsertMany(ctx context.Context, db store.DBTX, js []*Job) error {
	if len(js) == 0 {
		return nil
	}
	n := len(js)
	var (
		ids, routers, requesters, programs, inputs, inHashes, bhashes, txs = make([][]byte, n), make([][]byte, n), make([][]byte, n),
			make([][]byte, n), make([][]byte, n), make([][]byte, n), make([][]byte, n), make([][]byte, n)
		chains, cbGas, deadlines, blocks = make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
		fees, authorFees                 = make([]string, n), make([]string, n)
		logIdx                           = make([]int32, n)
		users                            = make([][]byte, n)
		versions, epochs                 = make([]int64, n), make([]int64, n)
	)
	for i, j := range js {
		fee := j.Fee
		if fee == nil {
			fee = new(big.Int)
		}
		ids[i], chains[i], routers[i], requesters[i], programs[i] = j.JobID.Bytes(), j.ChainID, j.Router.Bytes(), j.Requester.Bytes(), j.ProgramID.Bytes()
		inputs[i], inHashes[i], cbGas[i], fees[i], deadlines[i] = store.NonNil(j.Input), j.InputHash.Bytes(), int64(j.CallbackGasLimit), fee.String(), int64(j.Deadline)
		blocks[i], bhashes[i], txs[i], logIdx[i] = int64(j.BlockNumber), j.BlockHash.Bytes(), j.TxHash.Bytes(), int32(j.LogIndex)
		users[i], versions[i], epochs[i], authorFees[i] = j.User.Bytes(), int64(j.Version), int64(j.Epoch), j.authorFee().String()
	}
	_, err := s.obs.On(db).Exec(ctx, `INSERT INTO jobs (job_id, chain_id, router, requester, program_id, input, input_hash,
			callback_gas_limit, fee, deadline, block_number, block_hash, tx_hash, log_index, user_address, version, epoch, author_fee)
		SELECT u.job_id, u.chain_id, u.router, u.requester, u.program_id, u.input, u.input_hash, u.callback_gas_limit,
			u.fee::numeric, u.deadline, u.block_number, u.block_hash, u.tx_hash, u.log_index, u.user_address, u.version, u.epoch,
			u.author_fee::numeric
		FROM unnest($1::bytea[], $2::bigint[], $3::bytea[], $4::bytea[], $5::bytea[], $6::bytea[], $7::bytea[], $8::bigint[],
			$9::text[], $10::bigint[], $11::bigint[], $12::bytea[], $13::bytea[], $14::integer[], $15::bytea[], $16::bigint[],
			$17::bigint[], $18::text[])
			AS u(job_id, chain_id, router, requester, program_id, input, input_hash, callback_gas_limit, fee, deadline,
				block_number, block_hash, tx_hash, log_index, user_address, version, epoch, author_fee)
		ON CONFLICT (job_id) DO NOTHING`,
		ids, chains, routers, requesters, programs, inputs, inHashes, cbGas, fees, deadlines, blocks, bhashes, txs, logIdx,
		users, versions, epochs, authorFees)
	if err != nil {
		return fmt.Errorf("jobs: insert: %w", err)
	}
	return nil
}

// Get returns a job and its result (nil when it has none).
func (s *Store) Get(ctx context.Context, db store.DBTX, id common.Hash) (*Job, *Result, error) {
	j, err := scanJob(s.obs.On(db).QueryRow(ctx, `SELECT `+jobColumns+` FROM jobs WHERE job_id = $1`, id.Bytes()))
	if err != nil {
		return nil, nil, err
	}
	r, err := s.GetResult(ctx, db, id)
	if errors.Is(err, ErrNotFound) {
		return j, nil, nil
	}
	return j, r, err
}

// GetResult returns the stored result of a job.
func (s *Store) GetResult(ctx context.Context, db store.DBTX, id common.Hash) (*Result, error) {
	var r Result
	var jobID, sig, signer []byte
	var status int16
	err := s.obs.On(db).QueryRow(ctx, `SELECT job_id, status, output, signature, signer, worker, created_at FROM job_results WHERE job_id = $1`,
		id.Bytes()).Scan(&jobID, &status, &r.Output, &sig, &signer, &r.Worker, &r.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	r.JobID, r.Status, r.Signer = common.BytesToHash(jobID), protocol.Status(status), common.BytesToAddress(signer)
	copy(r.Signature.R[:], sig[:32])
	copy(r.Signature.VS[:], sig[32:])
	return &r, nil
}

// Filter selects jobs for List.
type Filter struct {
	States []State
	Limit  int // 0: 100
}

// List returns jobs, newest first.
func (s *Store) List(ctx context.Context, db store.DBTX, f Filter) ([]*Job, error) {
	states, limit := store.ListArgs(f.States, f.Limit)
	return collectJobs(s.obs.On(db).Query(ctx, `SELECT `+jobColumns+` FROM jobs
		WHERE cardinality($1::text[]) = 0 OR state = ANY($1) ORDER BY block_number DESC, log_index DESC LIMIT $2`, states, limit))
}

// Counts returns the number of jobs in each state.
func (s *Store) Counts(ctx context.Context, db store.DBTX) (map[State]int, error) {
	rows, err := s.obs.On(db).Query(ctx, `SELECT state, count(*) FROM jobs GROUP BY state`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[State]int{}
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, err
		}
		out[State(s)] = n
	}
	return out, rows.Err()
}

// Claim leases up to n jobs that are due (requested, or dispatched under a lease that ran out because
// its relayer died) to owner for the lease duration, oldest first. A claim is not an attempt: the
// attempt is counted when the job is sent to a worker (SetDispatchInfos). Rows locked by another
// claimer are skipped, never waited for.
func (s *Store) Claim(ctx context.Context, db store.DBTX, chainID int64, owner string, n int, lease time.Duration) ([]*Job, error) {
	return collectJobs(s.obs.On(db).Query(ctx, `UPDATE jobs SET state = 'dispatched', lease_owner = $2,
			lease_expires_at = now() + $3::interval, updated_at = now()
		WHERE job_id IN (
			SELECT job_id FROM jobs
			WHERE chain_id = $1 AND ((state = 'requested' AND next_attempt_at <= now())
			                         OR (state = 'dispatched' AND lease_expires_at < now()))
			ORDER BY next_attempt_at, block_number, log_index
			LIMIT $4 FOR UPDATE SKIP LOCKED)
		RETURNING `+jobColumns, chainID, owner, lease.String(), n))
}

// ExtendLease renews owner's lease on jobs still dispatched to it; it returns the ids it still holds.
func (s *Store) ExtendLease(ctx context.Context, db store.DBTX, owner string, ids []common.Hash, lease time.Duration) ([]common.Hash, error) {
	return store.CollectHashes(s.obs.On(db).Query(ctx, `UPDATE jobs SET lease_expires_at = now() + $3::interval
		WHERE job_id = ANY($2) AND state = 'dispatched' AND lease_owner = $1 RETURNING job_id`, owner, store.HashBytes(ids), lease.String()))
}

// ExpireWaiting ends the jobs of chainID waiting in requested whose deadline is at or before
// `cutoff` (unix seconds) as expired with reason, and returns their ids. The reason the job waited
// (the last error, e.g. no worker holding its epoch) is kept after it.
func (s *Store) ExpireWaiting(ctx context.Context, db store.DBTX, chainID int64, cutoff int64, reason string) ([]common.Hash, error) {
	return store.CollectHashes(s.obs.On(db).Query(ctx, `UPDATE jobs SET state = 'expired',
			last_error = CASE WHEN coalesce(last_error, '') = '' THEN $3 ELSE $3 || ' (last: ' || last_error || ')' END,
			finished_at = now(), updated_at = now()
		WHERE chain_id = $1 AND state = 'requested' AND deadline <= $2 RETURNING job_id`, chainID, cutoff, reason))
}

// WakeWaiting makes every job of chainID waiting in requested due now (a worker became usable:
// jobs that waited for one need not sit out their delay); it returns how many it woke.
func (s *Store) WakeWaiting(ctx context.Context, db store.DBTX, chainID int64) (int64, error) {
	tag, err := s.obs.On(db).Exec(ctx, `UPDATE jobs SET next_attempt_at = now()
		WHERE chain_id = $1 AND state = 'requested' AND next_attempt_at > now()`, chainID)
	return tag.RowsAffected(), err
}

// ErrLeaseLost means the job is no longer dispatched to this owner (its lease ran out and another
// relayer took it, or the chain settled it meanwhile).
var ErrLeaseLost = errors.New("jobs: lease lost")

// DispatchInfo is the worker and program CID a job is run with.
type DispatchInfo struct {
	JobID       common.Hash
	Worker, CID string
}

// SetDispatchInfos records, in one statement, the worker and CID of jobs leased by owner and
// counts an attempt on each: they are about to be sent to that worker (a real try).
func (s *Store) SetDispatchInfos(ctx context.Context, db store.DBTX, owner string, infos []DispatchInfo) error {
	if len(infos) == 0 {
		return nil
	}
	ids, workers, cids := make([][]byte, len(infos)), make([]string, len(infos)), make([]string, len(infos))
	for i, d := range infos {
		ids[i], workers[i], cids[i] = d.JobID.Bytes(), d.Worker, d.CID
	}
	_, err := s.obs.On(db).Exec(ctx, `UPDATE jobs SET worker = u.worker, program_cid = u.cid, attempts = jobs.attempts + 1, updated_at = now()
		FROM unnest($2::bytea[], $3::text[], $4::text[]) AS u(job_id, worker, cid)
		WHERE jobs.job_id = u.job_id AND jobs.state = 'dispatched' AND jobs.lease_owner = $1`, owner, ids, workers, cids)
	return err
}

// SaveResult stores a signed result for a job leased by owner and moves it to result_ready.
func (s *Store) SaveResult(ctx context.Context, db store.DBTX, owner string, r Result) error {
	saved, err := s.SaveResults(ctx, db, owner, []Result{r})
	if err != nil {
		return err
	}
	if len(saved) == 0 {
		return ErrLeaseLost
	}
	return nil
}

// SaveResults stores signed results for jobs leased by owner and moves those jobs to result_ready,
// in one statement; it returns the ids it saved (the others are no longer leased to owner).
func (s *Store) SaveResults(ctx context.Context, db store.DBTX, owner string, rs []Result) (map[common.Hash]bool, error) {
	if len(rs) == 0 {
		return nil, nil
	}
	n := len(rs)
	ids, outputs, sigs, signers := make([][]byte, n), make([][]byte, n), make([][]byte, n), make([][]byte, n)
	statuses, workers := make([]int16, n), make([]string, n)
	for i, r := range rs {
		ids[i], outputs[i], signers[i] = r.JobID.Bytes(), store.NonNil(r.Output), r.Signer.Bytes()
		sigs[i] = append(append([]byte{}, r.Signature.R[:]...), r.Signature.VS[:]...)
		statuses[i], workers[i] = int16(r.Status), r.Worker
	}
	return store.CollectHashSet(s.obs.On(db).Query(ctx, `WITH leased AS (
			UPDATE jobs SET state = 'result_ready', lease_owner = NULL, lease_expires_at = NULL, last_error = NULL, updated_at = now()
			WHERE job_id = ANY($2) AND state = 'dispatched' AND lease_owner = $1
			RETURNING job_id)
		INSERT INTO job_results (job_id, status, output, signature, signer, worker)
		SELECT u.job_id, u.status, u.output, u.signature, u.signer, u.worker
		FROM unnest($2::bytea[], $3::smallint[], $4::bytea[], $5::bytea[], $6::bytea[], $7::text[])
			AS u(job_id, status, output, signature, signer, worker)
		WHERE u.job_id IN (SELECT job_id FROM leased)
		ON CONFLICT (job_id) DO UPDATE SET status = EXCLUDED.status, output = EXCLUDED.output,
			signature = EXCLUDED.signature, signer = EXCLUDED.signer, worker = EXCLUDED.worker, created_at = now()
		RETURNING job_id`, owner, ids, statuses, outputs, sigs, signers, workers))
}

// Retry gives a leased job back for another attempt after `after`.
func (s *Store) Retry(ctx context.Context, db store.DBTX, owner string, id common.Hash, after time.Duration, reason string) error {
	tag, err := s.obs.On(db).Exec(ctx, `UPDATE jobs SET state = 'requested', lease_owner = NULL, lease_expires_at = NULL,
			next_attempt_at = now() + $3::interval, last_error = $4, updated_at = now()
		WHERE job_id = $1 AND state = 'dispatched' AND lease_owner = $2`, id.Bytes(), owner, after.String(), reason)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return ErrLeaseLost
	}
	return nil
}

// Finish ends a leased job in a final state (failed or expired) with a reason.
func (s *Store) Finish(ctx context.Context, db store.DBTX, owner string, id common.Hash, state State, reason string) error {
	if !state.Final() {
		return fmt.Errorf("jobs: %s is not a final state", state)
	}
	tag, err := s.obs.On(db).Exec(ctx, `UPDATE jobs SET state = $3, lease_owner = NULL, lease_expires_at = NULL, last_error = $4,
			finished_at = now(), updated_at = now()
		WHERE job_id = $1 AND state = 'dispatched' AND lease_owner = $2`, id.Bytes(), owner, string(state), reason)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return ErrLeaseLost
	}
	return nil
}

// ReadyWithResult is a job in result_ready with its result.
type ReadyWithResult struct {
	Job    *Job
	Result *Result
}

// LockReady locks up to n result_ready jobs of chainID (skipping rows others hold) with their
// results, inside the caller's transaction, in one query; jobs that failed to settle before
// (submit attempts > 0) come first.
func (s *Store) LockReady(ctx context.Context, db store.DBTX, chainID int64, n int) ([]ReadyWithResult, error) {
	return collectWithResults(s.obs.On(db).Query(ctx, `SELECT `+jobColumnsOf+`, `+resultColumnsOf+`
		FROM jobs j JOIN job_results r ON r.job_id = j.job_id
		WHERE j.chain_id = $1 AND j.state = 'result_ready'
		ORDER BY j.submit_attempts, j.updated_at LIMIT $2 FOR UPDATE OF j SKIP LOCKED`, chainID, n))
}

// Submitted returns those of jobs ids still in state submitted, with their results, in chain order
// (the jobs of one transaction: txmgr keeps which).
func (s *Store) Submitted(ctx context.Context, db store.DBTX, ids []common.Hash) ([]ReadyWithResult, error) {
	return collectWithResults(s.obs.On(db).Query(ctx, `SELECT `+jobColumnsOf+`, `+resultColumnsOf+`
		FROM jobs j JOIN job_results r ON r.job_id = j.job_id
		WHERE j.job_id = ANY($1) AND j.state = 'submitted' ORDER BY j.block_number, j.log_index`, store.HashBytes(ids)))
}

func collectWithResults(rows pgx.Rows, err error) ([]ReadyWithResult, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ReadyWithResult
	for rows.Next() {
		var r Result
		var sig, signer []byte
		var status int16
		j, err := scanJobAnd(rows, &status, &r.Output, &sig, &signer, &r.Worker, &r.CreatedAt)
		if err != nil {
			return nil, err
		}
		if len(sig) != 64 {
			return nil, fmt.Errorf("jobs: result of %s has a %d-byte signature", j.JobID, len(sig))
		}
		r.JobID, r.Status, r.Signer = j.JobID, protocol.Status(status), common.BytesToAddress(signer)
		copy(r.Signature.R[:], sig[:32])
		copy(r.Signature.VS[:], sig[32:])
		out = append(out, ReadyWithResult{Job: j, Result: &r})
	}
	return out, rows.Err()
}

// MarkSubmitted moves result_ready jobs to submitted (they were put in a transaction).
func (s *Store) MarkSubmitted(ctx context.Context, db store.DBTX, ids []common.Hash) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE jobs SET state = 'submitted', updated_at = now() WHERE job_id = ANY($1) AND state = 'result_ready'`,
		store.HashBytes(ids))
	return err
}

// Close moves open jobs (not yet final) to a final state without a lease check: for events and
// checks the chain answered (expired deadline, commitment gone).
func (s *Store) Close(ctx context.Context, db store.DBTX, ids []common.Hash, state State, reason string) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE jobs SET state = $2, lease_owner = NULL, lease_expires_at = NULL, last_error = $3,
			finished_at = now(), updated_at = now()
		WHERE job_id = ANY($1) AND state NOT IN ('confirmed', 'cancelled', 'fulfilled_by_other', 'failed')
		  AND NOT (state = 'expired' AND $2 <> 'cancelled')`, store.HashBytes(ids), string(state), reason)
	return err
}

// SubmitFailed is called when the transaction that carried jobs ids will not settle them (reverted,
// dropped, abandoned): those still submitted go back to result_ready to be sent again (alone),
// except those that already failed to settle maxSubmits times, which fail.
func (s *Store) SubmitFailed(ctx context.Context, db store.DBTX, ids []common.Hash, reason string, maxSubmits int) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE jobs SET
			submit_attempts = submit_attempts + 1,
			state = CASE WHEN submit_attempts + 1 >= $3 THEN 'failed' ELSE 'result_ready' END,
			finished_at = CASE WHEN submit_attempts + 1 >= $3 THEN now() ELSE NULL END,
			last_error = $2, updated_at = now()
		WHERE state = 'submitted' AND job_id = ANY($1)`, store.HashBytes(ids), reason, maxSubmits)
	return err
}

// Fulfilled records a JobFulfilled event of block `block`: confirmed when one of this relayer's
// transactions settled it (ours), fulfilled_by_other otherwise. Events are the truth: any state is
// overwritten.
func (s *Store) Fulfilled(ctx context.Context, db store.DBTX, id common.Hash, ours bool, block uint64) error {
	return s.FulfilledMany(ctx, db, []Fulfillment{{JobID: id, Ours: ours, Block: block, CallbackOK: true}})
}

// Fulfillment is a JobFulfilled event: the job, the transaction and block that settled it.
type Fulfillment struct {
	JobID      common.Hash
	Ours       bool // settled by a transaction of this relayer
	Block      uint64
	Status     protocol.Status // the status the enclave signed
	CallbackOK bool
	Enclave    common.Address // whose signature settled it
}

// FulfilledMany records JobFulfilled events (of distinct jobs) in one statement, as Fulfilled does.
func (s *Store) FulfilledMany(ctx context.Context, db store.DBTX, fs []Fulfillment) error {
	if len(fs) == 0 {
		return nil
	}
	n := len(fs)
	ids, ours, blocks, statuses, cbs, enclaves := make([][]byte, n), make([]bool, n), make([]int64, n), make([]int16, n),
		make([]bool, n), make([][]byte, n)
	for i, f := range fs {
		ids[i], ours[i], blocks[i] = f.JobID.Bytes(), f.Ours, int64(f.Block)
		statuses[i], cbs[i], enclaves[i] = int16(f.Status), f.CallbackOK, f.Enclave.Bytes()
	}
	_, err := s.obs.On(db).Exec(ctx, `UPDATE jobs SET
			state = CASE WHEN u.ours THEN 'confirmed' ELSE 'fulfilled_by_other' END,
			lease_owner = NULL, lease_expires_at = NULL, finished_at = coalesce(finished_at, now()), updated_at = now(),
			closed_block = u.block, result_status = u.status, callback_ok = u.cb, fulfilled_by = u.enclave
		FROM unnest($1::bytea[], $2::boolean[], $3::bigint[], $4::smallint[], $5::boolean[], $6::bytea[])
			AS u(job_id, ours, block, status, cb, enclave)
		WHERE jobs.job_id = u.job_id`, ids, ours, blocks, statuses, cbs, enclaves)
	return err
}

// Cancelled records a JobCancelled event of block `block`.
func (s *Store) Cancelled(ctx context.Context, db store.DBTX, id common.Hash, block uint64) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE jobs SET state = 'cancelled', lease_owner = NULL, lease_expires_at = NULL,
			finished_at = coalesce(finished_at, now()), updated_at = now(), closed_block = $2 WHERE job_id = $1`, id.Bytes(), int64(block))
	return err
}

// Rollback undoes what blocks above ancestor did to jobs (a reorg removed them): jobs requested
// there are deleted (re-inserted if the new chain has them), and jobs settled there are reopened
// (result_ready when a result is stored, requested otherwise).
func (s *Store) Rollback(ctx context.Context, db store.DBTX, chainID int64, ancestor uint64) error {
	if _, err := s.obs.On(db).Exec(ctx, `DELETE FROM jobs WHERE chain_id = $1 AND block_number > $2`, chainID, int64(ancestor)); err != nil {
		return err
	}
	_, err := s.obs.On(db).Exec(ctx, `UPDATE jobs SET
			state = CASE WHEN EXISTS (SELECT 1 FROM job_results r WHERE r.job_id = jobs.job_id) THEN 'result_ready' ELSE 'requested' END,
			closed_block = NULL, finished_at = NULL, next_attempt_at = now(), updated_at = now(),
			result_status = NULL, callback_ok = NULL, fulfilled_by = NULL
		WHERE chain_id = $1 AND closed_block > $2`, chainID, int64(ancestor))
	return err
}

// Requeue sends a job that could not settle for a reason another dispatch may fix (the enclave
// that signed it became inactive) back to requested.
func (s *Store) Requeue(ctx context.Context, db store.DBTX, id common.Hash, reason string) error {
	_, err := s.obs.On(db).Exec(ctx, `UPDATE jobs SET state = 'requested', next_attempt_at = now(), last_error = $2, updated_at = now()
		WHERE job_id = $1 AND state IN ('submitted', 'result_ready')`, id.Bytes(), reason)
	if err == nil {
		_, err = s.obs.On(db).Exec(ctx, `DELETE FROM job_results WHERE job_id = $1`, id.Bytes())
	}
	return err
}
