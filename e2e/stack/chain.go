package stack

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/internal/devkeys"
)

// SimulationMREnclave is the measurement `relayer enclave register` records for a simulation
// worker (its default), which the owner allowlists on this dev chain.
var SimulationMREnclave = common.Hash{}

func (s *Stack) deployCore(ctx context.Context) error {
	head, err := s.Client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	s.Info.StartBlock = head + 1 // nothing of the router exists before this block
	owner := s.transactor(AcctOwner)
	d, err := deploy.Contracts(ctx, s.Client, owner, deploy.DevOptions(), nil)
	if err != nil {
		return err
	}
	s.Info.Router = d.Router
	r := bindings.NewJobRouter()
	inst := r.Instance(s.Client, d.Router)
	var txs []*types.Transaction
	for _, data := range [][]byte{r.PackSetRegistrar(devkeys.Address(AcctRegistrar), true), r.PackAllowMrEnclave(SimulationMREnclave)} {
		tx, err := bind.Transact(inst, s.transactor(AcctOwner), data)
		if err != nil {
			return err
		}
		txs = append(txs, tx)
	}
	for _, tx := range txs {
		if _, err := s.WaitReceipt(ctx, tx); err != nil {
			return err
		}
	}
	return nil
}

// transactor signs as dev account i.
func (s *Stack) transactor(i int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(devkeys.Key(i), big.NewInt(s.Info.ChainID))
}

// Transactor signs as dev account i (value and gas set by the caller on the returned options).
func (s *Stack) Transactor(i int) *bind.TransactOpts { return s.transactor(i) }

// TransactorFor signs with key.
func (s *Stack) TransactorFor(key *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, big.NewInt(s.Info.ChainID))
}

// NewAccount makes a fresh account and funds it with `ether` ether from the owner (a stranger, a
// dapp's deployer: someone the stack has not configured anywhere).
func (s *Stack) NewAccount(ctx context.Context, ether int64) (*ecdsa.PrivateKey, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	to := crypto.PubkeyToAddress(key.PublicKey)
	owner := devkeys.Address(AcctOwner)
	nonce, err := s.Client.PendingNonceAt(ctx, owner)
	if err != nil {
		return nil, err
	}
	tip, err := s.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, err
	}
	head, err := s.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(devkeys.Key(AcctOwner), types.LatestSignerForChainID(big.NewInt(s.Info.ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(s.Info.ChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: &to,
		Value: new(big.Int).Mul(big.NewInt(ether), big.NewInt(1e18)),
	})
	if err != nil {
		return nil, err
	}
	if err := s.Client.SendTransaction(ctx, tx); err != nil {
		return nil, err
	}
	if _, err := s.WaitReceipt(ctx, tx); err != nil {
		return nil, err
	}
	return key, nil
}

// WaitReceipt waits for tx to be mined (polling every 200 ms) and fails if it reverted.
func (s *Stack) WaitReceipt(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		r, err := s.Client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return r, fmt.Errorf("transaction %s reverted", tx.Hash())
			}
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("transaction %s: no receipt: %w", tx.Hash(), ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func (s *Stack) enclaveActive(ctx context.Context, signer common.Address) (bool, error) {
	r := bindings.NewJobRouter()
	return bind.Call(r.Instance(s.Client, s.Info.Router), &bind.CallOpts{Context: ctx}, r.PackIsActive(signer), r.UnpackIsActive)
}
