package protocol_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/internal/chaintest"
	"github.com/teeoracle/teeoracle/protocol"
)

var programID = crypto.Keccak256Hash([]byte("program.wasm"))

type fixture struct {
	*chaintest.Chain
	enclaveKey *ecdsa.PrivateKey
	enclave    common.Address
	payee      common.Address
	consumer   common.Address
	domain     protocol.Domain
}

func newFixture(t testing.TB, quiet bool) *fixture {
	c := chaintest.New(t, 3, deploy.DefaultOptions())
	k, _ := crypto.GenerateKey()
	f := &fixture{Chain: c, enclaveKey: k, enclave: crypto.PubkeyToAddress(k.PublicKey), payee: common.HexToAddress("0x00000000000000000000000000000000000Fee01")}
	c.RegisterEnclave(t, f.enclave, f.payee, crypto.CompressPubkey(&k.PublicKey), true)
	addr, err := deploy.EchoConsumer(context.Background(), c.Client, c.Auth(c.Users[0]), c.Deployment.Router, quiet, c.Commit)
	if err != nil {
		t.Fatal(err)
	}
	f.consumer = addr
	f.domain = protocol.Domain{ChainID: c.ChainID, Router: c.Deployment.Router}
	return f
}

// requested returns the JobRequested events in a receipt.
func requested(t testing.TB, r *types.Receipt) []*bindings.JobRouterJobRequested {
	t.Helper()
	var out []*bindings.JobRouterJobRequested
	router := bindings.NewJobRouter()
	for _, l := range r.Logs {
		if ev, err := router.UnpackJobRequestedEvent(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

func (f *fixture) requestViaConsumer(t testing.TB, input []byte, gas uint32, ttl uint32, fee *big.Int) *bindings.JobRouterJobRequested {
	t.Helper()
	data := bindings.NewEchoConsumer().PackRequest(programID, input, gas, ttl)
	r := f.Send(t, f.Users[0], f.consumer, fee, data, 500_000)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("request reverted")
	}
	evs := requested(t, r)
	if len(evs) != 1 {
		t.Fatalf("want 1 JobRequested, got %d", len(evs))
	}
	return evs[0]
}

func (f *fixture) sign(t testing.TB, ev *bindings.JobRouterJobRequested, status protocol.Status, out []byte) protocol.Fulfillment {
	t.Helper()
	req := protocol.RequestFromEvent(ev)
	res := protocol.Result{JobID: ev.JobId, Commitment: req.Commitment(), Status: status, Output: out}
	sig, err := protocol.SignResult(f.domain, res, f.enclaveKey)
	if err != nil {
		t.Fatal(err)
	}
	return protocol.Fulfillment{Request: req, Result: res, Signature: sig}
}

func TestRequestFulfilCallback(t *testing.T) {
	f := newFixture(t, false)
	ctx := context.Background()
	input := []byte("hello enclave")
	ev := f.requestViaConsumer(t, input, 200_000, 600, big.NewInt(1e15))

	// Go computes the job id and commitment exactly as the router did.
	if got := protocol.JobID(f.ChainID, f.Deployment.Router, 0); got != ev.JobId {
		t.Fatalf("job id: go %x, chain %x", got, ev.JobId)
	}
	req := protocol.RequestFromEvent(ev)
	stored, err := bind.Call(f.RouterContract(), &bind.CallOpts{Context: ctx}, f.Router.PackCommitments(ev.JobId), f.Router.UnpackCommitments)
	if err != nil {
		t.Fatal(err)
	}
	if stored != req.Commitment() {
		t.Fatalf("commitment: go %x, chain %x", req.Commitment(), stored)
	}
	if req.Requester != f.consumer || req.Fee.Cmp(big.NewInt(1e15)) != 0 || req.CallbackGasLimit != 200_000 {
		t.Fatalf("request fields: %+v", req)
	}

	output := []byte("the answer is 42")
	ful := f.sign(t, ev, protocol.StatusOK, output)
	// The router's own digest agrees with Go's.
	digest, err := bind.Call(f.RouterContract(), nil, f.Router.PackResultDigest(ful.Result.JobID, ful.Result.Commitment, 0, output), f.Router.UnpackResultDigest)
	if err != nil {
		t.Fatal(err)
	}
	if digest != f.domain.ResultDigest(ful.Result) {
		t.Fatalf("digest: go %x, chain %x", f.domain.ResultDigest(ful.Result), digest)
	}

	data, err := protocol.PackFulfill(ful)
	if err != nil {
		t.Fatal(err)
	}
	r := f.Send(t, f.Users[1], f.Deployment.Router, nil, data, 1_000_000)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("fulfill reverted")
	}
	var fulfilled *bindings.JobRouterJobFulfilled
	var received *bindings.EchoConsumerResultReceived
	for _, l := range r.Logs {
		if e, err := f.Router.UnpackJobFulfilledEvent(l); err == nil {
			fulfilled = e
		}
		if e, err := bindings.NewEchoConsumer().UnpackResultReceivedEvent(l); err == nil {
			received = e
		}
	}
	if fulfilled == nil || fulfilled.JobId != ev.JobId || fulfilled.Enclave != f.enclave || !fulfilled.CallbackOk || fulfilled.Status != 0 {
		t.Fatalf("JobFulfilled: %+v", fulfilled)
	}
	if received == nil || !bytes.Equal(received.Output, output) || received.JobId != ev.JobId {
		t.Fatalf("callback event: %+v", received)
	}
	// Exactly once: the same fulfilment again reverts.
	if r := f.Send(t, f.Users[1], f.Deployment.Router, nil, data, 1_000_000); r.Status != types.ReceiptStatusFailed {
		t.Fatal("second fulfil succeeded")
	}
	// The fee waits for the enclave's payee.
	hot, err := bind.Call(f.RouterContract(), nil, f.Router.PackEnclave(f.enclave), f.Router.UnpackEnclave)
	if err != nil {
		t.Fatal(err)
	}
	if hot.Hot.Fees.Cmp(big.NewInt(1e15)) != 0 {
		t.Fatalf("enclave fees %s", hot.Hot.Fees)
	}
	if r := f.Send(t, f.Users[2], f.Deployment.Router, nil, f.Router.PackWithdrawEnclaveFees(f.enclave), 200_000); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("withdraw fees reverted")
	}
	bal, err := f.Client.BalanceAt(ctx, f.payee, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(big.NewInt(1e15)) != 0 {
		t.Fatalf("payee balance %s", bal)
	}
}

func TestCancelRefund(t *testing.T) {
	f := newFixture(t, true)
	ctx := context.Background()
	user := f.Users[2]
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	fee := big.NewInt(3e15)
	r := f.Send(t, user, f.Deployment.Router, fee, f.Router.PackRequestJob(programID, []byte("in"), 0, 60), 300_000)
	evs := requested(t, r)
	if r.Status != types.ReceiptStatusSuccessful || len(evs) != 1 {
		t.Fatal("request failed")
	}
	req := protocol.RequestFromEvent(evs[0])
	cancel, err := protocol.PackCancel(evs[0].JobId, req)
	if err != nil {
		t.Fatal(err)
	}
	if r := f.Send(t, user, f.Deployment.Router, nil, cancel, 200_000); r.Status != types.ReceiptStatusFailed {
		t.Fatal("cancel before the deadline succeeded")
	}
	if err := f.Backend.AdjustTime(61e9); err != nil {
		t.Fatal(err)
	}
	f.Commit()
	if r := f.Send(t, user, f.Deployment.Router, nil, cancel, 200_000); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("cancel after the deadline reverted")
	}
	owed, err := bind.Call(f.RouterContract(), nil, f.Router.PackBalanceOf(userAddr), f.Router.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	if owed.Cmp(fee) != 0 {
		t.Fatalf("refund credited %s, want %s", owed, fee)
	}
	before, _ := f.Client.BalanceAt(ctx, userAddr, nil)
	r = f.Send(t, user, f.Deployment.Router, nil, f.Router.PackWithdraw(userAddr), 100_000)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("withdraw reverted")
	}
	after, _ := f.Client.BalanceAt(ctx, userAddr, nil)
	gasCost := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if want := new(big.Int).Sub(new(big.Int).Add(before, fee), gasCost); after.Cmp(want) != 0 {
		t.Fatalf("balance after withdraw %s, want %s", after, want)
	}
	// A cancelled job cannot be fulfilled.
	data, _ := protocol.PackFulfill(f.sign(t, evs[0], protocol.StatusOK, []byte("late")))
	if r := f.Send(t, f.Users[1], f.Deployment.Router, nil, data, 500_000); r.Status != types.ReceiptStatusFailed {
		t.Fatal("fulfil after cancel succeeded")
	}
}

