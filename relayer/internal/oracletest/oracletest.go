// Package oracletest sets up the whole oracle on real parts for relayer end-to-end tests: anvil with
// the contracts deployed from the generated bindings, simulated enclave workers registered in the
// registry (which allows simulation on this dev chain) forming one fleet (genesis on the first, the
// others joined; epoch 1's keys published on-chain when the router has FleetKeys), Kubo with one
// program ("cat" by default) sealed once to the fleet's epoch key and published by its author (dev
// account 0) as version 1, an EchoConsumer dapp, and a fresh Postgres database.
package oracletest

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
	"github.com/teeoracle/teeoracle/relayer/anviltest"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/fleet"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
	"github.com/teeoracle/teeoracle/relayer/internal/workertest"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
	"github.com/teeoracle/teeoracle/relayer/service"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// Dev accounts: 0 deploys and owns the contracts (and is the registrar), 1 is the relayer's sender,
// 2 and 3 request jobs.
const (
	Owner     = 0
	Sender    = 1
	Requester = 2
)

// Env is a deployed oracle.
type Env struct {
	T          testing.TB
	Anvil      *anviltest.Anvil
	Client     *ethclient.Client
	Deployment *deploy.Deployment
	Consumer   common.Address
	StartBlock uint64
	DBURL      string
	IPFS       string
	Workers    []*workertest.Worker
	Program    common.Hash
	Router     *bindings.JobRouter
	FleetKey   *hpke.PublicKey // the epoch-1 X25519 key inputs and programs are sealed to
	Epoch      uint32          // 1
	FleetID    [32]byte        // the fleet the router records (genesis on Workers[0])
	Encrypt    bool            // requests carry inputs encrypted to FleetKey (Options.EncryptInputs)
	// RequestTip is the priority fee of request transactions (nil: 1 gwei); a higher one puts them
	// first in a block.
	RequestTip *big.Int
	nonces     map[int]uint64
}

// Options shape the environment.
type Options struct {
	AnvilArgs []string // e.g. "--block-time", "1"
	Workers   int      // default 1
	DBURL     string   // default: a fresh database on the per-binary cluster
	// Module is the program's WASM module (default: the sandbox's minimal "cat").
	Module []byte
	// EncryptInputs makes requests encrypt their inputs to the fleet's epoch-1 key.
	EncryptInputs bool
	// NoFleet leaves the workers without a fleet epoch (no genesis, no join, no program).
	NoFleet bool
}

