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

// Users of the fixture chain.
const (
	userDapp    = 0 // deploys the consumer and requests through it
	userRelayer = 1 // submits fulfilments
	userDirect  = 2 // requests directly from an account
	userAuthor  = 3 // authors the programs
)

type fixture struct {
	*chaintest.Chain
	enclaveKey *ecdsa.PrivateKey
	enclave    common.Address
	payee      common.Address
	consumer   common.Address
	domain     protocol.Domain
	program    [32]byte // "echo": open, no author fee
}

func newFixture(t testing.TB, quiet bool) *fixture {
	c := chaintest.New(t, 4, deploy.DevOptions())
	k, _ := crypto.GenerateKey()
	f := &fixture{Chain: c, enclaveKey: k, enclave: crypto.PubkeyToAddress(k.PublicKey), payee: common.HexToAddress("0x00000000000000000000000000000000000Fee01")}
	c.RegisterEnclave(t, f.enclave, f.payee, crypto.CompressPubkey(&k.PublicKey), true)
	f.consumer = f.deployConsumer(t, quiet)
	f.domain = protocol.Domain{ChainID: c.ChainID, Router: c.Deployment.Router}
	f.program = c.CreateProgram(t, c.Users[userAuthor], deploy.Program{Name: "echo", CodeHash: crypto.Keccak256Hash([]byte("echo v1")), CID: "bafy-echo-v1"})
	return f
}

func (f *fixture) deployConsumer(t testing.TB, quiet bool) common.Address {
	t.Helper()
	addr, err := deploy.EchoConsumer(context.Background(), f.Client, f.Auth(f.Users[userDapp]), f.Deployment.Router, quiet, f.Commit)
	if err != nil {
		t.Fatal(err)
	}
	return addr
}

func (f *fixture) author() common.Address {
	return crypto.PubkeyToAddress(f.Users[userAuthor].PublicKey)
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

// requestVia requests a job of program at version (0: current) through the EchoConsumer at consumer.
func (f *fixture) requestVia(t testing.TB, consumer common.Address, program [32]byte, version uint32, input []byte, gas, ttl uint32, fee *big.Int) *bindings.JobRouterJobRequested {
	t.Helper()
	data := bindings.NewEchoConsumer().PackRequest(program, version, input, gas, ttl)
	r := f.Send(t, f.Users[userDapp], consumer, fee, data, 500_000)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("request reverted")
	}
	evs := requested(t, r)
	if len(evs) != 1 {
		t.Fatalf("want 1 JobRequested, got %d", len(evs))
	}
	return evs[0]
}

