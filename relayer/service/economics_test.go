package service_test

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/anviltest"
	"github.com/teeoracle/teeoracle/relayer/cliapp"
	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/service"
)

// Issue 11: a job whose enclave fee does not cover its callback gas plus the fulfilment overhead
// at the current gas price times the margin is refused (it waits, and expires unless prices
// fall); `relayer jobs show` says why and the refusal is counted. A job that pays settles.
func TestBelowCostJobRefusedByPolicy(t *testing.T) {
	e := oracletest.New(t, oracletest.Options{})
	cfg := e.Config()
	cfg.Dispatch.FeeMarginPercent = 1000 // opt-in strict policy: the router's floor (about 1 gwei per gas on anvil) is far below 10x the price
	svc := e.StartRelayer(cfg)
	cheap := e.RequestWith(oracletest.Requester, 0, protocol.PlainInput([]byte("cheap"), nil), nil, 3600)
	paying := e.RequestWith(oracletest.Requester, 0, protocol.PlainInput([]byte("paying"), nil), big.NewInt(1e17), 3600)
	e.WaitSettled([]common.Hash{paying}, time.Minute)

	ctx := context.Background()
	var j *jobs.Job
	waitFor(t, 20*time.Second, "the cheap job's refusal", func() bool {
		j, _, _ = jobs.NewStore(nil).Get(ctx, svc.DB, cheap)
		return j != nil && strings.HasPrefix(j.LastError, "refused by fee policy")
	})
	if j.State != jobs.StateRequested || e.Commitment(cheap) == (common.Hash{}) {
		t.Fatalf("cheap job: state %s", j.State)
	}
	// `relayer jobs show` prints it.
	out := captureStdout(t, func() error {
		return cliapp.New("test").Run([]string{"relayer", "--database-url", e.DBURL, "jobs", "show", cheap.Hex()})
	})
	var shown service.JobView
	if err := json.Unmarshal(out, &shown); err != nil {
		t.Fatalf("jobs show: %v\n%s", err, out)
	}
	if !strings.Contains(shown.LastError, "refused by fee policy: enclave fee") || shown.Version != 1 {
		t.Fatalf("jobs show: %s", out)
	}
	t.Logf("jobs show: %s", shown.LastError)
	resp, err := http.Get("http://" + svc.Addr() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `outcome="below_cost"`) {
		t.Fatal("/metrics does not count the refusal")
	}
}

// Issue 20: the router's floor follows block.basefee and the relayer's default policy takes every
// job that met it. A job paying exactly the quote at a 20 gwei base fee settles without waiting,
// even after the base fee jumps to 100 gwei before the relayer dispatches it (the old default,
// margin 100% of today's price, left it "refused by fee policy": checked by hand, it stays open).
func TestQuotePaidJobSettlesAtHighBaseFee(t *testing.T) {
	e := oracletest.New(t, oracletest.Options{})
	cfg := e.Config()
	cfg.Dispatch.FeeMarginPercent = 0 // the default policy
	e.Anvil.SetNextBaseFee(t, big.NewInt(20e9))
	e.Anvil.Mine(t, 1)
	quote := e.QuoteFee(oracletest.RequestCallbackGas)
	id := e.RequestWith(oracletest.Requester, 0, protocol.PlainInput([]byte("pays the quote"), nil), quote, 3600)
	e.Anvil.SetNextBaseFee(t, big.NewInt(100e9))
	e.Anvil.Mine(t, 1)
	svc := e.StartRelayer(cfg)
	start := time.Now()
	e.WaitSettled([]common.Hash{id}, 90*time.Second)
	j, _, err := jobs.NewStore(nil).Get(context.Background(), svc.DB, id)
	if err != nil || j == nil {
		t.Fatalf("job row: %v", err)
	}
	if j.Fee.Cmp(quote) != 0 {
		t.Fatalf("paid %s, quote %s", j.Fee, quote)
	}
	if strings.Contains(j.LastError, "fee policy") {
		t.Fatalf("the job waited on the fee policy: %s", j.LastError)
	}
	t.Logf("settled %s after the relayer started (fee %s wei, base fee 20 gwei at request, 100 gwei at dispatch)", time.Since(start).Round(time.Millisecond), quote)
}

