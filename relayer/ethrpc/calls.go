package ethrpc

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teeoracle/teeoracle/bindings/reverts"
)

// ChainID returns the chain id.
func (c *Client) ChainID(ctx context.Context) (*big.Int, error) {
	return call(c, ctx, "eth_chainId", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) (*big.Int, error) {
		return ep.eth.ChainID(ctx)
	})
}

// BlockNumber returns the head of the best endpoint.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	return call(c, ctx, "eth_blockNumber", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) (uint64, error) {
		n, err := ep.eth.BlockNumber(ctx)
		if err == nil {
			ep.setHead(n)
			c.metrics.RPCHead(ep.name, n)
		}
		return n, err
	})
}

// HeaderByNumber returns the header at number (nil: latest) from an endpoint that has reached it.
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	var minHead uint64
	if number != nil && number.Sign() > 0 {
		minHead = number.Uint64()
	}
	return call(c, ctx, "eth_getBlockByNumber", minHead, c.cfg.CallTimeout, notFoundIsAnswer, func(ctx context.Context, ep *endpoint) (*types.Header, error) {
		return ep.eth.HeaderByNumber(ctx, number)
	})
}

// HeaderByHash returns the header with the given hash (ethereum.NotFound when no endpoint knows it).
func (c *Client) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	return call(c, ctx, "eth_getBlockByHash", 0, c.cfg.CallTimeout, notFoundIsAnswer, func(ctx context.Context, ep *endpoint) (*types.Header, error) {
		return ep.eth.HeaderByHash(ctx, hash)
	})
}

// HeadersByRange returns the headers of blocks from..to (inclusive) in one batch request, from an
// endpoint that has reached to. A missing header is an error.
func (c *Client) HeadersByRange(ctx context.Context, from, to uint64) ([]*types.Header, error) {
	if to < from {
		return nil, nil
	}
	var out []*types.Header
	err := c.do(ctx, "eth_getBlockByNumber_batch", to, c.cfg.LogsTimeout, nil, func(ctx context.Context, ep *endpoint) error {
		n := int(to - from + 1)
		heads := make([]*types.Header, n)
		batch := make([]rpc.BatchElem, n)
		for i := range batch {
			batch[i] = rpc.BatchElem{Method: "eth_getBlockByNumber",
				Args: []any{hexutil.EncodeUint64(from + uint64(i)), false}, Result: &heads[i]}
		}
		if err := ep.rpc.BatchCallContext(ctx, batch); err != nil {
			return err
		}
		for i, b := range batch {
			if b.Error != nil {
				return fmt.Errorf("block %d: %w", from+uint64(i), b.Error)
			}
			if heads[i] == nil || heads[i].Number == nil || heads[i].Number.Uint64() != from+uint64(i) {
				return fmt.Errorf("block %d: missing or mismatched header", from+uint64(i))
			}
		}
		out = heads
		return nil
	})
	return out, err
}

// FilterLogs runs eth_getLogs on an endpoint whose head has reached q.ToBlock (which must be set, as
// must FromBlock: an open range would let a lagging endpoint silently answer short). Block-hash
// queries need no head check.
func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, _, err := c.FilterLogsFrom(ctx, q)
	return logs, err
}

// FilterLogsFrom is FilterLogs that also names the endpoint that answered, so that a caller who
// finds the answer wrong can Demote it.
func (c *Client) FilterLogsFrom(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, string, error) {
	var minHead uint64
	if q.BlockHash == nil {
		if q.FromBlock == nil || q.ToBlock == nil || q.ToBlock.Sign() < 0 || q.FromBlock.Sign() < 0 {
			return nil, "", errors.New("ethrpc: FilterLogs needs explicit FromBlock and ToBlock")
		}
		minHead = q.ToBlock.Uint64()
	}
	var from string
	logs, err := call(c, ctx, "eth_getLogs", minHead, c.cfg.LogsTimeout, nil, func(ctx context.Context, ep *endpoint) ([]types.Log, error) {
		from = ep.name
		return ep.eth.FilterLogs(ctx, q)
	})
	return logs, from, err
}

// TransactionReceipt returns the receipt of hash, or ethereum.NotFound.
func (c *Client) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	return call(c, ctx, "eth_getTransactionReceipt", 0, c.cfg.CallTimeout, notFoundIsAnswer, func(ctx context.Context, ep *endpoint) (*types.Receipt, error) {
		return ep.eth.TransactionReceipt(ctx, hash)
	})
}

// NonceAt returns the nonce of account at blockNumber (nil: latest).
func (c *Client) NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error) {
	return call(c, ctx, "eth_getTransactionCount", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) (uint64, error) {
		return ep.eth.NonceAt(ctx, account, blockNumber)
	})
}

// PendingNonceAt returns the nonce of account including its pending transactions.
func (c *Client) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	return call(c, ctx, "eth_getTransactionCount_pending", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) (uint64, error) {
		return ep.eth.PendingNonceAt(ctx, account)
	})
}

// BalanceAt returns the balance of account at blockNumber (nil: latest).
func (c *Client) BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error) {
	return call(c, ctx, "eth_getBalance", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) (*big.Int, error) {
		return ep.eth.BalanceAt(ctx, account, blockNumber)
	})
}

