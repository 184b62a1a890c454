// Package deploy deploys and configures the oracle's contracts through the generated bindings: used
// by tests on the simulated backend, by the end-to-end scripts on anvil and by operators.
package deploy

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/bindings"
)

// Backend is what deployment needs from a chain client.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Options are the JobRouter constructor arguments.
type Options struct {
	AllowSimulation bool
	MaxInputBytes   uint32 // at most 2^24-1
	MaxCallbackGas  uint32 // at most 2^24-1
	MinTTL          uint16
	MaxTTL          uint32 // at most 2^24-1 seconds (194 days)
	// Fee floor of a request (the owner's part, IJobRouter.Config): FlatFeeGwei gwei + (callback gas
	// + OverheadKGas x 1000) x max(MinGasPrice, block.basefee x BaseFeePercent / 100), plus the
	// program's author fee.
	FlatFeeGwei    uint32
	MinGasPrice    uint64 // wei per gas, at most 2^40-1 (about 1,100 gwei)
	BaseFeePercent uint8
	OverheadKGas   uint8
	// FeeNotice is how long an author's or the owner's fee increase waits before it applies; a
	// router without AllowSimulation refuses less than an hour.
	FeeNotice time.Duration
}

// DefaultOverheadKGas is the fulfilment overhead of the default floor, thousands of gas: a single
// fulfil without its callback (about 45k) plus the calldata of a 4 KiB inline output at 16 gas a
// byte (65.5k), the largest a worker signs inline with its default threshold (larger outputs go to
// IPFS and the enclave signs their CID).
const DefaultOverheadKGas = 112

// DefaultOptions: 16 KiB inputs, 2M callback gas, 1 min to 7 days, a fee floor of 0.0001 ether +
// (callback gas + 112k) x max(1 gwei, 125% of the base fee), a one-hour fee notice, and NO
// simulation: a router deployed with them never accepts a simulated enclave's registration, result
// or fleet keys. Dev chains opt in with DevOptions.
func DefaultOptions() Options {
	return Options{MaxInputBytes: 16 * 1024, MaxCallbackGas: 2_000_000, MinTTL: 60, MaxTTL: 7 * 24 * 3600,
		FlatFeeGwei: 100_000, MinGasPrice: 1_000_000_000, BaseFeePercent: 125, OverheadKGas: DefaultOverheadKGas,
		FeeNotice: time.Hour}
}

// DevOptions are DefaultOptions with simulation allowed and no fee notice: for dev chains (the
// demo, the end-to-end stack, tests), where workers run without SGX and NOTHING is confidential,
// and fees change under test.
func DevOptions() Options {
	o := DefaultOptions()
	o.AllowSimulation = true
	o.FeeNotice = 0
	return o
}

// Deployment holds the addresses of a deployed oracle.
type Deployment struct {
	Router common.Address
	// Admin is the JobRouterAdmin whose code the router's fallback runs (delegatecall) for its cold
	// functions; callers always call the router (bindings.JobRouter has both ABIs).
	Admin common.Address
	// ProgramRegistry is the router itself: programs are part of JobRouter (their record is read by
	// every request). Kept so that configurations naming both addresses keep working.
	ProgramRegistry common.Address
}

