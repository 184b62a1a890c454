package protocol

// Version 2 byte formats: every ciphertext is an HPKE envelope (package protocol/hpke, RFC 9180
// base mode, suites X25519 and X-Wing) bound by its AEAD associated data to the context it is
// meant for. docs/formats.md is the reference for other languages; protocol/testdata/hpke_vectors.json
// holds known-answer vectors that TestVectorsV2 and scripts/hpke-vectors.mjs check.
//
// # Input envelope (the input bytes of requestJob)
//
//	byte 0       header: high nibble = version (2), bit 0 = payload encrypted, bit 1 = output key
//	             present, bits 2-3 = 0 (so 0x20..0x23)
//	[2 + N]      output key (bit 1 only): KEM id (u16, big endian; 0x0020 or 0x647a) || public key
//	             (32 bytes for X25519, 1216 for X-Wing); a successful output is encrypted to it
//	rest         payload: the program's stdin in clear (bit 0 unset), or (bit 0 set) an HPKE envelope
//	             to a fleet epoch key (epoch >= 1), purpose "input", with
//	             aad = chainId (32) || router (20) || requester (20) || user (20) || programId (32) ||
//	             header bytes (byte 0 and the output key field, if any)
//
// An empty input (zero bytes) is an empty plaintext payload. Everything in the aad is what the
// router commits to (chainId and router through the EIP-712 domain), so a ciphertext copied into a
// job of another requester, end user, program, router or chain does not open, and the header is
// covered so nobody can graft their own output key onto someone else's ciphertext. An input whose
// epoch the enclave does not hold fails with ErrNoEpochKey (not the requester's fault: no signature);
// any other failure (ErrBadEnvelope, ErrDecrypt) is the requester's (signed bad_input).
//
// # Outputs
//
// With an output key, the output of a successful job is an HPKE envelope to that key, epoch 0,
// purpose "output", aad = chainId (32) || router (20) || jobId (32).
//
// # Secrets
//
// A program's secret (an API key, a token) is an HPKE envelope to a fleet epoch key (or a key
// derived from it), purpose "secret", aad = chainId (32) || router (20) || programId (32), followed
// by requester (20) when the secret is bound to one requester (so the aad is 84 or 104 bytes).
//
// # Fleet key transport
//
// purpose "fleet-transport", epoch 0, aad supplied by the fleet protocol (enclave/fleet).
//
// # Programs
//
// See program.go: an author-signed manifest followed by an HPKE envelope of the module.