func captureStdout(t *testing.T, f func() error) []byte {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	done := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(r)
		done <- b
	}()
	ferr := f()
	os.Stdout = old
	w.Close()
	out := <-done
	if ferr != nil {
		t.Fatalf("%v\n%s", ferr, out)
	}
	return out
}

// Issue 11.6: results of an enclave revoked on-chain (and not yet indexed: the relayer still thinks
// the worker is usable) are dropped by the pre-send check (router.check for every entry) before any
// transaction is sent, and their jobs go back to run elsewhere.
func TestRevokedEnclaveResultsDroppedBeforeSending(t *testing.T) {
	e := oracletest.New(t, oracletest.Options{})
	ctx := context.Background()
	const depth = 5
	cfg := e.Config()
	cfg.Confirmations = depth
	sender := anviltest.Address(oracletest.Sender)
	nonce, err := e.Client.NonceAt(ctx, sender, nil)
	if err != nil {
		t.Fatal(err)
	}
	ids := e.Request(oracletest.Requester, 5, nil, 3600)
	// The revocation is mined right after the requests; mine until the requests are `depth` deep,
	// the revocation one less: the relayer indexes the jobs, not the revocation.
	e.Transact(oracletest.Owner, e.Deployment.Router, e.Router.PackRevokeEnclave(e.Workers[0].Signer), nil)
	e.Anvil.Mine(t, depth-1)
	svc := e.StartRelayer(cfg)

	st := jobs.NewStore(nil)
	waitFor(t, 30*time.Second, "results dropped before sending", func() bool {
		for _, id := range ids {
			j, _, err := st.Get(ctx, svc.DB, id)
			if err != nil || !strings.Contains(j.LastError, "its enclave is no longer active") {
				return false
			}
		}
		return true
	})
	after, err := e.Client.NonceAt(ctx, sender, nil)
	if err != nil {
		t.Fatal(err)
	}
	pending, err := e.Client.PendingNonceAt(ctx, sender)
	if err != nil {
		t.Fatal(err)
	}
	if after != nonce || pending != nonce {
		t.Fatalf("the relayer sent %d transaction(s) for results of a revoked enclave", pending-nonce)
	}
	byName, _ := e.RouterEvents(e.StartBlock)
	if byName["JobFulfilled"]+byName["FulfillmentSkipped"] != 0 {
		t.Fatalf("events %v", byName)
	}
	for _, id := range ids {
		if e.Commitment(id) == (common.Hash{}) {
			t.Fatalf("job %s settled", id)
		}
	}
}

// hostileRequester is EVM code that forwards any call (with its value) to the router, so that it
// is the requester of the jobs it asks for, and whose callback (a call from the router) returns at
// once when the gas price is zero (eth_call, eth_estimateGas) and burns its whole gas otherwise
// (a mined transaction): cheap under an estimate, ruinous when mined.
func hostileRequester(router common.Address) []byte {
	r := router.Bytes()
	code := []byte{0x33, 0x73}                                 // CALLER PUSH20 router
	code = append(code, r...)                                  //
	code = append(code, 0x14, 0x60, 81, 0x57)                  // EQ PUSH1 cb JUMPI
	code = append(code, 0x36, 0x60, 0, 0x60, 0, 0x37)          // CALLDATACOPY(0, 0, size)
	code = append(code, 0x60, 0, 0x60, 0, 0x36, 0x60, 0, 0x34) // retSize retOffset argsSize argsOffset value
	code = append(code, 0x73)                                  // PUSH20 router
	code = append(code, r...)                                  //
	code = append(code, 0x5a, 0xf1)                            // GAS CALL
	code = append(code, 0x3d, 0x60, 0, 0x60, 0, 0x3e)          // RETURNDATACOPY(0, 0, size)
	code = append(code, 0x60, 76, 0x57)                        // PUSH1 ok JUMPI
	code = append(code, 0x3d, 0x60, 0, 0xfd)                   // REVERT(0, returndatasize)
	code = append(code, 0x5b, 0x3d, 0x60, 0, 0xf3)             // 76 ok: RETURN(0, returndatasize)
	code = append(code, 0x5b, 0x3a, 0x15, 0x60, 91, 0x57)      // 81 cb: GASPRICE ISZERO PUSH1 cheap JUMPI
	code = append(code, 0x5b, 0x60, 87, 0x56)                  // 87 loop: JUMP loop
	code = append(code, 0x5b, 0x00)                            // 91 cheap: STOP
	if len(code) != 93 || code[81] != 0x5b || code[87] != 0x5b || code[91] != 0x5b || code[76] != 0x5b {
		panic("hostileRequester: bad jump targets")
	}
	var n [2]byte
	n[0], n[1] = byte(len(code)>>8), byte(len(code))
	initCode := []byte{0x61, n[0], n[1], 0x80, 0x60, 0x0c, 0x60, 0, 0x39, 0x60, 0, 0xf3} // CODECOPY + RETURN
	return append(initCode, code...)
}