// New deploys everything.
func New(t testing.TB, o Options) *Env {
	t.Helper()
	ctx := context.Background()
	if o.Workers == 0 {
		o.Workers = 1
	}
	e := &Env{T: t, Anvil: anviltest.Start(t, o.AnvilArgs...), Router: bindings.NewJobRouter(), nonces: map[int]uint64{}}
	e.Client = e.Anvil.Client(t)
	e.DBURL = o.DBURL
	if e.DBURL == "" {
		e.DBURL = pgtest.URL(t)
	}
	head, err := e.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.StartBlock = head + 1
	auth := e.Auth(Owner)
	e.Deployment, err = deploy.Contracts(ctx, e.Client, auth, deploy.DevOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := deploy.SetupRegistry(ctx, e.Client, e.Auth(Owner), e.Deployment.Router, [32]byte{}, nil); err != nil {
		t.Fatal(err)
	}
	e.Consumer, err = deploy.EchoConsumer(ctx, e.Client, e.Auth(Owner), e.Deployment.Router, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.IPFS = workertest.IPFS(t)
	for i := 0; i < o.Workers; i++ {
		w := workertest.Start(t, e.IPFS, "")
		e.Workers = append(e.Workers, w)
		e.RegisterWorker(w)
	}
	e.Encrypt = o.EncryptInputs
	if !o.NoFleet {
		e.SetupFleet(o.Module)
	}
	return e
}

// SetupFleet makes the workers one fleet (genesis on the first, the others join it), publishes
// epoch 1's keys on-chain when the router has FleetKeys, and has the author (dev account 0) create
// the program "cat" (module: the minimal cat unless given) and publish version 1 sealed to epoch 1.
func (e *Env) SetupFleet(module []byte) {
	t := e.T
	t.Helper()
	ctx := context.Background()
	holder := e.Workers[0].Client(t)
	order, err := client.SignGenesisOrder(protocol.Domain{ChainID: anviltest.ChainID, Router: e.Deployment.Router}, anviltest.Key(Owner))
	if err != nil {
		t.Fatal(err)
	}
	st, err := holder.Genesis(ctx, order)
	if err != nil {
		t.Fatal(err)
	}
	e.FleetID = *st.FleetID
	e.Transact(Owner, e.Deployment.Router, fleet.PackSetFleetId(e.FleetID), nil)
	for _, w := range e.Workers[1:] {
		if _, err := client.Join(ctx, e.FleetID, holder, w.Client(t)); err != nil {
			t.Fatal(err)
		}
	}
	ep := e.LoadFleetKey(e.Workers[0])
	if RouterHasFleetKeys() {
		e.Transact(Owner, e.Deployment.Router, fleet.PackSetEpochKeys(e.FleetID, ep.Epoch, [32]byte(ep.X25519Key), ep.XWingKey, ep.Signature.R, ep.Signature.VS), nil)
	}
	if module == nil {
		module = sandbox.MinimalModule()
	}
	e.Program = e.PublishProgram("cat", module, new(big.Int))
}

// LoadFleetKey reads the current epoch's keys (and the FleetKey statement for this router) from a
// worker and makes them the keys requests and programs are sealed to.
func (e *Env) LoadFleetKey(w *workertest.Worker) api.FleetEpoch {
	t := e.T
	t.Helper()
	d := protocol.Domain{ChainID: anviltest.ChainID, Router: e.Deployment.Router}
	st, err := w.Client(t).FleetStatus(context.Background(), &d)
	if err != nil || len(st.Epochs) == 0 {
		t.Fatalf("fleet status: %v %+v", err, st)
	}
	ep := st.Epochs[len(st.Epochs)-1]
	e.Epoch = ep.Epoch
	e.FleetKey, err = hpke.ParsePublicKey(hpke.SuiteX25519, ep.X25519Key)
	if err != nil {
		t.Fatal(err)
	}
	return ep
}

// RouterHasFleetKeys reports whether the generated router binding has FleetKeys (the registry
// branch merged into the contracts).
func RouterHasFleetKeys() bool {
	a, err := bindings.JobRouterMetaData.ParseABI()
	return err == nil && fleet.HasFleetKeys(*a)
}

// PublishProgram has the author (dev account 0) create program `name` (open, with authorFee) and
// publish module as its next version, sealed to the fleet's epoch key; it returns the program id.
func (e *Env) PublishProgram(name string, module []byte, authorFee *big.Int) common.Hash {
	t := e.T
	t.Helper()
	d := protocol.Domain{ChainID: anviltest.ChainID, Router: e.Deployment.Router}
	id := common.Hash(protocol.ProgramIDOf(anviltest.Address(Owner), name))
	p, err := e.callProgram(id)
	if err != nil {
		t.Fatal(err)
	}
	if p.Flags&1 == 0 {
		e.Transact(Owner, e.Deployment.Router, e.Router.PackCreateProgram(name, authorFee, false), nil)
	}
	blob, m, err := protocol.SealProgram(e.FleetKey, e.Epoch, d, anviltest.Key(Owner), name, p.CurrentVersion+1, module)
	if err != nil {
		t.Fatal(err)
	}
	cid, err := ipfs.New(e.IPFS).Add(context.Background(), blob)
	if err != nil {
		t.Fatal(err)
	}
	e.Transact(Owner, e.Deployment.Router, e.Router.PackPublishVersion(name, m.CodeHash, cid), nil)
	return id
}

func (e *Env) callProgram(id common.Hash) (bindings.IProgramRegistryProgram, error) {
	out, err := e.Client.CallContract(context.Background(), ethereumCall(e.Deployment.Router, e.Router.PackProgram(id)), nil)
	if err != nil {
		return bindings.IProgramRegistryProgram{}, err
	}
	return e.Router.UnpackProgram(out)
}

// QuoteFee is the router's fee floor for the program and callback gas.
func (e *Env) QuoteFee(gas uint32) *big.Int {
	e.T.Helper()
	q, err := deploy.QuoteFee(context.Background(), e.Client, e.Deployment.Router, e.Program, gas)
	if err != nil {
		e.T.Fatal(err)
	}
	return q
}

// Auth returns transact options for dev account i.
func (e *Env) Auth(i int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(anviltest.Key(i), anviltest.ChainID)
}

// Transact sends calldata from dev account i and waits for success.
func (e *Env) Transact(i int, to common.Address, data []byte, value *big.Int) *types.Receipt {
	e.T.Helper()
	ctx := context.Background()
	from := anviltest.Address(i)
	nonce, err := e.Client.PendingNonceAt(ctx, from)
	if err != nil {
		e.T.Fatal(err)
	}
	gas, err := e.Client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data, Value: value})
	if err != nil {
		e.T.Fatalf("estimate: %v", err)
	}
	if value == nil {
		value = new(big.Int)
	}
	tx := types.MustSignNewTx(anviltest.Key(i), types.LatestSignerForChainID(anviltest.ChainID), &types.DynamicFeeTx{
		ChainID: anviltest.ChainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(50e9), Gas: gas * 2,
		To: &to, Value: value, Data: data,
	})
	if err := e.Client.SendTransaction(ctx, tx); err != nil {
		e.T.Fatal(err)
	}
	r, err := e.WaitMined(ctx, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		e.T.Fatalf("transaction to %s failed: %v", to, err)
	}
	return r
}

