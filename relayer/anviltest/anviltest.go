// Package anviltest starts a real anvil (the project-local one from tools/npm, via scripts/anvil.sh) on
// a free loopback port for a test, and stops it when the test ends. Each Anvil is a separate chain
// (id 31337) with the ten usual dev accounts.
package anviltest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teeoracle/teeoracle/internal/devkeys"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
)

// DevKeys are the private keys (hex, no 0x) of anvil's default accounts.
var DevKeys = devkeys.Hex

// Key returns dev account i's private key.
func Key(i int) *ecdsa.PrivateKey { return devkeys.Key(i) }

// Address returns dev account i's address.
func Address(i int) common.Address { return devkeys.Address(i) }

// ChainID is anvil's default chain id.
var ChainID = big.NewInt(31337)

// Anvil is a running anvil process.
type Anvil struct {
	URL  string
	Port int
	args []string

	mu  sync.Mutex
	cmd *exec.Cmd
	rpc *rpc.Client
}

// Start starts anvil with extra args (e.g. "--no-mining", "--block-time", "1") and stops it when the
// test ends.
func Start(t testing.TB, args ...string) *Anvil {
	t.Helper()
	a := &Anvil{args: args}
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if err = a.start(testutil.FreePort(t)); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatalf("anviltest: %v", err)
	}
	t.Cleanup(a.Kill)
	return a
}

func (a *Anvil) start(port int) error {
	cmd := exec.Command(filepath.Join(testutil.RepoRoot(), "scripts", "anvil.sh"), append([]string{fmt.Sprint(port)}, a.args...)...)
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	// anvil.sh execs anvil: this is anvil's own PID. Kill it if the test binary dies.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return err
	}
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		c, err := rpc.Dial(url)
		if err == nil {
			var id hexutil.Big
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			err = c.CallContext(ctx, &id, "eth_chainId")
			cancel()
			if err == nil {
				a.mu.Lock()
				a.cmd, a.rpc, a.URL, a.Port = cmd, c, url, port
				a.mu.Unlock()
				go func() { <-exited }() // reap
				return nil
			}
			c.Close()
		}
		select {
		case err := <-exited:
			return fmt.Errorf("anvil exited: %v", err)
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			_ = cmd.Process.Kill()
			return fmt.Errorf("anvil did not answer on %s", url)
		}
	}
}

// Kill stops anvil (SIGKILL). Safe to call twice.
func (a *Anvil) Kill() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.rpc != nil {
		a.rpc.Close()
		a.rpc = nil
	}
	if a.cmd != nil && a.cmd.Process != nil {
		_ = a.cmd.Process.Kill()
		a.cmd = nil
	}
}

