// Package worker executes oracle jobs inside the enclave: it recomputes each job's request
// commitment from the fields it actually uses, fetches the program from IPFS, decrypts it and
// checks its hash, opens the input envelope, runs the program in the sandbox, encrypts and (when
// large) stores the output, and signs the result with the enclave's key.
//
// A job ends in exactly one of two ways: a signed result (every outcome of the program and every
// bad input, so the requester's fault never costs the operator), or an error with no signature
// when the worker could not do its part (program unobtainable or not the program, IPFS down for a
// large output, shutdown); the relayer may retry those, and the job otherwise expires.
package worker

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/egress"
	"github.com/teeoracle/teeoracle/enclave/fleet"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/enclave/keystore"
	"github.com/teeoracle/teeoracle/enclave/metrics"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// Defaults for zero Config fields.
const (
	DefaultOutputCIDThreshold = 4 << 10
	DefaultMaxInputBytes      = 1 << 20
	DefaultFetchTimeout       = 30 * time.Second
)

// Runner runs a program in the sandbox (implemented by *sandbox.Sandbox). Run must return an
// error only when no result may be signed; it is called concurrently.
type Runner interface {
	// RunHost runs with the job's host services (nil: none, the program's teeoracle calls answer
	// unavailable).
	RunHost(ctx context.Context, programID [32]byte, load sandbox.Loader, input []byte, seed [32]byte, host *sandbox.Host) (sandbox.Outcome, error)
}

// Store is the worker's IPFS (implemented by *ipfs.Client). Fetch returns at most maxBytes;
// PutRaw stores one raw block and returns its CID. Both are idempotent; the worker trusts
// neither: it checks program hashes and compares the CID PutRaw returns with its own.
type Store interface {
	Fetch(ctx context.Context, cid string, maxBytes int64) ([]byte, error)
	PutRaw(ctx context.Context, data []byte) (string, error)
}

// Config holds the worker's limits.
type Config struct {
	// OutputCIDThreshold: outputs (after encryption) longer than this many bytes go to IPFS and
	// the signed output is their CID (StatusOKCID).
	OutputCIDThreshold int
	// MaxInputBytes caps the input envelope; larger jobs are refused (bad_request), since the
	// router's calldata cannot have carried them anyway.
	MaxInputBytes int
	// MaxModuleBytes caps the encrypted program fetched from IPFS (plus ECIES overhead).
	MaxModuleBytes int64
	// FetchTimeout bounds fetching one program.
	FetchTimeout time.Duration
	// Egress makes programs' HTTPS requests (sandbox.Host.Egress); nil: programs get no network.
	Egress *egress.Client
}

func (c Config) withDefaults() Config {
	if c.OutputCIDThreshold == 0 {
		c.OutputCIDThreshold = DefaultOutputCIDThreshold
	}
	if c.MaxInputBytes == 0 {
		c.MaxInputBytes = DefaultMaxInputBytes
	}
	if c.MaxModuleBytes == 0 {
		c.MaxModuleBytes = sandbox.DefaultMaxModuleBytes
	}
	if c.FetchTimeout == 0 {
		c.FetchTimeout = DefaultFetchTimeout
	}
	return c
}

// Check reports an unusable configuration.
func (c Config) Check() error {
	c = c.withDefaults()
	switch {
	case c.OutputCIDThreshold < 0 || c.MaxInputBytes < 0 || c.MaxModuleBytes < 0 || c.FetchTimeout < 0:
		return errors.New("worker: negative limit")
	case c.OutputCIDThreshold > ipfs.MaxBlockBytes:
		return fmt.Errorf("worker: output CID threshold %d above the IPFS block limit %d", c.OutputCIDThreshold, ipfs.MaxBlockBytes)
	}
	return nil
}

