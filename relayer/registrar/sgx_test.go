package registrar_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/dcap"
	"github.com/teeoracle/teeoracle/relayer/registrar"
)

// TestRegistrationSGX drives the SGX branch with a real Intel-signed quote and its collateral: the
// quote verifies, and the registration is still refused because the quote's report data does not
// bind the keys the worker claims (no real quote of one of our workers exists here). Tampering and
// policy violations are refused with their own errors.
func TestRegistrationSGX(t *testing.T) {
	quote, err := os.ReadFile("../../dcap/testdata/phala_sgx_quote.bin")
	if err != nil {
		t.Fatal(err)
	}
	col, err := dcap.LoadCollateralFile("../../dcap/testdata/phala_sgx_quote_collateral.json")
	if err != nil {
		t.Fatal(err)
	}
	now := col.NextUpdate().Add(-time.Hour)
	mrEnclave := [32]byte(quote[112:144])
	collateral := func(context.Context, *dcap.Quote) (*dcap.Collateral, error) { return col, nil }
	allowAll := dcap.Policy{
		MREnclaves:         [][32]byte{mrEnclave},
		AllowedTCBStatuses: []dcap.TCBStatus{dcap.TCBConfigurationAndSWHardeningNeeded},
	}
	tampered := bytes.Clone(quote)
	tampered[112] ^= 1
	cases := []struct {
		name   string
		report []byte
		policy dcap.Policy
		want   error
	}{
		{"verified quote binding other keys", quote, allowAll, dcap.ErrReportDataMismatch},
		{"tampered measurement", tampered, allowAll, dcap.ErrQuoteSignature},
		{"measurement not on the policy", quote, dcap.Policy{AllowedTCBStatuses: allowAll.AllowedTCBStatuses}, dcap.ErrMeasurementNotAllowed},
		{"TCB status not named", quote, dcap.Policy{MREnclaves: allowAll.MREnclaves}, dcap.ErrTCBStatusNotAllowed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			id := identity(t, "sgx")
			id.Report = tc.report
			_, err := registrar.Registration(context.Background(), id, common.Address{9}, now.Add(24*time.Hour),
				registrar.Options{Policy: tc.policy, Collateral: collateral, Now: func() time.Time { return now }})
			if !errors.Is(err, tc.want) {
				t.Fatalf("err %v, want %v", err, tc.want)
			}
		})
	}
	// Only the report data is wrong in the first case: the same quote passes every other check.
	id := identity(t, "sgx")
	id.Report = quote
	_, err = registrar.Registration(context.Background(), id, common.Address{9}, now.Add(24*time.Hour),
		registrar.Options{Policy: allowAll, Collateral: collateral, Now: func() time.Time { return now }})
	if errors.Is(err, dcap.ErrQuoteSignature) || errors.Is(err, dcap.ErrMeasurementNotAllowed) || errors.Is(err, dcap.ErrTCBStatusNotAllowed) {
		t.Fatalf("the real quote failed more than its report data: %v", err)
	}
}
