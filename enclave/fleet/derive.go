package fleet

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"math/big"

	chpke "github.com/cloudflare/circl/hpke"
	"github.com/cloudflare/circl/kem"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/hkdf"

	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// Derivation labels. Every key and seed of an epoch is HKDF-SHA256 (RFC 5869) of the epoch secret
// S_e with an empty salt and info = label || context:
//
//	X25519 HPKE key pair   seed = HKDF(S_e, "teeoracle/v2/kem/x25519", "")[:32] -> DeriveKeyPair (RFC 9180 7.1.3)
//	X-Wing HPKE key pair   seed = HKDF(S_e, "teeoracle/v2/kem/xwing", "")[:32]  -> X-Wing DeriveKeyPair
//	job randomness         HKDF(S_{request.epoch}, "teeoracle/v2/rand", chainId (32) || router (20) || jobId (32) || commitment (32))[:32]
//	program keys           HKDF(S_e, "teeoracle/v2/program", programId (32))[:112]:
//	                         [0:48]   secp256k1 signing key = (int([0:48]) mod (n-1)) + 1
//	                         [48:80]  X25519 HPKE seed (secrets for this program, classical suite)
//	                         [80:112] X-Wing HPKE seed (secrets for this program, post-quantum suite)
const (
	labelKEMX25519 = "teeoracle/v2/kem/x25519"
	labelKEMXWing  = "teeoracle/v2/kem/xwing"
	labelRand      = "teeoracle/v2/rand"
	labelProgram   = "teeoracle/v2/program"
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

// Statement returns the content of the epoch's FleetKey statement.
func (k *EpochKeys) Statement() protocol.FleetKey {
	var x [32]byte
	copy(x[:], k.X25519.Public().Bytes())
	return protocol.FleetKey{Epoch: k.Epoch, X25519Key: x, XWingKeyHash: protocol.XWingKeyHash(k.XWing.Public().Bytes())}
}

// JobSeed is the sandbox randomness of a job run under this epoch: the same in every enclave of the
// fleet, unpredictable outside it.
func (k *EpochKeys) JobSeed(domain protocol.Domain, jobID, commitment [32]byte) [32]byte {
	ctx := make([]byte, 0, 32+20+32+32)
	var chain [32]byte
	domain.ChainID.FillBytes(chain[:])
	ctx = append(ctx, chain[:]...)
	ctx = append(ctx, domain.Router[:]...)
	ctx = append(ctx, jobID[:]...)
	ctx = append(ctx, commitment[:]...)
	return [32]byte(derive(k.secret[:], labelRand, ctx, 32))
}

// ProgramKeys are a program's own keys in one epoch: the same on every enclave of the fleet.
type ProgramKeys struct {
	// Signing is the program's secp256k1 key; its address is public, the key never leaves enclaves.
	Signing *ecdsa.PrivateKey
	// X25519 and XWing receive secrets encrypted for this program alone.
	X25519 *hpke.PrivateKey
	XWing  *hpke.PrivateKey
}

// Address is the program's signing address.
func (p *ProgramKeys) Address() common.Address { return crypto.PubkeyToAddress(p.Signing.PublicKey) }

var secp256k1NMinus1 = new(big.Int).Sub(crypto.S256().Params().N, big.NewInt(1))

// Program derives the keys of a program in this epoch.
func (k *EpochKeys) Program(programID [32]byte) (*ProgramKeys, error) {
	m := derive(k.secret[:], labelProgram, programID[:], 112)
	defer clear(m)
	d := new(big.Int).SetBytes(m[:48])
	d.Mod(d, secp256k1NMinus1).Add(d, big.NewInt(1))
	var db [32]byte
	d.FillBytes(db[:])
	sk, err := crypto.ToECDSA(db[:])
	clear(db[:])
	if err != nil {
		return nil, fmt.Errorf("fleet: program signing key: %w", err)
	}
	return &ProgramKeys{
		Signing: sk,
		X25519:  mustDerive(hpke.SuiteX25519, m[48:80]),
		XWing:   mustDerive(hpke.SuiteXWing, m[80:112]),
	}, nil
}

func u32(b []byte, v uint32) []byte { return binary.BigEndian.AppendUint32(b, v) }

// transportKEM is the KEM scheme of the classical suite (the key-transport suite).
func transportKEM() kem.Scheme { return chpke.KEM_X25519_HKDF_SHA256.Scheme() }
