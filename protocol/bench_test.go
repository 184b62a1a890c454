package protocol_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/protocol"
)

// BenchmarkFigures measures gas from real transaction receipts (full gasUsed, Osaka rules) on the
// simulated backend: scripts/bench.sh prints them as BENCH lines.
func BenchmarkFigures(b *testing.B) {
	f := newFixture(b, true) // quiet consumer: its callback returns at once
	input64 := bytes.Repeat([]byte{0x5A}, 64)
	output32 := bytes.Repeat([]byte{0xC3}, 32)
	fee := big.NewInt(1e15)

	b.Run("gas.request_job", func(b *testing.B) {
		user := f.Users[2]
		var used uint64
		for i := 0; i < 2; i++ { // the second request is measured: the requester has requested before
			r := f.Send(b, user, f.Deployment.Router, fee, f.Router.PackRequestJob(programID, input64, 100_000, 600), 300_000)
			if r.Status != types.ReceiptStatusSuccessful {
				b.Fatal("request reverted")
			}
			used = r.GasUsed
		}
		b.ReportMetric(float64(used), "gas")
	})

	request := func(b *testing.B) *bindings.JobRouterJobRequested {
		return f.requestViaConsumer(b, input64, 100_000, 600, fee)
	}

	b.Run("gas.fulfill", func(b *testing.B) {
		var used uint64
		for i := 0; i < 2; i++ { // measured once the enclave has earned fees before (steady state)
			ful := f.sign(b, request(b), protocol.StatusOK, output32)
			data, err := protocol.PackFulfill(ful)
			if err != nil {
				b.Fatal(err)
			}
			r := f.Send(b, f.Users[1], f.Deployment.Router, nil, data, 500_000)
			if r.Status != types.ReceiptStatusSuccessful {
				b.Fatal("fulfill reverted")
			}
			used = r.GasUsed
		}
		b.ReportMetric(float64(used), "gas")
	})

	b.Run("gas.fulfill_batch_per_job", func(b *testing.B) {
		const n = 20
		fs := make([]protocol.Fulfillment, n)
		for i := range fs {
			fs[i] = f.sign(b, request(b), protocol.StatusOK, output32)
		}
		data, err := protocol.PackFulfillBatch(fs)
		if err != nil {
			b.Fatal(err)
		}
		r := f.Send(b, f.Users[1], f.Deployment.Router, nil, data, 5_000_000)
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
}