// Issue 11.2: a callback that is cheap under an estimate and burns its whole 2M gas limit when
// mined, first in a batch of honest jobs: the batch's gas is sized from the callbacks' limits, so
// every honest job settles in the same transaction and the batch never stops.
func TestHostileCallbackCannotSinkABatch(t *testing.T) {
	e := oracletest.New(t, oracletest.Options{})
	ctx := context.Background()
	rc := e.Anvil.Send(t, 3, nil, hostileRequester(e.Deployment.Router), nil)
	hostile := rc.ContractAddress
	const hostileGas = 2_000_000
	fee := e.QuoteFee(hostileGas)
	req := e.Transact(3, hostile, e.Router.PackRequestJob(e.Program, 0, common.Address{}, protocol.PlainInput([]byte("hostile"), nil),
		hostileGas, 3600), fee)
	var bad common.Hash
	for _, l := range req.Logs {
		if ev, err := e.Router.UnpackJobRequestedEvent(l); err == nil && ev.Requester == hostile {
			bad = ev.JobId
		}
	}
	if bad == (common.Hash{}) {
		t.Fatal("the hostile contract requested no job")
	}
	honest := e.Request(oracletest.Requester, 10, nil, 3600)
	cfg := e.Config()
	cfg.Submit.Linger = 3 * time.Second // one batch of all eleven
	e.StartRelayer(cfg)
	all := append([]common.Hash{bad}, honest...)
	e.WaitSettled(all, time.Minute)

	logs, err := e.Client.FilterLogs(ctx, filter(e.Deployment.Router, e.StartBlock))
	if err != nil {
		t.Fatal(err)
	}
	txOf := map[common.Hash]common.Hash{}
	callbackOK := map[common.Hash]bool{}
	stopped := 0
	for i := range logs {
		if ev, err := e.Router.UnpackJobFulfilledEvent(&logs[i]); err == nil {
			txOf[ev.JobId], callbackOK[ev.JobId] = logs[i].TxHash, ev.CallbackOk
		}
		if _, err := e.Router.UnpackBatchStoppedEvent(&logs[i]); err == nil {
			stopped++
		}
	}
	if stopped != 0 {
		t.Fatalf("%d batches stopped", stopped)
	}
	if callbackOK[bad] {
		t.Fatal("the hostile callback succeeded: it did not burn its gas")
	}
	for _, id := range honest {
		if txOf[id] != txOf[bad] || !callbackOK[id] {
			t.Fatalf("honest job %s settled in %s (hostile in %s), callback ok %v", id, txOf[id], txOf[bad], callbackOK[id])
		}
	}
	r, err := e.Client.TransactionReceipt(ctx, txOf[bad])
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := e.Client.TransactionByHash(ctx, txOf[bad])
	if err != nil {
		t.Fatal(err)
	}
	if r.GasUsed < hostileGas {
		t.Fatalf("batch used %d gas: the callback did not burn its limit", r.GasUsed)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("batch reverted")
	}
	t.Logf("one batch of %d jobs: gas limit %d (from the callbacks' limits), used %d", len(all), tx.Gas(), r.GasUsed)
}

func filter(addr common.Address, from uint64) ethereum.FilterQuery {
	return ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{addr}}
}
