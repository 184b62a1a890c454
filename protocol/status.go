// Package protocol is the job protocol shared by the contracts, the enclave worker and the relayer:
// job ids, request commitments, the EIP-712 result digest, result signatures and the encoding of
// fulfil calls, computed exactly as contracts/src does (shared vectors check both sides agree).
package protocol

import "fmt"

// Status is the outcome code an enclave signs for a job. The values are part of the on-chain
// protocol (JobRouter and ITeeOracleConsumer use the same numbers): never renumber them.
type Status uint8

const (
	// StatusOK: the program ran and exited 0; the output is its stdout (maybe encrypted).
	StatusOK Status = 0
	// StatusOKCID: the program ran and exited 0, but its output was too big for calldata: the
	// signed output is the CID (bytes of the CID string) of the output stored on IPFS by the enclave.
	StatusOKCID Status = 1
	// StatusProgramError: the program trapped or exited non-zero.
	StatusProgramError Status = 2
	// StatusTimeout: the program exceeded its execution time limit.
	StatusTimeout Status = 3
	// StatusMemoryLimit: the program tried to grow its memory past the limit.
	StatusMemoryLimit Status = 4
	// StatusOutputTooLarge: the program wrote more than the output size limit.
	StatusOutputTooLarge Status = 5
	// StatusBadInput: the input envelope was malformed or could not be decrypted.
	StatusBadInput Status = 6
	// StatusEgressBudget: the program went over one of its HTTPS budgets (requests, bytes sent
	// or received, total time); it was stopped and produced no output.
	StatusEgressBudget Status = 7

	// MaxStatus is the highest status defined (for loops over every status, metrics).
	MaxStatus = StatusEgressBudget
)

// String returns the status name as used in metrics labels and logs.
func (s Status) String() string {
	switch s {
	case StatusOK:
		return "ok"
	case StatusOKCID:
		return "ok_cid"
	case StatusProgramError:
		return "program_error"
	case StatusTimeout:
		return "timeout"
	case StatusMemoryLimit:
		return "memory_limit"
	case StatusOutputTooLarge:
		return "output_too_large"
	case StatusBadInput:
		return "bad_input"
	case StatusEgressBudget:
		return "egress_budget"
	}
	return fmt.Sprintf("status_%d", uint8(s))
}

// Succeeded reports whether the program produced an output.
func (s Status) Succeeded() bool { return s == StatusOK || s == StatusOKCID }
