package protocol_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/internal/chaintest"
	"github.com/teeoracle/teeoracle/protocol"
)

// Input sizes of a 64-byte plaintext sealed in the input envelope: 11 header bytes, the HPKE
// encapsulated key (X25519: 32; X-Wing: 1,120) and the AEAD ciphertext (64 + 16 tag).
const (
	classicalInputBytes = 11 + 32 + 64 + 16
	pqInputBytes        = 11 + 1120 + 64 + 16
)

// BenchmarkFigures measures gas from real transaction receipts (full gasUsed, Osaka rules) on the
// simulated backend: scripts/bench.sh prints them as BENCH lines.
func BenchmarkFigures(b *testing.B) {
	f := newFixture(b, true) // quiet consumer: its callback returns at once
	input64 := bytes.Repeat([]byte{0x5A}, 64)
	output32 := bytes.Repeat([]byte{0xC3}, 32)
	fee := big.NewInt(1e15)

	// A direct request from an account that has requested before, naming itself as the user, of
	// an open program (one program slot) at its current version.
	directRequest := func(b *testing.B, input []byte) uint64 {
		user := f.Users[userDirect]
		addr := crypto.PubkeyToAddress(user.PublicKey)
		var used uint64
		for i := 0; i < 2; i++ { // the second request is measured
			r := f.Send(b, user, f.Deployment.Router, fee, f.Router.PackRequestJob(f.program, 0, addr, input, 100_000, 600), 500_000)
			if r.Status != types.ReceiptStatusSuccessful {
				b.Fatal("request reverted")
			}
			used = r.GasUsed
		}
		return used
	}
	b.Run("gas.request_job", func(b *testing.B) {
		b.ReportMetric(float64(directRequest(b, input64)), "gas")
	})
	random := func(n int) []byte {
		p := make([]byte, n)
		_, _ = rand.Read(p)
		return p
	}
	b.Run("gas.request_job_classical_input", func(b *testing.B) {
		b.ReportMetric(float64(directRequest(b, random(classicalInputBytes))), "gas")
	})
	b.Run("gas.request_job_pq_input", func(b *testing.B) {
		b.ReportMetric(float64(directRequest(b, random(pqInputBytes))), "gas")
	})

	fulfil := func(b *testing.B, program [32]byte) uint64 {
		var used uint64
		for i := 0; i < 2; i++ { // measured once the enclave (and author) have earned before: steady state
			ful := f.sign(b, f.requestVia(b, f.consumer, program, 0, input64, 100_000, 600, fee), protocol.StatusOK, output32)
			data, err := protocol.PackFulfill(ful)
			if err != nil {
				b.Fatal(err)
			}
			r := f.Send(b, f.Users[userRelayer], f.Deployment.Router, nil, data, 500_000)
			if r.Status != types.ReceiptStatusSuccessful {
				b.Fatal("fulfill reverted")
			}
			used = r.GasUsed
		}
		return used
	}
	b.Run("gas.fulfill", func(b *testing.B) {
		b.ReportMetric(float64(fulfil(b, f.program)), "gas")
	})
	b.Run("gas.fulfill_author_fee", func(b *testing.B) {
		paid := f.CreateProgram(b, f.Users[userAuthor], deploy.Program{Name: "paid", AuthorFee: big.NewInt(1e14),
			CodeHash: crypto.Keccak256Hash([]byte("paid")), CID: "bafy-paid"})
		if err := deploy.AllowRequesters(context.Background(), f.Client, f.Auth(f.Users[userAuthor]), f.Deployment.Router, "paid",
			big.NewInt(1e14), []common.Address{f.consumer}, f.Commit); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(fulfil(b, paid)), "gas")
	})

	b.Run("gas.fulfill_batch_per_job", func(b *testing.B) {
		const n = 20
		fs := make([]protocol.Fulfillment, n)
		for i := range fs {
			fs[i] = f.sign(b, f.requestViaConsumer(b, input64, 100_000, 600, fee), protocol.StatusOK, output32)
		}
		data, err := protocol.PackFulfillBatch(fs)
		if err != nil {
			b.Fatal(err)
		}
		r := f.Send(b, f.Users[userRelayer], f.Deployment.Router, nil, data, 5_000_000)
		if r.Status != types.ReceiptStatusSuccessful {
			b.Fatal("batch reverted")
		}
		settled := 0
		for _, l := range r.Logs {
			if _, err := f.Router.UnpackJobFulfilledEvent(l); err == nil {
				settled++
			}
		}
		if settled != n {
			b.Fatalf("settled %d of %d", settled, n)
		}
		b.ReportMetric(float64(r.GasUsed)/n, "gas")
	})

	// Cold functions, run by JobRouterAdmin's code through the router's fallback (delegatecall).
	b.Run("gas.admin_set_fees", func(b *testing.B) {
		r := f.Send(b, f.Owner, f.Deployment.Router, nil, f.Router.PackSetFees(100_000, big.NewInt(1_000_000_000), 100, 50), 200_000)
		if r.Status != types.ReceiptStatusSuccessful {
			b.Fatal("setFees reverted")
		}
		b.ReportMetric(float64(r.GasUsed), "gas")
	})
	b.Run("gas.register_enclave", func(b *testing.B) {
		head, err := f.Client.HeaderByNumber(context.Background(), nil)
		if err != nil {
			b.Fatal(err)
		}
		k, _ := crypto.GenerateKey()
		signer := crypto.PubkeyToAddress(k.PublicKey)
		e := deploy.Enclave{Signer: signer, Payee: f.payee, ExpiresAt: new(big.Int).SetUint64(head.Time + 30*24*3600), Simulated: true,
			MrEnclave: chaintest.MREnclave, EvidenceDigest: crypto.Keccak256Hash(signer[:]), EncryptionKey: crypto.CompressPubkey(&k.PublicKey)}
		r := f.Send(b, f.Owner, f.Deployment.Router, nil, f.Router.PackRegisterEnclave(e), 500_000)
		if r.Status != types.ReceiptStatusSuccessful {
			b.Fatal("registerEnclave reverted")
		}
		b.ReportMetric(float64(r.GasUsed), "gas")
	})
	b.Run("gas.set_epoch_keys", func(b *testing.B) {
		xwing := make([]byte, 1216)
		_, _ = rand.Read(xwing)
		k := protocol.FleetKey{FleetID: [32]byte{0xf1}, Epoch: 1, XWingKeyHash: protocol.XWingKeyHash(xwing)}
		_, _ = rand.Read(k.X25519Key[:])
		f.Send(b, f.Owner, f.Deployment.Router, nil, f.Router.PackSetFleetId(k.FleetID), 200_000)
		sig, err := protocol.SignDigest(f.domain.FleetKeyDigest(k), f.enclaveKey)
		if err != nil {
			b.Fatal(err)
		}
		r := f.Send(b, f.Users[userRelayer], f.Deployment.Router, nil, f.Router.PackSetEpochKeys(k.FleetID, k.Epoch, k.X25519Key, xwing, sig.R, sig.VS), 2_000_000)
		if r.Status != types.ReceiptStatusSuccessful {
			b.Fatal("setEpochKeys reverted")
		}
		b.ReportMetric(float64(r.GasUsed), "gas")
	})
}