func (f *fixture) requestViaConsumer(t testing.TB, input []byte, gas uint32, ttl uint32, fee *big.Int) *bindings.JobRouterJobRequested {
	t.Helper()
	return f.requestVia(t, f.consumer, f.program, 0, input, gas, ttl, fee)
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

func (f *fixture) fulfil(t testing.TB, ful protocol.Fulfillment) *types.Receipt {
	t.Helper()
	data, err := protocol.PackFulfill(ful)
	if err != nil {
		t.Fatal(err)
	}
	return f.Send(t, f.Users[userRelayer], f.Deployment.Router, nil, data, 1_000_000)
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
	dapp := crypto.PubkeyToAddress(f.Users[userDapp].PublicKey)
	if req.Requester != f.consumer || req.User != dapp || req.ProgramID != f.program || req.Version != 1 ||
		req.Fee.Cmp(big.NewInt(1e15)) != 0 || req.AuthorFee.Sign() != 0 || req.CallbackGasLimit != 200_000 {
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

	r := f.fulfil(t, ful)
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
	if r := f.fulfil(t, ful); r.Status != types.ReceiptStatusFailed {
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
	if r := f.Send(t, f.Users[userDirect], f.Deployment.Router, nil, f.Router.PackWithdrawEnclaveFees(f.enclave), 200_000); r.Status != types.ReceiptStatusSuccessful {
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

// A restricted program with an author fee: a stranger's direct request is refused on-chain; the
// allowed dapp's job, fulfilled with a Go-signed result, splits the fee between the enclave and the
// author, who withdraws its earnings.
func TestAuthorFeeFulfilWithdraw(t *testing.T) {
	f := newFixture(t, true)
	ctx := context.Background()
	authorFee := big.NewInt(4e14)
	paid := f.CreateProgram(t, f.Users[userAuthor], deploy.Program{Name: "paid", AuthorFee: authorFee, AllowlistOnly: true,
		CodeHash: crypto.Keccak256Hash([]byte("paid v1")), CID: "bafy-paid-v1"})
	if paid != protocol.ProgramIDOf(f.author(), "paid") {
		t.Fatal("programId differs from Go's")
	}
	if err := deploy.AllowRequesters(ctx, f.Client, f.Auth(f.Users[userAuthor]), f.Deployment.Router, "paid", authorFee, []common.Address{f.consumer}, f.Commit); err != nil {
		t.Fatal(err)
	}
	// floor at a zero base fee: author fee + 100,000 gwei flat + (100,000 callback gas + 112,000
	// overhead) x 1 gwei minimum gas price (deploy.DefaultOptions)
	atZero, err := bind.Call(f.RouterContract(), nil, f.Router.PackQuoteFeeAt(paid, 100_000, new(big.Int)), f.Router.UnpackQuoteFeeAt)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Add(authorFee, big.NewInt(100_000e9+212_000e9)); atZero.Cmp(want) != 0 {
		t.Fatalf("quote %s, want %s", atZero, want)
	}
	// at 10 gwei the base-fee term (125%) is the price
	atTen, err := bind.Call(f.RouterContract(), nil, f.Router.PackQuoteFeeAt(paid, 100_000, big.NewInt(10e9)), f.Router.UnpackQuoteFeeAt)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Add(authorFee, big.NewInt(100_000e9+212_000*12.5e9)); atTen.Cmp(want) != 0 {
		t.Fatalf("quote at 10 gwei %s, want %s", atTen, want)
	}
	quote, err := deploy.QuoteFee(ctx, f.Client, f.Deployment.Router, paid, 100_000)
	if err != nil {
		t.Fatal(err)
	}
	// A stranger requesting the program directly is refused.
	direct := f.Router.PackRequestJob(paid, 0, crypto.PubkeyToAddress(f.Users[userDirect].PublicKey), []byte("777"), 100_000, 600)
	if r := f.Send(t, f.Users[userDirect], f.Deployment.Router, quote, direct, 300_000); r.Status != types.ReceiptStatusFailed {
		t.Fatal("direct request of a restricted program accepted")
	}
	fee := big.NewInt(1e15)
	ev := f.requestVia(t, f.consumer, paid, 0, []byte("in"), 100_000, 600, fee)
	if ev.AuthorFee.Cmp(authorFee) != 0 {
		t.Fatalf("event author fee %s", ev.AuthorFee)
	}
	if r := f.fulfil(t, f.sign(t, ev, protocol.StatusOK, []byte("out"))); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("fulfil reverted")
	}
	p, err := bind.Call(f.RouterContract(), nil, f.Router.PackProgram(paid), f.Router.UnpackProgram)
	if err != nil {
		t.Fatal(err)
	}
	if p.Earnings.Cmp(authorFee) != 0 {
		t.Fatalf("earnings %s, want %s", p.Earnings, authorFee)
	}
	hot, err := bind.Call(f.RouterContract(), nil, f.Router.PackEnclave(f.enclave), f.Router.UnpackEnclave)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Sub(fee, authorFee); hot.Hot.Fees.Cmp(want) != 0 {
		t.Fatalf("enclave fees %s, want %s", hot.Hot.Fees, want)
	}
	wallet := common.HexToAddress("0x00000000000000000000000000000000A7715701")
	if r := f.Send(t, f.Users[userAuthor], f.Deployment.Router, nil, f.Router.PackWithdrawEarnings("paid", wallet), 200_000); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("withdrawEarnings reverted")
	}
	if bal, _ := f.Client.BalanceAt(ctx, wallet, nil); bal.Cmp(authorFee) != 0 {
		t.Fatalf("author wallet %s, want %s", bal, authorFee)
	}
	// Nobody else can withdraw (their withdraw names their own, empty program).
	if r := f.Send(t, f.Users[userDirect], f.Deployment.Router, nil, f.Router.PackWithdrawEarnings("paid", wallet), 200_000); r.Status != types.ReceiptStatusFailed {
		t.Fatal("a stranger withdrew earnings")
	}
}

// After the author publishes v2, a dapp that follows the current version runs v2 without a
// redeployment, while a dapp pinned to v1 keeps v1; both settle with the version they committed to.
func TestPinnedAndFollowingVersions(t *testing.T) {
	f := newFixture(t, true)
	ctx := context.Background()
	pinned := f.deployConsumer(t, true)
	fee := big.NewInt(1e15)
	if ev := f.requestVia(t, f.consumer, f.program, 0, []byte("a"), 0, 600, fee); ev.Version != 1 {
		t.Fatalf("before v2: following dapp got version %d", ev.Version)
	}
	if _, err := deploy.PublishVersion(ctx, f.Client, f.Auth(f.Users[userAuthor]), f.Deployment.Router, "echo", crypto.Keccak256Hash([]byte("echo v2")), "bafy-echo-v2", f.Commit); err != nil {
		t.Fatal(err)
	}
	v, err := bind.Call(f.RouterContract(), nil, f.Router.PackVersionOf(f.program, 2), f.Router.UnpackVersionOf)
	if err != nil || v.Cid != "bafy-echo-v2" || v.CodeHash != crypto.Keccak256Hash([]byte("echo v2")) {
		t.Fatalf("version 2 record %+v, %v", v, err)
	}
	following := f.requestVia(t, f.consumer, f.program, 0, []byte("b"), 0, 600, fee)
	old := f.requestVia(t, pinned, f.program, 1, []byte("c"), 0, 600, fee)
	if following.Version != 2 || old.Version != 1 {
		t.Fatalf("versions: following %d, pinned %d", following.Version, old.Version)
	}
	for _, ev := range []*bindings.JobRouterJobRequested{following, old} {
		if r := f.fulfil(t, f.sign(t, ev, protocol.StatusOK, []byte("ok"))); r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("fulfil of version %d reverted", ev.Version)
		}
	}
	// Once the author retires v1, the pinned dapp's new requests are refused.
	if r := f.Send(t, f.Users[userAuthor], f.Deployment.Router, nil, f.Router.PackRetireVersionsBelow("echo", 2), 200_000); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("retire reverted")
	}
	data := bindings.NewEchoConsumer().PackRequest(f.program, 1, []byte("d"), 0, 600)
	if r := f.Send(t, f.Users[userDapp], pinned, fee, data, 500_000); r.Status != types.ReceiptStatusFailed {
		t.Fatal("request of a retired version accepted")
	}
}

func TestCancelRefund(t *testing.T) {
	f := newFixture(t, true)
	ctx := context.Background()
	user := f.Users[userDirect]
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	fee := big.NewInt(3e15)
	r := f.Send(t, user, f.Deployment.Router, fee, f.Router.PackRequestJob(f.program, 0, userAddr, []byte("in"), 0, 60), 300_000)
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
	if r := f.Send(t, f.Users[userRelayer], f.Deployment.Router, nil, cancel, 200_000); r.Status != types.ReceiptStatusFailed {
		t.Fatal("a stranger cancelled the job")
	}
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
	if r := f.fulfil(t, f.sign(t, evs[0], protocol.StatusOK, []byte("late"))); r.Status != types.ReceiptStatusFailed {
		t.Fatal("fulfil after cancel succeeded")
	}
}

func TestFulfilBatchAndAttacks(t *testing.T) {
	f := newFixture(t, true)
	var fs []protocol.Fulfillment
	for i := 0; i < 5; i++ {
		ev := f.requestViaConsumer(t, []byte{byte(i)}, 50_000, 600, big.NewInt(1e15))
		fs = append(fs, f.sign(t, ev, protocol.StatusOK, []byte{0xAA, byte(i)}))
	}
	// A relayer changing an input, the user, the version, a status or the output gets nothing through.
	tampered := []protocol.Fulfillment{fs[0], fs[1], fs[2], fs[3], fs[4]}
	tampered[0].Request.InputHash = crypto.Keccak256Hash([]byte("swapped input"))
	tampered[1].Request.User = common.HexToAddress("0x1")
	tampered[2].Request.Version = 2
	tampered[3].Result.Status = protocol.StatusProgramError
	tampered[4].Result.Output = []byte("forged")
	for i, tf := range tampered {
		if r := f.fulfil(t, tf); r.Status != types.ReceiptStatusFailed {
			t.Fatalf("tampered fulfilment %d accepted", i)
		}
	}
	// A result signed for another chain id is refused.
	other := protocol.Domain{ChainID: new(big.Int).Add(f.ChainID, big.NewInt(1)), Router: f.Deployment.Router}
	sig, _ := protocol.SignResult(other, fs[3].Result, f.enclaveKey)
	wrongChain := fs[3]
	wrongChain.Signature = sig
	if r := f.fulfil(t, wrongChain); r.Status != types.ReceiptStatusFailed {
		t.Fatal("cross-chain replay accepted")
	}

	data, err := protocol.PackFulfillBatch(fs)
	if err != nil {
		t.Fatal(err)
	}
	r := f.Send(t, f.Users[userRelayer], f.Deployment.Router, nil, data, 3_000_000)
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
	r = f.Send(t, f.Users[userRelayer], f.Deployment.Router, nil, data, 3_000_000)
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

// A request below the fee floor (the audit's 0-wei job asking 2M callback gas) is refused.
func TestFeeFloor(t *testing.T) {
	f := newFixture(t, true)
	user := f.Users[userDirect]
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	quote, err := deploy.QuoteFee(context.Background(), f.Client, f.Deployment.Router, f.program, 2_000_000)
	if err != nil {
		t.Fatal(err)
	}
	data := f.Router.PackRequestJob(f.program, 0, userAddr, nil, 2_000_000, 600)
	for _, fee := range []*big.Int{nil, new(big.Int).Sub(quote, big.NewInt(1))} {
		if r := f.Send(t, user, f.Deployment.Router, fee, data, 300_000); r.Status != types.ReceiptStatusFailed {
			t.Fatalf("request paying %v below the floor %s accepted", fee, quote)
		}
	}
	if r := f.Send(t, user, f.Deployment.Router, quote, data, 300_000); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("request paying the quote refused")
	}
}

func TestProgramIDMatchesRouter(t *testing.T) {
	f := newFixture(t, true)
	for _, name := range []string{"echo", "art", "x"} {
		got, err := bind.Call(f.RouterContract(), nil, f.Router.PackProgramIdOf(f.author(), name), f.Router.UnpackProgramIdOf)
		if err != nil {
			t.Fatal(err)
		}
		if want := protocol.ProgramIDOf(f.author(), name); got != want {
			t.Fatalf("%s: router %x, Go %x", name, got, want)
		}
	}
}
