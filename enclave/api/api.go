// Package api defines the JSON wire types of the enclave worker's HTTP API, shared by the server
// (enclave/server) and the Go client the relayer uses (enclave/client).
//
// Routes (all JSON; bytes and 32-byte values as 0x-hex, big integers as 0x-hex quantities):
//
//	GET  /v1/identity  -> Identity: signer, encryption key, attestation report and mode
//	POST /v1/execute   ExecuteRequest -> ExecuteResponse: a batch of jobs, one result per job in order
//	GET  /healthz      -> Health
//	GET  /metrics      Prometheus metrics
package api

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/protocol"
)

// Route paths.
const (
	PathIdentity = "/v1/identity"
	PathExecute  = "/v1/execute"
	PathHealth   = "/healthz"
	PathMetrics  = "/metrics"
)

// MaxBatch is the largest number of jobs in one execute request.
const MaxBatch = 256

// Identity is what a worker says about itself, with the evidence.
type Identity struct {
	// Signer is the address of the result-signing key: the enclave's on-chain identity.
	Signer common.Address `json:"signer"`
	// EncryptionKey is the compressed secp256k1 ECIES public key (33 bytes).
	EncryptionKey hexutil.Bytes `json:"encryptionKey"`
	// ReportType is "sgx" (Open Enclave remote report: 16-byte header + DCAP quote) or
	// "simulation" (insecure: proves nothing).
	ReportType string `json:"reportType"`
	// Report is the attestation report; its 64 bytes of report data are ReportData.
	Report hexutil.Bytes `json:"report"`
	// ReportData = protocol.ReportData(Signer, EncryptionKey, TLSKeyHash).
	ReportData hexutil.Bytes `json:"reportData"`
	// TLSKeyHash is the SHA-256 of the DER SubjectPublicKeyInfo of the worker's TLS certificate
	// (zero when it serves plain HTTP).
	TLSKeyHash common.Hash `json:"tlsKeyHash"`
	// Measurement of the enclave as the enclave reads it itself (informative; verifiers read it
	// from the verified report). Empty in simulation.
	UniqueID        hexutil.Bytes `json:"uniqueId,omitempty"`
	SignerID        hexutil.Bytes `json:"signerId,omitempty"`
	ProductID       uint16        `json:"productId"`
	SecurityVersion uint          `json:"securityVersion"`
	Debug           bool          `json:"debug"`
	// Insecure is true in simulation mode: nothing this worker handles is confidential.
	Insecure bool   `json:"insecure"`
	Version  string `json:"version"`
}

// Job is one job to execute: everything the router committed to, plus the input bytes and where
// the program is. The worker trusts none of it: it recomputes the commitment from these fields and
// checks the program's hash.
type Job struct {
	ChainID          *hexutil.Big   `json:"chainId"`
	Router           common.Address `json:"router"`
	JobID            common.Hash    `json:"jobId"`
	Requester        common.Address `json:"requester"`
	ProgramID        common.Hash    `json:"programId"`
	Input            hexutil.Bytes  `json:"input"`
	CallbackGasLimit uint32         `json:"callbackGasLimit"`
	Fee              *hexutil.Big   `json:"fee"`
	Deadline         uint64         `json:"deadline"`
	// User is the end user the dapp named (zero if none); bound into v2 encrypted inputs.
	User common.Address `json:"user"`
	// Version is the resolved program version the router committed to (0 before program versions).
	Version uint32 `json:"version,omitempty"`
	// Epoch is the router's fleet epoch at request time: the job's randomness derives from it
	// (0 before fleet keys: the enclave's own seed key).
	Epoch uint32 `json:"epoch,omitempty"`
	// AuthorFee is the part of Fee owed to the program's author (nil before author fees).
	AuthorFee *hexutil.Big `json:"authorFee,omitempty"`
	// ProgramCID is the IPFS CID of the encrypted module, from the on-chain program record.
	ProgramCID string `json:"programCid"`
	// SecretsCID and SecretsHash are the program's current author secrets bundle, as its author
	// last set them on-chain (ProgramSecretsSet; both empty when it has none or revoked them). The
	// worker checks the fetched bundle against the hash and the author's signature.
	SecretsCID  string      `json:"secretsCid,omitempty"`
	SecretsHash common.Hash `json:"secretsHash,omitempty"`
	// Attempt is the relayer's try number for this job (1 on the first), informational: the
	// program sees it (job_info) and uses the job id, never the attempt, as idempotency key.
	Attempt uint32 `json:"attempt,omitempty"`
}

// Domain returns the EIP-712 domain of the job's router.
func (j Job) Domain() protocol.Domain {
	return protocol.Domain{ChainID: j.ChainID.ToInt(), Router: j.Router}
}

// InputBinding is the context a v2 encrypted input is bound to.
func (j Job) InputBinding() protocol.InputBinding {
	return protocol.InputBinding{ChainID: j.ChainID.ToInt(), Router: j.Router, Requester: j.Requester, User: j.User, ProgramID: j.ProgramID}
}

