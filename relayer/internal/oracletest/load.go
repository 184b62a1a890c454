package oracletest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/anviltest"
)

// Load is a load generator: many funded keys (new ones, funded with anvil_setBalance) that send
// requestJob transactions through the EchoConsumer, signed in advance so that sending costs only
// the JSON-RPC round trip.
type Load struct {
	e      *Env
	keys   []*ecdsa.PrivateKey
	nonces []uint64
	next   int // key of the next request (round robin)
	rpc    *rpc.Client
	gas    uint64
	minFee *big.Int // fee of a request when the caller asks for less (3x the router's quote)
}

// NewLoad creates a load generator with `keys` new funded accounts.
func (e *Env) NewLoad(keys int) *Load {
	e.T.Helper()
	c, err := rpc.Dial(e.Anvil.URL)
	if err != nil {
		e.T.Fatal(err)
	}
	e.T.Cleanup(c.Close)
	l := &Load{e: e, rpc: c}
	balance := hexutil.EncodeBig(new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18)))
	for i := 0; i < keys; i++ {
		k, err := crypto.GenerateKey()
		if err != nil {
			e.T.Fatal(err)
		}
		e.Anvil.Call(e.T, nil, "anvil_setBalance", crypto.PubkeyToAddress(k.PublicKey), balance)
		l.keys = append(l.keys, k)
		l.nonces = append(l.nonces, 0)
	}
	// Gas limit of a request: the estimate with a margin (a block holds more requests when their
	// limits are close to what they use).
	data := l.calldata(0)
	from := crypto.PubkeyToAddress(l.keys[0].PublicKey)
	l.minFee = e.QuoteFee(CallbackGas)
	l.minFee.Mul(l.minFee, big.NewInt(3)) // as SendRequests: 3x the router's floor
	g, err := e.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: from, To: &e.Consumer, Data: data, Value: l.minFee})
	if err != nil {
		e.T.Fatalf("estimate request gas: %v", err)
	}
	l.gas = g * 3 / 2
	return l
}

// CallbackGas is the callback gas limit of the generated requests.
const CallbackGas = 100_000

func (l *Load) calldata(i int) []byte {
	payload := []byte(fmt.Sprintf("load job %d at %d", i, time.Now().UnixNano()))
	return bindings.NewEchoConsumer().PackRequest(l.e.Program, 0, protocol.PlainInput(payload, nil), CallbackGas, 3600)
}

// Sign signs n requests (round robin over the keys, consecutive nonces per key) and returns the raw
// transactions in sending order.
func (l *Load) Sign(n int, fee *big.Int) [][]byte {
	l.e.T.Helper()
	// The router refuses fees below its floor: a lower fee is raised to 3x the quote.
	if fee == nil || fee.Cmp(l.minFee) < 0 {
		fee = l.minFee
	}
	signer := types.LatestSignerForChainID(anviltest.ChainID)
	raws := make([][]byte, n)
	for i := range raws {
		k := l.next
		l.next = (l.next + 1) % len(l.keys)
		tx := types.MustSignNewTx(l.keys[k], signer, &types.DynamicFeeTx{
			ChainID: anviltest.ChainID, Nonce: l.nonces[k], GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(50e9), Gas: l.gas,
			To: &l.e.Consumer, Value: fee, Data: l.calldata(i),
		})
		l.nonces[k]++
		raw, err := tx.MarshalBinary()
		if err != nil {
			l.e.T.Fatal(err)
		}
		raws[i] = raw
	}
	return raws
}

// send broadcasts raw transactions in one JSON-RPC batch.
func (l *Load) send(ctx context.Context, raws [][]byte) error {
	batch := make([]rpc.BatchElem, len(raws))
	for i, raw := range raws {
		batch[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Encode(raw)}, Result: new(common.Hash)}
	}
	if err := l.rpc.BatchCallContext(ctx, batch); err != nil {
		return err
	}
	for _, b := range batch {
		if b.Error != nil {
			return b.Error
		}
	}
	return nil
}

// SendAll broadcasts raw transactions as fast as possible (batches of 200, in order).
func (l *Load) SendAll(raws [][]byte) {
	l.e.T.Helper()
	for start := 0; start < len(raws); start += 200 {
		if err := l.send(context.Background(), raws[start:min(start+200, len(raws))]); err != nil {
			l.e.T.Fatalf("load: send: %v", err)
		}
	}
}

