// Package chaintest gives tests an in-process chain (go-ethereum's simulated backend) with the
// oracle's contracts deployed through the generated bindings, funded accounts and an allowlisted
// enclave measurement; programs are created with CreateProgram.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
)

// MREnclave is the measurement the fixture allowlists.
var MREnclave = crypto.Keccak256Hash([]byte("chaintest mrenclave"))

// Chain is a simulated chain with the contracts deployed. The owner is also the registrar.
type Chain struct {
	Backend *simulated.Backend
	Client  simulated.Client
	ChainID *big.Int
	Owner   *ecdsa.PrivateKey
	Users   []*ecdsa.PrivateKey
	deploy.Deployment
	Router *bindings.JobRouter
}

// New starts a chain with nUsers funded users (1000 ether each) and deploys the contracts.
func New(tb testing.TB, nUsers int, opts deploy.Options) *Chain {
	tb.Helper()
	owner, _ := crypto.GenerateKey()
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(owner.PublicKey): {Balance: deploy.Ether(1_000_000)}}
	c := &Chain{Owner: owner, Router: bindings.NewJobRouter()}
	for i := 0; i < nUsers; i++ {
		k, _ := crypto.GenerateKey()
		c.Users = append(c.Users, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: deploy.Ether(1000)}
	}
	c.Backend = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), mainnetRules)
	tb.Cleanup(func() { c.Backend.Close() })
	c.Client = c.Backend.Client()
	ctx := context.Background()
	id, err := c.Client.ChainID(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	c.ChainID = id
	d, err := deploy.Contracts(ctx, c.Client, c.Auth(owner), opts, c.Commit)
	if err != nil {
		tb.Fatal(err)
	}
	c.Deployment = *d
	if err := deploy.SetupRegistry(ctx, c.Client, c.Auth(owner), d.Router, MREnclave, c.Commit); err != nil {
		tb.Fatal(err)
	}
	return c
}

// mainnetRules runs the chain with today's mainnet rules (Osaka). The simulated backend's default dev
// config also enables experimental future forks whose gas schedule would make every measured figure
// meaningless against mainnet.
func mainnetRules(_ *node.Config, ec *ethconfig.Config) {
	cfg := *ec.Genesis.Config
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	cfg.UBTTime = nil
	ec.Genesis.Config = &cfg
}

// Commit mines a block.
func (c *Chain) Commit() { c.Backend.Commit() }

// Auth returns transact options for key.
func (c *Chain) Auth(key *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, c.ChainID)
}

// RouterContract is the bound router instance.
func (c *Chain) RouterContract() *bind.BoundContract {
	return c.Router.Instance(c.Client, c.Deployment.Router)
}

// RegisterEnclave registers signer (with payee and a 33-byte encryption key) under MREnclave.
func (c *Chain) RegisterEnclave(tb testing.TB, signer, payee common.Address, encKey []byte, simulatedMode bool) {
	tb.Helper()
	head, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		tb.Fatal(err)
	}
	e := deploy.Enclave{
		Signer:         signer,
		Payee:          payee,
		ExpiresAt:      new(big.Int).SetUint64(head.Time + 30*24*3600),
		Simulated:      simulatedMode,
		MrEnclave:      MREnclave,
		EvidenceDigest: crypto.Keccak256Hash(signer[:]),
		EncryptionKey:  encKey,
	}
	if err := deploy.RegisterEnclave(context.Background(), c.Client, c.Auth(c.Owner), c.Deployment.Router, e, c.Commit); err != nil {
		tb.Fatal(err)
	}
}

// CreateProgram creates author's program p and publishes its version 1; returns its programId.
func (c *Chain) CreateProgram(tb testing.TB, author *ecdsa.PrivateKey, p deploy.Program) [32]byte {
	tb.Helper()
	id, err := deploy.CreateProgram(context.Background(), c.Client, c.Auth(author), c.Deployment.Router, p, c.Commit)
	if err != nil {
		tb.Fatal(err)
	}
	return id
}

// Send signs and sends calldata to `to` from key with value, mines it and returns the receipt
// (which may have failed: check Status).
func (c *Chain) Send(tb testing.TB, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte, gas uint64) *types.Receipt {
	tb.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.Client.PendingNonceAt(ctx, from)
	if err != nil {
		tb.Fatal(err)
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tip := big.NewInt(1e9)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		tb.Fatal(err)
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		tb.Fatal(err)
	}
	r, err := deploy.Wait(ctx, c.Client, tx, c.Commit)
	if r == nil {
		tb.Fatal(err)
	}
	return r
}
