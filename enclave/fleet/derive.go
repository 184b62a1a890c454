package fleet

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"

	"golang.org/x/crypto/hkdf"

	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// Derivation labels of an epoch. Every key of an epoch is HKDF-SHA256 (RFC 5869) of the epoch
// secret S_e with an empty salt and info = label:
//
//	X25519 HPKE key pair   seed = HKDF(S_e, "teeoracle/v2/kem/x25519", "")[:32] -> DeriveKeyPair (RFC 9180 7.1.3)
//	X-Wing HPKE key pair   seed = HKDF(S_e, "teeoracle/v2/kem/xwing", "")[:32]  -> X-Wing DeriveKeyPair
//
// Only encryption keys derive from S_e; what must outlive rotations (program keys, code keys, job
// randomness) derives from the root secret R (root.go).
const (
	labelKEMX25519 = "teeoracle/v2/kem/x25519"
	labelKEMXWing  = "teeoracle/v2/kem/xwing"
)

// derive returns n bytes of HKDF-SHA256(secret, salt = "", info = label || context).
func derive(secret []byte, label string, context []byte, n int) []byte {
	info := make([]byte, 0, len(label)+len(context))
	info = append(append(info, label...), context...)
	out := make([]byte, n)
	if _, err := io.ReadFull(hkdf.New(sha256.New, secret, nil, info), out); err != nil {
		panic(fmt.Sprintf("fleet: hkdf: %v", err)) // only for n > 255*32
	}
	return out
}

func mustDerive(suite hpke.Suite, seed []byte) *hpke.PrivateKey {
	k, err := hpke.DeriveKeyPair(suite, seed)
	if err != nil {
		panic(fmt.Sprintf("fleet: derive %s key pair: %v", suite, err)) // only with a 32-byte seed, never fails
	}
	return k
}

// EpochKeys are the keys of one epoch, derived from its secret.
type EpochKeys struct {
	Epoch  uint32
	X25519 *hpke.PrivateKey
	XWing  *hpke.PrivateKey

	secret [32]byte
}

func newEpochKeys(epoch uint32, secret [32]byte) *EpochKeys {
	return &EpochKeys{
		Epoch:  epoch,
		X25519: mustDerive(hpke.SuiteX25519, derive(secret[:], labelKEMX25519, nil, 32)),
		XWing:  mustDerive(hpke.SuiteXWing, derive(secret[:], labelKEMXWing, nil, 32)),
		secret: secret,
	}
}

// Key returns the epoch's private key of a suite (nil for an unknown suite).
func (k *EpochKeys) Key(suite hpke.Suite) *hpke.PrivateKey {
	switch suite {
	case hpke.SuiteX25519:
		return k.X25519
	case hpke.SuiteXWing:
		return k.XWing
	}
	return nil
}

// Statement returns the content of the epoch's FleetKey statement for a fleet.
func (k *EpochKeys) Statement(fleetID [32]byte) protocol.FleetKey {
	var x [32]byte
	copy(x[:], k.X25519.Public().Bytes())
	return protocol.FleetKey{FleetID: fleetID, Epoch: k.Epoch, X25519Key: x, XWingKeyHash: protocol.XWingKeyHash(k.XWing.Public().Bytes())}
}

// X25519Public returns the epoch's X25519 public key (what a bad_input output names).
func (k *EpochKeys) X25519Public() [32]byte { return [32]byte(k.X25519.Public().Bytes()) }

func u32(b []byte, v uint32) []byte { return binary.BigEndian.AppendUint32(b, v) }
