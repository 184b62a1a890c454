package worker

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/protocol"
)

// Programs that reach the outside world (issue 19). Each job's program gets a sandbox.Host: the
// job's description (with the relayer's attempt number), its secrets, a signer with the
// program's fleet keys and the worker's HTTPS egress.
//
// Secrets: the author's bundle (api.Job SecretsCID/SecretsHash, from the chain through the
// relayer) is fetched from IPFS and checked (protocol.VerifySecretsBundle: hash, chain, router,
// program, author signature); the entries for any requester or for this job's requester are
// opened. A bundle the worker cannot fetch, one that is not the program's current one, or an entry
// sealed to an epoch it does not hold gets no signature (secrets_unavailable, secrets_invalid,
// epoch_unavailable): never the requester's fault. The user's secrets come from the input
// (protocol.SplitSecretsInput); a malformed structure or a name the author's secrets have too is
// a signed bad_input. No secret value is ever logged, counted or put in an error.

// bundleCache remembers verified bundles (never their opened values) by hash.
type bundleCache struct {
	mu sync.Mutex
	m  map[[32]byte]*protocol.SecretsBundle
}

func (c *bundleCache) get(k [32]byte) *protocol.SecretsBundle {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[k]
}

func (c *bundleCache) put(k [32]byte, b *protocol.SecretsBundle) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) > 1024 {
		c.m = map[[32]byte]*protocol.SecretsBundle{}
	}
	c.m[k] = b
}

// authorSecrets fetches, checks and opens the job's author secrets bundle (nil map without one).
func (w *Worker) authorSecrets(ctx context.Context, job *api.Job) (map[string][]byte, error) {
	if job.SecretsCID == "" && job.SecretsHash == ([32]byte{}) {
		return nil, nil
	}
	if job.SecretsCID == "" || job.SecretsHash == ([32]byte{}) {
		return nil, jobErr(api.ErrCodeBadRequest, "secretsCid and secretsHash go together")
	}
	// The cache key binds the job's chain, router and program: a bundle checked for one program
	// is never reused for another.
	sep := job.Domain().Separator()
	key := crypto.Keccak256Hash(sep[:], job.ProgramID[:], job.SecretsHash[:])
	b := w.bundles.get(key)
	if b == nil {
		fctx, cancel := context.WithTimeout(ctx, w.cfg.FetchTimeout)
		defer cancel()
		raw, err := w.store.Fetch(fctx, job.SecretsCID, protocol.MaxBundleBytes)
		if err != nil {
			return nil, &JobError{Code: api.ErrCodeSecretsUnavailable, Err: fmt.Errorf("fetch secrets %s: %w", job.SecretsCID, err)}
		}
		b, err = protocol.VerifySecretsBundle(protocol.SecretsJob{Domain: job.Domain(), ProgramID: job.ProgramID,
			Requester: job.Requester, BundleHash: job.SecretsHash}, raw)
		if err != nil {
			return nil, &JobError{Code: api.ErrCodeSecretsInvalid, Err: fmt.Errorf("secrets %s: %w", job.SecretsCID, err)}
		}
		w.bundles.put(key, b)
	}
	opened, err := b.Open(w.keyFunc(), job.Requester)
	switch {
	case errors.Is(err, protocol.ErrNoEpochKey):
		return nil, &JobError{Code: api.ErrCodeEpochUnavailable, Err: fmt.Errorf("secrets %s: %w", job.SecretsCID, err)}
	case err != nil:
		return nil, &JobError{Code: api.ErrCodeSecretsInvalid, Err: fmt.Errorf("secrets %s: %w", job.SecretsCID, err)}
	}
	return opened, nil
}

// jobHost builds the program's host services for one job (codeHash: the module it runs).
func (w *Worker) jobHost(job *api.Job, codeHash [32]byte, secrets map[string][]byte) *sandbox.Host {
	h := &sandbox.Host{
		Job: sandbox.Job{
			ChainID: job.ChainID.ToInt(), Router: job.Router, JobID: job.JobID, Attempt: job.Attempt,
			Requester: job.Requester, User: job.User, ProgramID: job.ProgramID, Version: job.Version, CodeHash: codeHash,
		},
		Secrets: secrets,
		Egress:  w.cfg.Egress,
	}
	if keys, ok := any(w.fleet).(programKeys); ok && w.fleet != nil {
		// The program's keys derive from the fleet root secret: the same on every enclave, across
		// rotations. Without a root (a legacy worker) the program's sign calls answer unavailable.
		pk, perr := keys.ProgramKey(job.ProgramID)
		ck, cerr := keys.CodeKey(job.ProgramID, codeHash)
		if perr == nil && cerr == nil {
			h.Signer = sandbox.KeySigner{Program: pk, Code: ck}
		}
	}
	return h
}

// programKeys is what the fleet derives from its root secret for a program (enclave/fleet).
type programKeys interface {
	ProgramKey(programID [32]byte) (*ecdsa.PrivateKey, error)
	CodeKey(programID, codeHash [32]byte) (*ecdsa.PrivateKey, error)
}
