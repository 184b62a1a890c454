package fleet

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/protocol"
)

// Labels of what derives from the fleet root secret R (HKDF-SHA256, empty salt, info = label ||
// context), docs/formats.md "Fleet root secret".
const (
	labelRootCommit = "teeoracle/v3/fleet/commit"
	labelProgramKey = "teeoracle/v3/program-key"
	labelCodeKey    = "teeoracle/v3/code-key"
	labelRand       = "teeoracle/v3/rand"
)

// Identity is the fleet's identity, fixed at genesis and checked at every join.
type Identity struct {
	ChainID  *big.Int
	Router   common.Address
	Governor common.Address // the router owner at genesis: signs every order
	FleetID  [32]byte       // keccak256(abi.encode(chainId, router, governor, rootCommit))
}

// Domain is the fleet's router domain (results, FleetKey and ProgramKeys statements; and, as
// FleetSeparator, the governor's orders).
func (id Identity) Domain() protocol.Domain {
	return protocol.Domain{ChainID: new(big.Int).Set(id.ChainID), Router: id.Router}
}

// RootCommit is the public commitment to a root secret that the fleet id hashes.
func RootCommit(root [32]byte) [32]byte { return [32]byte(derive(root[:], labelRootCommit, nil, 32)) }

func identityOf(chainID *big.Int, router, governor common.Address, root [32]byte) Identity {
	d := protocol.Domain{ChainID: chainID, Router: router}
	return Identity{ChainID: new(big.Int).Set(chainID), Router: router, Governor: governor,
		FleetID: protocol.FleetID(d, governor, RootCommit(root))}
}

// Identity returns the fleet's identity; false before genesis or a join.
func (f *Fleet) Identity() (Identity, bool) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	if f.root == nil {
		return Identity{}, false
	}
	id := f.ident
	id.ChainID = new(big.Int).Set(id.ChainID)
	return id, true
}

// FleetID returns the fleet id (zero before genesis or a join).
func (f *Fleet) FleetID() [32]byte {
	id, _ := f.Identity()
	return id.FleetID
}

func (f *Fleet) rootSecret() ([32]byte, error) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	if f.root == nil {
		return [32]byte{}, ErrNoFleet
	}
	return *f.root, nil
}

var secp256k1NMinus1 = new(big.Int).Sub(crypto.S256().Params().N, big.NewInt(1))

// scalarKey reduces 48 bytes to a secp256k1 key: d = (int(b) mod (n-1)) + 1 (bias below 2^-128).
func scalarKey(b []byte) (*ecdsa.PrivateKey, error) {
	d := new(big.Int).SetBytes(b)
	d.Mod(d, secp256k1NMinus1).Add(d, big.NewInt(1))
	var db [32]byte
	d.FillBytes(db[:])
	defer clear(db[:])
	sk, err := crypto.ToECDSA(db[:])
	if err != nil {
		return nil, fmt.Errorf("fleet: derived key: %w", err)
	}
	return sk, nil
}

// ProgramKey is a program's signing key: the same on every enclave of the fleet, unchanged by
// rotations, retirements and new versions (every version its author publishes can sign with it).
func (f *Fleet) ProgramKey(programID [32]byte) (*ecdsa.PrivateKey, error) {
	root, err := f.rootSecret()
	if err != nil {
		return nil, err
	}
	defer clear(root[:])
	m := derive(root[:], labelProgramKey, programID[:], 48)
	defer clear(m)
	return scalarKey(m)
}

// CodeKey is the signing key of one program's code (codeHash = keccak256 of the module): a new
// version has a new code key, so value-holding programs trust this one.
func (f *Fleet) CodeKey(programID, codeHash [32]byte) (*ecdsa.PrivateKey, error) {
	root, err := f.rootSecret()
	if err != nil {
		return nil, err
	}
	defer clear(root[:])
	m := derive(root[:], labelCodeKey, append(programID[:], codeHash[:]...), 48)
	defer clear(m)
	return scalarKey(m)
}

// Rand is a job's sandbox randomness: the same on every enclave of the fleet (so no host can
// re-roll it by choosing a worker), unpredictable outside it, independent of the epochs.
func (f *Fleet) Rand(domain protocol.Domain, jobID, commitment [32]byte) ([32]byte, error) {
	root, err := f.rootSecret()
	if err != nil {
		return [32]byte{}, err
	}
	defer clear(root[:])
	ctx := make([]byte, 0, 32+20+32+32)
	var chain [32]byte
	domain.ChainID.FillBytes(chain[:])
	ctx = append(ctx, chain[:]...)
	ctx = append(ctx, domain.Router[:]...)
	ctx = append(ctx, jobID[:]...)
	ctx = append(ctx, commitment[:]...)
	return [32]byte(derive(root[:], labelRand, ctx, 32)), nil
}

// SignedProgramKeys is a worker's statement of a program's key addresses.
type SignedProgramKeys struct {
	FleetID    [32]byte
	ProgramID  [32]byte
	CodeHash   [32]byte
	ProgramKey common.Address
	CodeKey    common.Address
	Signature  protocol.Signature // EIP-712 ProgramKeys, router domain, by this enclave's signer
}

// ProgramKeys returns a program's key addresses (codeHash zero: no code key is derived and
// CodeKey is zero) signed by this enclave for the fleet's router.
func (f *Fleet) ProgramKeys(programID, codeHash [32]byte) (SignedProgramKeys, error) {
	id, ok := f.Identity()
	if !ok {
		return SignedProgramKeys{}, ErrNoFleet
	}
	pk, err := f.ProgramKey(programID)
	if err != nil {
		return SignedProgramKeys{}, err
	}
	out := SignedProgramKeys{FleetID: id.FleetID, ProgramID: programID, CodeHash: codeHash, ProgramKey: crypto.PubkeyToAddress(pk.PublicKey)}
	if codeHash != ([32]byte{}) {
		ck, err := f.CodeKey(programID, codeHash)
		if err != nil {
			return SignedProgramKeys{}, err
		}
		out.CodeKey = crypto.PubkeyToAddress(ck.PublicKey)
	}
	out.Signature, err = protocol.SignDigest(id.Domain().ProgramKeysDigest(id.FleetID, programID, codeHash, out.ProgramKey, out.CodeKey), f.signing)
	return out, err
}
