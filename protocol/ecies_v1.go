package protocol

// Version 1 byte formats (ECIES to one enclave's own key), superseded by the HPKE formats of
// envelope.go and program.go (docs/formats.md). Kept, unchanged, only until the enclave worker and
// the relayer have moved to version 2; the functions whose names v2 took carry a V1 suffix.
//
// # Encryption
//
// Every ciphertext is ECIES over secp256k1 exactly as go-ethereum's crypto/ecies does it (the
// devp2p flavour), so other languages can reimplement it:
//
//	R      = ephemeral key pair; z = x-coordinate of ECDH(r, recipient) (32 bytes)
//	K      = ConcatKDF-SHA256(z, s1 = empty, 32 bytes) = SHA256(0x00000001 || z)
//	Ke     = K[0:16] (AES-128-CTR key), Km = SHA256(K[16:32]) (HMAC key)
//	c      = IV(16 random bytes) || AES-128-CTR(Ke, IV, message)
//	tag    = HMAC-SHA256(Km, c || s2)
//	output = R (65 bytes, uncompressed 0x04 || X || Y) || c || tag (32 bytes)
//
// so a ciphertext is 113 bytes longer than its message; go-ethereum refuses to encrypt an empty
// message, so an encrypted input payload must not be empty and an empty output stays empty. s2 ("shared MAC data") is never sent: both
// sides compute it from context, which binds a ciphertext to that context. Each use has its own s2
// prefix, so a ciphertext made for one use never decrypts in another.
//
// # Input envelope (the input bytes of requestJob)
//
//	byte 0        header: high nibble = version (1), bit 0 = payload encrypted,
//	              bit 1 = output key present, bits 2-3 = 0
//	[33 bytes]    output key (only with bit 1): compressed secp256k1 public key; a successful
//	              output is ECIES-encrypted to it (see EncryptOutputV1)
//	rest          payload: the program's stdin, in clear (bit 0 unset) or as an ECIES ciphertext
//	              to the enclave encryption key (bit 0 set) with
//	              s2 = "teeoracle/input/v1" || requester (20) || programId (32) || header bytes
//	              (byte 0 and the output key, if any)
//
// An empty input (zero bytes) is a plaintext empty payload. The requester and programId in s2 are
// the ones the router commits to, so a ciphertext copied into a job of another requester or for
// another program does not decrypt (the worker signs StatusBadInput), and the header is covered so
// nobody can graft their own output key onto someone else's ciphertext.
//
// # Program modules (stored on IPFS)
//
//	byte 0 = 1 (version) || ECIES ciphertext of the plaintext WASM module to the enclave
//	encryption key with s2 = "teeoracle/program/v1" || programId (32)
//
// programId = keccak256(plaintext module); the enclave checks it after decrypting.
//
// # Outputs
//
// With an output key, the output of a successful job is ECIES(outputKey, stdout) with
// s2 = "teeoracle/output/v1" || jobId (32). When the (maybe encrypted) output is longer than the
// worker's calldata threshold, the worker stores it on IPFS as one raw block and signs, with
// StatusOKCID, the ASCII bytes of its CID: CIDv1, codec raw (0x55), multihash sha2-256, base32
// lower case ("bafkrei..."), computed inside the enclave.

