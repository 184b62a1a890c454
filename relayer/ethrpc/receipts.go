package ethrpc

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// BlockReceipts returns every receipt of the block with the given hash, with the consensus fields
// (type, status or post state, cumulative gas, logs: what the receipt root commits to) and the
// transaction hash and log indexes. The bloom is computed from the logs, not read: it is a
// function of them, and skipping the largest field of the answer makes decoding much cheaper.
func (c *Client) BlockReceipts(ctx context.Context, hash common.Hash) ([]*types.Receipt, error) {
	var rs []*types.Receipt
	err := c.do(ctx, "eth_getBlockReceipts", 0, c.cfg.LogsTimeout, nil, func(ctx context.Context, ep *endpoint) error {
		var raw []*rpcReceipt
		if err := ep.rpc.CallContext(ctx, &raw, "eth_getBlockReceipts", rpc.BlockNumberOrHashWithHash(hash, true)); err != nil {
			return err
		}
		if raw == nil {
			return ethereum.NotFound
		}
		rs = make([]*types.Receipt, len(raw))
		for i, r := range raw {
			if r == nil {
				return fmt.Errorf("receipt %d missing", i)
			}
			rs[i] = r.receipt(hash)
		}
		return nil
	})
	return rs, err
}

// rpcReceipt is the part of a JSON-RPC receipt BlockReceipts reads.
type rpcReceipt struct {
	Type              hexutil.Uint64  `json:"type"`
	PostState         hexutil.Bytes   `json:"root"`
	Status            *hexutil.Uint64 `json:"status"`
	CumulativeGasUsed hexutil.Uint64  `json:"cumulativeGasUsed"`
	TxHash            common.Hash     `json:"transactionHash"`
	BlockNumber       *hexutil.Big    `json:"blockNumber"`
	TxIndex           hexutil.Uint    `json:"transactionIndex"`
	Logs              []struct {
		Address common.Address `json:"address"`
		Topics  []common.Hash  `json:"topics"`
		Data    hexutil.Bytes  `json:"data"`
		Index   hexutil.Uint   `json:"logIndex"`
	} `json:"logs"`
}

func (r *rpcReceipt) receipt(block common.Hash) *types.Receipt {
	out := &types.Receipt{Type: uint8(r.Type), PostState: r.PostState, CumulativeGasUsed: uint64(r.CumulativeGasUsed),
		TxHash: r.TxHash, BlockHash: block, TransactionIndex: uint(r.TxIndex), Logs: make([]*types.Log, len(r.Logs))}
	if r.Status != nil {
		out.Status = uint64(*r.Status)
	}
	if r.BlockNumber != nil {
		out.BlockNumber = r.BlockNumber.ToInt()
	}
	for i, l := range r.Logs {
		data := []byte(l.Data)
		if data == nil {
			data = []byte{}
		}
		out.Logs[i] = &types.Log{Address: l.Address, Topics: l.Topics, Data: data, Index: uint(l.Index), TxHash: r.TxHash,
			BlockHash: block, TxIndex: uint(r.TxIndex)}
		if r.BlockNumber != nil {
			out.Logs[i].BlockNumber = r.BlockNumber.ToInt().Uint64()
		}
	}
	out.Bloom = types.CreateBloom(out)
	return out
}
