package api

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/dcap"
)

// Fleet routes (issues 10 and 16; enclave/README.md "Fleet keys"). Genesis, rotation and
// retirement take the governor's signed orders (protocol/fleetorder.go); the enclave verifies them.
//
//	GET  /v1/fleet[?chainId=&router=]  -> FleetStatus (with the FleetKey statements for the fleet's router;
//	                                      a query naming another router is refused)
//	POST /v1/fleet/join-request        JoinRequestParams -> JoinRequest (joiner: fresh X-Wing transport key + nonce + evidence)
//	POST /v1/fleet/offer               JoinRequest -> JoinResponse  (holder: verify joiner and fleet id, seal secrets)
//	POST /v1/fleet/accept              JoinResponse -> FleetStatus  (joiner: verify holder, fleet id, orders; install)
//	POST /v1/fleet/genesis             GenesisOrder -> FleetStatus  (create R and epoch 1; refused when in a fleet)
//	POST /v1/fleet/rotate              RotateOrder -> FleetStatus   (the named creator creates epoch = highest + 1)
//	POST /v1/fleet/retire              RetireOrder -> FleetStatus   (delete an epoch below the highest for good)
//	GET  /v1/programs/{programId}/keys[?codeHash=0x..] -> ProgramKeys (a program's key addresses, signed)
const (
	PathFleet            = "/v1/fleet"
	PathFleetJoinRequest = "/v1/fleet/join-request"
	PathFleetOffer       = "/v1/fleet/offer"
	PathFleetAccept      = "/v1/fleet/accept"
	PathFleetGenesis     = "/v1/fleet/genesis"
	PathFleetRotate      = "/v1/fleet/rotate"
	PathFleetRetire      = "/v1/fleet/retire"
	// PathProgramKeys is a pattern: {programId} is the 0x-hex program id.
	PathProgramKeys = "/v1/programs/{programId}/keys"
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
	// ErrCodeFleetMismatch: a message or order of another fleet (fleet id, chain or router).
	ErrCodeFleetMismatch = "fleet_mismatch"
	// ErrCodeBadOrder: an order not signed by the fleet's governor (or malformed).
	ErrCodeBadOrder = "bad_order"
	// ErrCodeNotCreator: a rotation order naming another enclave as the epoch's creator (join it).
	ErrCodeNotCreator = "not_creator"
)

// GenesisOrder is the governor's FleetGenesis(address governor) order, in the fleet domain of
// ChainID and Router. Signature: 65 bytes r || s || v, low s.
type GenesisOrder struct {
	ChainID   *hexutil.Big   `json:"chainId"`
	Router    common.Address `json:"router"`
	Governor  common.Address `json:"governor"`
	Signature hexutil.Bytes  `json:"signature"`
}

// RotateOrder is the governor's FleetRotate(bytes32 fleetId,uint32 epoch,address creator) order.
type RotateOrder struct {
	FleetID   common.Hash    `json:"fleetId"`
	Epoch     uint32         `json:"epoch"`
	Creator   common.Address `json:"creator"` // the signer address of the enclave that creates the epoch
	Signature hexutil.Bytes  `json:"signature"`
}

// RetireOrder is the governor's FleetRetire(bytes32 fleetId,uint32 epoch) order.
type RetireOrder struct {
	FleetID   common.Hash   `json:"fleetId"`
	Epoch     uint32        `json:"epoch"`
	Signature hexutil.Bytes `json:"signature"`
}

// JoinRequestParams names the fleet a joiner is to join (the router's fleetId). An enclave that
// is in a fleet may leave it zero (its own); a fresh enclave must name it.
type JoinRequestParams struct {
	FleetID common.Hash `json:"fleetId"`
}