// SendAtRate broadcasts raw transactions at a steady rate (per second), in order, every 10ms the
// ones due by then; it returns when all are sent (the achieved rate is len(raws) / elapsed).
func (l *Load) SendAtRate(raws [][]byte, perSecond float64) (elapsed time.Duration) {
	l.e.T.Helper()
	start := time.Now()
	sent := 0
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for sent < len(raws) {
		due := min(int(time.Since(start).Seconds()*perSecond)+1, len(raws))
		if due > sent {
			if err := l.send(context.Background(), raws[sent:due]); err != nil {
				l.e.T.Fatalf("load: send: %v", err)
			}
			sent = due
		}
		<-t.C
	}
	return time.Since(start)
}

// BlockClock records when each new block was first seen (newHeads subscription over WebSocket):
// block timestamps only have a one-second resolution.
type BlockClock struct {
	mu   sync.Mutex
	seen map[uint64]time.Time
	time map[uint64]uint64
}

// WatchBlocks starts a BlockClock; it stops when the test ends.
func (e *Env) WatchBlocks() *BlockClock {
	e.T.Helper()
	ws, err := rpc.Dial("ws://" + e.Anvil.URL[len("http://"):])
	if err != nil {
		e.T.Fatal(err)
	}
	heads := make(chan *types.Header, 1024)
	sub, err := ws.EthSubscribe(context.Background(), heads, "newHeads")
	if err != nil {
		e.T.Fatal(err)
	}
	bc := &BlockClock{seen: map[uint64]time.Time{}, time: map[uint64]uint64{}}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case h := <-heads:
				bc.mu.Lock()
				if _, ok := bc.seen[h.Number.Uint64()]; !ok {
					bc.seen[h.Number.Uint64()] = time.Now()
					bc.time[h.Number.Uint64()] = h.Time
				}
				bc.mu.Unlock()
			case <-sub.Err():
				return
			}
		}
	}()
	e.T.Cleanup(func() { sub.Unsubscribe(); ws.Close(); <-done })
	return bc
}

// Seen returns when block n was first seen.
func (bc *BlockClock) Seen(n uint64) (time.Time, bool) {
	bc.mu.Lock()
	defer bc.mu.Unlock()
	t, ok := bc.seen[n]
	return t, ok
}

// JobBlocks are the blocks in which jobs were requested and fulfilled, from the router's events.
type JobBlocks struct {
	Requested map[common.Hash]uint64
	Fulfilled map[common.Hash][]uint64 // more than one entry: fulfilled twice (must not happen)
	Skipped   int                      // FulfillmentSkipped events (wasted attempts)
}

// RouterJobBlocks reads the router's JobRequested / JobFulfilled / FulfillmentSkipped events from
// block `from` to the head.
func (e *Env) RouterJobBlocks(from uint64) JobBlocks {
	e.T.Helper()
	ctx := context.Background()
	head, err := e.Client.BlockNumber(ctx)
	if err != nil {
		e.T.Fatal(err)
	}
	jb := JobBlocks{Requested: map[common.Hash]uint64{}, Fulfilled: map[common.Hash][]uint64{}}
	for lo := from; lo <= head; lo += 2000 {
		q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(min(lo+1999, head)),
			Addresses: []common.Address{e.Deployment.Router}}
		logs, err := e.Client.FilterLogs(ctx, q)
		if err != nil {
			e.T.Fatal(err)
		}
		for i := range logs {
			l := &logs[i]
			if ev, err := e.Router.UnpackJobRequestedEvent(l); err == nil {
				jb.Requested[ev.JobId] = l.BlockNumber
			} else if ev, err := e.Router.UnpackJobFulfilledEvent(l); err == nil {
				jb.Fulfilled[ev.JobId] = append(jb.Fulfilled[ev.JobId], l.BlockNumber)
			} else if _, err := e.Router.UnpackFulfillmentSkippedEvent(l); err == nil {
				jb.Skipped++
			}
		}
	}
	return jb
}

// BlockTime returns the timestamp of block n.
func (e *Env) BlockTime(n uint64) uint64 {
	e.T.Helper()
	h, err := e.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	if err != nil {
		e.T.Fatal(err)
	}
	return h.Time
}
