package voucher_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/internal/chaintest"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
	"github.com/teeoracle/teeoracle/protocol/voucher"
)

// Users of the fixture chain.
const (
	userAuthor = iota
	userSender
	userRelayer
	userSubmitter
	userRecipient
	nUsers
)

var (
	small = big.NewInt(1e17)
	large = big.NewInt(1e18)
)

// fixture: a chain with the router, an enclave, the voucher program and an escrow trusting codeKey.
// The enclave's part is played in Go by the same functions the program uses (opened with the
// fleet's key, signed with the code key): the sandboxed program's own test is in examples/voucher.
type fixture struct {
	*chaintest.Chain
	enclaveKey *ecdsa.PrivateKey
	codeKey    *ecdsa.PrivateKey
	fleet      *hpke.PrivateKey
	program    [32]byte
	escrow     common.Address
	binding    *bindings.VoucherEscrow
	domain     protocol.Domain
}

func newFixture(t testing.TB) *fixture {
	c := chaintest.New(t, nUsers, deploy.DevOptions())
	f := &fixture{Chain: c, binding: bindings.NewVoucherEscrow()}
	f.enclaveKey, _ = crypto.GenerateKey()
	f.codeKey, _ = crypto.GenerateKey()
	f.fleet, _ = hpke.GenerateKeyPair(hpke.SuiteX25519, rand.Reader)
	signer := crypto.PubkeyToAddress(f.enclaveKey.PublicKey)
	c.RegisterEnclave(t, signer, signer, crypto.CompressPubkey(&f.enclaveKey.PublicKey), true)
	f.program = c.CreateProgram(t, c.Users[userAuthor], deploy.Program{Name: "voucher", CodeHash: crypto.Keccak256Hash([]byte("voucher.wasm")), CID: "bafy-voucher"})
	var err error
	f.escrow, err = deploy.DeployVoucherEscrow(context.Background(), c.Client, c.Auth(c.Owner), c.Deployment.Router, deploy.VoucherEscrow{
		Owner: crypto.PubkeyToAddress(c.Owner.PublicKey), ProgramID: f.program, ProgramVersion: 1,
		VoucherSigner: crypto.PubkeyToAddress(f.codeKey.PublicKey), JobTTL: 3600, Denominations: []*big.Int{small, large},
	}, c.Commit)
	if err != nil {
		t.Fatal(err)
	}
	f.domain = protocol.Domain{ChainID: c.ChainID, Router: c.Deployment.Router}
	return f
}

func (f *fixture) addr(i int) common.Address { return crypto.PubkeyToAddress(f.Users[i].PublicKey) }

func (f *fixture) call(t testing.TB, data []byte) []byte {
	t.Helper()
	out, err := f.Client.CallContract(context.Background(), callMsg(f.escrow, data), nil)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func (f *fixture) jobFee(t testing.TB) *big.Int {
	fee, err := f.binding.UnpackQuoteFee(f.call(t, f.binding.PackQuoteFee()))
	if err != nil {
		t.Fatal(err)
	}
	return new(big.Int).Mul(fee, big.NewInt(2))
}

// deposit makes a deposit of amount from the sender with fresh secrets; returns them, the receipt
// and its JobRequested event.
func (f *fixture) deposit(t testing.TB, amount *big.Int) (*voucher.Secrets, *types.Receipt, *bindings.JobRouterJobRequested) {
	t.Helper()
	seed := make([]byte, 32)
	_, _ = rand.Read(seed)
	s, err := voucher.Derive(seed)
	if err != nil {
		t.Fatal(err)
	}
	input, err := s.Input(f.fleet.Public(), 1, f.ChainID, f.Deployment.Router, f.escrow, f.program, amount)
	if err != nil {
		t.Fatal(err)
	}
	c := s.Commitment(f.addr(userSender), amount)
	r := f.Send(t, f.Users[userSender], f.escrow, new(big.Int).Add(amount, f.jobFee(t)), f.binding.PackDeposit(amount, input, c), 500_000)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("deposit reverted")
	}
	for _, l := range r.Logs {
		if ev, err := f.Router.UnpackJobRequestedEvent(l); err == nil {
			return s, r, ev
		}
	}
	t.Fatal("no JobRequested")
	return nil, nil, nil
}