// Contracts deploys JobRouterAdmin (the router's cold code, which decides AllowSimulation) and then
// JobRouter (owned by auth.From) naming it, and waits for both.
// `commit` is called after each transaction is sent (pass the simulated backend's Commit, or nil on
// a chain that mines by itself).
func Contracts(ctx context.Context, b Backend, auth *bind.TransactOpts, o Options, commit func()) (*Deployment, error) {
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	notice := o.FeeNotice / time.Second
	if o.MaxInputBytes >= 1<<24 || o.MaxCallbackGas >= 1<<24 || o.MaxTTL >= 1<<24 || o.MinGasPrice >= 1<<40 || notice < 0 || notice >= 1<<32 {
		return nil, fmt.Errorf("deploy JobRouter: an option is out of its field's range: %+v", o)
	}
	if !o.AllowSimulation && o.FeeNotice < time.Hour {
		return nil, fmt.Errorf("deploy JobRouter: a production router (no simulation) needs a fee notice of at least an hour, not %s", o.FeeNotice)
	}
	aaddr, atx, err := bind.DeployContract(auth, common.FromHex(bindings.JobRouterAdminMetaData.Bin), b,
		bindings.NewJobRouterAdmin().PackConstructor(o.AllowSimulation, uint32(notice)))
	if err != nil {
		return nil, fmt.Errorf("deploy JobRouterAdmin: %w", err)
	}
	if _, err := Wait(ctx, b, atx, commit); err != nil {
		return nil, fmt.Errorf("deploy JobRouterAdmin: %w", err)
	}
	input := bindings.NewJobRouter().PackConstructor(aaddr, auth.From, u(uint64(o.MaxInputBytes)), u(uint64(o.MaxCallbackGas)),
		o.MinTTL, u(uint64(o.MaxTTL)), bindings.IJobRouterFees{FlatFeeGwei: o.FlatFeeGwei, MinGasPrice: u(o.MinGasPrice),
			BaseFeePercent: o.BaseFeePercent, OverheadKGas: o.OverheadKGas})
	raddr, rtx, err := bind.DeployContract(auth, common.FromHex(bindings.JobRouterMetaData.Bin), b, input)
	if err != nil {
		return nil, fmt.Errorf("deploy JobRouter: %w", err)
	}
	if _, err := Wait(ctx, b, rtx, commit); err != nil {
		return nil, fmt.Errorf("deploy JobRouter: %w", err)
	}
	return &Deployment{Router: raddr, Admin: aaddr, ProgramRegistry: raddr}, nil
}

// Program is what an author publishes: a named program, its policy and its first version.
type Program struct {
	Name          string
	AuthorFee     *big.Int // wei per job (nil: none)
	AllowlistOnly bool
	CodeHash      [32]byte // keccak256 of the plaintext module
	CID           string   // IPFS CID of the encrypted module
}

// CreateProgram creates the program of auth.From and publishes its version 1 (author actions), and
// returns its programId.
func CreateProgram(ctx context.Context, b Backend, auth *bind.TransactOpts, router common.Address, p Program, commit func()) ([32]byte, error) {
	r := bindings.NewJobRouter()
	inst := r.Instance(b, router)
	fee := p.AuthorFee
	if fee == nil {
		fee = new(big.Int)
	}
	tx1, err := bind.Transact(inst, auth, r.PackCreateProgram(p.Name, fee, p.AllowlistOnly))
	if err != nil {
		return [32]byte{}, fmt.Errorf("createProgram: %w", err)
	}
	if _, err := Wait(ctx, b, tx1, commit); err != nil {
		return [32]byte{}, err
	}
	if _, err := PublishVersion(ctx, b, auth, router, p.Name, p.CodeHash, p.CID, commit); err != nil {
		return [32]byte{}, err
	}
	return bind.Call(inst, &bind.CallOpts{Context: ctx}, r.PackProgramIdOf(auth.From, p.Name), r.UnpackProgramIdOf)
}

// PublishVersion publishes the next version of auth.From's program `name` (it becomes current) and
// returns the transaction's receipt.
func PublishVersion(ctx context.Context, b Backend, auth *bind.TransactOpts, router common.Address, name string, codeHash [32]byte, cid string, commit func()) (*types.Receipt, error) {
	r := bindings.NewJobRouter()
	tx, err := bind.Transact(r.Instance(b, router), auth, r.PackPublishVersion(name, codeHash, cid))
	if err != nil {
		return nil, fmt.Errorf("publishVersion: %w", err)
	}
	return Wait(ctx, b, tx, commit)
}