import (
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

// Envelope constants.
const (
	EnvelopeVersion = 1

	// FlagEncrypted marks an ECIES-encrypted payload.
	FlagEncrypted byte = 1 << 0
	// FlagOutputKey marks a 33-byte output public key after the header byte.
	FlagOutputKey byte = 1 << 1

	// CompressedKeyLen is the length of a compressed secp256k1 public key.
	CompressedKeyLen = 33
	// ECIESOverhead is how much longer an ECIES ciphertext is than its message.
	ECIESOverhead = 65 + 16 + 32

	// ProgramBlobVersion is byte 0 of an encrypted program module.
	ProgramBlobVersion = 1
)

// s2 prefixes (domain separation of the ECIES uses).
const (
	inputTag   = "teeoracle/input/v1"
	programTag = "teeoracle/program/v1"
	outputTag  = "teeoracle/output/v1"
)

// Errors of the envelope formats (wrapped; test with errors.Is).
var (
	// ErrBadEnvelope: the input bytes are not a well-formed envelope.
	ErrBadEnvelope = errors.New("protocol: malformed input envelope")
	// ErrDecrypt: a ciphertext did not decrypt (wrong key, wrong binding or tampered).
	ErrDecrypt = errors.New("protocol: ciphertext does not decrypt")
	// ErrBadPublicKey: a public key is not a valid secp256k1 point.
	ErrBadPublicKey = errors.New("protocol: invalid secp256k1 public key")
	// ErrBadProgramBlob: an encrypted module has an unknown version or is too short.
	ErrBadProgramBlob = errors.New("protocol: malformed encrypted program")
)

// Envelope is a decoded input envelope.
type Envelope struct {
	// Encrypted says whether Payload is an ECIES ciphertext (true) or the program's stdin.
	Encrypted bool
	// OutputKey, when not nil, is the key the output is encrypted to.
	OutputKey *ecdsa.PublicKey
	// Payload is the rest of the envelope.
	Payload []byte

	header []byte // header bytes as they appeared (byte 0 and the output key)
}

// Header returns the envelope header bytes (byte 0, then the compressed output key if any).
func (e Envelope) Header() []byte {
	if e.header != nil {
		return e.header
	}
	h := []byte{EnvelopeVersion<<4 | e.flags()}
	if e.OutputKey != nil {
		h = append(h, crypto.CompressPubkey(e.OutputKey)...)
	}
	return h
}

func (e Envelope) flags() byte {
	var f byte
	if e.Encrypted {
		f |= FlagEncrypted
	}
	if e.OutputKey != nil {
		f |= FlagOutputKey
	}
	return f
}

// Encode returns the envelope bytes.
func (e Envelope) Encode() []byte {
	h := e.Header()
	out := make([]byte, 0, len(h)+len(e.Payload))
	return append(append(out, h...), e.Payload...)
}

// DecodeEnvelope parses input bytes. It does not decrypt (see OpenInputV1).
func DecodeEnvelope(input []byte) (Envelope, error) {
	if len(input) == 0 {
		return Envelope{Payload: []byte{}, header: []byte{}}, nil
	}
	h := input[0]
	if h>>4 != EnvelopeVersion {
		return Envelope{}, fmt.Errorf("%w: version %d", ErrBadEnvelope, h>>4)
	}
	if h&0x0c != 0 {
		return Envelope{}, fmt.Errorf("%w: reserved flag bits set (0x%02x)", ErrBadEnvelope, h)
	}
	env := Envelope{Encrypted: h&FlagEncrypted != 0}
	rest := input[1:]
	if h&FlagOutputKey != 0 {
		if len(rest) < CompressedKeyLen {
			return Envelope{}, fmt.Errorf("%w: truncated output key", ErrBadEnvelope)
		}
		pub, err := crypto.DecompressPubkey(rest[:CompressedKeyLen])
		if err != nil {
			return Envelope{}, fmt.Errorf("%w: output key: %w", ErrBadEnvelope, ErrBadPublicKey)
		}
		env.OutputKey = pub
		rest = rest[CompressedKeyLen:]
	}
	env.header = input[:len(input)-len(rest)]
	env.Payload = rest
	return env, nil
}

// InputMAC returns the ECIES shared MAC data (s2) of an encrypted input.
func InputMAC(requester common.Address, programID [32]byte, header []byte) []byte {
	s2 := make([]byte, 0, len(inputTag)+20+32+len(header))
	s2 = append(s2, inputTag...)
	s2 = append(s2, requester[:]...)
	s2 = append(s2, programID[:]...)
	return append(s2, header...)
}

// SealInput builds an input envelope. With enclaveKey set the payload is encrypted to it and bound
// to requester and programID; with enclaveKey nil it is sent in clear. outputKey, when not nil, asks
// the enclave to encrypt a successful output to it.
func SealInput(enclaveKey *ecdsa.PublicKey, requester common.Address, programID [32]byte, payload []byte, outputKey *ecdsa.PublicKey) ([]byte, error) {
	env := Envelope{Encrypted: enclaveKey != nil, OutputKey: outputKey, Payload: payload}
	if enclaveKey == nil {
		return env.Encode(), nil
	}
	if len(payload) == 0 {
		return nil, fmt.Errorf("%w: an encrypted payload must not be empty", ErrBadEnvelope)
	}
	header := env.Header()
	ct, err := eciesEncrypt(enclaveKey, payload, InputMAC(requester, programID, header))
	if err != nil {
		return nil, err
	}
	env.Payload = ct
	return env.Encode(), nil
}

// OpenInputV1 decodes an input envelope and returns the program's stdin and the output key (nil
// when the output goes out in clear). enclaveKey may be nil when only plaintext inputs are
// expected. Errors wrap ErrBadEnvelope or ErrDecrypt: both are the requester's fault.
func OpenInputV1(enclaveKey *ecies.PrivateKey, requester common.Address, programID [32]byte, input []byte) ([]byte, *ecdsa.PublicKey, error) {
	env, err := DecodeEnvelope(input)
	if err != nil {
		return nil, nil, err
	}
	if !env.Encrypted {
		return env.Payload, env.OutputKey, nil
	}
	if enclaveKey == nil {
		return nil, nil, fmt.Errorf("%w: no decryption key", ErrDecrypt)
	}
	pt, err := enclaveKey.Decrypt(env.Payload, nil, InputMAC(requester, programID, env.Header()))
	if err != nil {
		return nil, nil, fmt.Errorf("%w: input: %v", ErrDecrypt, err)
	}
	return pt, env.OutputKey, nil
}

// ProgramID returns keccak256 of a plaintext module: the version 1 programId. In version 2 this
// hash is the codeHash of a program version (CodeHash), and programIds are ProgramIDOf(author, name).
func ProgramID(module []byte) [32]byte { return crypto.Keccak256Hash(module) }

func programMAC(programID [32]byte) []byte {
	return append([]byte(programTag), programID[:]...)
}

// EncryptProgram encrypts a plaintext WASM module to the enclave encryption key and returns the
// blob to store on IPFS and the programId to register.
func EncryptProgram(enclaveKey *ecdsa.PublicKey, module []byte) (blob []byte, programID [32]byte, err error) {
	programID = ProgramID(module)
	ct, err := eciesEncrypt(enclaveKey, module, programMAC(programID))
	if err != nil {
		return nil, programID, err
	}
	return append([]byte{ProgramBlobVersion}, ct...), programID, nil
}

// DecryptProgram decrypts an encrypted module and checks that it hashes to programID. Errors wrap
// ErrBadProgramBlob, ErrDecrypt or ErrProgramHash.
func DecryptProgram(enclaveKey *ecies.PrivateKey, programID [32]byte, blob []byte) ([]byte, error) {
	if len(blob) < 1+ECIESOverhead || blob[0] != ProgramBlobVersion {
		return nil, ErrBadProgramBlob
	}
	module, err := enclaveKey.Decrypt(blob[1:], nil, programMAC(programID))
	if err != nil {
		return nil, fmt.Errorf("%w: program: %v", ErrDecrypt, err)
	}
	if got := ProgramID(module); got != programID {
		return nil, fmt.Errorf("%w: got %x, want %x", ErrProgramHash, got, programID)
	}
	return module, nil
}

// ErrProgramHash: a decrypted module does not hash to its programId.
var ErrProgramHash = errors.New("protocol: module does not hash to programId")

func outputMAC(jobID [32]byte) []byte {
	return append([]byte(outputTag), jobID[:]...)
}

// EncryptOutputV1 encrypts a job output to the requester's output key, bound to the job. An empty
// output stays empty (there is nothing to hide but its length, which shows anyway).
func EncryptOutputV1(outputKey *ecdsa.PublicKey, jobID [32]byte, output []byte) ([]byte, error) {
	if len(output) == 0 {
		return []byte{}, nil
	}
	return eciesEncrypt(outputKey, output, outputMAC(jobID))
}

// DecryptOutputV1 decrypts an output encrypted by EncryptOutputV1.
func DecryptOutputV1(key *ecdsa.PrivateKey, jobID [32]byte, ct []byte) ([]byte, error) {
	if len(ct) == 0 {
		return []byte{}, nil
	}
	pt, err := ecies.ImportECDSA(key).Decrypt(ct, nil, outputMAC(jobID))
	if err != nil {
		return nil, fmt.Errorf("%w: output: %v", ErrDecrypt, err)
	}
	return pt, nil
}

func eciesEncrypt(pub *ecdsa.PublicKey, msg, s2 []byte) ([]byte, error) {
	if pub == nil || pub.Curve != crypto.S256() {
		return nil, ErrBadPublicKey
	}
	ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), msg, nil, s2)
	if err != nil {
		return nil, fmt.Errorf("protocol: ecies encrypt: %w", err)
	}
	return ct, nil
}
