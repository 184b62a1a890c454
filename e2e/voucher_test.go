package e2e_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/e2e/stack"
)

// TestPaymentLink: the voucher program published once to the fleet; its code key read from every
// worker (each statement signed by a registered enclave, all equal); an escrow trusting that key;
// a sender's deposit through `teeo voucher deposit` gets its voucher from a real enclave (the job
// dispatched by the relayer, the input opened with the fleet key, the voucher signed with the code
// key, encrypted to the sender's output key); the link is claimed with `teeo voucher claim` to a
// fresh address, submitted by a third party for a fee; the link pays once.
func TestPaymentLink(t *testing.T) {
	ctx := testCtx(t, 5*time.Minute)
	escrow, codeKey, err := st.SetUpVouchers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if codeKey == (common.Address{}) {
		t.Fatal("no code key")
	}
	pl, err := st.SendPaymentLink(ctx, escrow)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Sub(stack.VoucherAmount, stack.VoucherFee); pl.Received.Cmp(want) != 0 {
		t.Fatalf("received %v, want %v", pl.Received, want)
	}
	bal, err := st.Client.BalanceAt(ctx, escrow, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Sign() != 0 {
		t.Fatalf("the escrow still holds %v wei after the only deposit was claimed", bal)
	}
}
