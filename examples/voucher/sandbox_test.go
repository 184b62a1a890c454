// Package voucher_test runs the voucher program (examples/voucher/program) compiled to WASI in the
// enclave's real sandbox with a code key, as a worker runs it.
package voucher_test

import (
	"context"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/enclave/sandbox/sandboxtest"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/voucher"
)

var module []byte

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "voucher-wasm")
	if err != nil {
		panic(err)
	}
	mods, err := sandboxtest.Build(dir, "./examples/voucher/program")
	if err != nil {
		panic(err)
	}
	module = mods["program"]
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func TestVoucherProgramSignsWithTheCodeKey(t *testing.T) {
	ctx := context.Background()
	sb, err := sandbox.New(ctx, sandbox.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer sb.Close(ctx)
	codeKey, _ := crypto.GenerateKey()
	programKey, _ := crypto.GenerateKey()
	escrow := common.HexToAddress("0x00000000000000000000000000000000000e5c40")
	amount := big.NewInt(1e17)
	job := sandbox.Job{ChainID: big.NewInt(31337), Requester: escrow, User: voucher.AmountUser(amount), JobID: common.Hash{1}, Attempt: 1}
	host := &sandbox.Host{Job: job, Signer: sandbox.KeySigner{Program: programKey, Code: codeKey}}
	claim := common.HexToAddress("0x1111111111111111111111111111111111111111")
	id := sandboxtest.ID(module)

	out, err := sb.RunHost(ctx, id, sandboxtest.Loader(module, nil), claim.Bytes(), [32]byte{}, host)
	if err != nil {
		t.Fatal(err)
	}
	if out.Status != protocol.StatusOK || len(out.Output) != 64 {
		t.Fatalf("status %s, %d bytes, %s: %s", out.Status, len(out.Output), out.Reason, out.Stderr)
	}
	signer, err := voucher.Recover(voucher.VoucherDigest(job.ChainID, escrow, amount, claim), [64]byte(out.Output))
	if err != nil || signer != crypto.PubkeyToAddress(codeKey.PublicKey) {
		t.Fatalf("voucher signed by %v (%v), want the code key", signer, err)
	}

	// Anything but one non-zero claim address, or a job that names no amount, is a program error:
	// no voucher.
	bad := map[string]struct {
		input []byte
		user  common.Address
	}{
		"empty input": {nil, job.User},
		"short input": {claim.Bytes()[:19], job.User},
		"long input":  {append(claim.Bytes(), 0), job.User},
		"zero claim":  {make([]byte, 20), job.User},
		"no amount":   {claim.Bytes(), common.Address{}},
	}
	for name, c := range bad {
		t.Run(name, func(t *testing.T) {
			h := *host
			h.Job.User = c.user
			out, err := sb.RunHost(ctx, id, sandboxtest.Loader(module, nil), c.input, [32]byte{}, &h)
			if err != nil {
				t.Fatal(err)
			}
			if out.Status != protocol.StatusProgramError {
				t.Fatalf("status %s, output %x", out.Status, out.Output)
			}
		})
	}
	// Without a code key (a worker that cannot derive it) nothing is signed either.
	h := *host
	h.Signer = sandbox.KeySigner{Program: programKey}
	out, err = sb.RunHost(ctx, id, sandboxtest.Loader(module, nil), claim.Bytes(), [32]byte{}, &h)
	if err != nil {
		t.Fatal(err)
	}
	if out.Status == protocol.StatusOK {
		t.Fatal("signed without a code key")
	}
}