import (
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// InputVersion is the high nibble of byte 0 of a version 2 input envelope.
const InputVersion = 2

// Errors of the version 2 formats that version 1 did not have (wrapped; test with errors.Is).
var (
	// ErrNoEpochKey: the ciphertext names a fleet epoch whose key this party does not hold (never
	// held it, or it was retired). Not the sender's fault: a worker must not sign bad_input for it.
	ErrNoEpochKey = errors.New("protocol: fleet epoch key not held")
	// ErrUnsupportedInput: an input envelope of version 1 (ECIES to one enclave), or of an unknown version.
	ErrUnsupportedInput = errors.New("protocol: unsupported input envelope version")
)

// KeyFunc returns the private key of a fleet epoch for a suite. It returns an error when this party
// does not hold that epoch (never had it, or it was retired); the Open functions wrap it with
// ErrNoEpochKey. Epoch 0 is never asked for.
type KeyFunc func(epoch uint32, suite hpke.Suite) (*hpke.PrivateKey, error)

// SingleKey is a KeyFunc that holds one key of one epoch.
func SingleKey(epoch uint32, key *hpke.PrivateKey) KeyFunc {
	return func(e uint32, s hpke.Suite) (*hpke.PrivateKey, error) {
		if key == nil || e != epoch || s != key.Suite() {
			return nil, fmt.Errorf("no %s key of epoch %d", s, e)
		}
		return key, nil
	}
}

// InputBinding is the context an encrypted input is bound to: the job's chain and router, the
// requester contract, the end user it names (zero address when none) and the program.
type InputBinding struct {
	ChainID   *big.Int
	Router    common.Address
	Requester common.Address
	User      common.Address
	ProgramID [32]byte
}

// AAD returns the associated data of an encrypted input with these header bytes.
func (b InputBinding) AAD(header []byte) []byte {
	aad := make([]byte, 0, 32+20+20+20+32+len(header))
	aad = appendUint256(aad, b.ChainID)
	aad = append(aad, b.Router[:]...)
	aad = append(aad, b.Requester[:]...)
	aad = append(aad, b.User[:]...)
	aad = append(aad, b.ProgramID[:]...)
	return append(aad, header...)
}

// Input is a decoded version 2 input envelope.
type Input struct {
	// Encrypted says whether Payload is an HPKE envelope (true) or the program's stdin.
	Encrypted bool
	// OutputKey, when not nil, is the key a successful output is encrypted to.
	OutputKey *hpke.PublicKey
	// Payload is the rest of the envelope.
	Payload []byte
	// Header is the header bytes as they appeared (byte 0 and the output key field); empty for an
	// empty input.
	Header []byte
}

// Epoch returns the suite and fleet epoch of an encrypted payload (without decrypting it).
func (in *Input) Epoch() (hpke.Suite, uint32, error) {
	if !in.Encrypted {
		return 0, 0, fmt.Errorf("%w: the payload is not encrypted", ErrBadEnvelope)
	}
	suite, epoch, err := hpke.Header(in.Payload)
	if err != nil {
		return 0, 0, fmt.Errorf("%w: payload: %w", ErrBadEnvelope, err)
	}
	if epoch == 0 {
		return 0, 0, fmt.Errorf("%w: payload is labelled epoch 0, not a fleet epoch", ErrBadEnvelope)
	}
	return suite, epoch, nil
}

func inputHeader(encrypted bool, outputKey *hpke.PublicKey) []byte {
	h := []byte{InputVersion << 4}
	if encrypted {
		h[0] |= FlagEncrypted
	}
	if outputKey != nil {
		h[0] |= FlagOutputKey
		kem, _, _ := outputKey.Suite().IDs()
		h = append(h, byte(kem>>8), byte(kem))
		h = append(h, outputKey.Bytes()...)
	}
	return h
}

// DecodeInput parses a version 2 input envelope without decrypting it (see OpenInput). Errors wrap
// ErrBadEnvelope, or ErrUnsupportedInput for a version 1 or unknown envelope.
func DecodeInput(input []byte) (*Input, error) {
	if len(input) == 0 {
		return &Input{Payload: []byte{}, Header: []byte{}}, nil
	}
	h := input[0]
	if h>>4 != InputVersion {
		return nil, fmt.Errorf("%w: version %d", ErrUnsupportedInput, h>>4)
	}
	if h&0x0c != 0 {
		return nil, fmt.Errorf("%w: reserved flag bits set (0x%02x)", ErrBadEnvelope, h)
	}
	in := &Input{Encrypted: h&FlagEncrypted != 0}
	rest := input[1:]
	if h&FlagOutputKey != 0 {
		if len(rest) < 2 {
			return nil, fmt.Errorf("%w: truncated output key", ErrBadEnvelope)
		}
		suite, err := hpke.SuiteFromKEM(uint16(rest[0])<<8 | uint16(rest[1]))
		if err != nil {
			return nil, fmt.Errorf("%w: output key: %w", ErrBadEnvelope, err)
		}
		n := suite.PublicKeySize()
		if len(rest) < 2+n {
			return nil, fmt.Errorf("%w: truncated %s output key", ErrBadEnvelope, suite)
		}
		if in.OutputKey, err = hpke.ParsePublicKey(suite, rest[2:2+n]); err != nil {
			return nil, fmt.Errorf("%w: output key: %w", ErrBadEnvelope, err)
		}
		rest = rest[2+n:]
	}
	in.Header = input[:len(input)-len(rest)]
	in.Payload = rest
	return in, nil
}

// InputEpoch tells which fleet epoch an input needs (the relayer routes by it): 0 and false for a
// plaintext (or empty) input.
func InputEpoch(input []byte) (epoch uint32, encrypted bool, err error) {
	in, err := DecodeInput(input)
	if err != nil {
		return 0, false, err
	}
	if !in.Encrypted {
		return 0, false, nil
	}
	_, epoch, err = in.Epoch()
	return epoch, true, err
}

// PlainInput builds a version 2 input envelope with a payload in clear; outputKey, when not nil,
// asks the enclave to encrypt a successful output to it.
func PlainInput(payload []byte, outputKey *hpke.PublicKey) []byte {
	h := inputHeader(false, outputKey)
	return append(h, payload...)
}

// EncryptInput builds a version 2 input envelope whose payload is encrypted to the fleet key of
// epoch (>= 1) and bound to b. With fleetKey nil the payload is sent in clear (PlainInput).
// outputKey, when not nil, asks the enclave to encrypt a successful output to it.
func EncryptInput(fleetKey *hpke.PublicKey, epoch uint32, b InputBinding, payload []byte, outputKey *hpke.PublicKey) ([]byte, error) {
	return encryptInput(fleetKey, epoch, b, payload, outputKey, nil)
}

func encryptInput(fleetKey *hpke.PublicKey, epoch uint32, b InputBinding, payload []byte, outputKey *hpke.PublicKey, rnd io.Reader) ([]byte, error) {
	if fleetKey == nil {
		return PlainInput(payload, outputKey), nil
	}
	if epoch == 0 {
		return nil, fmt.Errorf("%w: an encrypted input needs a fleet epoch (>= 1)", ErrBadEnvelope)
	}
	h := inputHeader(true, outputKey)
	ct, err := hpke.Seal(fleetKey, epoch, hpke.PurposeInput, b.AAD(h), payload, rnd)
	if err != nil {
		return nil, fmt.Errorf("protocol: encrypt input: %w", err)
	}
	return append(h, ct...), nil
}

// OpenInput decodes a version 2 input envelope and returns the program's stdin and the output key
// (nil when the output goes out in clear). keys may be nil when only plaintext inputs are expected.
// Errors wrap ErrNoEpochKey (the epoch is not held: not the requester's fault), or ErrBadEnvelope,
// ErrUnsupportedInput or ErrDecrypt (the requester's fault: copied, re-bound, tampered or malformed).
func OpenInput(keys KeyFunc, b InputBinding, input []byte) ([]byte, *hpke.PublicKey, error) {
	in, err := DecodeInput(input)
	if err != nil {
		return nil, nil, err
	}
	if !in.Encrypted {
		return in.Payload, in.OutputKey, nil
	}
	suite, epoch, err := in.Epoch()
	if err != nil {
		return nil, nil, err
	}
	sk, err := lookup(keys, "input", epoch, suite)
	if err != nil {
		return nil, nil, err
	}
	pt, err := hpke.Open(sk, hpke.PurposeInput, b.AAD(in.Header), in.Payload)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: input (epoch %d): %w", ErrDecrypt, epoch, err)
	}
	return pt, in.OutputKey, nil
}

