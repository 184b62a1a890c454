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
	MaxInputBytes   uint32
	MaxCallbackGas  uint32
	MinTTL          uint32
	MaxTTL          uint32
}

// DefaultOptions suit a dev chain: simulation allowed, 16 KiB inputs, 2M callback gas, 1 min to 7 days.
func DefaultOptions() Options {
	return Options{AllowSimulation: true, MaxInputBytes: 16 * 1024, MaxCallbackGas: 2_000_000, MinTTL: 60, MaxTTL: 7 * 24 * 3600}
}

// Deployment holds the addresses of a deployed oracle.
type Deployment struct {
	Router          common.Address
	ProgramRegistry common.Address
}

// Contracts deploys JobRouter (owned by auth.From) and ProgramRegistry and waits for both.
// `commit` is called after each transaction is sent (pass the simulated backend's Commit, or nil on
// a chain that mines by itself).
func Contracts(ctx context.Context, b Backend, auth *bind.TransactOpts, o Options, commit func()) (*Deployment, error) {
	router := bindings.NewJobRouter()
	input := router.PackConstructor(auth.From, o.AllowSimulation, o.MaxInputBytes, o.MaxCallbackGas, o.MinTTL, o.MaxTTL)
	raddr, rtx, err := bind.DeployContract(auth, common.FromHex(bindings.JobRouterMetaData.Bin), b, input)
	if err != nil {
		return nil, fmt.Errorf("deploy JobRouter: %w", err)
	}
	paddr, ptx, err := bind.DeployContract(auth, common.FromHex(bindings.ProgramRegistryMetaData.Bin), b, nil)
	if err != nil {
		return nil, fmt.Errorf("deploy ProgramRegistry: %w", err)
	}
	for _, tx := range []*types.Transaction{rtx, ptx} {
		if _, err := Wait(ctx, b, tx, commit); err != nil {
			return nil, err
		}
	}
	return &Deployment{Router: raddr, ProgramRegistry: paddr}, nil
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
type Enclave = bindings.EnclaveRegistryRegistration

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