func TestFulfilBatchAndAttacks(t *testing.T) {
	f := newFixture(t, true)
	var fs []protocol.Fulfillment
	for i := 0; i < 5; i++ {
		ev := f.requestViaConsumer(t, []byte{byte(i)}, 50_000, 600, big.NewInt(1e12))
		fs = append(fs, f.sign(t, ev, protocol.StatusOK, []byte{0xAA, byte(i)}))
	}
	// A relayer changing an input, a status or the output gets nothing through.
	tampered := []protocol.Fulfillment{fs[0], fs[1], fs[2]}
	tampered[0].Request.InputHash = crypto.Keccak256Hash([]byte("swapped input"))
	tampered[1].Result.Status = protocol.StatusProgramError
	tampered[2].Result.Output = []byte("forged")
	for i, tf := range tampered {
		data, err := protocol.PackFulfill(tf)
		if err != nil {
			t.Fatal(err)
		}
		if r := f.Send(t, f.Users[1], f.Deployment.Router, nil, data, 500_000); r.Status != types.ReceiptStatusFailed {
			t.Fatalf("tampered fulfilment %d accepted", i)
		}
	}
	// A result signed for another chain id is refused.
	other := protocol.Domain{ChainID: new(big.Int).Add(f.ChainID, big.NewInt(1)), Router: f.Deployment.Router}
	sig, _ := protocol.SignResult(other, fs[3].Result, f.enclaveKey)
	wrongChain := fs[3]
	wrongChain.Signature = sig
	data, _ := protocol.PackFulfill(wrongChain)
	if r := f.Send(t, f.Users[1], f.Deployment.Router, nil, data, 500_000); r.Status != types.ReceiptStatusFailed {
		t.Fatal("cross-chain replay accepted")
	}

	data, err := protocol.PackFulfillBatch(fs)
	if err != nil {
		t.Fatal(err)
	}
	r := f.Send(t, f.Users[1], f.Deployment.Router, nil, data, 3_000_000)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("batch reverted")
	}
	n := 0
	for _, l := range r.Logs {
		if e, err := f.Router.UnpackJobFulfilledEvent(l); err == nil && e.CallbackOk {
			n++
		}
	}
	if n != len(fs) {
		t.Fatalf("%d jobs fulfilled, want %d", n, len(fs))
	}
	// Resubmitting the batch settles nothing and skips every item.
	r = f.Send(t, f.Users[1], f.Deployment.Router, nil, data, 3_000_000)
	skipped := 0
	for _, l := range r.Logs {
		if e, err := f.Router.UnpackFulfillmentSkippedEvent(l); err == nil && e.Reason == 1 {
			skipped++
		}
	}
	if r.Status != types.ReceiptStatusSuccessful || skipped != len(fs) {
		t.Fatalf("resubmitted batch: status %d, %d skipped", r.Status, skipped)
	}
}

func TestRegistrationCommitmentMatchesRegistry(t *testing.T) {
	f := newFixture(t, true)
	pr := bindings.NewProgramRegistry()
	author := crypto.PubkeyToAddress(f.Users[0].PublicKey)
	salt := [32]byte{7, 7}
	got, err := bind.Call(pr.Instance(f.Client, f.Deployment.ProgramRegistry), nil,
		pr.PackRegistrationCommitment(programID, author, salt), pr.UnpackRegistrationCommitment)
	if err != nil {
		t.Fatal(err)
	}
	if want := protocol.RegistrationCommitment(programID, author, salt); got != want {
		t.Fatalf("registry %x, Go %x", got, want)
	}
}
