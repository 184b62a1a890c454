// Package teeo is the guest library of teeoracle programs written in Go (GOOS=wasip1
// GOARCH=wasm): it calls the enclave's `teeoracle` host functions.
//
//	job, _ := teeo.Job()                      // chain, router, job id, attempt, requester, ...
//	key, err := teeo.Secret("exchange_key")   // an author or user secret, by name
//	sig, _ := teeo.Sign(teeo.KeyProgram, d)   // 65 bytes r||s||v (v = 27/28) over a digest
//	addr, _ := teeo.KeyAddress(teeo.KeyCode)  // the address of a program key
//	client := &http.Client{Transport: teeo.Transport{}}
//	resp, err := client.Get("https://api.example.com/price") // TLS ends in the enclave
//
// HTTPS reaches only the hosts the module declares in its custom section `teeoracle.egress`
// (add it with `go run ./guest/go/cmd/teeo-egress`); a request to any other host fails with
// ErrNotAllowed. A network or TLS failure is an error the program can handle; a non-2xx answer
// is an ordinary response. Going over a budget stops the program: the job ends with the signed
// status egress_budget.
//
// Retries: a job can run more than once (a worker can die after the program's request reached
// the server). Job().Attempt counts the tries; use Job().JobID as the idempotency key of side
// effects (an exchange's client order id, for example).
//
// Outside a wasip1 build every call returns ErrUnavailable.
package teeo

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"unsafe"
)

// Errno is an error code of the host interface.
type Errno uint32

// The host interface's error codes.
const (
	ErrNotFound    Errno = 1 // no such secret
	ErrTooSmall    Errno = 2 // buffer too small (handled inside this library)
	ErrInvalid     Errno = 3 // bad argument
	ErrNotAllowed  Errno = 4 // egress refused: undeclared host, not https, nothing declared
	ErrNetwork     Errno = 5 // DNS, TCP or TLS failure
	ErrUnavailable Errno = 6 // the worker provides no such service (or not in an enclave)
)

func (e Errno) Error() string {
	switch e {
	case ErrNotFound:
		return "teeo: not found"
	case ErrTooSmall:
		return "teeo: buffer too small"
	case ErrInvalid:
		return "teeo: invalid argument"
	case ErrNotAllowed:
		return "teeo: not allowed"
	case ErrNetwork:
		return "teeo: network error"
	case ErrUnavailable:
		return "teeo: unavailable"
	}
	return fmt.Sprintf("teeo: errno %d", uint32(e))
}

func errno(code uint32) error {
	if code == 0 {
		return nil
	}
	return Errno(code)
}

// KeyKind names a program signing key.
type KeyKind uint32

const (
	// KeyProgram follows the program across its versions and fleet rotations.
	KeyProgram KeyKind = 0
	// KeyCode is bound to this exact module (its codeHash): a new version has another.
	KeyCode KeyKind = 1
)

// Address is a 20-byte Ethereum address.
type Address [20]byte

// Hex returns the address as 0x-prefixed lowercase hex.
func (a Address) Hex() string { return "0x" + hex.EncodeToString(a[:]) }

// String implements fmt.Stringer.
func (a Address) String() string { return a.Hex() }

// Hash is a 32-byte word.
type Hash [32]byte

// Hex returns the word as 0x-prefixed lowercase hex.
func (h Hash) Hex() string { return "0x" + hex.EncodeToString(h[:]) }

// String implements fmt.Stringer.
func (h Hash) String() string { return h.Hex() }

// JobInfo is the job the program runs for.
type JobInfo struct {
	ChainID   *big.Int
	Router    Address
	JobID     Hash
	Attempt   uint32 // 1 on the first try (informational, from the relayer)
	Requester Address
	User      Address
	ProgramID Hash
	Version   uint32
	CodeHash  Hash
}

const jobInfoSize = 32 + 20 + 32 + 4 + 20 + 20 + 32 + 4 + 32

// Job returns the job the program runs for.
func Job() (JobInfo, error) {
	b, err := readValue(func(out unsafe.Pointer, outCap uint32, outLen unsafe.Pointer) uint32 {
		return hostJobInfo(out, outCap, outLen)
	}, jobInfoSize)
	if err != nil {
		return JobInfo{}, err
	}
	if len(b) < jobInfoSize {
		return JobInfo{}, errors.New("teeo: short job_info record")
	}
	var j JobInfo
	j.ChainID = new(big.Int).SetBytes(b[:32])
	b = b[32:]
	b = b[copy(j.Router[:], b):]
	b = b[copy(j.JobID[:], b):]
	j.Attempt, b = binary.LittleEndian.Uint32(b), b[4:]
	b = b[copy(j.Requester[:], b):]
	b = b[copy(j.User[:], b):]
	b = b[copy(j.ProgramID[:], b):]
	j.Version, b = binary.LittleEndian.Uint32(b), b[4:]
	copy(j.CodeHash[:], b)
	return j, nil
}

// Secret returns the secret called name (ErrNotFound when the job has none by that name).
func Secret(name string) ([]byte, error) {
	n := []byte(name)
	return readValue(func(out unsafe.Pointer, outCap uint32, outLen unsafe.Pointer) uint32 {
		return hostSecretGet(ptr(n), uint32(len(n)), out, outCap, outLen)
	}, 256)
}

// KeyAddress returns the address of one of the program's keys.
func KeyAddress(kind KeyKind) (Address, error) {
	var a Address
	err := errno(hostKeyAddress(uint32(kind), unsafe.Pointer(&a[0])))
	return a, err
}

// Sign signs a 32-byte digest (e.g. an EIP-712 digest) with one of the program's keys:
// r || s || v, v = 27 or 28, low s, as Solidity's ecrecover wants.
func Sign(kind KeyKind, digest [32]byte) ([65]byte, error) {
	var sig [65]byte
	err := errno(hostSign(uint32(kind), unsafe.Pointer(&digest[0]), unsafe.Pointer(&sig[0])))
	return sig, err
}

// readValue calls a host function of the (out, cap, len) convention, growing the buffer once
// when the host says it is too small.
func readValue(call func(out unsafe.Pointer, outCap uint32, outLen unsafe.Pointer) uint32, guess int) ([]byte, error) {
	buf := make([]byte, guess)
	for {
		var n uint32
		code := call(ptr(buf), uint32(len(buf)), unsafe.Pointer(&n))
		switch Errno(code) {
		case 0:
			return buf[:n], nil
		case ErrTooSmall:
			if int(n) <= len(buf) {
				return nil, ErrTooSmall
			}
			buf = make([]byte, n)
		default:
			return nil, Errno(code)
		}
	}
}

// ptr points at a slice's bytes (at a dummy byte for an empty slice: the host reads nothing).
func ptr(b []byte) unsafe.Pointer {
	if len(b) == 0 {
		var dummy [1]byte
		return unsafe.Pointer(&dummy[0])
	}
	return unsafe.Pointer(&b[0])
}
