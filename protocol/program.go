package protocol

// # Program blob (version 2, stored on IPFS; the cid of a program version record)
//
//	[0]        2 (ProgramBlobVersion2)
//	[1:33]     chainId (uint256, big endian)
//	[33:53]    router
//	[53:85]    programId = keccak256(abi.encode(author, nameHash))
//	[85:105]   author (an EOA)
//	[105:137]  nameHash = keccak256(bytes(name))
//	[137:141]  version (uint32, big endian; >= 1)
//	[141:173]  codeHash = keccak256(plaintext WASM module)
//	[173:238]  author signature r (32) || s (32) || v (1, 27 or 28; s in the lower half) over the
//	           EIP-712 digest of ProgramVersion(bytes32 programId,uint32 version,bytes32 codeHash) in
//	           the domain {name "TeeOracle", version "1", chainId, verifyingContract router}
//	[238:]     HPKE envelope of the module to a fleet epoch key (epoch >= 1), purpose "program",
//	           aad = that EIP-712 digest (32 bytes)
//
// The enclave authenticates a module without reading the chain (OpenProgram): chainId and router
// are its own, programId == keccak256(abi.encode(author, nameHash)), the signature recovers author,
// programId and version are the request's, and keccak256(module) == codeHash. A host cannot swap
// code; only the author could sign two modules for one version (equivocation, documented).

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// Program blob constants.
const (
	// ProgramBlobVersion2 is byte 0 of a version 2 program blob.
	ProgramBlobVersion2 = 2
	// ManifestSize is the length of the signed manifest that follows byte 0.
	ManifestSize = 32 + 20 + 32 + 20 + 32 + 4 + 32 + 65
)

// ProgramVersionTypeHash is the EIP-712 type hash of an author's signature on a program version.
var ProgramVersionTypeHash = crypto.Keccak256Hash([]byte("ProgramVersion(bytes32 programId,uint32 version,bytes32 codeHash)"))

// ErrProgramManifest: a program blob's manifest is not for this chain, router, program or version,
// is inconsistent (programId is not the author's), or its signature does not recover the author.
var ErrProgramManifest = errors.New("protocol: program manifest refused")

// CodeHash returns keccak256 of a plaintext module (the codeHash of its version record).
func CodeHash(module []byte) [32]byte { return crypto.Keccak256Hash(module) }

// ProgramManifest describes one version of one program, as its author signs it.
type ProgramManifest struct {
	ChainID   *big.Int
	Router    common.Address
	ProgramID [32]byte
	Author    common.Address
	NameHash  [32]byte
	Version   uint32
	CodeHash  [32]byte
}

// NewProgramManifest describes version of the program name by author, whose module is module,
// for the router of domain d.
func NewProgramManifest(d Domain, author common.Address, name string, version uint32, module []byte) ProgramManifest {
	nh := crypto.Keccak256Hash([]byte(name))
	return ProgramManifest{
		ChainID:   d.ChainID,
		Router:    d.Router,
		ProgramID: ProgramIDOfNameHash(author, nh),
		Author:    author,
		NameHash:  nh,
		Version:   version,
		CodeHash:  CodeHash(module),
	}
}

// Domain returns the EIP-712 domain the manifest is signed in.
func (m ProgramManifest) Domain() Domain { return Domain{ChainID: m.ChainID, Router: m.Router} }

// StructHash is hashStruct(ProgramVersion{programId, version, codeHash}).
func (m ProgramManifest) StructHash() [32]byte {
	var buf [4 * 32]byte
	copy(buf[0:32], ProgramVersionTypeHash[:])
	copy(buf[32:64], m.ProgramID[:])
	binary.BigEndian.PutUint32(buf[92:96], m.Version)
	copy(buf[96:128], m.CodeHash[:])
	return crypto.Keccak256Hash(buf[:])
}

