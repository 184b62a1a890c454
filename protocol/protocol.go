package protocol

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// EIP-712 domain of every JobRouter. The contract's constants must match (contracts/src/JobRouter.sol).
const (
	DomainName    = "TeeOracle"
	DomainVersion = "1"
)

var (
	domainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	// ResultTypeHash is the EIP-712 type hash of a signed job result.
	ResultTypeHash = crypto.Keccak256Hash([]byte("JobResult(bytes32 jobId,bytes32 commitment,uint8 status,bytes output)"))
	nameHash       = crypto.Keccak256Hash([]byte(DomainName))
	versionHash    = crypto.Keccak256Hash([]byte(DomainVersion))

	// secp256k1N and secp256k1HalfN bound s: the contracts reject s > n/2 (malleable signatures).
	secp256k1N     = crypto.S256().Params().N
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
)

// Errors returned by signature recovery.
var (
	ErrMalleableSignature = errors.New("protocol: signature s value is in the upper half of the curve order")
	ErrInvalidSignature   = errors.New("protocol: invalid signature")
)

// Request holds every field of a job request that the router commits to. The enclave recomputes the
// commitment from the fields it actually used, so a relayer that changes any of them (another input,
// another program or version, another requester or user) produces a signature the router rejects.
type Request struct {
	Requester        common.Address
	User             common.Address // end user named by the dapp (zero if none); bound into encrypted inputs
	ProgramID        [32]byte       // keccak256(abi.encode(author, keccak256(name))), see ProgramIDOf
	Version          uint32         // resolved program version (never 0 in a stored request)
	Epoch            uint32         // router's current fleet epoch at request time (randomness derives from it)
	InputHash        [32]byte       // keccak256 of the input bytes exactly as passed to requestJob
	CallbackGasLimit uint32
	Fee              *big.Int // total escrowed, wei, fits in uint96
	AuthorFee        *big.Int // part of Fee owed to the program's author, wei, fits in uint96
	Deadline         uint64   // unix seconds, fits in uint40; fulfil allowed while block.timestamp <= Deadline
}

// Commitment is keccak256(abi.encode(requester, user, programId, version, epoch, inputHash,
// callbackGasLimit, fee, authorFee, deadline)), the only thing JobRouter stores per open job.
func (r Request) Commitment() [32]byte {
	var buf [10 * 32]byte
	copy(buf[12:32], r.Requester[:])
	copy(buf[44:64], r.User[:])
	copy(buf[64:96], r.ProgramID[:])
	binary.BigEndian.PutUint32(buf[124:128], r.Version)
	binary.BigEndian.PutUint32(buf[156:160], r.Epoch)
	copy(buf[160:192], r.InputHash[:])
	binary.BigEndian.PutUint32(buf[220:224], r.CallbackGasLimit)
	putUint(buf[224:256], feeOrZero(r.Fee))
	putUint(buf[256:288], feeOrZero(r.AuthorFee))
	binary.BigEndian.PutUint64(buf[312:320], r.Deadline)
	return crypto.Keccak256Hash(buf[:])
}

// ProgramIDOf is keccak256(abi.encode(author, keccak256(name))): a program's id is bound to its
// author, so nobody else can create or squat it (JobRouter.programIdOf).
func ProgramIDOf(author common.Address, name string) [32]byte {
	return ProgramIDOfNameHash(author, crypto.Keccak256Hash([]byte(name)))
}

// ProgramIDOfNameHash is ProgramIDOf for a name known by its hash (as program manifests carry it).
func ProgramIDOfNameHash(author common.Address, nameHash [32]byte) [32]byte {
	var buf [2 * 32]byte
	copy(buf[12:32], author[:])
	copy(buf[32:64], nameHash[:])
	return crypto.Keccak256Hash(buf[:])
}

// JobID is keccak256(abi.encode(chainId, router, nonce)): unique across chains and routers because
// both are hashed in, and unique within a router because the nonce only grows.
func JobID(chainID *big.Int, router common.Address, nonce uint64) [32]byte {
	var buf [3 * 32]byte
	putUint(buf[0:32], chainID)
	copy(buf[44:64], router[:])
	putUint(buf[64:96], new(big.Int).SetUint64(nonce))
	return crypto.Keccak256Hash(buf[:])
}