// Client returns a new ethclient on this anvil, closed when the test ends.
func (a *Anvil) Client(t testing.TB) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(a.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// Call runs a JSON-RPC method (anvil_*, evm_*) and fails the test on error.
func (a *Anvil) Call(t testing.TB, result any, method string, args ...any) {
	t.Helper()
	if err := a.TryCall(result, method, args...); err != nil {
		t.Fatalf("anviltest: %s: %v", method, err)
	}
}

// TryCall runs a JSON-RPC method and returns its error.
func (a *Anvil) TryCall(result any, method string, args ...any) error {
	a.mu.Lock()
	c := a.rpc
	a.mu.Unlock()
	if c == nil {
		return fmt.Errorf("anvil stopped")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return c.CallContext(ctx, result, method, args...)
}

// Mine mines n blocks.
func (a *Anvil) Mine(t testing.TB, n int) {
	t.Helper()
	a.Call(t, nil, "anvil_mine", hexutil.EncodeUint64(uint64(n)))
}

// SetAutomine turns automatic mining of each transaction on or off.
func (a *Anvil) SetAutomine(t testing.TB, on bool) {
	t.Helper()
	a.Call(t, nil, "evm_setAutomine", on)
}

// SetNextBaseFee sets the base fee of the next block (wei).
func (a *Anvil) SetNextBaseFee(t testing.TB, wei *big.Int) {
	t.Helper()
	a.Call(t, nil, "anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(wei))
}

// DropTransaction removes a transaction from anvil's pool.
func (a *Anvil) DropTransaction(t testing.TB, hash common.Hash) {
	t.Helper()
	a.Call(t, nil, "anvil_dropTransaction", hash)
}

// Reorg replaces the last depth blocks with as many new, empty blocks (anvil_reorg).
func (a *Anvil) Reorg(t testing.TB, depth int) {
	t.Helper()
	a.Call(t, nil, "anvil_reorg", depth, []any{})
}

// BlockNumber returns anvil's head.
func (a *Anvil) BlockNumber(t testing.TB) uint64 {
	t.Helper()
	var n hexutil.Uint64
	a.Call(t, &n, "eth_blockNumber")
	return uint64(n)
}

// Send signs and sends a dynamic-fee transaction from dev account `from` (to nil: contract creation)
// and waits for its receipt (anvil must be mining).
func (a *Anvil) Send(t testing.TB, from int, to *common.Address, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := a.Client(t)
	nonce, err := c.PendingNonceAt(ctx, Address(from))
	if err != nil {
		t.Fatal(err)
	}
	if value == nil {
		value = new(big.Int)
	}
	gas := uint64(1_000_000)
	tx := types.MustSignNewTx(Key(from), types.LatestSignerForChainID(ChainID), &types.DynamicFeeTx{
		ChainID: ChainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
		Gas: gas, To: to, Value: value, Data: data,
	})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("anviltest: send: %v", err)
	}
	for {
		r, err := c.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("anviltest: no receipt for %s", tx.Hash())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// logEmitterCode deploys a contract whose every call emits LOG1 with topic = the first 32 bytes of
// calldata: PUSH1 0 CALLDATALOAD PUSH1 0 PUSH1 0 LOG1 STOP.
var logEmitterCode = common.FromHex("0x6009600c60003960096000f3" + "600035600060" + "00a100")

// DeployLogEmitter deploys a contract that emits one log (topic = calldata) per call; see EmitLog.
func (a *Anvil) DeployLogEmitter(t testing.TB) common.Address {
	t.Helper()
	r := a.Send(t, 0, nil, logEmitterCode, nil)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("anviltest: log emitter deployment failed")
	}
	return r.ContractAddress
}

// EmitLog calls a log emitter so that it emits one log with the given topic; returns the receipt.
func (a *Anvil) EmitLog(t testing.TB, emitter common.Address, topic common.Hash) *types.Receipt {
	t.Helper()
	return a.Send(t, 0, &emitter, topic.Bytes(), nil)
}

// revertCode deploys a contract whose every call reverts: PUSH1 0 PUSH1 0 REVERT.
var revertCode = common.FromHex("0x6005600c60003960056000f3" + "60006000fd")

// DeployReverter deploys a contract that reverts on every call.
func (a *Anvil) DeployReverter(t testing.TB) common.Address {
	t.Helper()
	r := a.Send(t, 0, nil, revertCode, nil)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("anviltest: reverter deployment failed")
	}
	return r.ContractAddress
}

// EmitLogsInOneBlock makes the emitter emit one log per topic, all in one new block (automine is
// switched off while the transactions are sent, and back on after).
func (a *Anvil) EmitLogsInOneBlock(t testing.TB, emitter common.Address, topics []common.Hash) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := a.Client(t)
	a.SetAutomine(t, false)
	defer a.SetAutomine(t, true)
	nonce, err := c.PendingNonceAt(ctx, Address(0))
	if err != nil {
		t.Fatal(err)
	}
	for i, topic := range topics {
		tx := types.MustSignNewTx(Key(0), types.LatestSignerForChainID(ChainID), &types.DynamicFeeTx{
			ChainID: ChainID, Nonce: nonce + uint64(i), GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
			Gas: 100_000, To: &emitter, Data: topic.Bytes(),
		})
		if err := c.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("anviltest: send: %v", err)
		}
	}
	a.Mine(t, 1)
}

// SetIntervalMining makes anvil mine a block every `seconds` seconds (0: back to no interval),
// whatever the pool holds, instead of one block per transaction.
func (a *Anvil) SetIntervalMining(t testing.TB, seconds int) {
	t.Helper()
	a.SetAutomine(t, false)
	a.Call(t, nil, "evm_setIntervalMining", seconds)
}