// SuggestGasTipCap returns the node's suggested priority fee.
func (c *Client) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return call(c, ctx, "eth_maxPriorityFeePerGas", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) (*big.Int, error) {
		return ep.eth.SuggestGasTipCap(ctx)
	})
}

// CallContract runs eth_call; a revert is returned with its custom error named (reverts.Wrap; see
// IsRevert), not failed over.
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error) {
	out, err := call(c, ctx, "eth_call", 0, c.cfg.CallTimeout, revertIsAnswer, func(ctx context.Context, ep *endpoint) ([]byte, error) {
		return ep.eth.CallContract(ctx, msg, blockNumber)
	})
	return out, reverts.Wrap(err)
}

// CallContracts runs several eth_calls at `block` (nil: latest) in one batch request. A call that
// reverted has its error in errs; err is for the batch as a whole.
func (c *Client) CallContracts(ctx context.Context, msgs []ethereum.CallMsg, block *big.Int) (outs [][]byte, errs []error, err error) {
	tag := "latest"
	if block != nil {
		tag = hexutil.EncodeBig(block)
	}
	err = c.do(ctx, "eth_call_batch", 0, c.cfg.LogsTimeout, nil, func(ctx context.Context, ep *endpoint) error {
		res := make([]hexutil.Bytes, len(msgs))
		batch := make([]rpc.BatchElem, len(msgs))
		for i, m := range msgs {
			arg := map[string]any{"from": m.From, "to": m.To, "input": hexutil.Bytes(m.Data)}
			if m.Value != nil {
				arg["value"] = (*hexutil.Big)(m.Value)
			}
			batch[i] = rpc.BatchElem{Method: "eth_call", Args: []any{arg, tag}, Result: &res[i]}
		}
		if err := ep.rpc.BatchCallContext(ctx, batch); err != nil {
			return err
		}
		outs, errs = make([][]byte, len(msgs)), make([]error, len(msgs))
		for i, b := range batch {
			if b.Error != nil && !IsRevert(b.Error) {
				return fmt.Errorf("call %d: %w", i, b.Error)
			}
			outs[i], errs[i] = res[i], reverts.Wrap(b.Error)
		}
		return nil
	})
	return outs, errs, err
}

// EstimateGas runs eth_estimateGas; a revert is returned with its custom error named.
func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	gas, err := call(c, ctx, "eth_estimateGas", 0, c.cfg.CallTimeout, revertIsAnswer, func(ctx context.Context, ep *endpoint) (uint64, error) {
		return ep.eth.EstimateGas(ctx, msg)
	})
	return gas, reverts.Wrap(err)
}

// CodeAt returns the code at account (nil block: latest).
func (c *Client) CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error) {
	return call(c, ctx, "eth_getCode", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) ([]byte, error) {
		return ep.eth.CodeAt(ctx, account, blockNumber)
	})
}

// SendTransaction broadcasts a signed transaction (see SendRawTransaction).
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	return c.SendRawTransaction(ctx, raw)
}

// SendRawTransaction broadcasts a signed transaction to every endpoint at once. It succeeds when any
// endpoint accepted it; otherwise it returns the error of the first endpoint that gave an answer
// (a JSON-RPC error such as "nonce too low" or "replacement transaction underpriced") in preference
// to transport faults. Re-sending a transaction a node already has is reported by the node as an
// error ("already known"): callers decide what that means (see IsKnownTx).
func (c *Client) SendRawTransaction(ctx context.Context, raw []byte) error {
	type res struct {
		ep  *endpoint
		err error
	}
	eps := c.candidates()
	ch := make(chan res, len(eps))
	for _, ep := range eps {
		go func() {
			cctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
			defer cancel()
			start := time.Now()
			err := ep.rpc.CallContext(cctx, nil, "eth_sendRawTransaction", hexutil.Encode(raw))
			c.metrics.RPCCall(ep.name, "eth_sendRawTransaction", time.Since(start), err)
			ch <- res{ep, err}
		}()
	}
	var answerErr, faultErr error
	accepted := false
	for range eps {
		r := <-ch
		var re rpc.Error
		switch {
		case r.err == nil:
			c.ok(r.ep)
			accepted = true
		case errors.As(r.err, &re):
			c.ok(r.ep)
			if answerErr == nil {
				answerErr = r.err
			}
		default:
			if ctx.Err() == nil {
				c.fault(r.ep, "eth_sendRawTransaction", r.err)
			}
			if faultErr == nil {
				faultErr = r.err
			}
		}
	}
	switch {
	case accepted:
		return nil
	case ctx.Err() != nil:
		return ctx.Err()
	case answerErr != nil:
		return answerErr
	default:
		return fmt.Errorf("ethrpc eth_sendRawTransaction: %w", faultErr)
	}
}

// RawCall runs an arbitrary JSON-RPC method on the best endpoint (no failover on JSON-RPC errors).
func (c *Client) RawCall(ctx context.Context, result any, method string, args ...any) error {
	return c.do(ctx, method, 0, c.cfg.CallTimeout, func(err error) bool {
		var re rpc.Error
		return errors.As(err, &re)
	}, func(ctx context.Context, ep *endpoint) error {
		return ep.rpc.CallContext(ctx, result, method, args...)
	})
}
