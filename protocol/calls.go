package protocol

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings"
)

// maxUint96 and maxUint40 bound the fee and deadline fields, as the contract's types do.
var (
	maxUint96 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	maxUint40 = uint64(1)<<40 - 1
)

// RequestFromEvent rebuilds the committed request fields from a JobRequested event.
func RequestFromEvent(ev *bindings.JobRouterJobRequested) Request {
	return Request{
		Requester:        ev.Requester,
		ProgramID:        ev.ProgramId,
		InputHash:        crypto.Keccak256Hash(ev.Input),
		CallbackGasLimit: ev.CallbackGasLimit,
		Fee:              new(big.Int).Set(ev.Fee),
		Deadline:         ev.Deadline.Uint64(),
	}
}

// Binding converts the request to the contract's struct, checking the field ranges.
func (r Request) Binding() (bindings.IJobRouterRequest, error) {
	fee := feeOrZero(r.Fee)
	if fee.Sign() < 0 || fee.Cmp(maxUint96) > 0 {
		return bindings.IJobRouterRequest{}, fmt.Errorf("protocol: fee %s out of uint96 range", fee)
	}
	if r.Deadline > maxUint40 {
		return bindings.IJobRouterRequest{}, fmt.Errorf("protocol: deadline %d out of uint40 range", r.Deadline)
	}
	return bindings.IJobRouterRequest{
		Requester:        r.Requester,
		ProgramId:        r.ProgramID,
		InputHash:        r.InputHash,
		CallbackGasLimit: r.CallbackGasLimit,
		Fee:              new(big.Int).Set(fee),
		Deadline:         new(big.Int).SetUint64(r.Deadline),
	}, nil
}

// Fulfillment is a signed result ready to submit.
type Fulfillment struct {
	Request   Request
	Result    Result
	Signature Signature
}

// Binding converts the fulfilment to the contract's struct.
func (f Fulfillment) Binding() (bindings.JobRouterFulfillment, error) {
	req, err := f.Request.Binding()
	if err != nil {
		return bindings.JobRouterFulfillment{}, err
	}
	return bindings.JobRouterFulfillment{
		JobId:   f.Result.JobID,
		Request: req,
		Status:  uint8(f.Result.Status),
		Output:  f.Result.Output,
		R:       f.Signature.R,
		Vs:      f.Signature.VS,
	}, nil
}

// PackFulfill returns the calldata of JobRouter.fulfill(f).
func PackFulfill(f Fulfillment) ([]byte, error) {
	b, err := f.Binding()
	if err != nil {
		return nil, err
	}
	return bindings.NewJobRouter().TryPackFulfill(b)
}

// PackFulfillBatch returns the calldata of JobRouter.fulfillBatch(fs).
func PackFulfillBatch(fs []Fulfillment) ([]byte, error) {
	out := make([]bindings.JobRouterFulfillment, len(fs))
	for i, f := range fs {
		b, err := f.Binding()
		if err != nil {
			return nil, fmt.Errorf("fulfilment %d: %w", i, err)
		}
		out[i] = b
	}
	return bindings.NewJobRouter().TryPackFulfillBatch(out)
}

// PackCancel returns the calldata of JobRouter.cancel(jobId, request).
func PackCancel(jobID [32]byte, r Request) ([]byte, error) {
	b, err := r.Binding()
	if err != nil {
		return nil, err
	}
	return bindings.NewJobRouter().TryPackCancel(jobID, b)
}

// RegistrationCommitment is ProgramRegistry.registrationCommitment: keccak256(abi.encode(programId,
// author, salt)), what an author commits to (commitProgram) a block before registering.
func RegistrationCommitment(programID [32]byte, author common.Address, salt [32]byte) [32]byte {
	var buf [3 * 32]byte
	copy(buf[0:32], programID[:])
	copy(buf[44:64], author[:])
	copy(buf[64:96], salt[:])
	return crypto.Keccak256Hash(buf[:])
}
