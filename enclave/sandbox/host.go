package sandbox

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/teeoracle/teeoracle/enclave/egress"
	"github.com/teeoracle/teeoracle/protocol/wasmmod"
)

// Host is what the worker hands one job's program through the `teeoracle` import module. Every
// field may be left zero: the corresponding calls then answer ErrnoUnavailable (or
// ErrnoNotFound for a secret). A program that imports nothing from `teeoracle` never sees any
// of it.
type Host struct {
	// Job is what job_info returns.
	Job Job
	// Secrets are the secrets this job's program may read by name (secret_get): author secrets
	// bound to the program (and to this requester, or to none) and the user's secrets from the
	// input. The sandbox never logs them.
	Secrets map[string][]byte
	// Signer signs with the program's keys (sign, key_address).
	Signer Signer
	// Egress makes the program's HTTPS requests (http_request) under the module's declaration.
	Egress *egress.Client
}

// Job is the job a program runs for (job_info).
type Job struct {
	ChainID   *big.Int
	Router    common.Address
	JobID     common.Hash
	Attempt   uint32 // from the relayer, informational: 1 on the first try
	Requester common.Address
	User      common.Address
	ProgramID common.Hash
	Version   uint32
	CodeHash  common.Hash
}

// JobInfoSize is the length of job_info's record.
const JobInfoSize = 32 + 20 + 32 + 4 + 20 + 20 + 32 + 4 + 32

// Encode returns job_info's record: chainId (32, big endian) || router (20) || jobId (32) ||
// attempt (u32 LE) || requester (20) || user (20) || programId (32) || version (u32 LE) ||
// codeHash (32).
func (j Job) Encode() []byte {
	b := make([]byte, 0, JobInfoSize)
	var chain [32]byte
	if j.ChainID != nil {
		j.ChainID.FillBytes(chain[:])
	}
	b = append(b, chain[:]...)
	b = append(b, j.Router[:]...)
	b = append(b, j.JobID[:]...)
	b = binary.LittleEndian.AppendUint32(b, j.Attempt)
	b = append(b, j.Requester[:]...)
	b = append(b, j.User[:]...)
	b = append(b, j.ProgramID[:]...)
	b = binary.LittleEndian.AppendUint32(b, j.Version)
	return append(b, j.CodeHash[:]...)
}

// KeyKind names a program's signing key.
type KeyKind uint32

const (
	// KeyProgram follows the program across versions and fleet rotations.
	KeyProgram KeyKind = 0
	// KeyCode is bound to the program's codeHash: a new version has a new one.
	KeyCode KeyKind = 1
)

// Signer signs digests with a job's program keys. It is called from the job's goroutine; an
// implementation shared by jobs must be safe for concurrent use.
type Signer interface {
	// KeyAddress returns the Ethereum address of the key.
	KeyAddress(kind KeyKind) (common.Address, error)
	// Sign signs a 32-byte digest: r || s || v, v = 27 or 28, s in the lower half of the order.
	Sign(kind KeyKind, digest [32]byte) ([65]byte, error)
}

// KeySigner is a Signer over two in-memory secp256k1 keys (the fleet derives them per job).
type KeySigner struct{ Program, Code *ecdsa.PrivateKey }

func (k KeySigner) key(kind KeyKind) (*ecdsa.PrivateKey, error) {
	switch {
	case kind == KeyProgram && k.Program != nil:
		return k.Program, nil
	case kind == KeyCode && k.Code != nil:
		return k.Code, nil
	}
	return nil, fmt.Errorf("sandbox: no key of kind %d", kind)
}

// KeyAddress implements Signer.
func (k KeySigner) KeyAddress(kind KeyKind) (common.Address, error) {
	key, err := k.key(kind)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(key.PublicKey), nil
}

// Sign implements Signer (go-ethereum's signatures are already low-s).
func (k KeySigner) Sign(kind KeyKind, digest [32]byte) ([65]byte, error) {
	var sig [65]byte
	key, err := k.key(kind)
	if err != nil {
		return sig, err
	}
	s, err := crypto.Sign(digest[:], key)
	if err != nil {
		return sig, err
	}
	copy(sig[:], s)
	sig[64] += 27
	return sig, nil
}

// Errno is what every `teeoracle` function returns (i32).
type Errno uint32

