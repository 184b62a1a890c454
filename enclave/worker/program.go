package worker

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// Programs published once to the fleet (protocol/program.go): the encrypted blob on IPFS carries a
// manifest signed by the program's author, and the enclave authenticates the module without
// reading the chain (protocol.OpenProgram): chain and router are the job's, programId ==
// keccak256(abi.encode(author, nameHash)) is the job's, the EIP-712 ProgramVersion signature
// recovers author, version is the job's, keccak256(module) == codeHash. A host cannot swap code;
// only the author could equivocate on a version.
//
// The manifest is checked once per (router, program, version, CID); compiled modules are cached
// by code hash; the epoch the module is encrypted to must still be held at every job (retiring an
// epoch retires the program blobs sealed to it).

// verifiedPrograms remembers which code hash a (domain, programId, version, cid) was
// authenticated for, so that the compiled-module cache (keyed by code hash) is only used after
// the manifest of this job's program version was checked once.
type verifiedPrograms struct {
	mu sync.Mutex
	m  map[[32]byte]verifiedProgram
}

type verifiedProgram struct {
	codeHash [32]byte
	epoch    uint32 // the epoch the module is encrypted to: it must still be held to run it
}

func programKey(domain protocol.Domain, programID [32]byte, version uint32, cid string) [32]byte {
	sep := domain.Separator()
	var v [4]byte
	binary.BigEndian.PutUint32(v[:], version)
	return crypto.Keccak256Hash(sep[:], programID[:], v[:], []byte(cid))
}

func (v *verifiedPrograms) get(k [32]byte) (verifiedProgram, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	p, ok := v.m[k]
	return p, ok
}

func (v *verifiedPrograms) put(k [32]byte, p verifiedProgram) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.m == nil || len(v.m) > 4096 {
		v.m = map[[32]byte]verifiedProgram{}
	}
	v.m[k] = p
}

// loadProgramV2 fetches a fleet program blob and opens it for the job (manifest, epoch key,
// module hash).
func (w *Worker) loadProgramV2(ctx context.Context, job *api.Job, domain protocol.Domain) ([]byte, verifiedProgram, error) {
	fctx, cancel := context.WithTimeout(ctx, w.cfg.FetchTimeout)
	defer cancel()
	blob, err := w.store.Fetch(fctx, job.ProgramCID, w.cfg.MaxModuleBytes+int64(1+protocol.ManifestSize+hpke.SuiteXWing.Overhead()))
	if err != nil {
		return nil, verifiedProgram{}, &JobError{Code: api.ErrCodeProgramUnavailable, Err: fmt.Errorf("fetch program %s: %w", job.ProgramCID, err)}
	}
	module, m, err := protocol.OpenProgram(w.keyFunc(), domain, job.ProgramID, job.Version, blob)
	switch {
	case errors.Is(err, protocol.ErrNoEpochKey):
		return nil, verifiedProgram{}, &JobError{Code: api.ErrCodeEpochUnavailable, Err: fmt.Errorf("program %s: %w", job.ProgramCID, err)}
	case err != nil:
		return nil, verifiedProgram{}, &JobError{Code: api.ErrCodeProgramInvalid, Err: fmt.Errorf("program %s: %w", job.ProgramCID, err)}
	}
	epoch, err := protocol.ProgramEpoch(blob)
	if err != nil {
		return nil, verifiedProgram{}, &JobError{Code: api.ErrCodeProgramInvalid, Err: fmt.Errorf("program %s: %w", job.ProgramCID, err)}
	}
	return module, verifiedProgram{codeHash: m.CodeHash, epoch: epoch}, nil
}

// runV2 runs a fleet program version.
func (w *Worker) runV2(ctx context.Context, job *api.Job, domain protocol.Domain, payload []byte, seed [32]byte, secrets map[string][]byte) (sandbox.Outcome, error) {
	key := programKey(domain, job.ProgramID, job.Version, job.ProgramCID)
	vp, ok := w.verified.get(key)
	var first []byte
	if !ok {
		module, p, err := w.loadProgramV2(ctx, job, domain)
		if err != nil {
			return sandbox.Outcome{}, err
		}
		w.verified.put(key, p)
		vp, first = p, module
	} else if _, err := w.epochKeys("program", vp.epoch); err != nil {
		return sandbox.Outcome{}, err
	}
	load := func(ctx context.Context) ([]byte, error) {
		if first != nil {
			m := first
			first = nil
			return m, nil
		}
		module, _, err := w.loadProgramV2(ctx, job, domain)
		return module, err
	}
	return w.runner.RunHost(ctx, vp.codeHash, load, payload, seed, w.jobHost(job, vp.codeHash, secrets))
}