// RegisterWorker registers a worker's enclave key (simulation, measurement zero: allowlisted by New).
func (e *Env) RegisterWorker(w *workertest.Worker) {
	e.T.Helper()
	head, err := e.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.T.Fatal(err)
	}
	reg := deploy.Enclave{Signer: w.Signer, Payee: anviltest.Address(Owner), ExpiresAt: new(big.Int).SetUint64(head.Time + 30*24*3600),
		Simulated: true, EvidenceDigest: crypto.Keccak256Hash(w.Identity().Report), EncryptionKey: w.Identity().EncryptionKey}
	if err := deploy.RegisterEnclave(context.Background(), e.Client, e.Auth(Owner), e.Deployment.Router, reg, nil); err != nil {
		e.T.Fatal(err)
	}
}

// Config is a relayer configuration for this environment, tuned for fast tests.
func (e *Env) Config() service.Config {
	urls := make([]string, len(e.Workers))
	for i, w := range e.Workers {
		urls[i] = w.URL
	}
	cfg := service.Config{
		DatabaseURL: e.DBURL, RPC: ethrpc.Config{URLs: []string{e.Anvil.URL}, CallTimeout: 5 * time.Second, Cooldown: 500 * time.Millisecond},
		ChainID: anviltest.ChainID.Int64(), Router: e.Deployment.Router,
		StartBlock: e.StartBlock, Confirmations: 0, SenderKey: anviltest.Key(Sender), Workers: urls, AllowSimulation: true,
		Listen: "127.0.0.1:0", Migrate: true, Version: "test",
	}
	cfg.Indexer.PollInterval = 100 * time.Millisecond
	cfg.Indexer.VerifyAllBlocks = true
	cfg.Dispatch.PollInterval = 50 * time.Millisecond
	cfg.Dispatch.RefreshEvery = 500 * time.Millisecond
	cfg.Dispatch.RetryBase = 200 * time.Millisecond
	cfg.Submit.Linger = 50 * time.Millisecond
	cfg.Submit.PollInterval = 50 * time.Millisecond
	cfg.Dispatch.FeeMarginPercent = -1 // anvil's gas price moves; the fee policy has its own tests
	cfg.Fleet.Interval = 500 * time.Millisecond
	cfg.Tx = txmgr.Config{Confirmations: 1, PollInterval: 100 * time.Millisecond, ResubmitAfter: 10 * time.Second, LeaseDuration: 3 * time.Second}
	return cfg
}

