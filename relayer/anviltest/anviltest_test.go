package anviltest_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/relayer/anviltest"
)

func TestAnvilLogsAndReorg(t *testing.T) {
	ctx := context.Background()
	a := anviltest.Start(t)
	c := a.Client(t)
	id, err := c.ChainID(ctx)
	if err != nil || id.Cmp(anviltest.ChainID) != 0 {
		t.Fatalf("chain id %v, err %v", id, err)
	}
	emitter := a.DeployLogEmitter(t)
	topic := common.HexToHash("0xabcdef")
	r := a.EmitLog(t, emitter, topic)
	if len(r.Logs) != 1 || r.Logs[0].Topics[0] != topic {
		t.Fatalf("emitter logs: %+v", r.Logs)
	}
	a.Mine(t, 3)
	head := a.BlockNumber(t)
	before, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(head))
	if err != nil {
		t.Fatal(err)
	}
	a.Reorg(t, 5) // removes the block holding the log
	after, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(head))
	if err != nil {
		t.Fatal(err)
	}
	if before.Hash() == after.Hash() {
		t.Fatal("anvil_reorg did not change the head block")
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(head), Addresses: []common.Address{emitter}})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 0 {
		t.Fatalf("log survived a reorg that removed its block: %+v", logs)
	}
}

func TestAnvilKillStopsProcess(t *testing.T) {
	a := anviltest.Start(t)
	a.Kill()
	if err := a.TryCall(nil, "eth_chainId"); err == nil {
		t.Fatal("anvil still answers after Kill")
	}
}