// Worker executes jobs. It is safe for concurrent use; the caller bounds concurrency.
type Worker struct {
	cfg     Config
	keys    *keystore.Keys
	signer  common.Address
	seedKey [32]byte
	runner  Runner
	store   Store
	metrics metrics.Metricer
	log     *slog.Logger
	fleet   *fleet.Fleet
	// verified remembers authenticated fleet program versions.
	verified verifiedPrograms
	// bundles caches verified secrets bundles (host.go).
	bundles bundleCache
}

// SetFleet gives the worker the fleet's epoch keys (for v2 ciphertexts and job randomness). Call
// before the first Execute.
func (w *Worker) SetFleet(f *fleet.Fleet) { w.fleet = f }

// New creates a worker.
func New(cfg Config, keys *keystore.Keys, runner Runner, store Store, m metrics.Metricer, log *slog.Logger) (*Worker, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if m == nil {
		m = metrics.Noop
	}
	return &Worker{
		cfg:    cfg.withDefaults(),
		keys:   keys,
		signer: keys.Address(),
		// The seed key is derived from the signing key: secret to the enclave, stable across
		// restarts, so re-running a job gives the same randomness (a relayer cannot re-roll).
		seedKey: crypto.Keccak256Hash([]byte("teeoracle/seed-key/v1"), crypto.FromECDSA(keys.Signing)),
		runner:  runner,
		store:   store,
		metrics: m,
		log:     log,
	}, nil
}

// Signer returns the address results are signed with.
func (w *Worker) Signer() common.Address { return w.signer }

// JobError is a job failure with no signature.
type JobError struct {
	Code string // api.ErrCode*
	Err  error
}

func (e *JobError) Error() string { return e.Code + ": " + e.Err.Error() }
func (e *JobError) Unwrap() error { return e.Err }

func jobErr(code string, format string, args ...any) *JobError {
	return &JobError{Code: code, Err: fmt.Errorf(format, args...)}
}

var (
	maxFee      = new(big.Int).Lsh(big.NewInt(1), 96)
	maxDeadline = uint64(1) << 40
)

func (w *Worker) validate(job *api.Job) error {
	switch {
	case job.ChainID == nil || job.ChainID.ToInt().Sign() <= 0:
		return jobErr(api.ErrCodeBadRequest, "chainId missing or not positive")
	case job.ChainID.ToInt().BitLen() > 256:
		return jobErr(api.ErrCodeBadRequest, "chainId does not fit in uint256")
	case job.Fee == nil || job.Fee.ToInt().Sign() < 0 || job.Fee.ToInt().Cmp(maxFee) >= 0:
		return jobErr(api.ErrCodeBadRequest, "fee missing or outside uint96")
	case job.Deadline >= maxDeadline:
		return jobErr(api.ErrCodeBadRequest, "deadline outside uint40")
	case job.ProgramCID == "":
		return jobErr(api.ErrCodeBadRequest, "programCid missing")
	case job.AuthorFee != nil && (job.AuthorFee.ToInt().Sign() < 0 || job.AuthorFee.ToInt().Cmp(job.Fee.ToInt()) > 0):
		return jobErr(api.ErrCodeBadRequest, "authorFee outside 0..fee")
	case len(job.Input) > w.cfg.MaxInputBytes:
		return jobErr(api.ErrCodeBadRequest, "input of %d bytes over the %d-byte limit", len(job.Input), w.cfg.MaxInputBytes)
	}
	return nil
}

// Seed is the sandbox randomness of a job: keccak256("teeoracle/seed/v1" || seedKey ||
// domainSeparator || jobId || commitment). Unpredictable without the enclave's key, and the same
// every time this enclave runs the job.
func (w *Worker) seed(domain protocol.Domain, jobID, commitment [32]byte) [32]byte {
	sep := domain.Separator()
	return crypto.Keccak256Hash([]byte("teeoracle/seed/v1"), w.seedKey[:], sep[:], jobID[:], commitment[:])
}

