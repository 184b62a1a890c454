package service_test

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/enclave/ipfs/ipfstest"
	"github.com/teeoracle/teeoracle/enclave/service"
	"github.com/teeoracle/teeoracle/internal/chaintest"
	"github.com/teeoracle/teeoracle/protocol"
)

// jobFromEvent is what a relayer sends the worker for a JobRequested event.
func jobFromEvent(chain *chaintest.Chain, ev *bindings.JobRouterJobRequested, cid string) api.Job {
	return api.Job{
		ChainID:          (*hexutil.Big)(chain.ChainID),
		Router:           chain.Deployment.Router,
		JobID:            ev.JobId,
		Requester:        ev.Requester,
		ProgramID:        ev.ProgramId,
		Input:            ev.Input,
		CallbackGasLimit: ev.CallbackGasLimit,
		Fee:              (*hexutil.Big)(ev.Fee),
		Deadline:         ev.Deadline.Uint64(),
		ProgramCID:       cid,
	}
}

func fulfillment(t *testing.T, ev *bindings.JobRouterJobRequested, res api.JobResult) bindings.IJobRouterFulfillment {
	t.Helper()
	f, err := protocol.Fulfillment{
		Request:   protocol.RequestFromEvent(ev),
		Result:    res.Result(),
		Signature: res.ProtocolSignature(),
	}.Binding()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// Refusal reasons of JobRouter.check (contracts/src/JobRouter.sol).
const (
	refusalNone            = 0
	refusalInactiveEnclave = 5
)

// check asks the router what it thinks of a fulfilment without sending it.
func check(t *testing.T, chain *chaintest.Chain, f bindings.IJobRouterFulfillment) bindings.CheckOutput {
	t.Helper()
	out, err := bind.Call(chain.RouterContract(), nil, chain.Router.PackCheck(f), chain.Router.UnpackCheck)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestWorkerResultsSettleOnChain runs the whole path on go-ethereum's simulated backend: a dapp
// requests jobs, the worker (simulation mode, registered in a registry that allows simulation)
// executes them from IPFS over its attested TLS API, and the router accepts its signatures, pays
// the enclave and calls the dapp back; results from an unregistered worker or tampered outputs are
// refused.
func TestWorkerResultsSettleOnChain(t *testing.T) {
	ctx := context.Background()
	chain := chaintest.New(t, 2, deploy.DefaultOptions())
	kubo := ipfstest.Start(t)
	cfg := config(kubo.API, t.TempDir(), service.TLSOn)
	cfg.Worker.OutputCIDThreshold = 256
	svc := start(t, cfg, nil)
	wc, _ := client.New(svc.URL(), client.AllowSimulation())
	id, err := wc.Identity(ctx)
	if err != nil {
		t.Fatal(err)
	}
	payee := common.HexToAddress("0x00000000000000000000000000000000000Fee01")
	chain.RegisterEnclave(t, id.Signer, payee, id.EncryptionKey, true)
	pid, cid := publishMinimal(t, kubo.API, id)

	consumer, err := deploy.EchoConsumer(ctx, chain.Client, chain.Auth(chain.Users[0]), chain.Deployment.Router, false, chain.Commit)
	if err != nil {
		t.Fatal(err)
	}
	encKey, err := protocol.ParsePublicKey(id.EncryptionKey)
	if err != nil {
		t.Fatal(err)
	}
	seal := func(requester common.Address, payload string) []byte {
		in, err := protocol.SealInput(encKey, requester, pid, []byte(payload), nil)
		if err != nil {
			t.Fatal(err)
		}
		return in
	}
	large := strings.Repeat("L", 1000)
	inputs := []struct {
		name       string
		input      []byte
		wantStatus protocol.Status
	}{
		{"plaintext", []byte("\x10hello chain"), protocol.StatusOK},
		// The requester the router commits to is the consumer contract (msg.sender).
		{"encrypted", seal(consumer, "secret for the chain"), protocol.StatusOK},
		{"copied from another requester", seal(crypto0(), "not yours"), protocol.StatusBadInput},
		{"large output", append([]byte{0x10}, large...), protocol.StatusOKCID},
	}
	fee := big.NewInt(1e15)
	var evs []*bindings.JobRouterJobRequested
	for _, in := range inputs {
		data := bindings.NewEchoConsumer().PackRequest(pid, 0, in.input, 300_000, 3600)
		r := chain.Send(t, chain.Users[0], consumer, fee, data, 1_000_000)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%s: request reverted", in.name)
		}
		for _, l := range r.Logs {
			if ev, err := chain.Router.UnpackJobRequestedEvent(l); err == nil {
				evs = append(evs, ev)
			}
		}
	}
	if len(evs) != len(inputs) {
		t.Fatalf("%d JobRequested events", len(evs))
	}
	jobs := make([]api.Job, len(evs))
	for i, ev := range evs {
		jobs[i] = jobFromEvent(chain, ev, cid)
	}
	results, err := wc.Execute(ctx, jobs)
	if err != nil {
		t.Fatal(err)
	}
	for i, res := range results {
		if !res.Signed() || res.Status != inputs[i].wantStatus {
			t.Fatalf("%s: %+v", inputs[i].name, res)
		}
	}

	t.Run("unregistered worker refused", func(t *testing.T) {
		rogue := start(t, config(kubo.API, t.TempDir(), service.TLSOff), nil)
		rc, _ := client.New(rogue.URL(), client.AllowSimulation())
		rid, err := rc.Identity(ctx)
		if err != nil {
			t.Fatal(err)
		}
		_, rcid := publishMinimal(t, kubo.API, rid)
		job := jobs[0]
		job.ProgramCID = rcid
		res, err := rc.Execute(ctx, []api.Job{job})
		if err != nil || !res[0].Signed() {
			t.Fatalf("rogue execute: %+v %v", res, err)
		}
		f := fulfillment(t, evs[0], res[0])
		if c := check(t, chain, f); c.Why != refusalInactiveEnclave || c.Signer != rid.Signer {
			t.Fatalf("check: %+v, want inactive enclave %s", c, rid.Signer)
		}
		data := chain.Router.PackFulfill(f)
		if r := chain.Send(t, chain.Users[1], chain.Deployment.Router, nil, data, 2_000_000); r.Status == types.ReceiptStatusSuccessful {
			t.Fatal("router accepted a result signed by an unregistered worker")
		}
	})

	t.Run("tampered output refused", func(t *testing.T) {
		res := results[0]
		res.Output = []byte("forged output")
		f := fulfillment(t, evs[0], res)
		if c := check(t, chain, f); c.Why == refusalNone || c.Signer == id.Signer {
			t.Fatalf("check accepts a tampered output: %+v", c)
		}
		data := chain.Router.PackFulfill(f)
		if r := chain.Send(t, chain.Users[1], chain.Deployment.Router, nil, data, 2_000_000); r.Status == types.ReceiptStatusSuccessful {
			t.Fatal("router accepted a tampered output")
		}
	})

	// The genuine results settle in one batch.
	fs := make([]bindings.IJobRouterFulfillment, len(results))
	for i := range results {
		fs[i] = fulfillment(t, evs[i], results[i])
		if c := check(t, chain, fs[i]); c.Why != refusalNone || c.Signer != id.Signer {
			t.Fatalf("%s: check %+v", inputs[i].name, c)
		}
	}
	r := chain.Send(t, chain.Users[1], chain.Deployment.Router, nil, chain.Router.PackFulfillBatch(fs), 5_000_000)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("fulfillBatch reverted")
	}
	settled := map[common.Hash]*bindings.JobRouterJobFulfilled{}
	received := map[common.Hash][]byte{}
	for _, l := range r.Logs {
		if e, err := chain.Router.UnpackJobFulfilledEvent(l); err == nil {
			settled[e.JobId] = e
		}
		if e, err := bindings.NewEchoConsumer().UnpackResultReceivedEvent(l); err == nil {
			received[e.JobId] = e.Output
		}
		if e, err := chain.Router.UnpackFulfillmentSkippedEvent(l); err == nil {
			t.Fatalf("job %x skipped: reason %d", e.JobId, e.Reason)
		}
	}
	for i, ev := range evs {
		e := settled[ev.JobId]
		if e == nil || e.Enclave != id.Signer || e.Status != uint8(inputs[i].wantStatus) || !e.CallbackOk {
			t.Fatalf("%s: JobFulfilled %+v", inputs[i].name, e)
		}
		if !bytes.Equal(received[ev.JobId], results[i].Output) {
			t.Fatalf("%s: callback got %q", inputs[i].name, received[ev.JobId])
		}
	}
	if got := string(received[evs[0].JobId]); got != "hello chain" {
		t.Fatalf("plaintext job output %q", got)
	}
	if got := string(received[evs[1].JobId]); got != "secret for the chain" {
		t.Fatalf("encrypted job output %q", got)
	}
	// The large output went to IPFS under the CID the enclave signed.
	stored, err := ipfs.New(kubo.API).Fetch(ctx, string(received[evs[3].JobId]), 1<<20)
	if err != nil || string(stored) != large {
		t.Fatalf("large output from IPFS: %d bytes, %v", len(stored), err)
	}

	// The enclave earned the fees of the settled jobs.
	info, err := bind.Call(chain.RouterContract(), nil, chain.Router.PackEnclave(id.Signer), chain.Router.UnpackEnclave)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Mul(fee, big.NewInt(int64(len(evs)))); info.Hot.Fees.Cmp(want) != 0 {
		t.Fatalf("enclave fees %s, want %s", info.Hot.Fees, want)
	}
}

// crypto0 is an address that is not the consumer.
func crypto0() common.Address {
	return common.HexToAddress("0x000000000000000000000000000000000000dEaD")
}
