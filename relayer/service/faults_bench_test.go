package service_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/relayer/anviltest"
	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
)

// BenchmarkFiguresFaults/relayer.reorg_wasted_gas_per_reorg: jobs flow on a chain mining a block a
// second; after their fulfilments are indexed, anvil_reorg replaces every block from the first
// fulfilment on (below the relayer's confirmation depth), and the relayer settles the jobs again.
// Three such reorgs. Wasted gas is what the sender's mined transactions spent on entries the
// router skipped (each batch's gas shared over its entries) plus reverted transactions (target
// 0; before issue 17 about four wasted transactions per deep reorg, stored bytes rebroadcast
// unchecked). The no-ops that fill the nonces of stale transactions (21,000 gas each) are logged
// apart.
func BenchmarkFiguresFaults(b *testing.B) {
	b.Run("relayer.reorg_wasted_gas_per_reorg", func(b *testing.B) {
		const reorgs, perRound = 3, 20
		var wasted, noop uint64
		for range b.N {
			e := oracletest.New(b, oracletest.Options{AnvilArgs: []string{"--block-time", "1"}})
			cfg := e.Config()
			cfg.Confirmations = 2
			cfg.Indexer.ReorgAlarm = time.Minute
			svc := e.StartRelayer(cfg)
			ctx := context.Background()
			var all []common.Hash
			for r := range reorgs {
				ids := e.Request(oracletest.Requester, perRound, big.NewInt(1e12), 3600)
				all = append(all, ids...)
				e.WaitSettled(ids, 90*time.Second)
				waitConfirmed(b, svc.DB, len(all), 120*time.Second)
				var firstFulfil int64
				if err := svc.DB.QueryRow(ctx, `SELECT min(t.block_number) FROM txs t JOIN tx_jobs j ON j.tx_id = t.id
					WHERE t.state = 'confirmed' AND j.job_id = ANY($1)`, hashBytes(ids)).Scan(&firstFulfil); err != nil {
					b.Fatal(err)
				}
				depth := int(e.Anvil.BlockNumber(b) - uint64(firstFulfil) + 1)
				e.Anvil.Reorg(b, depth)
				b.Logf("reorg %d: depth %d", r+1, depth)
				e.WaitSettled(ids, 120*time.Second)
				waitConfirmed(b, svc.DB, len(all), 120*time.Second)
			}
			time.Sleep(5 * time.Second) // a few blocks: resends and no-ops still in flight are mined
			w, n := senderWaste(b, e)
			wasted += w
			noop += n
		}
		b.ReportMetric(float64(wasted)/float64(b.N*reorgs), "gas")
		b.Logf("wasted gas per reorg %d; no-op gas per reorg %d (nonces of stale transactions filled)",
			wasted/uint64(b.N*reorgs), noop/uint64(b.N*reorgs))
	})
}

func hashBytes(hs []common.Hash) [][]byte {
	out := make([][]byte, len(hs))
	for i, h := range hs {
		out[i] = h.Bytes()
	}
	return out
}

// senderWaste sums, over the canonical chain, the gas the relayer's sender spent on skipped
// fulfilment entries and reverted transactions, and on 0-value self-transfers (no-ops).
func senderWaste(b *testing.B, e *oracletest.Env) (wasted, noop uint64) {
	ctx := context.Background()
	router := bindings.NewJobRouter()
	sender := anviltest.Address(oracletest.Sender)
	signer := types.LatestSignerForChainID(anviltest.ChainID)
	head := e.Anvil.BlockNumber(b)
	for n := e.StartBlock; n <= head; n++ {
		blk, err := e.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			b.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if from, _ := types.Sender(signer, tx); from != sender {
				continue
			}
			r, err := e.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				b.Fatal(err)
			}
			switch {
			case tx.To() != nil && *tx.To() == sender && len(tx.Data()) == 0:
				noop += r.GasUsed
			case r.Status != types.ReceiptStatusSuccessful:
				wasted += r.GasUsed
			default:
				skipped, fulfilled := 0, 0
				for _, l := range r.Logs {
					if _, err := router.UnpackFulfillmentSkippedEvent(l); err == nil {
						skipped++
					} else if _, err := router.UnpackJobFulfilledEvent(l); err == nil {
						fulfilled++
					}
				}
				if skipped > 0 {
					wasted += r.GasUsed * uint64(skipped) / uint64(skipped+fulfilled)
				}
			}
		}
	}
	return wasted, noop
}
