package txmgr

import "math/big"

// PriceBumpPercent is the minimum fee increase geth's (and anvil's, reth's) pool demands of a
// replacement transaction: both the tip and the fee cap must grow by at least 10%.
const PriceBumpPercent = 10

// Fees are the EIP-1559 fee fields of one attempt.
type Fees struct {
	TipCap *big.Int
	FeeCap *big.Int
}

// FeePolicy turns the chain's fee market into fees for a new transaction and for replacements.
type FeePolicy struct {
	MinTipCap         *big.Int // floor for the priority fee (nodes suggest 0 on idle dev chains)
	MaxTipCap         *big.Int // never tip more than this
	MaxFeeCap         *big.Int // never pay more than this per gas (a tx may then wait for the base fee to drop)
	BaseFeeMultiplier int64    // fee cap = base fee * multiplier + tip (2 survives six full blocks)
}

func (p FeePolicy) clampTip(tip *big.Int) *big.Int {
	t := new(big.Int).Set(tip)
	if p.MinTipCap != nil && t.Cmp(p.MinTipCap) < 0 {
		t.Set(p.MinTipCap)
	}
	if p.MaxTipCap != nil && t.Cmp(p.MaxTipCap) > 0 {
		t.Set(p.MaxTipCap)
	}
	return t
}

// Initial returns the fees of a first attempt given the suggested tip and the latest base fee.
func (p FeePolicy) Initial(suggestedTip, baseFee *big.Int) Fees {
	tip := p.clampTip(suggestedTip)
	mult := p.BaseFeeMultiplier
	if mult <= 0 {
		mult = 2
	}
	feeCap := new(big.Int).Mul(baseFee, big.NewInt(mult))
	feeCap.Add(feeCap, tip)
	if p.MaxFeeCap != nil && feeCap.Cmp(p.MaxFeeCap) > 0 {
		feeCap.Set(p.MaxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip.Set(feeCap)
	}
	return Fees{TipCap: tip, FeeCap: feeCap}
}

// bumpMin returns ceil(x * (100+PriceBumpPercent) / 100): the smallest value a pool accepts as a
// replacement for x.
func bumpMin(x *big.Int) *big.Int {
	n := new(big.Int).Mul(x, big.NewInt(100+PriceBumpPercent))
	n.Add(n, big.NewInt(99))
	return n.Div(n, big.NewInt(100))
}

// Bump returns the fees of a replacement for old: the larger of the current market fees and old
// raised by the minimum replacement bump, within the caps. ok is false when the caps leave no room
// for a valid replacement (the caller then rebroadcasts old as is).
func (p FeePolicy) Bump(old Fees, suggestedTip, baseFee *big.Int) (Fees, bool) {
	market := p.Initial(suggestedTip, baseFee)
	tip := maxBig(bumpMin(old.TipCap), market.TipCap)
	feeCap := maxBig(bumpMin(old.FeeCap), market.FeeCap)
	if p.MaxTipCap != nil && tip.Cmp(p.MaxTipCap) > 0 {
		tip = new(big.Int).Set(p.MaxTipCap)
	}
	if p.MaxFeeCap != nil && feeCap.Cmp(p.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(p.MaxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	ok := tip.Cmp(bumpMin(old.TipCap)) >= 0 && feeCap.Cmp(bumpMin(old.FeeCap)) >= 0
	return Fees{TipCap: tip, FeeCap: feeCap}, ok
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}
