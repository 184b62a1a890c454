package protocol

// # Program secrets bundle (stored on IPFS; referenced on-chain by setProgramSecrets)
//
//	[0]        1 (SecretsBundleVersion1)
//	[1:33]     chainId
//	[33:53]    router
//	[53:85]    programId = keccak256(abi.encode(author, nameHash))
//	[85:105]   author (an EOA)
//	[105:137]  nameHash = keccak256(bytes(name))
//	[137:139]  n = number of entries (uint16, 1..MaxBundleEntries)
//	n entries, each:
//	  [0]        l = length of the name (1..MaxSecretNameLen)
//	  [1:1+l]    name (ASCII [A-Za-z0-9._-])
//	  [+20]      requester (the zero address: any requester)
//	  [+4]       m = length of the envelope (uint32)
//	  [+m]       HPKE envelope to a fleet epoch key (epoch >= 1), purpose "secret",
//	             aad = SecretBinding.AAD() || keccak256(name)
//	[body:]    author signature r (32) || s (32) || v (1, 27 or 28; low s) over the EIP-712 digest
//	           of ProgramSecrets(bytes32 programId,bytes32 bundleHash) in the domain
//	           {name "TeeOracle", version "1", chainId, verifyingContract router}
//
// bundleHash = keccak256(body), body = every byte before the signature; it is what the author
// sets on-chain (setProgramSecrets(programId, bundleHash, cid)) and what the relayer hands the
// worker with each job, beside the CID. The worker checks the hash, the chain, router and program
// against the job's, the author's signature, and opens only the entries whose requester is zero
// or the job's requester. (name, requester) pairs are unique; a requester-specific entry shadows
// the entry of the same name for any requester.
//
// # Secrets and input (the plaintext of an encrypted input that carries per-user secrets)
//
//	[0:4]      magic 0x00 't' 's' 'i'
//	[4]        1 (version)
//	[5]        n = number of secrets (0..MaxUserSecrets)
//	n entries: l (1 byte, 1..MaxSecretNameLen) || name || m (uint16) || value (m bytes)
//	[rest]     the program's stdin
//
// Only the payload of an encrypted input is read this way (a plaintext input is public anyway
// and reaches the program unchanged). A name present twice, or in both the author's opened
// secrets and the user's, is a bad input (signed bad_input): user secrets shadow nothing.