const (
	ErrnoOK          Errno = 0 // done
	ErrnoNotFound    Errno = 1 // no such secret; no pending response
	ErrnoTooSmall    Errno = 2 // the output buffer is too small: the length needed was written
	ErrnoInvalid     Errno = 3 // bad argument: key kind, malformed request, memory out of range
	ErrnoNotAllowed  Errno = 4 // egress refused: host not declared, not https, nothing declared
	ErrnoNetwork     Errno = 5 // DNS, TCP or TLS failure, or the server broke the connection
	ErrnoUnavailable Errno = 6 // the worker provides no such service to this job
)

// hostFunctions lists the `teeoracle` functions with their parameter counts (all i32, one i32
// result).
var hostFunctions = map[string]int{
	"job_info":           3,
	"secret_get":         5,
	"key_address":        2,
	"sign":               3,
	"http_request":       3,
	"http_response_read": 2,
}

// jobState is one run's host state, carried in the run's context.
type jobState struct {
	host    *Host
	session *egress.Session
	timer   *deadline
	pending []byte // the encoded response or error text of the last http_request
	hasResp bool
	// budget is set when the job went over an egress budget (the run ends as
	// StatusEgressBudget); budgetReason says which.
	budget       bool
	budgetReason string
}

type jobStateKey struct{}

// errEgressBudget stops a program from inside a host call.
var errEgressBudget = errors.New("egress budget exceeded")

func instantiateHost(ctx context.Context, rt wazero.Runtime) error {
	b := rt.NewHostModuleBuilder(wasmmod.ModuleHost)
	fns := map[string]api.GoModuleFunc{
		"job_info":           hostJobInfo,
		"secret_get":         hostSecretGet,
		"key_address":        hostKeyAddress,
		"sign":               hostSign,
		"http_request":       hostHTTPRequest,
		"http_response_read": hostHTTPResponseRead,
	}
	for name, fn := range fns {
		params := make([]api.ValueType, hostFunctions[name])
		for i := range params {
			params[i] = api.ValueTypeI32
		}
		b = b.NewFunctionBuilder().WithGoModuleFunction(fn, params, []api.ValueType{api.ValueTypeI32}).Export(name)
	}
	_, err := b.Instantiate(ctx)
	return err
}

func state(ctx context.Context) *jobState {
	st, _ := ctx.Value(jobStateKey{}).(*jobState)
	return st
}

// writeOut copies v to (ptr, cap) and its length to lenPtr, the ABI's output convention.
func writeOut(mem api.Memory, v []byte, ptr, capacity, lenPtr uint32) Errno {
	if !mem.WriteUint32Le(lenPtr, uint32(len(v))) {
		return ErrnoInvalid
	}
	if uint32(len(v)) > capacity {
		return ErrnoTooSmall
	}
	if !mem.Write(ptr, v) {
		return ErrnoInvalid
	}
	return ErrnoOK
}

func ret(stack []uint64, e Errno) { stack[0] = uint64(e) }

func u32(stack []uint64, i int) uint32 { return uint32(stack[i]) }

// job_info(out_ptr, out_cap, out_len_ptr) -> errno
func hostJobInfo(ctx context.Context, mod api.Module, stack []uint64) {
	st := state(ctx)
	if st == nil {
		ret(stack, ErrnoUnavailable)
		return
	}
	ret(stack, writeOut(mod.Memory(), st.host.Job.Encode(), u32(stack, 0), u32(stack, 1), u32(stack, 2)))
}

// secret_get(name_ptr, name_len, out_ptr, out_cap, out_len_ptr) -> errno
func hostSecretGet(ctx context.Context, mod api.Module, stack []uint64) {
	st := state(ctx)
	if st == nil {
		ret(stack, ErrnoUnavailable)
		return
	}
	name, ok := mod.Memory().Read(u32(stack, 0), u32(stack, 1))
	if !ok {
		ret(stack, ErrnoInvalid)
		return
	}
	v, found := st.host.Secrets[string(name)]
	if !found {
		ret(stack, ErrnoNotFound)
		return
	}
	ret(stack, writeOut(mod.Memory(), v, u32(stack, 2), u32(stack, 3), u32(stack, 4)))
}

