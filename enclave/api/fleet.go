package api

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/dcap"
)

// Fleet routes (issue 10; enclave/README.md "Fleet keys").
//
//	GET  /v1/fleet[?chainId=&router=]  -> FleetStatus (statements signed for that router when given)
//	POST /v1/fleet/join-request        {} -> JoinRequest         (joiner: fresh transport key + nonce + evidence)
//	POST /v1/fleet/offer               JoinRequest -> JoinResponse (holder: verify joiner, seal epoch secrets)
//	POST /v1/fleet/accept              JoinResponse -> FleetStatus (joiner: verify holder, install secrets)
//	POST /v1/fleet/genesis             {} -> FleetStatus          (create epoch 1; refused when in a fleet)
//	POST /v1/fleet/rotate              EpochRequest -> FleetStatus (create epoch = current + 1)
//	POST /v1/fleet/retire              EpochRequest -> FleetStatus (delete an epoch for good)
const (
	PathFleet            = "/v1/fleet"
	PathFleetJoinRequest = "/v1/fleet/join-request"
	PathFleetOffer       = "/v1/fleet/offer"
	PathFleetAccept      = "/v1/fleet/accept"
	PathFleetGenesis     = "/v1/fleet/genesis"
	PathFleetRotate      = "/v1/fleet/rotate"
	PathFleetRetire      = "/v1/fleet/retire"
)

// Error codes of fleet calls (ErrorResponse.Code) and of jobs that got no signature.
const (
	// ErrCodeEpochUnavailable: the job (or call) needs an epoch this enclave does not hold or
	// that was retired. Route the job to an enclave that holds it; never signed.
	ErrCodeEpochUnavailable = "epoch_unavailable"
	// ErrCodeFleetExists: genesis refused, the enclave is in a fleet.
	ErrCodeFleetExists = "fleet_exists"
	// ErrCodeNoFleet: the enclave holds no epoch (genesis or join first).
	ErrCodeNoFleet = "no_fleet"
	// ErrCodeBadEpoch: rotation/retirement of an epoch it cannot apply to.
	ErrCodeBadEpoch = "bad_epoch"
	// ErrCodeJoinRefused: the peer's evidence was refused; Reason says why (join_refused:<reason>).
	ErrCodeJoinRefused = "join_refused"
	// ErrCodeJoinMismatch: a join response that is not for a pending attempt of this enclave
	// (replayed, swapped, or for another joiner), or whose secrets conflict.
	ErrCodeJoinMismatch = "join_mismatch"
)

// Evidence is an attestation report with what it takes to verify it.
type Evidence struct {
	// Type is "sgx" (Open Enclave remote report wrapping a DCAP quote) or "simulation".
	Type string `json:"type"`
	// Report is the attestation report.
	Report hexutil.Bytes `json:"report"`
	// Collateral is Intel's collateral for the quote (SGX only; carried by the untrusted host and
	// verified against the pinned Intel root).
	Collateral *dcap.RawCollateral `json:"collateral,omitempty"`
}

// JoinRequest is the joiner's first message. Evidence binds report data
// sha256(TransportKey || Nonce) || sha256("teeoracle/v2/fleet/join-request").
type JoinRequest struct {
	Version      int           `json:"version"`
	TransportKey hexutil.Bytes `json:"transportKey"` // X25519 HPKE public key, fresh per attempt
	Nonce        common.Hash   `json:"nonce"`        // fresh per attempt
	Evidence     Evidence      `json:"evidence"`
}

// JoinResponseBody is what the holder's evidence binds: report data
// sha256(Body bytes) || sha256("teeoracle/v2/fleet/join-response").
type JoinResponseBody struct {
	Version            int           `json:"version"`
	Mode               string        `json:"mode"`
	JoinerEvidenceHash common.Hash   `json:"joinerEvidenceHash"` // sha256 of the joiner's report
	Nonce              common.Hash   `json:"nonce"`
	Current            uint32        `json:"current"`
	Epochs             []uint32      `json:"epochs"`  // epochs in the ciphertext, ascending
	Retired            []uint32      `json:"retired"` // epochs the holder knows were retired
	Enc                hexutil.Bytes `json:"enc"`     // HPKE encapsulated key of the ciphertext
}

// JoinResponse is the holder's answer. Ciphertext is the HPKE envelope (format version 2,
// epoch 0) of the epoch secrets to the joiner's transport key, info "teeoracle/v2/fleet-transport",
// aad = joinerEvidenceHash || sha256(holder report) || nonce; its enc equals Body's.
type JoinResponse struct {
	Body       hexutil.Bytes `json:"body"` // JSON of JoinResponseBody, exactly as bound
	Evidence   Evidence      `json:"evidence"`
	Ciphertext hexutil.Bytes `json:"ciphertext"`
}

// EpochRequest names an epoch (rotate: the new epoch, current + 1; retire: the epoch to delete).
type EpochRequest struct {
	Epoch uint32 `json:"epoch"`
}

// FleetEpoch is one held epoch's public keys, and its FleetKey statement when a router was named.
type FleetEpoch struct {
	Epoch        uint32        `json:"epoch"`
	X25519Key    hexutil.Bytes `json:"x25519Key"`    // 32 bytes
	XWingKey     hexutil.Bytes `json:"xwingKey"`     // 1216 bytes
	XWingKeyHash common.Hash   `json:"xwingKeyHash"` // keccak256(XWingKey)
	// Signature is the EIP-712 FleetKey(epoch, x25519Key, xwingKeyHash) signature by Signer in the
	// domain of the router given in the query (absent without one).
	Signature *Signature `json:"signature,omitempty"`
}

// FleetStatus is what an enclave holds.
type FleetStatus struct {
	Mode     string         `json:"mode"`
	Insecure bool           `json:"insecure"`
	Signer   common.Address `json:"signer"`
	Current  uint32         `json:"current"`
	Epochs   []FleetEpoch   `json:"epochs"`
	Retired  []uint32       `json:"retired"`
	// Installed lists the epochs a join installed (accept only).
	Installed []uint32 `json:"installed,omitempty"`
	// ChainID and Router are the statements' domain, when given.
	ChainID *hexutil.Big    `json:"chainId,omitempty"`
	Router  *common.Address `json:"router,omitempty"`
}