// Digest is the EIP-712 digest the author signs; it is also the aad of the module ciphertext.
func (m ProgramManifest) Digest() [32]byte {
	sep := m.Domain().Separator()
	sh := m.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// Check verifies the manifest's internal consistency (programId is the author's name) and that
// sig (65 bytes r || s || v) is the author's signature on it.
func (m ProgramManifest) Check(sig []byte) error {
	if m.ChainID == nil || m.ChainID.Sign() <= 0 {
		return fmt.Errorf("%w: no chain id", ErrProgramManifest)
	}
	if m.Version == 0 {
		return fmt.Errorf("%w: version 0", ErrProgramManifest)
	}
	if ProgramIDOfNameHash(m.Author, m.NameHash) != m.ProgramID {
		return fmt.Errorf("%w: programId %x is not keccak256(abi.encode(author %s, nameHash))", ErrProgramManifest, m.ProgramID, m.Author)
	}
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return fmt.Errorf("%w: signature must be 65 bytes with v 27 or 28", ErrProgramManifest)
	}
	cs, err := SignatureFromRSV(sig)
	if err != nil {
		return fmt.Errorf("%w: signature: %w", ErrProgramManifest, err)
	}
	signer, err := RecoverDigestSigner(m.Digest(), cs)
	if err != nil {
		return fmt.Errorf("%w: signature: %w", ErrProgramManifest, err)
	}
	if signer != m.Author {
		return fmt.Errorf("%w: signed by %s, not by the author %s", ErrProgramManifest, signer, m.Author)
	}
	return nil
}

// SignProgramManifest signs m with the author's key and returns r || s || v (v = 27/28, low s).
func SignProgramManifest(m ProgramManifest, author *ecdsa.PrivateKey) ([]byte, error) {
	if crypto.PubkeyToAddress(author.PublicKey) != m.Author {
		return nil, fmt.Errorf("%w: key %s is not the author %s", ErrProgramManifest, crypto.PubkeyToAddress(author.PublicKey), m.Author)
	}
	sig, err := SignDigest(m.Digest(), author)
	if err != nil {
		return nil, err
	}
	rsv := sig.RSV()
	rsv[64] += 27
	return rsv, nil
}

// ProgramBlob is a parsed version 2 program blob.
type ProgramBlob struct {
	Manifest   ProgramManifest
	Signature  []byte // 65 bytes r || s || v
	Ciphertext []byte // HPKE envelope of the module
}

// Encode returns the blob bytes.
func (p *ProgramBlob) Encode() []byte {
	m := p.Manifest
	out := make([]byte, 0, 1+ManifestSize+len(p.Ciphertext))
	out = append(out, ProgramBlobVersion2)
	out = appendUint256(out, m.ChainID)
	out = append(out, m.Router[:]...)
	out = append(out, m.ProgramID[:]...)
	out = append(out, m.Author[:]...)
	out = append(out, m.NameHash[:]...)
	out = binary.BigEndian.AppendUint32(out, m.Version)
	out = append(out, m.CodeHash[:]...)
	out = append(out, p.Signature...)
	return append(out, p.Ciphertext...)
}

// ParseProgramBlob splits a version 2 program blob (no signature check, no decryption).
func ParseProgramBlob(blob []byte) (*ProgramBlob, error) {
	if len(blob) < 1+ManifestSize+hpke.HeaderSize {
		return nil, fmt.Errorf("%w: %d bytes", ErrBadProgramBlob, len(blob))
	}
	if blob[0] != ProgramBlobVersion2 {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrBadProgramBlob, blob[0], ProgramBlobVersion2)
	}
	b := blob[1:]
	var m ProgramManifest
	m.ChainID = new(big.Int).SetBytes(b[0:32])
	copy(m.Router[:], b[32:52])
	copy(m.ProgramID[:], b[52:84])
	copy(m.Author[:], b[84:104])
	copy(m.NameHash[:], b[104:136])
	m.Version = binary.BigEndian.Uint32(b[136:140])
	copy(m.CodeHash[:], b[140:172])
	return &ProgramBlob{
		Manifest:   m,
		Signature:  b[172:237:237],
		Ciphertext: b[237:],
	}, nil
}

