package service_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/enclave/ipfs/ipfstest"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/enclave/service"
	"github.com/teeoracle/teeoracle/internal/chaintest"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
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
		User:             ev.User,
		Version:          ev.Version,
		Epoch:            ev.Epoch,
		AuthorFee:        (*hexutil.Big)(ev.AuthorFee),
		ProgramCID:       cid,
	}
}

// publishFleetKeys has the fleet's epoch keys, as signed by the worker for this chain's router,
// recorded on-chain (any account may submit them): requests then commit to the epoch.
func publishFleetKeys(t *testing.T, chain *chaintest.Chain, wc *client.Client, epoch uint32) api.FleetStatus {
	t.Helper()
	d := protocol.Domain{ChainID: chain.ChainID, Router: chain.Deployment.Router}
	st, err := wc.FleetStatus(context.Background(), &d)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range st.Epochs {
		if e.Epoch != epoch || e.Signature == nil {
			continue
		}
		data := chain.Router.PackSetEpochKeys(*st.FleetID, epoch, [32]byte(e.X25519Key), e.XWingKey, e.Signature.R, e.Signature.VS)
		if r := chain.Send(t, chain.Users[1], chain.Deployment.Router, nil, data, 2_000_000); r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("setEpochKeys(%d) reverted", epoch)
		}
		return st
	}
	t.Fatalf("epoch %d not signed in %+v", epoch, st)
	return st
}

// sealForChain seals module as version `version` of author's program `name` for this chain's router,
// encrypted to the fleet's key of `epoch` (docs/formats.md, v2 program blob), and adds it to IPFS.
func sealForChain(t *testing.T, chain *chaintest.Chain, kuboAPI string, st api.FleetStatus, epoch uint32, author *ecdsa.PrivateKey, name string, version uint32, module []byte) (protocol.ProgramManifest, string) {
	t.Helper()
	d := protocol.Domain{ChainID: chain.ChainID, Router: chain.Deployment.Router}
	blob, m, err := protocol.SealProgram(epochKey(t, st, epoch, hpke.SuiteX25519), epoch, d, author, name, version, module)
	if err != nil {
		t.Fatal(err)
	}
	cid, err := ipfs.New(kuboAPI).Add(context.Background(), blob)
	if err != nil {
		t.Fatal(err)
	}
	return m, cid
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
	chain := chaintest.New(t, 3, deploy.DevOptions())
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

	// The worker creates the fleet (genesis: epoch 1); its keys, signed by the now registered
	// enclave, go on-chain, so requests commit to epoch 1.
	d := protocol.Domain{ChainID: chain.ChainID, Router: chain.Deployment.Router}
	order, err := client.SignGenesisOrder(d, chain.Owner)
	if err != nil {
		t.Fatal(err)
	}
	gst, err := wc.Genesis(ctx, order)
	if err != nil {
		t.Fatal(err)
	}
	if r := chain.Send(t, chain.Owner, chain.Deployment.Router, nil, chain.Router.PackSetFleetId(*gst.FleetID), 200_000); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("setFleetId reverted")
	}
	st := publishFleetKeys(t, chain, wc, 1)

	// The author creates the program on-chain and publishes version 1: the module sealed once to the
	// fleet key of epoch 1, with the manifest the author signed for this router.
	author := chain.Users[2]
	const name = "cat"
	m, cid := sealForChain(t, chain, kubo.API, st, 1, author, name, 1, sandbox.MinimalModule())
	pid := chain.CreateProgram(t, author, deploy.Program{Name: name, CodeHash: m.CodeHash, CID: cid})
	if pid != m.ProgramID {
		t.Fatalf("programId on-chain %x, in the manifest %x", pid, m.ProgramID)
	}

	consumer, err := deploy.EchoConsumer(ctx, chain.Client, chain.Auth(chain.Users[0]), chain.Deployment.Router, false, chain.Commit)
	if err != nil {
		t.Fatal(err)
	}
	// The consumer requests for its caller (Users[0]): the input is bound to that requester and user.
	dappUser := crypto.PubkeyToAddress(chain.Users[0].PublicKey)
	seal := func(requester common.Address, payload string) []byte {
		b := protocol.InputBinding{ChainID: chain.ChainID, Router: chain.Deployment.Router, Requester: requester, User: dappUser, ProgramID: pid}
		in, err := protocol.EncryptInput(epochKey(t, st, 1, hpke.SuiteX25519), 1, b, []byte(payload), nil)
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
		{"xwing", sealXWing(t, chain, st, consumer, dappUser, pid, "post-quantum secret"), protocol.StatusOK},
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
		if ev.Epoch != 1 || ev.Version != 1 || ev.ProgramId != pid || ev.User != dappUser {
			t.Fatalf("%s: request %+v", inputs[i].name, ev)
		}
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
		// It runs a fleet of its own (another epoch-1 secret) and the author's program sealed to it: its
		// result is well signed, but by a key the router never registered.
		rst, err := rc.Genesis(ctx, order)
		if err != nil {
			t.Fatal(err)
		}
		_, rcid := sealForChain(t, chain, kubo.API, rst, 1, author, name, 1, sandbox.MinimalModule())
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
	if got := string(received[evs[2].JobId]); got != "post-quantum secret" {
		t.Fatalf("X-Wing encrypted job output %q", got)
	}
	// The large output went to IPFS under the CID the enclave signed.
	stored, err := ipfs.New(kubo.API).Fetch(ctx, string(received[evs[4].JobId]), 1<<20)
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

// sealXWing encrypts payload for the consumer's job to the fleet's post-quantum (X-Wing) key of epoch 1.
func sealXWing(t *testing.T, chain *chaintest.Chain, st api.FleetStatus, consumer, user common.Address, pid [32]byte, payload string) []byte {
	t.Helper()
	b := protocol.InputBinding{ChainID: chain.ChainID, Router: chain.Deployment.Router, Requester: consumer, User: user, ProgramID: pid}
	in, err := protocol.EncryptInput(epochKey(t, st, 1, hpke.SuiteXWing), 1, b, []byte(payload), nil)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// crypto0 is an address that is not the consumer.
func crypto0() common.Address {
	return common.HexToAddress("0x000000000000000000000000000000000000dEaD")
}
