package worker

import (
	"fmt"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/fleet"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// Fleet-key jobs (issue 10). A job names the router's epoch at request time (Job.Epoch): its
// randomness derives from that epoch's secret, so every enclave of the fleet computes the same
// output. Ciphertexts (v2, HPKE) name the epoch whose key they are encrypted to. An epoch this
// enclave does not hold, or that was retired, is never the requester's fault: the job gets no
// signature and the error code epoch_unavailable (the relayer routes it to a holder, or lets it
// expire for a refund). A ciphertext that names a held epoch but does not open in this job's
// context (copied from another job, program, user, dapp or chain, or tampered) is: signed
// bad_input.

// epochError is the unsigned error of a job that needs an epoch this enclave lacks.
func epochError(what string, epoch uint32, err error) *JobError {
	return &JobError{Code: api.ErrCodeEpochUnavailable, Err: fmt.Errorf("%s: epoch %d: %w", what, epoch, err)}
}

// epochKeys returns the keys of a job's epoch, or an epoch_unavailable JobError.
func (w *Worker) epochKeys(what string, epoch uint32) (*fleet.EpochKeys, error) {
	if w.fleet == nil {
		return nil, epochError(what, epoch, fleet.ErrEpochUnavailable)
	}
	k, err := w.fleet.Keys(epoch)
	if err != nil {
		return nil, epochError(what, epoch, err)
	}
	return k, nil
}

// jobSeed is the sandbox randomness of a job: from the fleet root secret when the request names an
// epoch (the same on every enclave of the fleet whatever epoch keys it holds, so no host can
// re-roll a job by forking an epoch), else from this enclave's own seed key.
func (w *Worker) jobSeed(job *api.Job, domain protocol.Domain, commitment [32]byte) ([32]byte, error) {
	if job.Epoch == 0 {
		return w.seed(domain, job.JobID, commitment), nil
	}
	if w.fleet == nil {
		return [32]byte{}, epochError("job randomness", job.Epoch, fleet.ErrEpochUnavailable)
	}
	seed, err := w.fleet.Rand(domain, job.JobID, commitment)
	if err != nil {
		return [32]byte{}, epochError("job randomness", job.Epoch, fmt.Errorf("%w: %w", fleet.ErrEpochUnavailable, err))
	}
	return seed, nil
}

// badInputOutput is the signed output of a bad_input result: the fleet epoch whose key the input
// was tried with and that key (protocol.BadInputOutput), so the router refuses the result of an
// enclave whose key of that epoch differs from the one it records. Epoch 0 and a zero key when no
// fleet key was involved (plaintext input, malformed envelope, bad output key, version 1).
func (w *Worker) badInputOutput(input []byte) []byte {
	var key [32]byte
	epoch, encrypted, err := protocol.InputEpoch(input)
	if err != nil || !encrypted || !isV2Input(input) || w.fleet == nil {
		return protocol.BadInputOutput(0, key, "")
	}
	k, err := w.fleet.Keys(epoch)
	if err != nil {
		return protocol.BadInputOutput(0, key, "")
	}
	return protocol.BadInputOutput(epoch, k.X25519Public(), "")
}

// keyFunc looks up fleet epoch keys for the protocol's v2 formats (an error there is
// protocol.ErrNoEpochKey: not the requester's fault).
func (w *Worker) keyFunc() protocol.KeyFunc {
	return func(epoch uint32, suite hpke.Suite) (*hpke.PrivateKey, error) {
		if w.fleet == nil {
			return nil, fleet.ErrEpochUnavailable
		}
		k, err := w.fleet.Keys(epoch)
		if err != nil {
			return nil, err
		}
		if key := k.Key(suite); key != nil {
			return key, nil
		}
		return nil, fmt.Errorf("suite %s: %w", suite, fleet.ErrEpochUnavailable)
	}
}

// isV2Input reports whether an input is a version 2 envelope (byte 0 = 0x2_); v1 envelopes start
// with 0x1_ and an empty input is plaintext (either version reads it the same).
func isV2Input(input []byte) bool { return len(input) > 0 && input[0]>>4 == protocol.InputVersion }