// ProgramKeys is a worker's statement of a program's key addresses (decisions-r3 section 2):
// Signature is the EIP-712 ProgramKeys(bytes32 fleetId,bytes32 programId,bytes32 codeHash,
// address programKey,address codeKey) by Signer in the fleet router's domain. CodeKey is zero when
// no code hash was asked for.
type ProgramKeys struct {
	FleetID    common.Hash    `json:"fleetId"`
	ChainID    *hexutil.Big   `json:"chainId"`
	Router     common.Address `json:"router"`
	ProgramID  common.Hash    `json:"programId"`
	CodeHash   common.Hash    `json:"codeHash"`
	ProgramKey common.Address `json:"programKey"`
	CodeKey    common.Address `json:"codeKey"`
	Signer     common.Address `json:"signer"`
	Signature  Signature      `json:"signature"`
}

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
// sha256(TransportKey || Nonce || FleetID) || sha256("teeoracle/v3/fleet/join-request").
type JoinRequest struct {
	Version      int           `json:"version"`
	FleetID      common.Hash   `json:"fleetId"`      // the fleet the joiner joins; the holder refuses another
	TransportKey hexutil.Bytes `json:"transportKey"` // X-Wing HPKE public key (1216 bytes), fresh per attempt
	Nonce        common.Hash   `json:"nonce"`        // fresh per attempt
	Evidence     Evidence      `json:"evidence"`
}

// JoinResponseBody is what the holder's evidence binds: report data
// sha256(Body bytes) || sha256("teeoracle/v3/fleet/join-response").
type JoinResponseBody struct {
	Version            int            `json:"version"`
	Mode               string         `json:"mode"`
	FleetID            common.Hash    `json:"fleetId"` // keccak256(abi.encode(chainId, router, governor, rootCommit(R)))
	ChainID            *hexutil.Big   `json:"chainId"`
	Router             common.Address `json:"router"`
	Governor           common.Address `json:"governor"`
	JoinerEvidenceHash common.Hash    `json:"joinerEvidenceHash"` // sha256 of the joiner's report
	Nonce              common.Hash    `json:"nonce"`
	Current            uint32         `json:"current"`
	Epochs             []uint32       `json:"epochs"`  // epochs in the ciphertext, ascending
	Retired            []RetireOrder  `json:"retired"` // the governor's retirement orders the holder holds
	Enc                hexutil.Bytes  `json:"enc"`     // HPKE encapsulated key of the ciphertext
}

// JoinResponse is the holder's answer. Ciphertext is the HPKE envelope (format version 2, X-Wing
// suite, epoch 0) of R (32) || the epoch secrets (epoch u32 || S_e 32 each) to the joiner's
// transport key, info "teeoracle/v2/fleet-transport", aad = joinerEvidenceHash || sha256(holder
// report) || nonce || fleetId; its enc equals Body's.
type JoinResponse struct {
	Body       hexutil.Bytes `json:"body"` // JSON of JoinResponseBody, exactly as bound
	Evidence   Evidence      `json:"evidence"`
	Ciphertext hexutil.Bytes `json:"ciphertext"`
}

// FleetEpoch is one held epoch's public keys, and its FleetKey statement when a router was named.
type FleetEpoch struct {
	Epoch        uint32        `json:"epoch"`
	X25519Key    hexutil.Bytes `json:"x25519Key"`    // 32 bytes
	XWingKey     hexutil.Bytes `json:"xwingKey"`     // 1216 bytes
	XWingKeyHash common.Hash   `json:"xwingKeyHash"` // keccak256(XWingKey)
	// Signature is the EIP-712 FleetKey(fleetId, epoch, x25519Key, xwingKeyHash) signature by
	// Signer in the fleet router's domain (absent before the enclave is in a fleet).
	Signature *Signature `json:"signature,omitempty"`
}

// FleetStatus is what an enclave holds.
type FleetStatus struct {
	Mode     string         `json:"mode"`
	Insecure bool           `json:"insecure"`
	Signer   common.Address `json:"signer"`
	// FleetID, ChainID, Router and Governor are the fleet's identity (absent before genesis or a join).
	FleetID  *common.Hash    `json:"fleetId,omitempty"`
	ChainID  *hexutil.Big    `json:"chainId,omitempty"`
	Router   *common.Address `json:"router,omitempty"`
	Governor *common.Address `json:"governor,omitempty"`
	Current  uint32          `json:"current"`
	Epochs   []FleetEpoch    `json:"epochs"`
	Retired  []uint32        `json:"retired"`
	// Installed lists the epochs a join installed (accept only).
	Installed []uint32 `json:"installed,omitempty"`
}
