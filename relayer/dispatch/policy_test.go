package dispatch

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/relayer/jobs"
)

type prices struct{ base, tip int64 }

func (p prices) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{BaseFee: big.NewInt(p.base)}, nil
}
func (p prices) SuggestGasTipCap(context.Context) (*big.Int, error) { return big.NewInt(p.tip), nil }

func TestFeePolicy(t *testing.T) {
	// price 10 wei/gas; (100,000 + 30,000) gas x 10 x 150% = 1,950,000 wei
	p := &feePolicy{prices: prices{base: 8, tip: 2}, margin: 150, overhead: 30_000}
	for _, tc := range []struct {
		name       string
		fee, autho int64
		refused    bool
	}{
		{"covers", 1_950_000, 0, false},
		{"one wei short", 1_949_999, 0, true},
		{"the author's part does not pay the enclave", 2_000_000, 100_000, true},
		{"author fee on top", 2_050_000, 100_000, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			why, err := p.refuse(context.Background(), &jobs.Job{CallbackGasLimit: 100_000, Fee: big.NewInt(tc.fee), AuthorFee: big.NewInt(tc.autho)})
			if err != nil {
				t.Fatal(err)
			}
			if (why != "") != tc.refused || (tc.refused && !strings.Contains(why, "cost 1950000 wei")) {
				t.Fatalf("refusal %q", why)
			}
		})
	}
	off := &feePolicy{prices: prices{base: 1e12}, margin: -1}
	if why, _ := off.refuse(context.Background(), &jobs.Job{Fee: new(big.Int)}); why != "" {
		t.Fatalf("policy off refused: %s", why)
	}
}
