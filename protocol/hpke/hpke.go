// Package hpke is the one ciphertext format of teeoracle: HPKE (RFC 9180) base mode in a small
// self-describing envelope, with a classical suite (X25519) and a post-quantum hybrid suite
// (X-Wing = ML-KEM-768 + X25519).
//
// # Suites
//
//	SuiteX25519 (default): KEM 0x0020 DHKEM(X25519, HKDF-SHA256), KDF 0x0001 HKDF-SHA256, AEAD 0x0001 AES-128-GCM
//	SuiteXWing:            KEM 0x647a X-Wing,                    KDF 0x0001 HKDF-SHA256, AEAD 0x0002 AES-256-GCM
//
// # Envelope
//
//	[0]      version = 2
//	[1:3]    KEM id, big endian
//	[3:5]    KDF id, big endian
//	[5:7]    AEAD id, big endian
//	[7:11]   epoch, big endian uint32 (0 for ciphertexts to a key that is not a fleet epoch key)
//	[11:11+Nenc]  enc, the KEM encapsulation (32 bytes for X25519, 1120 for X-Wing)
//	[11+Nenc:]    ct = AEAD ciphertext of the plaintext with its 16-byte tag
//
// The HPKE context is set up in base mode with info = "teeoracle/v2/" + purpose, and the single
// message is sealed with AEAD associated data = the 11 header bytes || the caller's aad. So the
// version, the suite and the epoch label are authenticated: relabelling any of them makes Open fail.
// The aad itself is never sent: both sides compute it from context (see protocol/envelope.go and
// docs/formats.md).
//
// The implementation is github.com/cloudflare/circl/hpke; this package adds no cryptography of its
// own, only the framing.
package hpke

import (
	"bytes"
	"crypto/ecdh"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"

	chpke "github.com/cloudflare/circl/hpke"
	"github.com/cloudflare/circl/kem"
)

// Version is byte 0 of every envelope.
const Version byte = 2

// HeaderSize is the length of the envelope header (version, suite ids, epoch).
const HeaderSize = 1 + 2 + 2 + 2 + 4

// InfoPrefix is the prefix of the HPKE info string; the purpose follows it.
const InfoPrefix = "teeoracle/v2/"

// Purposes (the info of each use). A ciphertext sealed for one purpose never opens for another.
const (
	PurposeInput          = "input"
	PurposeProgram        = "program"
	PurposeOutput         = "output"
	PurposeSecret         = "secret"
	PurposeFleetTransport = "fleet-transport"
)

// SeedSize is the length of the input keying material DeriveKeyPair takes, and of a serialized
// private key, for both suites.
const SeedSize = 32

// Errors (wrapped; test with errors.Is).
var (
	// ErrUnknownSuite: a suite name or a (kem, kdf, aead) triple this package does not support.
	ErrUnknownSuite = errors.New("hpke: unknown suite")
	// ErrMalformed: bytes that are not a well-formed envelope or key (wrong version, truncated, bad length).
	ErrMalformed = errors.New("hpke: malformed ciphertext or key")
	// ErrDecrypt: a well-formed ciphertext did not open (wrong key, wrong purpose or aad, relabelled or tampered).
	ErrDecrypt = errors.New("hpke: ciphertext does not decrypt")
)

// Suite names an HPKE cipher suite. The zero value is not a suite.
type Suite uint8

// The suites.
const (
	// SuiteX25519 is DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / AES-128-GCM, the default.
	SuiteX25519 Suite = 1
	// SuiteXWing is X-Wing (ML-KEM-768 + X25519) / HKDF-SHA256 / AES-256-GCM, post-quantum hybrid.
	SuiteXWing Suite = 2
)

// DefaultSuite is the suite used when none is named.
const DefaultSuite = SuiteX25519

// Suites lists every supported suite.
var Suites = []Suite{SuiteX25519, SuiteXWing}

// IDs returns the RFC 9180 identifiers of the suite (0s for an unknown suite).
func (s Suite) IDs() (kemID, kdfID, aeadID uint16) {
	switch s {
	case SuiteX25519:
		return uint16(chpke.KEM_X25519_HKDF_SHA256), uint16(chpke.KDF_HKDF_SHA256), uint16(chpke.AEAD_AES128GCM)
	case SuiteXWing:
		return uint16(chpke.KEM_XWING), uint16(chpke.KDF_HKDF_SHA256), uint16(chpke.AEAD_AES256GCM)
	}
	return 0, 0, 0
}

// Valid reports whether s is a supported suite.
func (s Suite) Valid() bool { return s == SuiteX25519 || s == SuiteXWing }