// issue is the enclave's side: open the input, sign the voucher, encrypt it to the output key and
// fulfil. Returns the fulfilment receipt.
func (f *fixture) issue(t testing.TB, ev *bindings.JobRouterJobRequested) *types.Receipt {
	t.Helper()
	req := protocol.RequestFromEvent(ev)
	b := protocol.InputBinding{ChainID: f.ChainID, Router: f.Deployment.Router, Requester: req.Requester, User: req.User, ProgramID: req.ProgramID}
	claim, outKey, err := protocol.OpenInput(protocol.SingleKey(1, f.fleet), b, ev.Input)
	if err != nil {
		t.Fatal(err)
	}
	amount := new(big.Int).SetBytes(req.User[:])
	v, err := voucher.SignCompact(voucher.VoucherDigest(f.ChainID, req.Requester, amount, common.BytesToAddress(claim)), f.codeKey)
	if err != nil {
		t.Fatal(err)
	}
	out, err := protocol.EncryptOutput(outKey, f.domain, ev.JobId, v[:])
	if err != nil {
		t.Fatal(err)
	}
	res := protocol.Result{JobID: ev.JobId, Commitment: req.Commitment(), Status: protocol.StatusOK, Output: out}
	sig, err := protocol.SignResult(f.domain, res, f.enclaveKey)
	if err != nil {
		t.Fatal(err)
	}
	data, err := protocol.PackFulfill(protocol.Fulfillment{Request: req, Result: res, Signature: sig})
	if err != nil {
		t.Fatal(err)
	}
	r := f.Send(t, f.Users[userRelayer], f.Deployment.Router, nil, data, 1_000_000)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("fulfil reverted")
	}
	return r
}

// link is the sender's side after the fulfilment: read VoucherIssued, decrypt, build the link.
func (f *fixture) link(t testing.TB, s *voucher.Secrets, amount *big.Int, jobID [32]byte, fulfilment *types.Receipt) *voucher.Link {
	t.Helper()
	for _, l := range fulfilment.Logs {
		ev, err := f.binding.UnpackVoucherIssuedEvent(l)
		if err != nil || ev.JobId != jobID {
			continue
		}
		v, err := s.OpenVoucher(f.ChainID, f.Deployment.Router, jobID, ev.Output)
		if err != nil {
			t.Fatal(err)
		}
		lk := &voucher.Link{ChainID: f.ChainID, Escrow: f.escrow, Amount: amount, ClaimKey: s.ClaimKey}
		copy(lk.Voucher[:], v)
		return lk
	}
	t.Fatal("no VoucherIssued")
	return nil
}

// claim submits the link's claim to recipient from the submitter with fee.
func (f *fixture) claim(t testing.TB, lk *voucher.Link, recipient common.Address, fee *big.Int) *types.Receipt {
	t.Helper()
	cs, err := lk.SignClaim(recipient, fee)
	if err != nil {
		t.Fatal(err)
	}
	data := f.binding.PackClaim(lk.Amount, lk.ClaimAddress(), [32]byte(lk.Voucher[:32]), [32]byte(lk.Voucher[32:]), recipient, fee, [32]byte(cs[:32]), [32]byte(cs[32:]))
	return f.Send(t, f.Users[userSubmitter], f.escrow, nil, data, 300_000)
}

func TestDepositLinkClaim(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	s, _, ev := f.deposit(t, small)
	if ev.User != voucher.AmountUser(small) || ev.Requester != f.escrow || ev.ProgramId != f.program {
		t.Fatalf("job fields: user %v requester %v", ev.User, ev.Requester)
	}
	lk := f.link(t, s, small, ev.JobId, f.issue(t, ev))

	// The link survives its text form and names the code key's voucher.
	parsed, err := voucher.ParseLink("https://pay.example/claim#" + lk.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if signer, err := parsed.Signer(); err != nil || signer != crypto.PubkeyToAddress(f.codeKey.PublicKey) {
		t.Fatalf("voucher signer %v, %v", signer, err)
	}

	recipient := common.HexToAddress("0x00000000000000000000000000000000000B0B01") // holds no ether
	fee := big.NewInt(1e15)
	before, _ := f.Client.BalanceAt(ctx, f.addr(userSubmitter), nil)
	r := f.claim(t, parsed, recipient, fee)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("claim reverted")
	}
	got, _ := f.Client.BalanceAt(ctx, recipient, nil)
	if want := new(big.Int).Sub(small, fee); got.Cmp(want) != 0 {
		t.Fatalf("recipient got %v, want %v", got, want)
	}
	after, _ := f.Client.BalanceAt(ctx, f.addr(userSubmitter), nil)
	gasCost := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if net := new(big.Int).Sub(new(big.Int).Add(after, gasCost), before); net.Cmp(fee) != 0 {
		t.Fatalf("submitter earned %v, want the fee %v", net, fee)
	}
	// A second claim of the same link fails.
	if r := f.claim(t, parsed, recipient, fee); r.Status == types.ReceiptStatusSuccessful {
		t.Fatal("claimed twice")
	}
}