func lookup(keys KeyFunc, what string, epoch uint32, suite hpke.Suite) (*hpke.PrivateKey, error) {
	if keys == nil {
		return nil, fmt.Errorf("%w: %s: epoch %d (%s): no fleet keys", ErrNoEpochKey, what, epoch, suite)
	}
	sk, err := keys(epoch, suite)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: epoch %d (%s): %w", ErrNoEpochKey, what, epoch, suite, err)
	}
	if sk == nil || sk.Suite() != suite {
		return nil, fmt.Errorf("%w: %s: epoch %d: no %s key", ErrNoEpochKey, what, epoch, suite)
	}
	return sk, nil
}

// OutputAAD is the associated data of an encrypted output: chainId (32) || router (20) || jobId (32).
func OutputAAD(d Domain, jobID [32]byte) []byte {
	aad := make([]byte, 0, 32+20+32)
	aad = appendUint256(aad, d.ChainID)
	aad = append(aad, d.Router[:]...)
	return append(aad, jobID[:]...)
}

// EncryptOutput encrypts a job output to the requester's output key (epoch label 0), bound to the
// chain, the router and the job. An empty output is encrypted too.
func EncryptOutput(outputKey *hpke.PublicKey, d Domain, jobID [32]byte, output []byte) ([]byte, error) {
	return encryptOutput(outputKey, d, jobID, output, nil)
}

