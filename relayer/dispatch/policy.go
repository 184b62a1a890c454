package dispatch

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/relayer/jobs"
)

// Prices is where the fee policy reads the gas price (*ethrpc.Client has it).
type Prices interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
}

// feePolicy refuses jobs whose enclave fee (fee - authorFee: what the signing enclave, hence its
// operator, is paid) does not cover what fulfilling them costs: (callback gas limit + the
// per-job fulfil overhead) x the current gas price (base fee + tip) x margin%. The price is read
// at most every priceTTL. Issue 11: nobody can make a relayer work at a loss.
type feePolicy struct {
	prices   Prices
	margin   int64 // percent; 0 disables the policy
	overhead uint64

	mu      sync.Mutex
	price   *big.Int
	priceAt time.Time
}

const priceTTL = 5 * time.Second

// gasPrice is base fee + suggested tip, cached for priceTTL.
func (p *feePolicy) gasPrice(ctx context.Context) (*big.Int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.price != nil && time.Since(p.priceAt) < priceTTL {
		return p.price, nil
	}
	h, err := p.prices.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("fee policy: latest header: %w", err)
	}
	tip, err := p.prices.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("fee policy: tip: %w", err)
	}
	price := new(big.Int).Set(tip)
	if h.BaseFee != nil {
		price.Add(price, h.BaseFee)
	}
	p.price, p.priceAt = price, time.Now()
	return price, nil
}

// refuse returns why a job does not pay for its fulfilment ("" when it does or the policy is off).
func (p *feePolicy) refuse(ctx context.Context, j *jobs.Job) (string, error) {
	if p == nil || p.margin <= 0 || p.prices == nil {
		return "", nil
	}
	price, err := p.gasPrice(ctx)
	if err != nil {
		return "", err
	}
	gas := uint64(j.CallbackGasLimit) + p.overhead
	cost := new(big.Int).Mul(new(big.Int).SetUint64(gas), price)
	cost.Mul(cost, big.NewInt(p.margin))
	cost.Div(cost, big.NewInt(100))
	if fee := j.EnclaveFee(); fee.Cmp(cost) < 0 {
		return fmt.Sprintf("refused by fee policy: enclave fee %s wei (fee %s - author fee %s) < cost %s wei = (callback gas %d + overhead %d) x gas price %s wei x %d%%",
			fee, j.Fee, j.AuthorFee, cost, j.CallbackGasLimit, p.overhead, price, p.margin), nil
	}
	return "", nil
}