// String returns "x25519", "xwing" or "suite(N)".
func (s Suite) String() string {
	switch s {
	case SuiteX25519:
		return "x25519"
	case SuiteXWing:
		return "xwing"
	}
	return fmt.Sprintf("suite(%d)", uint8(s))
}

// ParseSuite parses a suite name: "x25519" (also "" and "classical") or "xwing" (also "x-wing", "pq").
func ParseSuite(name string) (Suite, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "x25519", "classical":
		return SuiteX25519, nil
	case "xwing", "x-wing", "pq":
		return SuiteXWing, nil
	}
	return 0, fmt.Errorf("%w: %q (want x25519 or xwing)", ErrUnknownSuite, name)
}

// SuiteFromIDs returns the suite with these RFC 9180 identifiers.
func SuiteFromIDs(kemID, kdfID, aeadID uint16) (Suite, error) {
	for _, s := range Suites {
		k, d, a := s.IDs()
		if k == kemID && d == kdfID && a == aeadID {
			return s, nil
		}
	}
	return 0, fmt.Errorf("%w: kem 0x%04x kdf 0x%04x aead 0x%04x", ErrUnknownSuite, kemID, kdfID, aeadID)
}

// SuiteFromKEM returns the suite whose KEM is kemID (each KEM belongs to exactly one suite).
func SuiteFromKEM(kemID uint16) (Suite, error) {
	for _, s := range Suites {
		if k, _, _ := s.IDs(); k == kemID {
			return s, nil
		}
	}
	return 0, fmt.Errorf("%w: kem 0x%04x", ErrUnknownSuite, kemID)
}

// PublicKeySize is the length of a serialized public key (32 or 1216).
func (s Suite) PublicKeySize() int {
	if !s.Valid() {
		return 0
	}
	return s.scheme().PublicKeySize()
}

// EncSize is the length of the KEM encapsulation in an envelope (32 or 1120).
func (s Suite) EncSize() int {
	if !s.Valid() {
		return 0
	}
	return s.scheme().CiphertextSize()
}

// Overhead is how much longer an envelope is than its plaintext: header, enc and the 16-byte AEAD tag
// (59 bytes for X25519, 1147 for X-Wing).
func (s Suite) Overhead() int {
	if !s.Valid() {
		return 0
	}
	return HeaderSize + s.EncSize() + 16
}

func (s Suite) circl() chpke.Suite {
	k, d, a := s.IDs()
	return chpke.NewSuite(chpke.KEM(k), chpke.KDF(d), chpke.AEAD(a))
}

func (s Suite) scheme() kem.Scheme {
	k, _, _ := s.IDs()
	return chpke.KEM(k).Scheme()
}

// PrivateKey is an HPKE private key of one suite.
type PrivateKey struct {
	suite Suite
	sk    kem.PrivateKey
	pub   *PublicKey
}

// PublicKey is an HPKE public key of one suite.
type PublicKey struct {
	suite Suite
	pk    kem.PublicKey
	raw   []byte
}

// DeriveKeyPair derives a key pair from 32 bytes of input keying material with the suite KEM's
// RFC 9180 DeriveKeyPair (for X-Wing: the draft's HPKE DeriveKeyPair, seed = SHAKE256(ikm, 32)).
// The same ikm always gives the same keys.
func DeriveKeyPair(suite Suite, ikm []byte) (*PrivateKey, error) {
	if !suite.Valid() {
		return nil, fmt.Errorf("%w: %s", ErrUnknownSuite, suite)
	}
	if len(ikm) != SeedSize {
		return nil, fmt.Errorf("%w: ikm is %d bytes, want %d", ErrMalformed, len(ikm), SeedSize)
	}
	_, sk := suite.scheme().DeriveKeyPair(ikm)
	return newPrivateKey(suite, sk)
}

// GenerateKeyPair makes a fresh key pair from 32 bytes of rand (crypto/rand when rand is nil).
func GenerateKeyPair(suite Suite, rnd io.Reader) (*PrivateKey, error) {
	if rnd == nil {
		rnd = rand.Reader
	}
	ikm := make([]byte, SeedSize)
	if _, err := io.ReadFull(rnd, ikm); err != nil {
		return nil, fmt.Errorf("hpke: randomness: %w", err)
	}
	return DeriveKeyPair(suite, ikm)
}

// ParsePrivateKey parses a private key serialized by (*PrivateKey).Bytes: the 32-byte X25519 scalar,
// or the 32-byte X-Wing seed (the draft's private key).
func ParsePrivateKey(suite Suite, b []byte) (*PrivateKey, error) {
	if !suite.Valid() {
		return nil, fmt.Errorf("%w: %s", ErrUnknownSuite, suite)
	}
	sk, err := suite.scheme().UnmarshalBinaryPrivateKey(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %s private key: %v", ErrMalformed, suite, err)
	}
	return newPrivateKey(suite, sk)
}