// Request sends n requestJob calls through the EchoConsumer from dev account `from` (all sent before
// any is waited for) and returns their job ids, in request order.
func (e *Env) Request(from, n int, fee *big.Int, ttl uint32) []common.Hash {
	e.T.Helper()
	return e.WaitRequests(e.SendRequests(from, n, fee, ttl))
}

// SendRequests sends n requestJob calls and returns their transaction hashes without waiting.
func (e *Env) SendRequests(from, n int, fee *big.Int, ttl uint32) []common.Hash {
	e.T.Helper()
	ctx := context.Background()
	consumer := bindings.NewEchoConsumer()
	if _, ok := e.nonces[from]; !ok {
		nonce, err := e.Client.PendingNonceAt(ctx, anviltest.Address(from))
		if err != nil {
			e.T.Fatal(err)
		}
		e.nonces[from] = nonce
	}
	tip := big.NewInt(1e9)
	if e.RequestTip != nil {
		tip = e.RequestTip
	}
	// The router refuses fees below its floor: a lower fee asked for is raised to 3x the quote, which
	// also pays the relayer's default fee policy at anvil's gas prices (the floor is 1 gwei per gas).
	if q := e.QuoteFee(RequestCallbackGas); fee == nil || fee.Cmp(q) < 0 {
		fee = q.Mul(q, big.NewInt(3))
	}
	var hashes []common.Hash
	for i := 0; i < n; i++ {
		payload := []byte(fmt.Sprintf("job %d from %d at %d", i, from, time.Now().UnixNano()))
		input := e.Input(from, payload)
		tx := types.MustSignNewTx(anviltest.Key(from), types.LatestSignerForChainID(anviltest.ChainID), &types.DynamicFeeTx{
			ChainID: anviltest.ChainID, Nonce: e.nonces[from], GasTipCap: tip, GasFeeCap: big.NewInt(50e9), Gas: 400_000,
			To: &e.Consumer, Value: fee, Data: consumer.PackRequest(e.Program, 0, input, RequestCallbackGas, ttl),
		})
		e.nonces[from]++
		if err := e.Client.SendTransaction(ctx, tx); err != nil {
			e.T.Fatal(err)
		}
		hashes = append(hashes, tx.Hash())
	}
	return hashes
}

// RequestCallbackGas is the callback gas limit of the test requests.
const RequestCallbackGas = 200_000

// Input is the input envelope of a request from dev account `from` through the EchoConsumer:
// encrypted to the fleet key (bound to the consumer, the user `from` and the program) when the
// environment encrypts, in clear otherwise.
func (e *Env) Input(from int, payload []byte) []byte {
	e.T.Helper()
	if !e.Encrypt {
		return protocol.PlainInput(payload, nil)
	}
	in, err := protocol.EncryptInput(e.FleetKey, e.Epoch, protocol.InputBinding{ChainID: anviltest.ChainID, Router: e.Deployment.Router,
		Requester: e.Consumer, User: anviltest.Address(from), ProgramID: e.Program}, payload, nil)
	if err != nil {
		e.T.Fatal(err)
	}
	return in
}

// WaitRequests waits for request transactions and returns their job ids, in order.
func (e *Env) WaitRequests(hashes []common.Hash) []common.Hash {
	e.T.Helper()
	ctx := context.Background()
	var ids []common.Hash
	for _, h := range hashes {
		r, err := e.WaitMined(ctx, h)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			e.T.Fatalf("request %s: %v (status %v)", h, err, r)
		}
		for _, l := range r.Logs {
			if ev, err := e.Router.UnpackJobRequestedEvent(l); err == nil {
				ids = append(ids, ev.JobId)
			}
		}
	}
	if len(ids) != len(hashes) {
		e.T.Fatalf("%d JobRequested events for %d requests", len(ids), len(hashes))
	}
	return ids
}

