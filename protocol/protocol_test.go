package protocol_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/protocol"
)

func TestSignRecover(t *testing.T) {
	key, _ := crypto.GenerateKey()
	d := protocol.Domain{ChainID: big.NewInt(31337), Router: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	res := protocol.Result{JobID: [32]byte{1}, Commitment: [32]byte{2}, Status: protocol.StatusTimeout, Output: []byte("x")}
	sig, err := protocol.SignResult(d, res, key)
	if err != nil {
		t.Fatal(err)
	}
	got, err := protocol.RecoverResultSigner(d, res, sig)
	if err != nil || got != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("recovered %s, %v", got, err)
	}
	// Compact and 65-byte forms round-trip.
	back, err := protocol.SignatureFromRSV(sig.RSV())
	if err != nil || back != sig {
		t.Fatalf("round trip: %v", err)
	}
	// The malleated twin is refused.
	if _, err := protocol.SignatureFromRSV(protocol.MalleateRSV(sig.RSV())); !errors.Is(err, protocol.ErrMalleableSignature) {
		t.Fatalf("malleated signature: %v", err)
	}
	// Another domain recovers another address.
	other := protocol.Domain{ChainID: big.NewInt(1), Router: d.Router}
	if got, _ := protocol.RecoverResultSigner(other, res, sig); got == crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatal("signature valid on another chain")
	}
	if _, err := protocol.SignatureFromRSV(make([]byte, 64)); !errors.Is(err, protocol.ErrInvalidSignature) {
		t.Fatalf("short signature: %v", err)
	}
}

func TestStatusNames(t *testing.T) {
	for s, want := range map[protocol.Status]string{protocol.StatusOK: "ok", protocol.StatusBadInput: "bad_input", protocol.Status(99): "status_99"} {
		if s.String() != want {
			t.Errorf("%d: %q", s, s.String())
		}
	}
	if !protocol.StatusOKCID.Succeeded() || protocol.StatusTimeout.Succeeded() {
		t.Error("Succeeded")
	}
}

func TestRequestBindingRanges(t *testing.T) {
	r := protocol.Request{Fee: new(big.Int).Lsh(big.NewInt(1), 96)}
	if _, err := r.Binding(); err == nil {
		t.Fatal("fee over uint96 accepted")
	}
	r = protocol.Request{Fee: big.NewInt(1), Deadline: 1 << 40}
	if _, err := r.Binding(); err == nil {
		t.Fatal("deadline over uint40 accepted")
	}
}