// SealProgram makes the program blob of version of the program name: the manifest signed by the
// author's key and the module encrypted to the fleet key of epoch (>= 1). It returns the blob and
// its manifest (programId and codeHash are what the author registers on-chain).
func SealProgram(fleetKey *hpke.PublicKey, epoch uint32, d Domain, author *ecdsa.PrivateKey, name string, version uint32, module []byte) ([]byte, ProgramManifest, error) {
	return sealProgram(fleetKey, epoch, d, author, name, version, module, nil)
}

func sealProgram(fleetKey *hpke.PublicKey, epoch uint32, d Domain, author *ecdsa.PrivateKey, name string, version uint32, module []byte, rnd io.Reader) ([]byte, ProgramManifest, error) {
	m := NewProgramManifest(d, crypto.PubkeyToAddress(author.PublicKey), name, version, module)
	if version == 0 || epoch == 0 || d.ChainID == nil {
		return nil, m, fmt.Errorf("%w: version and epoch must be >= 1 and the chain id set", ErrProgramManifest)
	}
	sig, err := SignProgramManifest(m, author)
	if err != nil {
		return nil, m, err
	}
	digest := m.Digest()
	ct, err := hpke.Seal(fleetKey, epoch, hpke.PurposeProgram, digest[:], module, rnd)
	if err != nil {
		return nil, m, fmt.Errorf("protocol: seal program: %w", err)
	}
	return (&ProgramBlob{Manifest: m, Signature: sig, Ciphertext: ct}).Encode(), m, nil
}

// ProgramEpoch tells which fleet epoch a program blob needs (the relayer routes by it).
func ProgramEpoch(blob []byte) (uint32, error) {
	p, err := ParseProgramBlob(blob)
	if err != nil {
		return 0, err
	}
	_, epoch, err := hpke.Header(p.Ciphertext)
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrBadProgramBlob, err)
	}
	return epoch, nil
}

// OpenProgram authenticates and decrypts a program blob for a job of router d that asks for
// version of programID. Errors wrap ErrBadProgramBlob, ErrProgramManifest, ErrNoEpochKey,
// ErrDecrypt or ErrProgramHash.
func OpenProgram(keys KeyFunc, d Domain, programID [32]byte, version uint32, blob []byte) ([]byte, ProgramManifest, error) {
	p, err := ParseProgramBlob(blob)
	if err != nil {
		return nil, ProgramManifest{}, err
	}
	m := p.Manifest
	if d.ChainID == nil || m.ChainID.Cmp(d.ChainID) != 0 || m.Router != d.Router {
		return nil, m, fmt.Errorf("%w: made for chain %s router %s, not chain %s router %s", ErrProgramManifest, m.ChainID, m.Router, d.ChainID, d.Router)
	}
	if m.ProgramID != programID {
		return nil, m, fmt.Errorf("%w: program %x, want %x", ErrProgramManifest, m.ProgramID, programID)
	}
	if m.Version != version {
		return nil, m, fmt.Errorf("%w: version %d, want %d", ErrProgramManifest, m.Version, version)
	}
	if err := m.Check(p.Signature); err != nil {
		return nil, m, err
	}
	suite, epoch, err := hpke.Header(p.Ciphertext)
	if err != nil {
		return nil, m, fmt.Errorf("%w: %w", ErrBadProgramBlob, err)
	}
	if epoch == 0 {
		return nil, m, fmt.Errorf("%w: module labelled epoch 0", ErrBadProgramBlob)
	}
	sk, err := lookup(keys, "program", epoch, suite)
	if err != nil {
		return nil, m, err
	}
	digest := m.Digest()
	module, err := hpke.Open(sk, hpke.PurposeProgram, digest[:], p.Ciphertext)
	if err != nil {
		return nil, m, fmt.Errorf("%w: program (epoch %d): %w", ErrDecrypt, epoch, err)
	}
	if got := CodeHash(module); got != m.CodeHash {
		return nil, m, fmt.Errorf("%w: got %x, manifest says %x", ErrProgramHash, got, m.CodeHash)
	}
	return module, m, nil
}