// AllowRequesters sets auth.From's program `name` to allowlist mode with `authorFee` and allows each
// requester contract (author actions).
func AllowRequesters(ctx context.Context, b Backend, auth *bind.TransactOpts, router common.Address, name string, authorFee *big.Int, requesters []common.Address, commit func()) error {
	r := bindings.NewJobRouter()
	inst := r.Instance(b, router)
	if authorFee == nil {
		authorFee = new(big.Int)
	}
	calls := [][]byte{r.PackSetPolicy(name, authorFee, true)}
	for _, a := range requesters {
		calls = append(calls, r.PackSetAllowed(name, a, true))
	}
	for _, data := range calls {
		tx, err := bind.Transact(inst, auth, data)
		if err != nil {
			return fmt.Errorf("program policy: %w", err)
		}
		if _, err := Wait(ctx, b, tx, commit); err != nil {
			return err
		}
	}
	return nil
}

// EchoConsumer deploys an EchoConsumer bound to router.
func EchoConsumer(ctx context.Context, b Backend, auth *bind.TransactOpts, router common.Address, quiet bool, commit func()) (common.Address, error) {
	input := bindings.NewEchoConsumer().PackConstructor(router, quiet)
	addr, tx, err := bind.DeployContract(auth, common.FromHex(bindings.EchoConsumerMetaData.Bin), b, input)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy EchoConsumer: %w", err)
	}
	_, err = Wait(ctx, b, tx, commit)
	return addr, err
}

// Wait waits for tx to be mined and fails when it reverted. On a chain that mines on demand, pass
// its commit function: it is called until the transaction is in a block (the simulated backend's
// txpool admits transactions asynchronously, so one commit right after sending may miss it).
func Wait(ctx context.Context, b bind.DeployBackend, tx *types.Transaction, commit func()) (*types.Receipt, error) {
	var r *types.Receipt
	var err error
	if commit == nil {
		r, err = bind.WaitMined(ctx, b, tx.Hash())
	} else {
		for {
			r, err = b.TransactionReceipt(ctx, tx.Hash())
			if err == nil || ctx.Err() != nil {
				break
			}
			// Mine only once the pool holds the transaction: every block moves the chain's clock,
			// so empty blocks would make deadlines pass early.
			if p, ok := b.(pendingChecker); !ok || isPending(ctx, p, tx) {
				commit()
			}
			select {
			case <-ctx.Done():
			case <-time.After(5 * time.Millisecond):
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("wait for %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return r, nil
}

type pendingChecker interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

func isPending(ctx context.Context, p pendingChecker, tx *types.Transaction) bool {
	_, pending, err := p.TransactionByHash(ctx, tx.Hash())
	return err == nil && pending
}

// Enclave is what a registrar records for an enclave key.
type Enclave = bindings.IEnclaveRegistryRegistration

// SetupRegistry makes auth.From a registrar and allowlists mrEnclave (owner actions).
func SetupRegistry(ctx context.Context, b Backend, auth *bind.TransactOpts, router common.Address, mrEnclave [32]byte, commit func()) error {
	r := bindings.NewJobRouter()
	inst := r.Instance(b, router)
	tx1, err := bind.Transact(inst, auth, r.PackSetRegistrar(auth.From, true))
	if err != nil {
		return fmt.Errorf("setRegistrar: %w", err)
	}
	tx2, err := bind.Transact(inst, auth, r.PackAllowMrEnclave(mrEnclave))
	if err != nil {
		return fmt.Errorf("allowMrEnclave: %w", err)
	}
	for _, tx := range []*types.Transaction{tx1, tx2} {
		if _, err := Wait(ctx, b, tx, commit); err != nil {
			return err
		}
	}
	return nil
}

// RegisterEnclave submits a registration (registrar action).
func RegisterEnclave(ctx context.Context, b Backend, auth *bind.TransactOpts, router common.Address, e Enclave, commit func()) error {
	r := bindings.NewJobRouter()
	tx, err := bind.Transact(r.Instance(b, router), auth, r.PackRegisterEnclave(e))
	if err != nil {
		return fmt.Errorf("registerEnclave: %w", err)
	}
	_, err = Wait(ctx, b, tx, commit)
	return err
}

// Ether returns n ether in wei.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