// key_address(kind, out_ptr) -> errno; writes 20 bytes.
func hostKeyAddress(ctx context.Context, mod api.Module, stack []uint64) {
	st := state(ctx)
	kind := KeyKind(u32(stack, 0))
	switch {
	case kind > KeyCode:
		ret(stack, ErrnoInvalid)
		return
	case st == nil || st.host.Signer == nil:
		ret(stack, ErrnoUnavailable)
		return
	}
	addr, err := st.host.Signer.KeyAddress(kind)
	if err != nil {
		ret(stack, ErrnoUnavailable)
		return
	}
	if !mod.Memory().Write(u32(stack, 1), addr[:]) {
		ret(stack, ErrnoInvalid)
		return
	}
	ret(stack, ErrnoOK)
}

// sign(kind, digest_ptr, sig_ptr) -> errno; reads 32 bytes, writes 65.
func hostSign(ctx context.Context, mod api.Module, stack []uint64) {
	st := state(ctx)
	kind := KeyKind(u32(stack, 0))
	switch {
	case kind > KeyCode:
		ret(stack, ErrnoInvalid)
		return
	case st == nil || st.host.Signer == nil:
		ret(stack, ErrnoUnavailable)
		return
	}
	d, ok := mod.Memory().Read(u32(stack, 1), 32)
	if !ok {
		ret(stack, ErrnoInvalid)
		return
	}
	sig, err := st.host.Signer.Sign(kind, [32]byte(d))
	if err != nil {
		ret(stack, ErrnoUnavailable)
		return
	}
	if !mod.Memory().Write(u32(stack, 2), sig[:]) {
		ret(stack, ErrnoInvalid)
		return
	}
	ret(stack, ErrnoOK)
}

// http_request(req_ptr, req_len, resp_len_ptr) -> errno. On ErrnoOK a response is pending, on
// ErrnoNotAllowed and ErrnoNetwork an error text is; either way its length is written at
// resp_len_ptr and http_response_read copies it. Over budget the program is stopped.
func hostHTTPRequest(ctx context.Context, mod api.Module, stack []uint64) {
	st := state(ctx)
	if st == nil {
		ret(stack, ErrnoUnavailable)
		return
	}
	st.pending, st.hasResp = nil, false
	raw, ok := mod.Memory().Read(u32(stack, 0), u32(stack, 1))
	if !ok {
		ret(stack, ErrnoInvalid)
		return
	}
	req, err := DecodeRequest(raw)
	if err != nil {
		ret(stack, ErrnoInvalid)
		return
	}
	lenPtr := u32(stack, 2)
	if st.session == nil {
		st.pending, st.hasResp = []byte("egress: this worker provides no egress"), true
		ret(stack, pendingErr(mod, lenPtr, ErrnoUnavailable, st))
		return
	}
	st.timer.pause() // time waiting on the network counts against the egress budget instead
	resp, err := st.session.Do(ctx, req)
	st.timer.resume()
	switch {
	case err == nil:
		st.pending, st.hasResp = EncodeResponse(resp), true
		ret(stack, pendingErr(mod, lenPtr, ErrnoOK, st))
	case errors.Is(err, egress.ErrBudget):
		st.budget, st.budgetReason = true, err.Error()
		panic(errEgressBudget)
	case ctx.Err() != nil:
		panic(ctx.Err()) // the run is over (caller gone, sandbox closing)
	case errors.Is(err, egress.ErrNotAllowed):
		st.pending, st.hasResp = []byte(err.Error()), true
		ret(stack, pendingErr(mod, lenPtr, ErrnoNotAllowed, st))
	default:
		st.pending, st.hasResp = []byte(err.Error()), true
		ret(stack, pendingErr(mod, lenPtr, ErrnoNetwork, st))
	}
}

func pendingErr(mod api.Module, lenPtr uint32, e Errno, st *jobState) Errno {
	if !mod.Memory().WriteUint32Le(lenPtr, uint32(len(st.pending))) {
		return ErrnoInvalid
	}
	return e
}

// http_response_read(out_ptr, out_cap) -> errno: copies the pending response or error text and
// clears it.
func hostHTTPResponseRead(ctx context.Context, mod api.Module, stack []uint64) {
	st := state(ctx)
	if st == nil || !st.hasResp {
		ret(stack, ErrnoNotFound)
		return
	}
	if uint32(len(st.pending)) > u32(stack, 1) {
		ret(stack, ErrnoTooSmall)
		return
	}
	if !mod.Memory().Write(u32(stack, 0), st.pending) {
		ret(stack, ErrnoInvalid)
		return
	}
	st.pending, st.hasResp = nil, false
	ret(stack, ErrnoOK)
}
