package protocol

import (
	"fmt"
	"math/big"

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
		User:             ev.User,
		ProgramID:        ev.ProgramId,
		Version:          ev.Version,
		Epoch:            ev.Epoch,
		InputHash:        crypto.Keccak256Hash(ev.Input),
		CallbackGasLimit: ev.CallbackGasLimit,
		Fee:              new(big.Int).Set(ev.Fee),
		AuthorFee:        new(big.Int).Set(ev.AuthorFee),
		Deadline:         ev.Deadline.Uint64(),
	}
}

// Binding converts the request to the contract's struct, checking the field ranges.
func (r Request) Binding() (bindings.IJobRouterRequest, error) {
	fee, authorFee := feeOrZero(r.Fee), feeOrZero(r.AuthorFee)
	for _, f := range []struct {
		name string
		v    *big.Int
	}{{"fee", fee}, {"author fee", authorFee}} {
		if f.v.Sign() < 0 || f.v.Cmp(maxUint96) > 0 {
			return bindings.IJobRouterRequest{}, fmt.Errorf("protocol: %s %s out of uint96 range", f.name, f.v)
		}
	}
	if r.Deadline > maxUint40 {
		return bindings.IJobRouterRequest{}, fmt.Errorf("protocol: deadline %d out of uint40 range", r.Deadline)
	}
	return bindings.IJobRouterRequest{
		Requester:        r.Requester,
		User:             r.User,
		ProgramId:        r.ProgramID,
		Version:          r.Version,
		Epoch:            r.Epoch,
		InputHash:        r.InputHash,
		CallbackGasLimit: r.CallbackGasLimit,
		Fee:              new(big.Int).Set(fee),
		AuthorFee:        new(big.Int).Set(authorFee),
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
func (f Fulfillment) Binding() (bindings.IJobRouterFulfillment, error) {
	req, err := f.Request.Binding()
	if err != nil {
		return bindings.IJobRouterFulfillment{}, err
	}
	return bindings.IJobRouterFulfillment{
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
	out := make([]bindings.IJobRouterFulfillment, len(fs))
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
