package fleet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/reverts"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// SimpleSender sends a plain signed transaction and waits for it to be mined (the operator's
// `relayer fleet publish`; no transaction manager, no retry).
type SimpleSender struct {
	Backend *ethclient.Client
	Key     *ecdsa.PrivateKey
	ChainID *big.Int
}

// Send implements Sender.
func (s SimpleSender) Send(ctx context.Context, to common.Address, data []byte, _ string) (string, error) {
	r := bindings.NewJobRouter()
	tx, err := bind.Transact(r.Instance(s.Backend, to), bind.NewKeyedTransactor(s.Key, s.ChainID), data)
	if err != nil {
		return "", reverts.Wrap(err)
	}
	receipt, err := bind.WaitMined(ctx, s.Backend, tx.Hash())
	if err != nil {
		return tx.Hash().Hex(), err
	}
	if receipt.Status != 1 {
		return tx.Hash().Hex(), fmt.Errorf("transaction %s reverted in block %d", tx.Hash().Hex(), receipt.BlockNumber)
	}
	return tx.Hash().Hex(), nil
}

// QueueSender enqueues into the transaction manager's queue (inside `relayer run`): the manager
// estimates, signs, sends, bumps and tracks it like every other transaction of the sender.
type QueueSender struct {
	DB    *pgxpool.Pool
	Queue *txmgr.Queue
	Txs   *txmgr.Store
}

// Send implements Sender.
func (s QueueSender) Send(ctx context.Context, to common.Address, data []byte, kind string) (string, error) {
	tx, err := s.DB.Begin(ctx)
	if err != nil {
		return "", err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	id, err := s.Queue.Enqueue(ctx, tx, txmgr.Candidate{To: to, Data: data, Kind: kind})
	if err != nil {
		return "", err
	}
	if err := tx.Commit(ctx); err != nil {
		return "", err
	}
	s.Queue.Notify()
	return fmt.Sprintf("queued tx %d", id), nil
}

// Idle reports whether no transaction of kind is open for the queue's sender (so that a
// publication is not queued twice while one is in flight).
func (s QueueSender) Idle(chainID int64, kind string) func(ctx context.Context) (bool, error) {
	return func(ctx context.Context) (bool, error) {
		n, err := s.Txs.CountOpen(ctx, s.DB, chainID, s.Queue.From(), kind)
		return n == 0, err
	}
}