func newPrivateKey(suite Suite, sk kem.PrivateKey) (*PrivateKey, error) {
	raw, err := sk.Public().MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("hpke: public key: %w", err)
	}
	return &PrivateKey{suite: suite, sk: sk, pub: &PublicKey{suite: suite, pk: sk.Public(), raw: raw}}, nil
}

// Suite returns the key's suite.
func (k *PrivateKey) Suite() Suite { return k.suite }

// Public returns the public key.
func (k *PrivateKey) Public() *PublicKey { return k.pub }

// Bytes returns the serialized private key (32 bytes; keep it secret, seal it at rest).
func (k *PrivateKey) Bytes() []byte {
	b, err := k.sk.MarshalBinary()
	if err != nil {
		panic(fmt.Sprintf("hpke: marshal private key: %v", err)) // cannot happen for the supported suites
	}
	return b
}

// ParsePublicKey parses a serialized public key of suite (32 bytes for X25519, 1216 for X-Wing).
func ParsePublicKey(suite Suite, b []byte) (*PublicKey, error) {
	if !suite.Valid() {
		return nil, fmt.Errorf("%w: %s", ErrUnknownSuite, suite)
	}
	if len(b) != suite.PublicKeySize() {
		return nil, fmt.Errorf("%w: %s public key is %d bytes, want %d", ErrMalformed, suite, len(b), suite.PublicKeySize())
	}
	pk, err := suite.scheme().UnmarshalBinaryPublicKey(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %s public key: %v", ErrMalformed, suite, err)
	}
	if suite == SuiteX25519 && lowOrderX25519(b) {
		return nil, fmt.Errorf("%w: %s public key is a low-order point (every shared secret would be zero)", ErrMalformed, suite)
	}
	return &PublicKey{suite: suite, pk: pk, raw: bytes.Clone(b)}, nil
}

// Suite returns the key's suite.
func (k *PublicKey) Suite() Suite { return k.suite }

// Bytes returns the serialized public key (a copy).
func (k *PublicKey) Bytes() []byte { return bytes.Clone(k.raw) }

// Equal reports whether two public keys are the same key of the same suite.
func (k *PublicKey) Equal(o *PublicKey) bool {
	return k != nil && o != nil && k.suite == o.suite && bytes.Equal(k.raw, o.raw)
}

// AppendHeader appends the 11-byte envelope header of suite and epoch to b.
func AppendHeader(b []byte, suite Suite, epoch uint32) []byte {
	k, d, a := suite.IDs()
	b = append(b, Version)
	b = binary.BigEndian.AppendUint16(b, k)
	b = binary.BigEndian.AppendUint16(b, d)
	b = binary.BigEndian.AppendUint16(b, a)
	return binary.BigEndian.AppendUint32(b, epoch)
}

// Header reads the suite and epoch label of an envelope without decrypting it (the relayer routes by
// epoch). It checks the version, the suite and the minimum length for the suite.
func Header(ciphertext []byte) (Suite, uint32, error) {
	if len(ciphertext) < HeaderSize {
		return 0, 0, fmt.Errorf("%w: %d bytes, shorter than the %d-byte header", ErrMalformed, len(ciphertext), HeaderSize)
	}
	if ciphertext[0] != Version {
		return 0, 0, fmt.Errorf("%w: version %d, want %d", ErrMalformed, ciphertext[0], Version)
	}
	suite, err := SuiteFromIDs(binary.BigEndian.Uint16(ciphertext[1:3]), binary.BigEndian.Uint16(ciphertext[3:5]), binary.BigEndian.Uint16(ciphertext[5:7]))
	if err != nil {
		return 0, 0, err
	}
	if len(ciphertext) < suite.Overhead() {
		return 0, 0, fmt.Errorf("%w: %d bytes, shorter than a %s envelope's %d-byte overhead", ErrMalformed, len(ciphertext), suite, suite.Overhead())
	}
	return suite, binary.BigEndian.Uint32(ciphertext[7:11]), nil
}

func info(purpose string) ([]byte, error) {
	if purpose == "" {
		return nil, errors.New("hpke: empty purpose")
	}
	return []byte(InfoPrefix + purpose), nil
}

func fullAAD(header, aad []byte) []byte {
	out := make([]byte, 0, len(header)+len(aad))
	return append(append(out, header...), aad...)
}