import (
	"bytes"
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

// Limits of the secrets formats.
const (
	SecretsBundleVersion1 = 1
	// MaxSecretNameLen is the longest secret name.
	MaxSecretNameLen = 64
	// MaxBundleEntries is the largest number of entries in a bundle.
	MaxBundleEntries = 256
	// MaxSecretBytes is the largest secret value (author or user).
	MaxSecretBytes = 16 << 10
	// MaxBundleBytes is the largest bundle a worker fetches.
	MaxBundleBytes = 1 << 20
	// MaxUserSecrets is the largest number of per-user secrets in an input.
	MaxUserSecrets = 32
	// bundleHeaderSize is the fixed part before the entries.
	bundleHeaderSize = 1 + 32 + 20 + 32 + 20 + 32 + 2
)

// SecretsInputMagic starts a secrets-and-input plaintext.
var SecretsInputMagic = []byte{0x00, 't', 's', 'i'}

// ProgramSecretsTypeHash is the EIP-712 type hash of an author's signature on a secrets bundle.
var ProgramSecretsTypeHash = crypto.Keccak256Hash([]byte("ProgramSecrets(bytes32 programId,bytes32 bundleHash)"))

// Errors of the secrets formats (wrapped; test with errors.Is).
var (
	// ErrBadSecretsBundle: a bundle is malformed (version, truncation, names, duplicates).
	ErrBadSecretsBundle = errors.New("protocol: malformed secrets bundle")
	// ErrSecretsBundleRefused: a well-formed bundle that is not this job's: another chain, router
	// or program, a hash other than the one set on-chain, or not the author's signature.
	ErrSecretsBundleRefused = errors.New("protocol: secrets bundle refused")
	// ErrBadSecretsInput: a secrets-and-input plaintext is malformed or names a secret twice.
	ErrBadSecretsInput = errors.New("protocol: malformed secrets-and-input")
)

// ValidSecretName reports whether name is 1..MaxSecretNameLen bytes of [A-Za-z0-9._-].
func ValidSecretName(name string) bool {
	if len(name) == 0 || len(name) > MaxSecretNameLen {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// NamedSecretAAD is the aad of a bundle entry: the secret binding (84 or 104 bytes) followed by
// keccak256(name), so an entry cannot be renamed inside its bundle either.
func NamedSecretAAD(b SecretBinding, name string) []byte {
	h := crypto.Keccak256([]byte(name))
	return append(b.AAD(), h...)
}

// SecretEntry is one entry of a bundle.
type SecretEntry struct {
	Name      string
	Requester common.Address // zero: any requester
	Envelope  []byte         // HPKE envelope, purpose "secret"
}

// binding returns the SecretBinding of the entry for the bundle's chain, router and program.
func (e SecretEntry) binding(d Domain, programID [32]byte) SecretBinding {
	b := SecretBinding{ChainID: d.ChainID, Router: d.Router, ProgramID: programID}
	if e.Requester != (common.Address{}) {
		r := e.Requester
		b.Requester = &r
	}
	return b
}

// Epoch returns the fleet epoch the entry is sealed to (0 when the envelope is malformed).
func (e SecretEntry) Epoch() uint32 {
	_, epoch, err := hpke.Header(e.Envelope)
	if err != nil {
		return 0
	}
	return epoch
}

// SecretsBundle is a parsed bundle.
type SecretsBundle struct {
	ChainID   *big.Int
	Router    common.Address
	ProgramID [32]byte
	Author    common.Address
	NameHash  [32]byte
	Entries   []SecretEntry
	Signature []byte // 65 bytes r || s || v
}

// Domain returns the EIP-712 domain the bundle is signed in.
func (b *SecretsBundle) Domain() Domain { return Domain{ChainID: b.ChainID, Router: b.Router} }

// Body returns the bundle bytes the hash covers (everything but the signature).
func (b *SecretsBundle) Body() []byte {
	out := make([]byte, 0, bundleHeaderSize+len(b.Entries)*200)
	out = append(out, SecretsBundleVersion1)
	out = appendUint256(out, b.ChainID)
	out = append(out, b.Router[:]...)
	out = append(out, b.ProgramID[:]...)
	out = append(out, b.Author[:]...)
	out = append(out, b.NameHash[:]...)
	out = binary.BigEndian.AppendUint16(out, uint16(len(b.Entries)))
	for _, e := range b.Entries {
		out = append(out, byte(len(e.Name)))
		out = append(out, e.Name...)
		out = append(out, e.Requester[:]...)
		out = binary.BigEndian.AppendUint32(out, uint32(len(e.Envelope)))
		out = append(out, e.Envelope...)
	}
	return out
}

// Hash is bundleHash = keccak256(Body()).
func (b *SecretsBundle) Hash() [32]byte { return crypto.Keccak256Hash(b.Body()) }

// Encode returns the bundle bytes (body || signature).
func (b *SecretsBundle) Encode() []byte { return append(b.Body(), b.Signature...) }

// SecretsDigest is the EIP-712 digest of ProgramSecrets{programId, bundleHash} in domain d.
func SecretsDigest(d Domain, programID, bundleHash [32]byte) [32]byte {
	sh := crypto.Keccak256Hash(ProgramSecretsTypeHash[:], programID[:], bundleHash[:])
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// Digest is the EIP-712 digest the author signs.
func (b *SecretsBundle) Digest() [32]byte { return SecretsDigest(b.Domain(), b.ProgramID, b.Hash()) }

// check verifies the entries' names and uniqueness.
func (b *SecretsBundle) checkEntries() error {
	if len(b.Entries) == 0 || len(b.Entries) > MaxBundleEntries {
		return fmt.Errorf("%w: %d entries (want 1..%d)", ErrBadSecretsBundle, len(b.Entries), MaxBundleEntries)
	}
	type key struct {
		name string
		req  common.Address
	}
	seen := make(map[key]bool, len(b.Entries))
	for i, e := range b.Entries {
		if !ValidSecretName(e.Name) {
			return fmt.Errorf("%w: entry %d: bad name", ErrBadSecretsBundle, i)
		}
		k := key{e.Name, e.Requester}
		if seen[k] {
			return fmt.Errorf("%w: entry %d: %q for requester %s twice", ErrBadSecretsBundle, i, e.Name, e.Requester)
		}
		seen[k] = true
	}
	return nil
}

// ParseSecretsBundle splits a bundle (no signature check, no decryption).
func ParseSecretsBundle(raw []byte) (*SecretsBundle, error) {
	if len(raw) < bundleHeaderSize+65 {
		return nil, fmt.Errorf("%w: %d bytes", ErrBadSecretsBundle, len(raw))
	}
	if raw[0] != SecretsBundleVersion1 {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrBadSecretsBundle, raw[0], SecretsBundleVersion1)
	}
	b := &SecretsBundle{ChainID: new(big.Int).SetBytes(raw[1:33])}
	copy(b.Router[:], raw[33:53])
	copy(b.ProgramID[:], raw[53:85])
	copy(b.Author[:], raw[85:105])
	copy(b.NameHash[:], raw[105:137])
	n := int(binary.BigEndian.Uint16(raw[137:139]))
	body := raw[:len(raw)-65]
	p := body[bundleHeaderSize:]
	for i := 0; i < n; i++ {
		if len(p) < 1 {
			return nil, fmt.Errorf("%w: entry %d truncated", ErrBadSecretsBundle, i)
		}
		l := int(p[0])
		if len(p) < 1+l+20+4 {
			return nil, fmt.Errorf("%w: entry %d truncated", ErrBadSecretsBundle, i)
		}
		e := SecretEntry{Name: string(p[1 : 1+l])}
		copy(e.Requester[:], p[1+l:21+l])
		m := binary.BigEndian.Uint32(p[21+l : 25+l])
		p = p[25+l:]
		if uint64(m) > uint64(len(p)) {
			return nil, fmt.Errorf("%w: entry %d envelope truncated", ErrBadSecretsBundle, i)
		}
		e.Envelope = p[:m:m]
		p = p[m:]
		b.Entries = append(b.Entries, e)
	}
	if len(p) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the entries", ErrBadSecretsBundle, len(p))
	}
	if err := b.checkEntries(); err != nil {
		return nil, err
	}
	b.Signature = raw[len(raw)-65:]
	return b, nil
}

// SecretValue is one secret the author seals into a bundle.
type SecretValue struct {
	Name      string
	Requester common.Address // zero: any requester
	Value     []byte
}

// SealSecretsBundle seals secrets to the fleet key of epoch (>= 1) for the program name of the
// author's key on router d, and signs the bundle. It returns the bundle bytes and its hash.
func SealSecretsBundle(fleetKey *hpke.PublicKey, epoch uint32, d Domain, author *ecdsa.PrivateKey, name string, secrets []SecretValue) ([]byte, [32]byte, error) {
	return sealSecretsBundle(fleetKey, epoch, d, author, name, secrets, nil)
}

func sealSecretsBundle(fleetKey *hpke.PublicKey, epoch uint32, d Domain, author *ecdsa.PrivateKey, name string, secrets []SecretValue, rnd io.Reader) ([]byte, [32]byte, error) {
	if epoch == 0 || d.ChainID == nil || d.ChainID.Sign() <= 0 {
		return nil, [32]byte{}, fmt.Errorf("%w: epoch must be >= 1 and the chain id set", ErrBadSecretsBundle)
	}
	addr := crypto.PubkeyToAddress(author.PublicKey)
	nh := crypto.Keccak256Hash([]byte(name))
	b := &SecretsBundle{ChainID: d.ChainID, Router: d.Router, ProgramID: ProgramIDOfNameHash(addr, nh), Author: addr, NameHash: nh}
	for _, s := range secrets {
		if len(s.Value) > MaxSecretBytes {
			return nil, [32]byte{}, fmt.Errorf("%w: secret %q is %d bytes (max %d)", ErrBadSecretsBundle, s.Name, len(s.Value), MaxSecretBytes)
		}
		e := SecretEntry{Name: s.Name, Requester: s.Requester}
		if !ValidSecretName(s.Name) {
			return nil, [32]byte{}, fmt.Errorf("%w: bad secret name %q", ErrBadSecretsBundle, s.Name)
		}
		ct, err := hpke.Seal(fleetKey, epoch, hpke.PurposeSecret, NamedSecretAAD(e.binding(d, b.ProgramID), s.Name), s.Value, rnd)
		if err != nil {
			return nil, [32]byte{}, fmt.Errorf("protocol: seal secret %q: %w", s.Name, err)
		}
		e.Envelope = ct
		b.Entries = append(b.Entries, e)
	}
	if err := b.checkEntries(); err != nil {
		return nil, [32]byte{}, err
	}
	sig, err := SignDigest(b.Digest(), author)
	if err != nil {
		return nil, [32]byte{}, err
	}
	rsv := sig.RSV()
	rsv[64] += 27
	b.Signature = rsv
	return b.Encode(), b.Hash(), nil
}

// SecretsJob is what a worker checks a bundle against: the job's chain, router, program and
// requester, and the bundle hash the relayer read from the chain.
type SecretsJob struct {
	Domain     Domain
	ProgramID  [32]byte
	Requester  common.Address
	BundleHash [32]byte
}

// VerifySecretsBundle parses a bundle and checks it is the job's: hash, chain, router, program,
// programId of the author, and the author's signature. Errors wrap ErrBadSecretsBundle or
// ErrSecretsBundleRefused.
func VerifySecretsBundle(job SecretsJob, raw []byte) (*SecretsBundle, error) {
	if len(raw) < 65 {
		return nil, fmt.Errorf("%w: %d bytes", ErrBadSecretsBundle, len(raw))
	}
	if h := crypto.Keccak256Hash(raw[:len(raw)-65]); h != job.BundleHash {
		return nil, fmt.Errorf("%w: hash %x, the program's is %x", ErrSecretsBundleRefused, h, job.BundleHash)
	}
	b, err := ParseSecretsBundle(raw)
	if err != nil {
		return nil, err
	}
	switch {
	case job.Domain.ChainID == nil || b.ChainID.Cmp(job.Domain.ChainID) != 0 || b.Router != job.Domain.Router:
		return nil, fmt.Errorf("%w: made for chain %s router %s", ErrSecretsBundleRefused, b.ChainID, b.Router)
	case b.ProgramID != job.ProgramID:
		return nil, fmt.Errorf("%w: program %x, want %x", ErrSecretsBundleRefused, b.ProgramID, job.ProgramID)
	case ProgramIDOfNameHash(b.Author, b.NameHash) != b.ProgramID:
		return nil, fmt.Errorf("%w: programId is not the author's", ErrSecretsBundleRefused)
	}
	if b.Signature[64] != 27 && b.Signature[64] != 28 {
		return nil, fmt.Errorf("%w: signature v must be 27 or 28", ErrSecretsBundleRefused)
	}
	cs, err := SignatureFromRSV(b.Signature)
	if err != nil {
		return nil, fmt.Errorf("%w: signature: %w", ErrSecretsBundleRefused, err)
	}
	signer, err := RecoverDigestSigner(b.Digest(), cs)
	if err != nil {
		return nil, fmt.Errorf("%w: signature: %w", ErrSecretsBundleRefused, err)
	}
	if signer != b.Author {
		return nil, fmt.Errorf("%w: signed by %s, not by the author %s", ErrSecretsBundleRefused, signer, b.Author)
	}
	return b, nil
}

// Open decrypts the entries the job's requester may read (requester zero or the job's): name ->
// value, a requester-specific entry shadowing the general one of the same name. Errors wrap
// ErrNoEpochKey (an epoch not held: not the requester's fault), ErrBadEnvelope or ErrDecrypt
// (an entry the author sealed wrongly).
func (b *SecretsBundle) Open(keys KeyFunc, requester common.Address) (map[string][]byte, error) {
	out := map[string][]byte{}
	specific := map[string]bool{}
	d := b.Domain()
	for _, e := range b.Entries {
		if e.Requester != (common.Address{}) && e.Requester != requester {
			continue
		}
		isSpecific := e.Requester != (common.Address{})
		if specific[e.Name] && !isSpecific {
			continue
		}
		suite, epoch, err := hpke.Header(e.Envelope)
		if err != nil {
			return nil, fmt.Errorf("%w: secret %q: %w", ErrBadEnvelope, e.Name, err)
		}
		if epoch == 0 {
			return nil, fmt.Errorf("%w: secret %q labelled epoch 0", ErrBadEnvelope, e.Name)
		}
		sk, err := lookup(keys, "secret "+e.Name, epoch, suite)
		if err != nil {
			return nil, err
		}
		pt, err := hpke.Open(sk, hpke.PurposeSecret, NamedSecretAAD(e.binding(d, b.ProgramID), e.Name), e.Envelope)
		if err != nil {
			return nil, fmt.Errorf("%w: secret %q (epoch %d): %w", ErrDecrypt, e.Name, epoch, err)
		}
		out[e.Name] = pt
		if isSpecific {
			specific[e.Name] = true
		}
	}
	return out, nil
}

// Epochs lists the fleet epochs the bundle's entries are sealed to (ascending, no repeats).
func (b *SecretsBundle) Epochs() []uint32 {
	var out []uint32
	for _, e := range b.Entries {
		ep := e.Epoch()
		i := 0
		for i < len(out) && out[i] < ep {
			i++
		}
		if i == len(out) || out[i] != ep {
			out = append(out[:i], append([]uint32{ep}, out[i:]...)...)
		}
	}
	return out
}

// UserSecret is one per-user secret in a secrets-and-input plaintext.
type UserSecret struct {
	Name  string
	Value []byte
}

// EncodeSecretsInput builds a secrets-and-input plaintext (to be sealed as an input payload).
func EncodeSecretsInput(secrets []UserSecret, stdin []byte) ([]byte, error) {
	if len(secrets) > MaxUserSecrets {
		return nil, fmt.Errorf("%w: %d secrets (max %d)", ErrBadSecretsInput, len(secrets), MaxUserSecrets)
	}
	out := append([]byte{}, SecretsInputMagic...)
	out = append(out, 1, byte(len(secrets)))
	seen := map[string]bool{}
	for _, s := range secrets {
		if !ValidSecretName(s.Name) || seen[s.Name] {
			return nil, fmt.Errorf("%w: bad or repeated name %q", ErrBadSecretsInput, s.Name)
		}
		if len(s.Value) > MaxSecretBytes {
			return nil, fmt.Errorf("%w: secret %q is %d bytes (max %d)", ErrBadSecretsInput, s.Name, len(s.Value), MaxSecretBytes)
		}
		seen[s.Name] = true
		out = append(out, byte(len(s.Name)))
		out = append(out, s.Name...)
		out = binary.BigEndian.AppendUint16(out, uint16(len(s.Value)))
		out = append(out, s.Value...)
	}
	return append(out, stdin...), nil
}

// IsSecretsInput reports whether a decrypted payload is a secrets-and-input structure.
func IsSecretsInput(payload []byte) bool { return bytes.HasPrefix(payload, SecretsInputMagic) }

// SplitSecretsInput splits a secrets-and-input plaintext into its secrets and the program's
// stdin. Errors wrap ErrBadSecretsInput (the requester's fault: signed bad_input).
func SplitSecretsInput(payload []byte) (map[string][]byte, []byte, error) {
	if !IsSecretsInput(payload) || len(payload) < 6 {
		return nil, nil, fmt.Errorf("%w: no header", ErrBadSecretsInput)
	}
	if payload[4] != 1 {
		return nil, nil, fmt.Errorf("%w: version %d", ErrBadSecretsInput, payload[4])
	}
	n := int(payload[5])
	if n > MaxUserSecrets {
		return nil, nil, fmt.Errorf("%w: %d secrets (max %d)", ErrBadSecretsInput, n, MaxUserSecrets)
	}
	p := payload[6:]
	out := make(map[string][]byte, n)
	for i := 0; i < n; i++ {
		if len(p) < 1 || len(p) < 1+int(p[0])+2 {
			return nil, nil, fmt.Errorf("%w: secret %d truncated", ErrBadSecretsInput, i)
		}
		l := int(p[0])
		name := string(p[1 : 1+l])
		if !ValidSecretName(name) {
			return nil, nil, fmt.Errorf("%w: secret %d: bad name", ErrBadSecretsInput, i)
		}
		if _, dup := out[name]; dup {
			return nil, nil, fmt.Errorf("%w: secret %q twice", ErrBadSecretsInput, name)
		}
		m := int(binary.BigEndian.Uint16(p[1+l : 3+l]))
		p = p[3+l:]
		if m > len(p) || m > MaxSecretBytes {
			return nil, nil, fmt.Errorf("%w: secret %q truncated or too long", ErrBadSecretsInput, name)
		}
		out[name] = append([]byte{}, p[:m]...)
		p = p[m:]
	}
	return out, append([]byte{}, p...), nil
}

// MergeSecrets joins the author's opened secrets and the user's: a name in both is an error
// wrapping ErrBadSecretsInput (user secrets shadow nothing).
func MergeSecrets(author, user map[string][]byte) (map[string][]byte, error) {
	out := make(map[string][]byte, len(author)+len(user))
	for k, v := range author {
		out[k] = v
	}
	for k, v := range user {
		if _, ok := out[k]; ok {
			return nil, fmt.Errorf("%w: the input's secret %q is also an author secret", ErrBadSecretsInput, k)
		}
		out[k] = v
	}
	return out, nil
}