// Domain is the EIP-712 domain of one router on one chain.
type Domain struct {
	ChainID *big.Int
	Router  common.Address
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() [32]byte {
	var buf [5 * 32]byte
	copy(buf[0:32], domainTypeHash[:])
	copy(buf[32:64], nameHash[:])
	copy(buf[64:96], versionHash[:])
	putUint(buf[96:128], d.ChainID)
	copy(buf[140:160], d.Router[:])
	return crypto.Keccak256Hash(buf[:])
}

// Result is what an enclave signs for a job.
type Result struct {
	JobID      [32]byte
	Commitment [32]byte
	Status     Status
	Output     []byte
}

// StructHash is the EIP-712 hashStruct of the result.
func (res Result) StructHash() [32]byte {
	var buf [5 * 32]byte
	copy(buf[0:32], ResultTypeHash[:])
	copy(buf[32:64], res.JobID[:])
	copy(buf[64:96], res.Commitment[:])
	buf[127] = byte(res.Status)
	out := crypto.Keccak256Hash(res.Output)
	copy(buf[128:160], out[:])
	return crypto.Keccak256Hash(buf[:])
}

// ResultDigest is the EIP-712 digest keccak256("\x19\x01" || domainSeparator || hashStruct(result)).
func (d Domain) ResultDigest(res Result) [32]byte {
	sep := d.Separator()
	sh := res.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// Signature is an EIP-2098 compact signature: R and VS = s | yParity<<255.
type Signature struct {
	R  [32]byte
	VS [32]byte
}

// SignatureFromRSV converts a 65-byte [R || S || V] signature (V = 0/1 or 27/28) to compact form,
// rejecting high-s values, which the router refuses.
func SignatureFromRSV(sig []byte) (Signature, error) {
	if len(sig) != 65 {
		return Signature{}, fmt.Errorf("%w: length %d", ErrInvalidSignature, len(sig))
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	if v > 1 {
		return Signature{}, fmt.Errorf("%w: v=%d", ErrInvalidSignature, sig[64])
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return Signature{}, ErrMalleableSignature
	}
	var out Signature
	copy(out.R[:], sig[:32])
	copy(out.VS[:], sig[32:64])
	out.VS[0] |= v << 7
	return out, nil
}

// RSV returns the 65-byte [R || S || V] form with V = 0/1.
func (s Signature) RSV() []byte {
	out := make([]byte, 65)
	copy(out[:32], s.R[:])
	copy(out[32:64], s.VS[:])
	out[32] &= 0x7f
	out[64] = s.VS[0] >> 7
	return out
}

// SignDigest signs a 32-byte digest and returns the compact signature.
func SignDigest(digest [32]byte, key *ecdsa.PrivateKey) (Signature, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return Signature{}, fmt.Errorf("protocol: sign: %w", err)
	}
	return SignatureFromRSV(sig)
}

// SignResult signs the EIP-712 digest of res in domain d.
func SignResult(d Domain, res Result, key *ecdsa.PrivateKey) (Signature, error) {
	return SignDigest(d.ResultDigest(res), key)
}

// RecoverResultSigner returns the address that signed res in domain d, applying the same rules as
// the router (low s only).
func RecoverResultSigner(d Domain, res Result, sig Signature) (common.Address, error) {
	return RecoverDigestSigner(d.ResultDigest(res), sig)
}

// RecoverDigestSigner recovers the signer of a digest from a compact signature (low s only).
func RecoverDigestSigner(digest [32]byte, sig Signature) (common.Address, error) {
	rsv := sig.RSV()
	if new(big.Int).SetBytes(rsv[32:64]).Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, ErrMalleableSignature
	}
	pub, err := crypto.SigToPub(digest[:], rsv)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrInvalidSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// MalleateRSV returns the other valid [R || S || V] signature of the same digest (s' = n - s, parity
// flipped). SignatureFromRSV and the router refuse it; tests use it to prove that.
func MalleateRSV(rsv []byte) []byte {
	out := append([]byte(nil), rsv...)
	sv := new(big.Int).SetBytes(rsv[32:64])
	sv.Sub(secp256k1N, sv)
	sv.FillBytes(out[32:64])
	out[64] ^= 1
	return out
}

func putUint(dst []byte, v *big.Int) {
	if v == nil {
		return
	}
	v.FillBytes(dst)
}

func feeOrZero(f *big.Int) *big.Int {
	if f == nil {
		return new(big.Int)
	}
	return f
}