func encryptOutput(outputKey *hpke.PublicKey, d Domain, jobID [32]byte, output []byte, rnd io.Reader) ([]byte, error) {
	ct, err := hpke.Seal(outputKey, 0, hpke.PurposeOutput, OutputAAD(d, jobID), output, rnd)
	if err != nil {
		return nil, fmt.Errorf("protocol: encrypt output: %w", err)
	}
	return ct, nil
}

// DecryptOutput decrypts an output made by EncryptOutput. Errors wrap ErrBadEnvelope or ErrDecrypt.
func DecryptOutput(key *hpke.PrivateKey, d Domain, jobID [32]byte, ct []byte) ([]byte, error) {
	_, epoch, err := hpke.Header(ct)
	if err != nil {
		return nil, fmt.Errorf("%w: output: %w", ErrBadEnvelope, err)
	}
	if epoch != 0 {
		return nil, fmt.Errorf("%w: output labelled epoch %d, want 0", ErrBadEnvelope, epoch)
	}
	pt, err := hpke.Open(key, hpke.PurposeOutput, OutputAAD(d, jobID), ct)
	if err != nil {
		return nil, fmt.Errorf("%w: output: %w", ErrDecrypt, err)
	}
	return pt, nil
}

// SecretBinding is the context a program secret is bound to: one program on one router, and
// optionally one requester.
type SecretBinding struct {
	ChainID   *big.Int
	Router    common.Address
	ProgramID [32]byte
	// Requester, when not nil, restricts the secret to jobs of this requester.
	Requester *common.Address
}

// AAD returns chainId (32) || router (20) || programId (32) [|| requester (20)].
func (b SecretBinding) AAD() []byte {
	aad := make([]byte, 0, 32+20+32+20)
	aad = appendUint256(aad, b.ChainID)
	aad = append(aad, b.Router[:]...)
	aad = append(aad, b.ProgramID[:]...)
	if b.Requester != nil {
		aad = append(aad, b.Requester[:]...)
	}
	return aad
}

// SealSecret encrypts a program secret to a fleet key (or a key derived from it) of epoch (>= 1),
// bound to b.
func SealSecret(key *hpke.PublicKey, epoch uint32, b SecretBinding, secret []byte) ([]byte, error) {
	return sealSecret(key, epoch, b, secret, nil)
}

func sealSecret(key *hpke.PublicKey, epoch uint32, b SecretBinding, secret []byte, rnd io.Reader) ([]byte, error) {
	if epoch == 0 {
		return nil, fmt.Errorf("%w: a secret needs a fleet epoch (>= 1)", ErrBadEnvelope)
	}
	ct, err := hpke.Seal(key, epoch, hpke.PurposeSecret, b.AAD(), secret, rnd)
	if err != nil {
		return nil, fmt.Errorf("protocol: seal secret: %w", err)
	}
	return ct, nil
}

// OpenSecret decrypts a secret sealed by SealSecret in the context b. Errors wrap ErrNoEpochKey,
// ErrBadEnvelope or ErrDecrypt (another program, requester, router or chain; tampered).
func OpenSecret(keys KeyFunc, b SecretBinding, ct []byte) ([]byte, error) {
	suite, epoch, err := hpke.Header(ct)
	if err != nil {
		return nil, fmt.Errorf("%w: secret: %w", ErrBadEnvelope, err)
	}
	if epoch == 0 {
		return nil, fmt.Errorf("%w: secret labelled epoch 0", ErrBadEnvelope)
	}
	sk, err := lookup(keys, "secret", epoch, suite)
	if err != nil {
		return nil, err
	}
	pt, err := hpke.Open(sk, hpke.PurposeSecret, b.AAD(), ct)
	if err != nil {
		return nil, fmt.Errorf("%w: secret (epoch %d): %w", ErrDecrypt, epoch, err)
	}
	return pt, nil
}

// appendUint256 appends v as a 32-byte big-endian word (0 for nil; v must fit in 256 bits).
func appendUint256(b []byte, v *big.Int) []byte {
	var w [32]byte
	if v != nil {
		v.FillBytes(w[:])
	}
	return append(b, w[:]...)
}
