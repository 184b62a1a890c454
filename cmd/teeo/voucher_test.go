package main

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
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

// TestVoucherCommands: a sender deposits with `teeo voucher deposit`; the enclave's part (open the
// input with the fleet key, sign with the code key) is played in Go; `deposit --wait` prints the
// link; `link` makes the same link again from the wallet; `claim` pays a fresh address; `status`
// tells spent; a second deposit is refunded with `refund` and its link then refused.
func TestVoucherCommands(t *testing.T) {
	chain := chaintest.New(t, 3, deploy.DevOptions())
	useChain(t, chain)
	ctx := context.Background()
	router := chain.Deployment.Router
	domain := protocol.Domain{ChainID: chain.ChainID, Router: router}

	// Epoch 1's fleet keys, published by a registered (simulated, allowed here) enclave.
	enclaveKey, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(enclaveKey.PublicKey)
	chain.RegisterEnclave(t, signer, signer, crypto.CompressPubkey(&enclaveKey.PublicKey), true)
	x, _ := hpke.GenerateKeyPair(hpke.SuiteX25519, nil)
	w, _ := hpke.GenerateKeyPair(hpke.SuiteXWing, nil)
	fk := protocol.FleetKey{FleetID: [32]byte{0xf1}, Epoch: 1, X25519Key: [32]byte(x.Public().Bytes()), XWingKeyHash: protocol.XWingKeyHash(w.Public().Bytes())}
	if rc := chain.Send(t, chain.Owner, router, nil, chain.Router.PackSetFleetId(fk.FleetID), 200_000); rc.Status != types.ReceiptStatusSuccessful {
		t.Fatal("setFleetId reverted")
	}
	sig, err := protocol.SignDigest(domain.FleetKeyDigest(fk), enclaveKey)
	if err != nil {
		t.Fatal(err)
	}
	if rc := chain.Send(t, chain.Owner, router, nil, chain.Router.PackSetEpochKeys(fk.FleetID, 1, fk.X25519Key, w.Public().Bytes(), sig.R, sig.VS), 3_000_000); rc.Status != types.ReceiptStatusSuccessful {
		t.Fatal("setEpochKeys reverted")
	}

	codeKey, _ := crypto.GenerateKey()
	program := chain.CreateProgram(t, chain.Users[0], deploy.Program{Name: "voucher", CodeHash: [32]byte{7}, CID: "bafy-voucher"})
	amount := big.NewInt(1e17)
	escrow, err := deploy.DeployVoucherEscrow(ctx, chain.Client, chain.Auth(chain.Owner), router, deploy.VoucherEscrow{
		Owner: crypto.PubkeyToAddress(chain.Owner.PublicKey), ProgramID: program, ProgramVersion: 1,
		VoucherSigner: crypto.PubkeyToAddress(codeKey.PublicKey), JobTTL: 3600, Denominations: []*big.Int{amount},
	}, chain.Commit)
	if err != nil {
		t.Fatal(err)
	}

	keyFile := func(i int) string {
		f := filepath.Join(t.TempDir(), "key")
		if err := os.WriteFile(f, []byte(common.Bytes2Hex(crypto.FromECDSA(chain.Users[i]))), 0o600); err != nil {
			t.Fatal(err)
		}
		return f
	}
	senderKey, submitterKey := keyFile(1), keyFile(2)
	common_ := []string{"--rpc-url", "sim", "--router", router.Hex(), "--escrow", escrow.Hex()}

	// The enclave's side, in Go: each pending voucher job of the escrow gets its voucher.
	fulfilled := map[[32]byte]bool{}
	enclave := func() {
		t.Helper()
		r := bindings.NewJobRouter()
		logs, err := chain.Client.FilterLogs(ctx, filterAll(router))
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range logs {
			ev, err := r.UnpackJobRequestedEvent(&l)
			if err != nil || fulfilled[ev.JobId] {
				continue
			}
			fulfilled[ev.JobId] = true
			req := protocol.RequestFromEvent(ev)
			b := protocol.InputBinding{ChainID: chain.ChainID, Router: router, Requester: req.Requester, User: req.User, ProgramID: req.ProgramID}
			claim, outKey, err := protocol.OpenInput(protocol.SingleKey(1, x), b, ev.Input)
			if err != nil {
				t.Fatal(err)
			}
			v, _ := voucher.SignCompact(voucher.VoucherDigest(chain.ChainID, req.Requester, new(big.Int).SetBytes(req.User[:]), common.BytesToAddress(claim)), codeKey)
			out, _ := protocol.EncryptOutput(outKey, domain, ev.JobId, v[:])
			res := protocol.Result{JobID: ev.JobId, Commitment: req.Commitment(), Status: protocol.StatusOK, Output: out}
			rs, _ := protocol.SignResult(domain, res, enclaveKey)
			data, _ := protocol.PackFulfill(protocol.Fulfillment{Request: req, Result: res, Signature: rs})
			if rc := chain.Send(t, chain.Users[2], router, nil, data, 1_000_000); rc.Status != types.ReceiptStatusSuccessful {
				t.Fatal("fulfil reverted")
			}
		}
	}

	// Not a denomination: refused before anything is sent.
	if _, err := teeo(t, append([]string{"voucher", "deposit", "--amount", "0.2ether", "--key-file", senderKey, "--index", "0"}, common_...)...); err == nil || !strings.Contains(err.Error(), "not a denomination") {
		t.Fatalf("deposit of 0.2 ether: %v", err)
	}
	out, err := teeo(t, append([]string{"voucher", "deposit", "--amount", "0.1ether", "--key-file", senderKey, "--index", "0", "--wait", "0"}, common_...)...)
	if err != nil {
		t.Fatal(err)
	}
	jobID := field(t, out, "job_id")
	enclave()
	out, err = teeo(t, append([]string{"voucher", "link", "--key-file", senderKey, "--index", "0", "--job-id", jobID, "--wait", "5s"}, common_...)...)
	if err != nil {
		t.Fatal(err)
	}
	link := field(t, out, "link")
	if again, err := teeo(t, append([]string{"voucher", "link", "--key-file", senderKey, "--index", "0", "--job-id", jobID}, common_...)...); err != nil || field(t, again, "link") != link {
		t.Fatalf("the wallet made another link: %v", err)
	}
	// Another deposit index of the same wallet is another deposit: its secrets open nothing here.
	if _, err := teeo(t, append([]string{"voucher", "link", "--key-file", senderKey, "--index", "1", "--job-id", jobID, "--wait", "1s"}, common_...)...); err == nil {
		t.Fatal("index 1 opened deposit 0's voucher")
	}
	if out, err := teeo(t, "voucher", "status", "--rpc-url", "sim", "--link", "https://pay.example/#"+link); err != nil || field(t, out, "state") != "claimable" {
		t.Fatalf("status: %q %v", out, err)
	}

	recipient := common.HexToAddress("0x00000000000000000000000000000000000B0B02")
	if _, err := teeo(t, "voucher", "claim", "--rpc-url", "sim", "--link", link, "--to", recipient.Hex(), "--fee", "0.001ether", "--key-file", submitterKey); err != nil {
		t.Fatal(err)
	}
	if bal, _ := chain.Client.BalanceAt(ctx, recipient, nil); bal.Cmp(big.NewInt(99e15)) != 0 {
		t.Fatalf("recipient holds %v", bal)
	}
	if _, err := teeo(t, "voucher", "claim", "--rpc-url", "sim", "--link", link, "--to", recipient.Hex(), "--key-file", submitterKey); err == nil || !strings.Contains(err.Error(), "AlreadySpent(") {
		t.Fatalf("second claim: %v", err)
	}
	if out, err := teeo(t, "voucher", "status", "--rpc-url", "sim", "--link", link); err == nil || !strings.Contains(out, "spent") {
		t.Fatalf("status after the claim: %q %v", out, err)
	}

	// Deposit #1, then refunded before anyone claims: the link stops working.
	out, err = teeo(t, append([]string{"voucher", "deposit", "--amount", "0.1ether", "--key-file", senderKey, "--index", "1", "--wait", "0"}, common_...)...)
	if err != nil {
		t.Fatal(err)
	}
	job2 := field(t, out, "job_id")
	enclave()
	out, err = teeo(t, append([]string{"voucher", "link", "--key-file", senderKey, "--index", "1", "--job-id", job2}, common_...)...)
	if err != nil {
		t.Fatal(err)
	}
	link2 := field(t, out, "link")
	// Only the sender's wallet opens the deposit.
	if _, err := teeo(t, append([]string{"voucher", "refund", "--key-file", submitterKey, "--index", "1", "--job-id", job2}, common_...)...); err == nil || !strings.Contains(err.Error(), "NotYourDeposit(") {
		t.Fatalf("refund by another wallet: %v", err)
	}
	if _, err := teeo(t, append([]string{"voucher", "refund", "--key-file", senderKey, "--index", "1", "--job-id", job2}, common_...)...); err != nil {
		t.Fatal(err)
	}
	if _, err := teeo(t, "voucher", "claim", "--rpc-url", "sim", "--link", link2, "--to", recipient.Hex(), "--key-file", submitterKey); err == nil || !strings.Contains(err.Error(), "AlreadySpent(") {
		t.Fatalf("claim after the refund: %v", err)
	}
}

func filterAll(addr common.Address) ethereum.FilterQuery {
	return ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addr}}
}