// Execute runs one job. It returns a signed result, or an error (a *JobError) and no signature.
func (w *Worker) Execute(ctx context.Context, job api.Job) (api.JobResult, error) {
	w.metrics.JobStarted()
	defer w.metrics.JobDone()
	start := time.Now()
	res, exec, err := w.execute(ctx, &job)
	if err != nil {
		var je *JobError
		if !errors.As(err, &je) {
			je = &JobError{Code: api.ErrCodeInternal, Err: err}
		}
		w.metrics.RecordJobError(je.Code)
		level := slog.LevelWarn
		if je.Code == api.ErrCodeInternal {
			level = slog.LevelError
		}
		w.log.Log(ctx, level, "job not signed", "job_id", job.JobID, "program_id", job.ProgramID, "code", je.Code, "err", je.Err)
		return api.JobResult{JobID: job.JobID, Signer: w.signer, Error: je.Error(), ErrorCode: je.Code}, je
	}
	w.metrics.RecordJob(res.Status, time.Since(start), exec)
	return res, nil
}

func (w *Worker) execute(ctx context.Context, job *api.Job) (api.JobResult, time.Duration, error) {
	if err := w.validate(job); err != nil {
		return api.JobResult{}, 0, err
	}
	domain := job.Domain()
	// The commitment is recomputed from the bytes this worker runs on: a relayer that swaps the
	// input, program, requester or any other field gets a signature the router rejects.
	commitment := job.Request().Commitment()
	res := protocol.Result{JobID: job.JobID, Commitment: commitment, Output: []byte{}}
	var reason string
	var exec time.Duration

	seed, err := w.jobSeed(job, domain, commitment)
	if err != nil {
		return api.JobResult{}, 0, err
	}
	var (
		payload []byte
		outKey  outputKey
	)
	if isV2Input(job.Input) {
		payload, outKey.v2, err = protocol.OpenInput(w.keyFunc(), job.InputBinding(), job.Input)
		if errors.Is(err, protocol.ErrNoEpochKey) {
			return api.JobResult{}, 0, &JobError{Code: api.ErrCodeEpochUnavailable, Err: err}
		}
	} else {
		payload, outKey.v1, err = protocol.OpenInputV1(w.keys.Encryption, job.Requester, job.ProgramID, job.Input)
	}
	var secrets map[string][]byte
	if err == nil && job.Version != 0 {
		// Fleet programs: the author's secrets bundle (unsigned errors: never the requester's
		// fault), and the user's secrets from an encrypted secrets-and-input payload (a malformed
		// one, or a name the author's secrets have too, is the requester's: signed bad_input).
		author, aerr := w.authorSecrets(ctx, job)
		if aerr != nil {
			return api.JobResult{}, 0, aerr
		}
		var user map[string][]byte
		if _, encrypted, _ := protocol.InputEpoch(job.Input); encrypted && protocol.IsSecretsInput(payload) {
			user, payload, err = protocol.SplitSecretsInput(payload)
		}
		if err == nil {
			secrets, err = protocol.MergeSecrets(author, user)
		}
	}
	if err != nil {
		res.Status = protocol.StatusBadInput
		res.Output = w.badInputOutput(job.Input)
		reason = err.Error()
		w.log.Warn("bad input", "job_id", job.JobID, "err", err)
	} else {
		out, err := w.run(ctx, job, payload, seed, secrets)
		if err != nil {
			return api.JobResult{}, 0, err
		}
		exec = out.Duration
		w.metrics.RecordProgramCache(out.CacheHit)
		res.Status, reason = out.Status, out.Reason
		if out.Status == protocol.StatusOK {
			res.Status, res.Output, err = w.finishOutput(ctx, domain, job.JobID, out.Output, outKey)
			if err != nil {
				return api.JobResult{}, 0, err
			}
		} else {
			w.log.Info("program failed", "job_id", job.JobID, "program_id", job.ProgramID, "status", out.Status.String(),
				"reason", out.Reason)
		}
	}
	sig, err := protocol.SignResult(domain, res, w.keys.Signing)
	if err != nil {
		return api.JobResult{}, 0, fmt.Errorf("sign: %w", err)
	}
	return api.JobResult{
		JobID:      job.JobID,
		Commitment: commitment,
		Status:     res.Status,
		StatusName: res.Status.String(),
		Output:     res.Output,
		Signature:  &api.Signature{R: sig.R, VS: sig.VS},
		Signer:     w.signer,
		Reason:     reason,
	}, exec, nil
}

