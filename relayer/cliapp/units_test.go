package cliapp

import (
	"math/big"
	"testing"
)

// TestAmountsCarryUnits: amounts print with their unit (issue 18: amounts without units), and the
// doctor's threshold reads them back.
func TestAmountsCarryUnits(t *testing.T) {
	for _, tc := range []struct {
		wei  *big.Int
		eth  string
		gwei string
	}{
		{big.NewInt(0), "0 ETH", "0 gwei"},
		{big.NewInt(1e15), "0.001 ETH", "1000000 gwei"},
		{big.NewInt(1_500_000_000), "0.0000000015 ETH", "1.5 gwei"},
		{nil, "-", "-"},
	} {
		if got := formatEther(tc.wei); got != tc.eth {
			t.Errorf("formatEther(%v) = %q, want %q", tc.wei, got, tc.eth)
		}
		if got := formatGwei(tc.wei); got != tc.gwei {
			t.Errorf("formatGwei(%v) = %q, want %q", tc.wei, got, tc.gwei)
		}
	}
	for in, want := range map[string]string{"0.05ether": "50000000000000000", "20gwei": "20000000000", "7": "7", "1 ether": "1000000000000000000"} {
		if got, err := parseAmount(in); err != nil || got.String() != want {
			t.Errorf("parseAmount(%q) = %v %v, want %s", in, got, err, want)
		}
	}
	if _, err := parseAmount("-1ether"); err == nil {
		t.Error("a negative amount was accepted")
	}
}