// Seal encrypts plaintext to pk in one HPKE base-mode context with info "teeoracle/v2/"+purpose and
// returns the envelope labelled with epoch. aad binds the ciphertext to its context (it is not sent).
// rand supplies the KEM's ephemeral randomness (32 bytes for X25519, 64 for X-Wing); nil means
// crypto/rand. A fixed rand is for known-answer tests only.
func Seal(pk *PublicKey, epoch uint32, purpose string, aad, plaintext []byte, rnd io.Reader) ([]byte, error) {
	if pk == nil || !pk.suite.Valid() {
		return nil, fmt.Errorf("%w: no public key", ErrUnknownSuite)
	}
	inf, err := info(purpose)
	if err != nil {
		return nil, err
	}
	if rnd == nil {
		rnd = rand.Reader
	}
	out := make([]byte, 0, pk.suite.Overhead()+len(plaintext))
	out = AppendHeader(out, pk.suite, epoch)
	enc, ct, err := sealBase(pk, inf, fullAAD(out, aad), plaintext, rnd)
	if err != nil {
		return nil, err
	}
	out = append(out, enc...)
	return append(out, ct...), nil
}

// Open decrypts an envelope made by Seal with the same purpose and aad. It does not check the epoch
// label against the key (the caller picks the key by Header's epoch); a relabelled epoch fails
// because the header is authenticated. Errors wrap ErrMalformed, ErrUnknownSuite or ErrDecrypt.
func Open(sk *PrivateKey, purpose string, aad, ciphertext []byte) ([]byte, error) {
	if sk == nil {
		return nil, fmt.Errorf("%w: no private key", ErrDecrypt)
	}
	suite, _, err := Header(ciphertext)
	if err != nil {
		return nil, err
	}
	if suite != sk.suite {
		return nil, fmt.Errorf("%w: ciphertext is for suite %s, key is %s", ErrDecrypt, suite, sk.suite)
	}
	inf, err := info(purpose)
	if err != nil {
		return nil, err
	}
	encEnd := HeaderSize + suite.EncSize()
	pt, err := openBase(sk, inf, ciphertext[HeaderSize:encEnd], fullAAD(ciphertext[:HeaderSize], aad), ciphertext[encEnd:])
	if err != nil {
		return nil, fmt.Errorf("%w: %s %s ciphertext: %v", ErrDecrypt, purpose, suite, err)
	}
	if pt == nil {
		pt = []byte{}
	}
	return pt, nil
}

// sealBase is RFC 9180 SetupBaseS(pk, info) followed by one Seal(aad, pt) (sequence number 0).
func sealBase(pk *PublicKey, info, aad, pt []byte, rnd io.Reader) (enc, ct []byte, err error) {
	sender, err := pk.suite.circl().NewSender(pk.pk, info)
	if err != nil {
		return nil, nil, fmt.Errorf("hpke: sender: %w", err)
	}
	enc, sealer, err := sender.Setup(rnd)
	if err != nil {
		return nil, nil, fmt.Errorf("hpke: setup: %w", err)
	}
	ct, err = sealer.Seal(pt, aad)
	if err != nil {
		return nil, nil, fmt.Errorf("hpke: seal: %w", err)
	}
	return enc, ct, nil
}

// openBase is RFC 9180 SetupBaseR(enc, sk, info) followed by one Open(aad, ct).
func openBase(sk *PrivateKey, info, enc, aad, ct []byte) ([]byte, error) {
	receiver, err := sk.suite.circl().NewReceiver(sk.sk, info)
	if err != nil {
		return nil, fmt.Errorf("receiver: %w", err)
	}
	opener, err := receiver.Setup(enc)
	if err != nil {
		return nil, fmt.Errorf("decapsulation: %w", err)
	}
	return opener.Open(ct, aad)
}

// lowOrderProbe is a fixed clamped X25519 scalar: clamping makes every scalar a multiple of the
// cofactor 8, so X25519(probe, P) is zero exactly when P lies in the small subgroup (the all-zero
// key among them), whichever scalar is used.
var lowOrderProbe = func() *ecdh.PrivateKey {
	k, err := ecdh.X25519().NewPrivateKey(bytes.Repeat([]byte{0x42}, 32))
	if err != nil {
		panic(err)
	}
	return k
}()

// lowOrderX25519 reports whether a 32-byte X25519 public key is a low-order point, to which an
// HPKE encapsulation would fail (RFC 9180 7.1.4: the shared secret must not be zero).
func lowOrderX25519(b []byte) bool {
	pk, err := ecdh.X25519().NewPublicKey(b)
	if err != nil {
		return true
	}
	_, err = lowOrderProbe.ECDH(pk)
	return err != nil
}