// run executes the program, loading it from IPFS on a cache miss.
func (w *Worker) run(ctx context.Context, job *api.Job, payload []byte, seed [32]byte, secrets map[string][]byte) (sandbox.Outcome, error) {
	programID := [32]byte(job.ProgramID)
	load := func(ctx context.Context) ([]byte, error) {
		fctx, cancel := context.WithTimeout(ctx, w.cfg.FetchTimeout)
		defer cancel()
		blob, err := w.store.Fetch(fctx, job.ProgramCID, w.cfg.MaxModuleBytes+1+protocol.ECIESOverhead)
		if err != nil {
			return nil, &JobError{Code: api.ErrCodeProgramUnavailable, Err: fmt.Errorf("fetch program %s: %w", job.ProgramCID, err)}
		}
		module, err := protocol.DecryptProgram(w.keys.Encryption, programID, blob)
		if err != nil {
			return nil, &JobError{Code: api.ErrCodeProgramInvalid, Err: fmt.Errorf("program %s: %w", job.ProgramCID, err)}
		}
		return module, nil
	}
	var out sandbox.Outcome
	var err error
	if job.Version != 0 {
		out, err = w.runV2(ctx, job, job.Domain(), payload, seed, secrets)
	} else {
		out, err = w.runner.RunHost(ctx, programID, load, payload, seed, nil)
	}
	if err != nil {
		var je *JobError
		switch {
		case errors.As(err, &je):
			return out, je
		case errors.Is(err, sandbox.ErrProgramHashMismatch):
			return out, &JobError{Code: api.ErrCodeProgramInvalid, Err: err}
		case errors.Is(err, sandbox.ErrLoad):
			return out, &JobError{Code: api.ErrCodeProgramUnavailable, Err: err}
		}
		return out, &JobError{Code: api.ErrCodeInternal, Err: err}
	}
	return out, nil
}

// outputKey is the requester's output key: v1 (secp256k1 ECIES) or v2 (HPKE); at most one is set.
type outputKey struct {
	v1 *ecdsa.PublicKey
	v2 *hpke.PublicKey
}

// finishOutput encrypts the output to the requester's key if asked, and moves it to IPFS when it
// is too large for calldata.
func (w *Worker) finishOutput(ctx context.Context, domain protocol.Domain, jobID [32]byte, output []byte, outKey outputKey) (protocol.Status, []byte, error) {
	switch {
	case outKey.v2 != nil:
		ct, err := protocol.EncryptOutput(outKey.v2, domain, jobID, output)
		if err != nil {
			return 0, nil, fmt.Errorf("encrypt output: %w", err)
		}
		output = ct
	case outKey.v1 != nil:
		ct, err := protocol.EncryptOutputV1(outKey.v1, jobID, output)
		if err != nil {
			return 0, nil, fmt.Errorf("encrypt output: %w", err)
		}
		output = ct
	}
	if len(output) <= w.cfg.OutputCIDThreshold {
		return protocol.StatusOK, output, nil
	}
	if len(output) > ipfs.MaxBlockBytes {
		// Only possible when the sandbox output limit is set above the block limit.
		return protocol.StatusOutputTooLarge, []byte{}, nil
	}
	want := ipfs.RawCID(output).String()
	got, err := w.store.PutRaw(ctx, output)
	if err != nil {
		return 0, nil, &JobError{Code: api.ErrCodeOutputUnavailable, Err: fmt.Errorf("store output: %w", err)}
	}
	if got != want {
		return 0, nil, &JobError{Code: api.ErrCodeOutputUnavailable, Err: fmt.Errorf("store output: IPFS returned CID %s, computed %s", got, want)}
	}
	return protocol.StatusOKCID, []byte(want), nil
}
