package protocol

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/crypto"
)

// Fleet key statements: an enclave of the fleet vouches for the public keys of one epoch so that the
// router can record them (issue 10). The statement is EIP-712 in the router's domain (DomainName,
// DomainVersion, chainId, router), signed with the enclave's registered result-signing key:
//
//	FleetKey(bytes32 fleetId,uint32 epoch,bytes32 x25519Key,bytes32 xwingKeyHash)
//
// fleetId names the fleet (FleetID): the router records keys only of the fleet it was told to trust
// (setFleetId), so the keys of a forked fleet (a second genesis) are refused. x25519Key is the raw 32-byte X25519 public key of the epoch's classical HPKE suite
// (DHKEM(X25519, HKDF-SHA256)); xwingKeyHash = keccak256(the 1216-byte X-Wing public key) of its
// post-quantum suite (the full key is published in the event / fetched from a worker and checked
// against the hash).

// FleetKeyTypeHash is the EIP-712 type hash of a fleet key statement.
var FleetKeyTypeHash = crypto.Keccak256Hash([]byte("FleetKey(bytes32 fleetId,uint32 epoch,bytes32 x25519Key,bytes32 xwingKeyHash)"))

// FleetKey is the content of a fleet key statement.
type FleetKey struct {
	FleetID      [32]byte
	Epoch        uint32
	X25519Key    [32]byte
	XWingKeyHash [32]byte
}

// XWingKeyHash is keccak256 of an X-Wing public key, the value a FleetKey statement carries.
func XWingKeyHash(xwingPublicKey []byte) [32]byte { return crypto.Keccak256Hash(xwingPublicKey) }

// StructHash is the EIP-712 hashStruct of the statement.
func (k FleetKey) StructHash() [32]byte {
	var buf [5 * 32]byte
	copy(buf[0:32], FleetKeyTypeHash[:])
	copy(buf[32:64], k.FleetID[:])
	binary.BigEndian.PutUint32(buf[92:96], k.Epoch)
	copy(buf[96:128], k.X25519Key[:])
	copy(buf[128:160], k.XWingKeyHash[:])
	return crypto.Keccak256Hash(buf[:])
}

// FleetKeyDigest is the EIP-712 digest keccak256("\x19\x01" || domainSeparator || hashStruct(k)).
func (d Domain) FleetKeyDigest(k FleetKey) [32]byte {
	sep := d.Separator()
	sh := k.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}
