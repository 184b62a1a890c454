package main

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// The digest matches go-ethereum's independent EIP-712 implementation, and the compact form
// recovers the signer.
func TestVoucherDigestMatchesEIP712(t *testing.T) {
	escrow := common.HexToAddress("0x00000000000000000000000000000000000e5c40")
	claim := common.HexToAddress("0x1111111111111111111111111111111111111111")
	amount := big.NewInt(1e17)
	var user [20]byte
	copy(user[20-len(amount.Bytes()):], amount.Bytes())
	got, err := voucherDigest(big.NewInt(31337), escrow, user, claim.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Voucher":      {{Name: "amount", Type: "uint256"}, {Name: "claimKey", Type: "address"}},
		},
		PrimaryType: "Voucher",
		Domain:      apitypes.TypedDataDomain{Name: "TeeOracleVoucher", Version: "1", ChainId: (*math.HexOrDecimal256)(big.NewInt(31337)), VerifyingContract: escrow.Hex()},
		Message:     apitypes.TypedDataMessage{"amount": amount.String(), "claimKey": claim.Hex()},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if common.BytesToHash(want) != common.Hash(got) {
		t.Fatalf("digest %x, go-ethereum %x", got, want)
	}

	key, _ := crypto.GenerateKey()
	sig, _ := crypto.Sign(got[:], key)
	var s65 [65]byte
	copy(s65[:], sig)
	s65[64] += 27
	c, err := compact(s65)
	if err != nil {
		t.Fatal(err)
	}
	// Undo the compact form and recover.
	full := make([]byte, 65)
	copy(full, c)
	full[32] &= 0x7f
	full[64] = c[32] >> 7
	pub, err := crypto.SigToPub(got[:], full)
	if err != nil || crypto.PubkeyToAddress(*pub) != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("recovered %v, %v", pub, err)
	}
}

func TestVoucherDigestRefusesBadInput(t *testing.T) {
	var user [20]byte
	user[19] = 1
	cases := map[string]struct {
		user  [20]byte
		input []byte
	}{
		"short input": {user, make([]byte, 19)},
		"long input":  {user, make([]byte, 21)},
		"zero claim":  {user, make([]byte, 20)},
		"zero amount": {[20]byte{}, common.HexToAddress("0x01").Bytes()},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := voucherDigest(big.NewInt(1), [20]byte{}, c.user, c.input); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

func TestCompactRefusesHighS(t *testing.T) {
	var s [65]byte
	for i := 32; i < 64; i++ {
		s[i] = 0xff
	}
	s[64] = 27
	if _, err := compact(s); err == nil {
		t.Fatal("high s accepted")
	}
	s[64] = 1
	if _, err := compact(s); err == nil {
		t.Fatal("v = 1 accepted")
	}
}