// WaitMined polls for a receipt every 5ms (bind.WaitMined polls every second).
func (e *Env) WaitMined(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for {
		r, err := e.Client.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("no receipt for %s: %w", h, ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// Commitment is router.commitments(id): zero once settled or cancelled.
func (e *Env) Commitment(id common.Hash) common.Hash {
	e.T.Helper()
	out, err := e.Client.CallContract(context.Background(), ethereumCall(e.Deployment.Router, e.Router.PackCommitments(id)), nil)
	if err != nil {
		e.T.Fatal(err)
	}
	return common.BytesToHash(out)
}

// DeliveredResult is EchoConsumer.results(id): keccak(status, output) once the callback ran.
func (e *Env) DeliveredResult(id common.Hash) common.Hash {
	e.T.Helper()
	out, err := e.Client.CallContract(context.Background(), ethereumCall(e.Consumer, bindings.NewEchoConsumer().PackResults(id)), nil)
	if err != nil {
		e.T.Fatal(err)
	}
	return common.BytesToHash(out)
}

// RouterEvents counts the router's events by name from block `from` to the head, and per job the
// JobFulfilled events (a job settled twice would show 2; the contract makes that impossible, the
// relayer must not even try: FulfillmentSkipped counts its wasted attempts).
func (e *Env) RouterEvents(from uint64) (byName map[string]int, fulfilled map[common.Hash]int) {
	e.T.Helper()
	logs, err := e.Client.FilterLogs(context.Background(), filterQuery(e.Deployment.Router, from))
	if err != nil {
		e.T.Fatal(err)
	}
	byName, fulfilled = map[string]int{}, map[common.Hash]int{}
	for i := range logs {
		l := &logs[i]
		if ev, err := e.Router.UnpackJobFulfilledEvent(l); err == nil {
			byName["JobFulfilled"]++
			fulfilled[ev.JobId]++
			continue
		}
		if _, err := e.Router.UnpackFulfillmentSkippedEvent(l); err == nil {
			byName["FulfillmentSkipped"]++
			continue
		}
		if _, err := e.Router.UnpackJobRequestedEvent(l); err == nil {
			byName["JobRequested"]++
		}
	}
	return byName, fulfilled
}

// StartRelayer starts a relayer service in-process and stops it when the test ends.
func (e *Env) StartRelayer(cfg service.Config) *service.Service {
	e.T.Helper()
	svc, err := service.Start(context.Background(), cfg, testutil.Logger())
	if err != nil {
		e.T.Fatal(err)
	}
	e.T.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = svc.Stop(ctx)
	})
	return svc
}

// WaitSettled waits until every job's commitment is gone from the router (settled or cancelled).
func (e *Env) WaitSettled(ids []common.Hash, timeout time.Duration) {
	e.T.Helper()
	deadline := time.Now().Add(timeout)
	for _, id := range ids {
		for e.Commitment(id) != (common.Hash{}) {
			if time.Now().After(deadline) {
				e.T.Fatalf("job %s not settled after %v", id, timeout)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
}

func ethereumCall(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func filterQuery(addr common.Address, from uint64) ethereum.FilterQuery {
	return ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{addr}}
}

// RequestWith sends one request through the EchoConsumer from dev account `from` for a given
// program version (0: current) and input envelope, and returns its job id.
func (e *Env) RequestWith(from int, version uint32, input []byte, fee *big.Int, ttl uint32) common.Hash {
	e.T.Helper()
	if q := e.QuoteFee(RequestCallbackGas); fee == nil || fee.Cmp(q) < 0 {
		fee = q
	}
	delete(e.nonces, from) // Transact takes the pending nonce
	r := e.Transact(from, e.Consumer, bindings.NewEchoConsumer().PackRequest(e.Program, version, input, RequestCallbackGas, ttl), fee)
	for _, l := range r.Logs {
		if ev, err := e.Router.UnpackJobRequestedEvent(l); err == nil {
			return ev.JobId
		}
	}
	e.T.Fatal("no JobRequested event")
	return common.Hash{}
}
