package protocol

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// # Fleet governance (issue 16, docs/decisions-r3.md section 1)
//
// The fleet obeys the chain, never its host. Its identity is fixed at genesis:
//
//	fleetId = keccak256(abi.encode(chainId, router, governor, rootCommit))
//	rootCommit = HKDF-SHA256(R, salt "", info "teeoracle/v3/fleet/commit")[:32]
//
// where R is the fleet root secret (created inside the genesis enclave, handed on at joins, never
// rotated) and governor is the router owner's address at genesis. Key-lifecycle orders are EIP-712
// typed data signed by the governor in the fleet domain
// {name "TeeOracleFleet", version "1", chainId, verifyingContract = router}:
//
//	FleetGenesis(address governor)
//	FleetRotate(bytes32 fleetId,uint32 epoch,address creator)
//	FleetRetire(bytes32 fleetId,uint32 epoch)
//
// Signatures are 65 bytes r || s || v (v = 27/28 or 0/1), low s only. The enclave verifies them
// itself; a host that forges or replays one gets nothing (genesis makes a new fleet id that the
// router refuses; a rotation names its creator enclave and is idempotent; a retirement names its
// fleet).

// Fleet order domain (distinct from the router's result domain, so an order can never be confused
// with a result or a statement).
const (
	FleetDomainName    = "TeeOracleFleet"
	FleetDomainVersion = "1"
)

var (
	fleetNameHash    = crypto.Keccak256Hash([]byte(FleetDomainName))
	fleetVersionHash = crypto.Keccak256Hash([]byte(FleetDomainVersion))

	// FleetGenesisTypeHash, FleetRotateTypeHash and FleetRetireTypeHash are the EIP-712 type hashes
	// of the governor's orders.
	FleetGenesisTypeHash = crypto.Keccak256Hash([]byte("FleetGenesis(address governor)"))
	FleetRotateTypeHash  = crypto.Keccak256Hash([]byte("FleetRotate(bytes32 fleetId,uint32 epoch,address creator)"))
	FleetRetireTypeHash  = crypto.Keccak256Hash([]byte("FleetRetire(bytes32 fleetId,uint32 epoch)"))
	// ProgramKeysTypeHash is the type hash of a worker's statement of a program's key addresses
	// (router domain).
	ProgramKeysTypeHash = crypto.Keccak256Hash([]byte("ProgramKeys(bytes32 fleetId,bytes32 programId,bytes32 codeHash,address programKey,address codeKey)"))
)

// ErrBadOrder: a governance order that is malformed or not signed by the fleet's governor.
var ErrBadOrder = errors.New("protocol: fleet order refused")

// FleetSeparator is the EIP-712 separator of the fleet order domain of this router.
func (d Domain) FleetSeparator() [32]byte {
	var buf [5 * 32]byte
	copy(buf[0:32], domainTypeHash[:])
	copy(buf[32:64], fleetNameHash[:])
	copy(buf[64:96], fleetVersionHash[:])
	putUint(buf[96:128], d.ChainID)
	copy(buf[140:160], d.Router[:])
	return crypto.Keccak256Hash(buf[:])
}