// Request returns the request fields the router committed to, with the input hash computed from
// Input. Every field the router commits to is covered, so a relayer that changes any of them gets
// a signature the router refuses.
func (j Job) Request() protocol.Request {
	fee, authorFee := new(big.Int), new(big.Int)
	if j.Fee != nil {
		fee.Set(j.Fee.ToInt())
	}
	if j.AuthorFee != nil {
		authorFee.Set(j.AuthorFee.ToInt())
	}
	return protocol.Request{
		Requester:        j.Requester,
		User:             j.User,
		ProgramID:        j.ProgramID,
		Version:          j.Version,
		Epoch:            j.Epoch,
		InputHash:        crypto.Keccak256Hash(j.Input),
		CallbackGasLimit: j.CallbackGasLimit,
		Fee:              fee,
		AuthorFee:        authorFee,
		Deadline:         j.Deadline,
	}
}

// Error codes of a job that got no signature.
const (
	// ErrCodeBadRequest: the job fields are malformed (missing chain id, fee out of range...).
	ErrCodeBadRequest = "bad_request"
	// ErrCodeProgramUnavailable: the program could not be fetched (IPFS down, not found); retry.
	ErrCodeProgramUnavailable = "program_unavailable"
	// ErrCodeProgramInvalid: the fetched program is not the program (wrong hash, malformed blob)
	// or is not encrypted to this worker's key; another worker or a corrected CID may succeed.
	ErrCodeProgramInvalid = "program_invalid"
	// ErrCodeOutputUnavailable: a large output could not be stored on IPFS; retry.
	ErrCodeOutputUnavailable = "output_unavailable"
	// ErrCodeEpochUnavailable (api/fleet.go) is also a job error code: the job needs an epoch this
	// enclave does not hold or that was retired (never signed; route it to a holder or let it expire).

	// ErrCodeSecretsUnavailable: the program's secrets bundle could not be fetched; retry.
	ErrCodeSecretsUnavailable = "secrets_unavailable"
	// ErrCodeSecretsInvalid: the fetched bundle is not the program's current one (hash, chain,
	// router, program, author signature) or holds an entry that does not open: the host or the
	// author is at fault, never the requester, so nothing is signed.
	ErrCodeSecretsInvalid = "secrets_invalid"

	// ErrCodeInternal: anything else (shutdown, sandbox closed); retry.
	ErrCodeInternal = "internal"
)

// JobResult is the outcome of one job: either a signed result (Error empty) or an error.
type JobResult struct {
	JobID common.Hash `json:"jobId"`
	// Commitment is the request commitment the worker computed from the job's fields.
	Commitment common.Hash     `json:"commitment"`
	Status     protocol.Status `json:"status"`
	StatusName string          `json:"statusName"`
	// Output is the signed output: program stdout (maybe encrypted), or the CID bytes with
	// StatusOKCID, or empty on failure statuses.
	Output hexutil.Bytes `json:"output"`
	// Signature is the EIP-2098 compact signature (r, vs) over the EIP-712 result digest.
	Signature *Signature     `json:"signature,omitempty"`
	Signer    common.Address `json:"signer"`
	// Reason explains a failure status for operators (never program output).
	Reason string `json:"reason,omitempty"`
	// Error and ErrorCode are set when the job got no signature.
	Error     string `json:"error,omitempty"`
	ErrorCode string `json:"errorCode,omitempty"`
}

// Signature is a compact signature on the wire.
type Signature struct {
	R  common.Hash `json:"r"`
	VS common.Hash `json:"vs"`
}

// Signed reports whether the result carries a signature.
func (r JobResult) Signed() bool { return r.Error == "" && r.Signature != nil }

// Result returns the protocol result that was signed.
func (r JobResult) Result() protocol.Result {
	return protocol.Result{JobID: r.JobID, Commitment: r.Commitment, Status: r.Status, Output: r.Output}
}

// ProtocolSignature returns the signature in protocol form (zero if unsigned).
func (r JobResult) ProtocolSignature() protocol.Signature {
	if r.Signature == nil {
		return protocol.Signature{}
	}
	return protocol.Signature{R: r.Signature.R, VS: r.Signature.VS}
}

// ExecuteRequest is a batch of jobs.
type ExecuteRequest struct {
	Jobs []Job `json:"jobs"`
}

// ExecuteResponse has one result per job, in request order.
type ExecuteResponse struct {
	Results []JobResult `json:"results"`
}

// Health is the health answer.
type Health struct {
	Status   string `json:"status"` // "ok"
	Mode     string `json:"mode"`
	Insecure bool   `json:"insecure"`
	Version  string `json:"version"`
}

// ErrorResponse is the body of every non-2xx answer.
type ErrorResponse struct {
	Error string `json:"error"`
	// Code is a machine-readable error code (fleet calls; ErrCode*), empty otherwise.
	Code string `json:"code,omitempty"`
}
