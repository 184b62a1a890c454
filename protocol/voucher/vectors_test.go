package voucher_test

import (
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/protocol/voucher"
)

var update = flag.Bool("update", false, "rewrite protocol/testdata/voucher_vectors.json")

const vectorsFile = "../testdata/voucher_vectors.json"

// vector is one known answer of the voucher client side; the TypeScript SDK checks the same file
// (sdk/test/voucher.test.ts).
type vector struct {
	WalletKey    hexutil.Bytes `json:"walletKey"`
	ChainID      string        `json:"chainId"`
	Escrow       string        `json:"escrow"`
	Index        uint64        `json:"index"`
	SeedMessage  string        `json:"seedMessage"`
	Signature    hexutil.Bytes `json:"signature"`
	Seed         hexutil.Bytes `json:"seed"`
	ClaimKey     hexutil.Bytes `json:"claimKey"`
	ClaimAddress string        `json:"claimAddress"`
	Salt         hexutil.Bytes `json:"salt"`
	OutputSk     hexutil.Bytes `json:"outputSk"`
	OutputPk     hexutil.Bytes `json:"outputPk"`
	Sender       string        `json:"sender"`
	Amount       string        `json:"amount"`
	AmountUser   string        `json:"amountUser"`
	Commitment   hexutil.Bytes `json:"commitment"`
	VoucherHash  hexutil.Bytes `json:"voucherDigest"`
	Voucher      hexutil.Bytes `json:"voucher"`
	Recipient    string        `json:"recipient"`
	Fee          string        `json:"fee"`
	ClaimHash    hexutil.Bytes `json:"claimDigest"`
	ClaimSig     hexutil.Bytes `json:"claimSignature"`
	Link         string        `json:"link"`
}

func makeVector(t *testing.T, i int) vector {
	wallet, _ := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'w'}))
	codeKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'c'}))
	chainID := big.NewInt(31337 + int64(i)*8)
	escrow := common.BytesToAddress(crypto.Keccak256([]byte{byte(i), 'e'})[:20])
	msg := voucher.SeedMessage(chainID, escrow, uint64(i))
	sig, err := crypto.Sign(accounts.TextHash([]byte(msg)), wallet)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27 // as wallets return it (personal_sign)
	seed := crypto.Keccak256(sig)
	s, err := voucher.Derive(seed)
	if err != nil {
		t.Fatal(err)
	}
	sender := crypto.PubkeyToAddress(wallet.PublicKey)
	amount := new(big.Int).Mul(big.NewInt(int64(i+1)), big.NewInt(1e17))
	vd := voucher.VoucherDigest(chainID, escrow, amount, s.ClaimAddress())
	v, _ := voucher.SignCompact(vd, codeKey)
	recipient := common.BytesToAddress(crypto.Keccak256([]byte{byte(i), 'r'})[:20])
	fee := big.NewInt(int64(i) * 1e15)
	lk := &voucher.Link{ChainID: chainID, Escrow: escrow, Amount: amount, ClaimKey: s.ClaimKey, Voucher: v}
	cs, _ := lk.SignClaim(recipient, fee)
	return vector{
		WalletKey: crypto.FromECDSA(wallet), ChainID: chainID.String(), Escrow: escrow.Hex(), Index: uint64(i),
		SeedMessage: msg, Signature: sig, Seed: seed,
		ClaimKey: crypto.FromECDSA(s.ClaimKey), ClaimAddress: s.ClaimAddress().Hex(), Salt: s.Salt[:],
		OutputSk: s.OutputKey.Bytes(), OutputPk: s.OutputKey.Public().Bytes(),
		Sender: sender.Hex(), Amount: amount.String(), AmountUser: voucher.AmountUser(amount).Hex(),
		Commitment:  func() []byte { c := s.Commitment(sender, amount); return c[:] }(),
		VoucherHash: vd[:], Voucher: v[:], Recipient: recipient.Hex(), Fee: fee.String(),
		ClaimHash: func() []byte { d := voucher.ClaimDigest(chainID, escrow, recipient, fee); return d[:] }(),
		ClaimSig:  cs[:], Link: lk.Encode(),
	}
}

// TestVectors checks (or with -update writes) the voucher known answers.
func TestVectors(t *testing.T) {
	var vs []vector
	for i := 0; i < 4; i++ {
		vs = append(vs, makeVector(t, i))
	}
	got, err := json.MarshalIndent(map[string]any{
		"comment": "Voucher client known answers (protocol/voucher, docs/vouchers.md); written by go test ./protocol/voucher -run TestVectors -update",
		"vectors": vs,
	}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(vectorsFile, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(vectorsFile)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != string(got) {
		t.Fatalf("%s differs from what Go computes (go test ./protocol/voucher -run TestVectors -update)", vectorsFile)
	}
	// Every link parses back to its parts and its voucher recovers the code key's address.
	for _, v := range vs {
		lk, err := voucher.ParseLink(v.Link)
		if err != nil {
			t.Fatal(err)
		}
		if lk.ClaimAddress().Hex() != v.ClaimAddress || lk.Amount.String() != v.Amount || lk.Escrow.Hex() != v.Escrow {
			t.Fatalf("link %s parsed to other parts", v.Link)
		}
	}
}
