package ethrpc_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/relayer/anviltest"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/internal/rpcproxy"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func dial(t *testing.T, cfg ethrpc.Config) *ethrpc.Client {
	t.Helper()
	c, err := ethrpc.Dial(context.Background(), cfg, quiet, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func TestFailoverOnErrorsAndCooldown(t *testing.T) {
	ctx := context.Background()
	a := anviltest.Start(t)
	bad, good := rpcproxy.Start(t, a.URL), rpcproxy.Start(t, a.URL)
	c := dial(t, ethrpc.Config{URLs: []string{bad.URL, good.URL}, Cooldown: time.Minute})

	bad.Fail("*", -1)
	for i := 0; i < 5; i++ {
		id, err := c.ChainID(ctx)
		if err != nil || id.Cmp(anviltest.ChainID) != 0 {
			t.Fatalf("call %d: chain id %v err %v", i, id, err)
		}
	}
	if n := bad.Count("eth_chainId"); n != 1 {
		t.Fatalf("failing primary asked %d times, want 1 (then cooled down)", n)
	}
	st := c.Status()
	if st[0].Errors != 1 || !st[0].Cooling || st[1].Errors != 0 {
		t.Fatalf("status after failover: %+v", st)
	}

	// Both failing: the error surfaces, wrapped, and mentions the method.
	good.Fail("*", -1)
	if _, err := c.ChainID(ctx); err == nil {
		t.Fatal("no error with every endpoint failing")
	}
	// Cooling endpoints remain a last resort: once healed, calls succeed again at once.
	bad.Heal()
	good.Heal()
	if _, err := c.ChainID(ctx); err != nil {
		t.Fatalf("after heal: %v", err)
	}
}

func TestTimeoutOnEveryCall(t *testing.T) {
	ctx := context.Background()
	a := anviltest.Start(t)
	slow, fast := rpcproxy.Start(t, a.URL), rpcproxy.Start(t, a.URL)
	slow.Stall("*", 5*time.Second)

	c := dial(t, ethrpc.Config{URLs: []string{slow.URL, fast.URL}, CallTimeout: 300 * time.Millisecond})
	start := time.Now()
	if _, err := c.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("failover from a stalled endpoint took %v", d)
	}

	only := dial(t, ethrpc.Config{URLs: []string{slow.URL}, CallTimeout: 300 * time.Millisecond})
	start = time.Now()
	_, err := only.BlockNumber(ctx)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("stalled single endpoint: err %v, want deadline exceeded", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("timeout took %v", d)
	}
}

func TestLaggingEndpointNotUsedForLogsPastItsHead(t *testing.T) {
	ctx := context.Background()
	a := anviltest.Start(t)
	emitter := a.DeployLogEmitter(t)
	for i := 0; i < 3; i++ {
		a.EmitLog(t, emitter, common.BigToHash(big.NewInt(int64(i))))
	}
	lagging, current := rpcproxy.Start(t, a.URL), rpcproxy.Start(t, a.URL)
	lagging.FreezeHead(a.BlockNumber(t))
	for i := 3; i < 6; i++ {
		a.EmitLog(t, emitter, common.BigToHash(big.NewInt(int64(i))))
	}
	head := a.BlockNumber(t)
	q := ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(head), Addresses: []common.Address{emitter}}

	// The lagging node alone clips the range at its head: 3 logs instead of 6. The client refuses it.
	onlyLagging := dial(t, ethrpc.Config{URLs: []string{lagging.URL}})
	if _, err := onlyLagging.FilterLogs(ctx, q); !errors.Is(err, ethrpc.ErrBehind) {
		t.Fatalf("lagging endpoint alone: err %v, want ErrBehind", err)
	}

	c := dial(t, ethrpc.Config{URLs: []string{lagging.URL, current.URL}})
	logs, err := c.FilterLogs(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 6 {
		t.Fatalf("got %d logs, want 6", len(logs))
	}
	if n := lagging.Count("eth_getLogs"); n != 0 {
		t.Fatalf("lagging endpoint was asked for logs %d times", n)
	}
	// Headers past the lagging head also come from the current endpoint.
	hs, err := c.HeadersByRange(ctx, head-4, head)
	if err != nil || len(hs) != 5 {
		t.Fatalf("headers: %d, err %v", len(hs), err)
	}
	tip, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(head))
	if err != nil || tip.Hash() != hs[4].Hash() {
		t.Fatalf("batch header hash differs from single: err %v", err)
	}
	// Open ranges are refused: they would let a lagging endpoint answer short.
	if _, err := c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{emitter}}); err == nil {
		t.Fatal("open-ended FilterLogs accepted")
	}
}

func TestRevertIsAnAnswerNotAFault(t *testing.T) {
	ctx := context.Background()
	a := anviltest.Start(t)
	p1, p2 := rpcproxy.Start(t, a.URL), rpcproxy.Start(t, a.URL)
	c := dial(t, ethrpc.Config{URLs: []string{p1.URL, p2.URL}})
	// A contract that always reverts: PUSH1 0 PUSH1 0 REVERT.
	r := a.Send(t, 0, nil, common.FromHex("0x6005600c60003960056000f3"+"60006000fd"), nil)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("deploy failed")
	}
	_, err := c.CallContract(ctx, ethereum.CallMsg{To: &r.ContractAddress, Data: []byte{1}}, nil)
	if !ethrpc.IsRevert(err) {
		t.Fatalf("err %v, want a revert", err)
	}
	if p2.Count("eth_call") != 0 || c.Status()[0].Errors != 0 {
		t.Fatalf("a revert was treated as an endpoint fault: %+v", c.Status())
	}
}

func TestSendRawTransactionBroadcasts(t *testing.T) {
	ctx := context.Background()
	a := anviltest.Start(t, "--no-mining")
	down, up := rpcproxy.Start(t, a.URL), rpcproxy.Start(t, a.URL)
	down.Fail("*", -1)
	c := dial(t, ethrpc.Config{URLs: []string{down.URL, up.URL}})
	to := anviltest.Address(1)
	tx := types.MustSignNewTx(anviltest.Key(0), types.LatestSignerForChainID(anviltest.ChainID), &types.DynamicFeeTx{
		ChainID: anviltest.ChainID, Nonce: 0, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(10e9), Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send with one endpoint down: %v", err)
	}
	// The same transaction again: the node already has it.
	err := c.SendTransaction(ctx, tx)
	if err != nil && !ethrpc.IsKnownTx(err) {
		t.Fatalf("resend: %v", err)
	}
	a.Mine(t, 1)
	r, err := c.TransactionReceipt(ctx, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt %v err %v", r, err)
	}
	// Mined: sending it once more is "nonce too low" (or known), never success-and-twice.
	err = c.SendTransaction(ctx, tx)
	if err != nil && !ethrpc.IsKnownTx(err) && !ethrpc.IsNonceTooLow(err) {
		t.Fatalf("resend after mining: %v", err)
	}
	if _, err := c.TransactionReceipt(ctx, common.Hash{1}); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("unknown receipt: %v, want NotFound", err)
	}
}
