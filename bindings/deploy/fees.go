package deploy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/bindings"
)

// NextBaseFee is the highest base fee the block after `baseFee`'s can have: EIP-1559 moves it by at
// most 1/8 a block.
func NextBaseFee(baseFee *big.Int) *big.Int {
	if baseFee == nil {
		return new(big.Int)
	}
	next := new(big.Int).Mul(baseFee, big.NewInt(9))
	next.Div(next, big.NewInt(8))
	return next.Add(next, big.NewInt(1))
}

// QuoteFee is the fee a request for `programID` with `callbackGas` sent now pays at least: the
// router's floor (`quoteFeeAt`) at the highest base fee the next block can have. It reads
// `quoteFeeAt`, not `quoteFee`: an eth_call without a gas price runs with block.basefee = 0 on
// geth and anvil, so `quoteFee` read off-chain leaves out the base-fee term.
func QuoteFee(ctx context.Context, b Backend, router common.Address, programID [32]byte, callbackGas uint32) (*big.Int, error) {
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("quote fee: latest header: %w", err)
	}
	r := bindings.NewJobRouter()
	fee, err := bind.Call(r.Instance(b, router), &bind.CallOpts{Context: ctx}, r.PackQuoteFeeAt(programID, callbackGas, NextBaseFee(head.BaseFee)), r.UnpackQuoteFeeAt)
	if err != nil {
		return nil, fmt.Errorf("quote fee: quoteFeeAt: %w", err)
	}
	return fee, nil
}