// A sender who lost the link makes it again from the wallet signature alone.
func TestLostLinkRemade(t *testing.T) {
	wallet, _ := crypto.GenerateKey()
	escrow := common.HexToAddress("0x00000000000000000000000000000000000e5c40")
	msg := voucher.SeedMessage(big.NewInt(31337), escrow, 7)
	sign := func() []byte {
		sig, err := crypto.Sign(accountsTextHash([]byte(msg)), wallet)
		if err != nil {
			t.Fatal(err)
		}
		return crypto.Keccak256(sig)
	}
	a, err := voucher.Derive(sign())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := voucher.Derive(sign())
	if a.ClaimAddress() != b.ClaimAddress() || a.Salt != b.Salt || !bytes.Equal(a.OutputKey.Bytes(), b.OutputKey.Bytes()) {
		t.Fatal("the same wallet signature made different secrets")
	}
	other, _ := voucher.Derive(crypto.Keccak256([]byte("another seed")))
	if other.ClaimAddress() == a.ClaimAddress() || other.Salt == a.Salt {
		t.Fatal("different seeds made the same secrets")
	}
}

func TestParseLinkRefusesMalformed(t *testing.T) {
	for name, s := range map[string]string{
		"empty":       "",
		"no version":  "AAAA",
		"v2":          "v2.AAAA",
		"short":       "v1.AAAA",
		"not base64":  "v1.!!!!",
		"zero key":    "v1." + b64(make([]byte, 156)),
		"key above n": "v1." + b64(append(make([]byte, 60), bytes.Repeat([]byte{0xff}, 96)...)),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := voucher.ParseLink(s); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

func TestDeriveRefusesShortSeed(t *testing.T) {
	if _, err := voucher.Derive(make([]byte, 31)); err == nil {
		t.Fatal("accepted a 31-byte seed")
	}
}

// BenchmarkFigures measures the voucher escrow's gas from receipts (Osaka rules, simulated backend):
// a deposit with its job request (a 20-byte claim address sealed with X25519, an output key in the
// header); a claim to an address that already holds ether, submitted by that address (no fee); and
// the same submitted by a third party for a fee (a recipient with no ether: add 25,000 gas for the
// new account).
func BenchmarkFigures(b *testing.B) {
	f := newFixture(b)
	// Warm state as in steady use: the escrow has deposits and claims behind it.
	s0, _, ev0 := f.deposit(b, small)
	f.claim(b, f.link(b, s0, small, ev0.JobId, f.issue(b, ev0)), f.addr(userRecipient), big.NewInt(1e14))

	s, dr, ev := f.deposit(b, small)
	b.Run("gas.voucher_deposit", func(b *testing.B) { b.ReportMetric(float64(dr.GasUsed), "gas") })
	lk := f.link(b, s, small, ev.JobId, f.issue(b, ev))
	cr := f.claim(b, lk, f.addr(userRecipient), big.NewInt(1e14))
	if cr.Status != types.ReceiptStatusSuccessful {
		b.Fatal("claim reverted")
	}
	b.Run("gas.voucher_claim_relayed", func(b *testing.B) { b.ReportMetric(float64(cr.GasUsed), "gas") })

	// The same claim submitted by the recipient itself, no fee.
	s2, _, ev2 := f.deposit(b, small)
	lk2 := f.link(b, s2, small, ev2.JobId, f.issue(b, ev2))
	cs, _ := lk2.SignClaim(f.addr(userRecipient), new(big.Int))
	data := f.binding.PackClaim(small, lk2.ClaimAddress(), [32]byte(lk2.Voucher[:32]), [32]byte(lk2.Voucher[32:]), f.addr(userRecipient), new(big.Int), [32]byte(cs[:32]), [32]byte(cs[32:]))
	self := f.Send(b, f.Users[userRecipient], f.escrow, nil, data, 300_000)
	if self.Status != types.ReceiptStatusSuccessful {
		b.Fatal("self claim reverted")
	}
	b.Run("gas.voucher_claim", func(b *testing.B) { b.ReportMetric(float64(self.GasUsed), "gas") })
}