func (d Domain) fleetDigest(structHash [32]byte) [32]byte {
	sep := d.FleetSeparator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// FleetID is keccak256(abi.encode(chainId, router, governor, rootCommit)).
func FleetID(d Domain, governor common.Address, rootCommit [32]byte) [32]byte {
	var buf [4 * 32]byte
	putUint(buf[0:32], d.ChainID)
	copy(buf[44:64], d.Router[:])
	copy(buf[76:96], governor[:])
	copy(buf[96:128], rootCommit[:])
	return crypto.Keccak256Hash(buf[:])
}

// GenesisDigest is the digest of FleetGenesis(governor).
func (d Domain) GenesisDigest(governor common.Address) [32]byte {
	var buf [2 * 32]byte
	copy(buf[0:32], FleetGenesisTypeHash[:])
	copy(buf[44:64], governor[:])
	return d.fleetDigest(crypto.Keccak256Hash(buf[:]))
}

// RotateDigest is the digest of FleetRotate(fleetId, epoch, creator).
func (d Domain) RotateDigest(fleetID [32]byte, epoch uint32, creator common.Address) [32]byte {
	var buf [4 * 32]byte
	copy(buf[0:32], FleetRotateTypeHash[:])
	copy(buf[32:64], fleetID[:])
	binary.BigEndian.PutUint32(buf[92:96], epoch)
	copy(buf[108:128], creator[:])
	return d.fleetDigest(crypto.Keccak256Hash(buf[:]))
}

// RetireDigest is the digest of FleetRetire(fleetId, epoch).
func (d Domain) RetireDigest(fleetID [32]byte, epoch uint32) [32]byte {
	var buf [3 * 32]byte
	copy(buf[0:32], FleetRetireTypeHash[:])
	copy(buf[32:64], fleetID[:])
	binary.BigEndian.PutUint32(buf[92:96], epoch)
	return d.fleetDigest(crypto.Keccak256Hash(buf[:]))
}

// ProgramKeysDigest is the router-domain digest of a worker's ProgramKeys statement.
func (d Domain) ProgramKeysDigest(fleetID, programID, codeHash [32]byte, programKey, codeKey common.Address) [32]byte {
	var buf [6 * 32]byte
	copy(buf[0:32], ProgramKeysTypeHash[:])
	copy(buf[32:64], fleetID[:])
	copy(buf[64:96], programID[:])
	copy(buf[96:128], codeHash[:])
	copy(buf[140:160], programKey[:])
	copy(buf[172:192], codeKey[:])
	sep := d.Separator()
	sh := crypto.Keccak256Hash(buf[:])
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// SignOrder signs an order digest with the governor's key: 65 bytes r || s || v, v = 27/28, low s.
func SignOrder(digest [32]byte, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("protocol: sign order: %w", err)
	}
	sig[64] += 27 // go-ethereum's signatures are low s already
	return sig, nil
}

// RecoverOrderSigner returns the address that signed an order digest (65 bytes, low s only).
func RecoverOrderSigner(digest [32]byte, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: signature of %d bytes, want 65", ErrBadOrder, len(sig))
	}
	compact, err := SignatureFromRSV(sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadOrder, err)
	}
	addr, err := RecoverDigestSigner(digest, compact)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadOrder, err)
	}
	return addr, nil
}

// # bad_input outputs
//
// A bad_input result (StatusBadInput) signs an output that starts with the fleet epoch the enclave
// tried and that epoch's X25519 public key, so that the router can refuse the result of an enclave
// whose key differs from the one it records (FleetKeyMismatch):
//
//	epoch (u32, big endian) || X25519 public key (32) || optional reason text
//
// Epoch 0 and 32 zero bytes when no fleet key was involved (a malformed plaintext input, a bad
// output key).

// BadInputPrefixSize is the length of the epoch and key prefix of a bad_input output.
const BadInputPrefixSize = 4 + 32

// BadInputOutput builds a bad_input output.
func BadInputOutput(epoch uint32, x25519Key [32]byte, reason string) []byte {
	out := make([]byte, 0, BadInputPrefixSize+len(reason))
	out = binary.BigEndian.AppendUint32(out, epoch)
	out = append(out, x25519Key[:]...)
	return append(out, reason...)
}

// ParseBadInputOutput splits a bad_input output; ok is false when it is shorter than the prefix.
func ParseBadInputOutput(out []byte) (epoch uint32, x25519Key [32]byte, reason string, ok bool) {
	if len(out) < BadInputPrefixSize {
		return 0, x25519Key, "", false
	}
	return binary.BigEndian.Uint32(out), [32]byte(out[4:36]), string(out[36:]), true
}
