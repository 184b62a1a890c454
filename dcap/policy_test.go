package dcap

import (
	"errors"
	"slices"
	"testing"
)

func TestPolicyCheck(t *testing.T) {
	// The real, verified phala identity: MRSIGNER 815f..., product 0, SVN 0, report data "Hello, world!",
	// TCB ConfigurationAndSWHardeningNeeded.
	id, err := Verify(readFile(t, phalaQuoteFile), mustCollateral(t, phalaRaw(t)), VerifyOptions{Now: phalaNow(t)})
	if err != nil {
		t.Fatal(err)
	}
	var otherEnclave [32]byte
	otherEnclave[0] = 1
	base := func() Policy {
		return Policy{
			MREnclaves:         [][32]byte{otherEnclave, id.MREnclave},
			AllowedTCBStatuses: []TCBStatus{TCBUpToDate, TCBConfigurationAndSWHardeningNeeded},
			ReportData:         id.ReportData,
		}
	}
	debugID := *id
	debugID.Debug = true
	revokedID := *id
	revokedID.TCBStatus = TCBRevoked
	upToDateID := *id
	upToDateID.TCBStatus, upToDateID.AdvisoryIDs = TCBUpToDate, nil

	tests := []struct {
		name string
		id   *Identity
		pol  func(p *Policy)
		want []error // all must match; empty: accepted
	}{
		{"allowed by MRENCLAVE and named status", id, func(*Policy) {}, nil},
		{"allowed by signer, product and SVN", id, func(p *Policy) {
			p.MREnclaves = nil
			p.Signers = []SignerPolicy{{MRSigner: otherEnclave}, {MRSigner: id.MRSigner, ProductID: 0, MinSVN: 0}}
		}, nil},
		{"signer SVN below minimum", id, func(p *Policy) {
			p.MREnclaves = nil
			p.Signers = []SignerPolicy{{MRSigner: id.MRSigner, ProductID: 0, MinSVN: 1}}
		}, []error{ErrMeasurementNotAllowed}},
		{"signer with another product", id, func(p *Policy) {
			p.MREnclaves = nil
			p.Signers = []SignerPolicy{{MRSigner: id.MRSigner, ProductID: 1}}
		}, []error{ErrMeasurementNotAllowed}},
		{"MRENCLAVE not listed", id, func(p *Policy) { p.MREnclaves = [][32]byte{otherEnclave} }, []error{ErrMeasurementNotAllowed}},
		{"empty policy allows nothing", id, func(p *Policy) { *p = Policy{ReportData: id.ReportData} },
			[]error{ErrMeasurementNotAllowed, ErrTCBStatusNotAllowed}},
		{"default statuses: only UpToDate", id, func(p *Policy) { p.AllowedTCBStatuses = nil }, []error{ErrTCBStatusNotAllowed}},
		{"default statuses accept UpToDate", &upToDateID, func(p *Policy) { p.AllowedTCBStatuses = nil }, nil},
		{"status not named", id, func(p *Policy) { p.AllowedTCBStatuses = []TCBStatus{TCBSWHardeningNeeded} }, []error{ErrTCBStatusNotAllowed}},
		{"revoked refused even when named", &revokedID, func(p *Policy) { p.AllowedTCBStatuses = append(p.AllowedTCBStatuses, TCBRevoked) },
			[]error{ErrTCBStatusNotAllowed}},
		{"debug enclave", &debugID, func(*Policy) {}, []error{ErrDebugEnclave}},
		{"report data differs in the last byte", id, func(p *Policy) { p.ReportData[63] ^= 1 }, []error{ErrReportDataMismatch}},
		{"zero report data expected", id, func(p *Policy) { p.ReportData = [64]byte{} }, []error{ErrReportDataMismatch}},
		{"every failure reported", &debugID, func(p *Policy) { *p = Policy{} },
			[]error{ErrDebugEnclave, ErrMeasurementNotAllowed, ErrTCBStatusNotAllowed, ErrReportDataMismatch}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := base()
			tt.pol(&p)
			err := p.Check(tt.id)
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("Check: %v", err)
				}
				return
			}
			for _, w := range tt.want {
				if !errors.Is(err, w) {
					t.Errorf("err = %v, want it to match %v", err, w)
				}
			}
			t.Logf("refused: %v", err)
		})
	}

	t.Run("TCBStatusError carries status and advisories", func(t *testing.T) {
		p := base()
		p.AllowedTCBStatuses = nil
		var se *TCBStatusError
		if err := p.Check(id); !errors.As(err, &se) {
			t.Fatalf("err = %v, want a *TCBStatusError", err)
		}
		if se.Status != TCBConfigurationAndSWHardeningNeeded || !slices.Equal(se.AdvisoryIDs, []string{"INTEL-SA-00289", "INTEL-SA-00615"}) {
			t.Errorf("TCBStatusError = %+v", se)
		}
	})
	t.Run("nil identity", func(t *testing.T) {
		p := base()
		if err := p.Check(nil); !errors.Is(err, ErrInvalidOptions) {
			t.Fatalf("err = %v, want ErrInvalidOptions", err)
		}
	})
}

// TestMatchPlatform walks the real phala TCB info: every PCK component must reach the level's (not a
// lexicographic comparison), and so must the PCESVN.
func TestMatchPlatform(t *testing.T) {
	ti := mustCollateral(t, phalaRaw(t)).tcbInfo
	comps := func(c ...uint8) [16]uint8 {
		var out [16]uint8
		copy(out[:], c)
		return out
	}
	fmspc := ti.fmspc
	tests := []struct {
		name   string
		comps  [16]uint8
		pcesvn uint16
		want   TCBStatus
		err    error
	}{
		{"newest level", comps(11, 11, 2, 2, 255, 1, 12), 13, TCBSWHardeningNeeded, nil},
		{"above the newest level", comps(20, 20, 20, 20, 255, 255, 20, 1), 20, TCBSWHardeningNeeded, nil},
		{"component 7 missing: configuration needed", comps(11, 11, 2, 2, 255, 1, 0), 13, TCBConfigurationAndSWHardeningNeeded, nil},
		{"older microcode", comps(10, 10, 2, 2, 255, 1, 12), 13, TCBOutOfDate, nil},
		{"older microcode, component 7 missing", comps(10, 10, 2, 2, 255, 1, 0), 13, TCBOutOfDateConfigurationNeeded, nil},
		{"old PCE", comps(11, 11, 2, 2, 255, 1, 12), 10, TCBOutOfDate, nil},
		{"oldest level", comps(5, 5, 2, 2, 255, 1), 5, TCBOutOfDate, nil},
		{"below every level", comps(4, 4, 2, 2, 255, 1, 12), 13, "", ErrTCBLevelNotFound},
		{"PCESVN below every level", comps(11, 11, 2, 2, 255, 1, 12), 4, "", ErrTCBLevelNotFound},
		{"lexicographically greater but component 2 lower", comps(12, 0, 2, 2, 255, 1, 12), 13, "", ErrTCBLevelNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := ti.matchPlatform(&PCKExtension{TCBComponents: tt.comps, PCESVN: tt.pcesvn, FMSPC: fmspc})
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil || l.TCBStatus != tt.want {
				t.Fatalf("level %v err %v, want %s", l, err, tt.want)
			}
		})
	}
}

func TestConvergeStatus(t *testing.T) {
	tests := []struct {
		platform, qe, want TCBStatus
	}{
		{TCBUpToDate, TCBUpToDate, TCBUpToDate},
		{TCBSWHardeningNeeded, TCBUpToDate, TCBSWHardeningNeeded},
		{TCBUpToDate, TCBOutOfDate, TCBOutOfDate},
		{TCBSWHardeningNeeded, TCBOutOfDate, TCBOutOfDate},
		{TCBConfigurationNeeded, TCBOutOfDate, TCBOutOfDateConfigurationNeeded},
		{TCBConfigurationAndSWHardeningNeeded, TCBOutOfDate, TCBOutOfDateConfigurationNeeded},
		{TCBOutOfDateConfigurationNeeded, TCBOutOfDate, TCBOutOfDateConfigurationNeeded},
		{TCBUpToDate, TCBRevoked, TCBRevoked},
		{TCBRevoked, TCBUpToDate, TCBRevoked},
	}
	for _, tt := range tests {
		t.Run(string(tt.platform)+"+"+string(tt.qe), func(t *testing.T) {
			if got := convergeStatus(tt.platform, tt.qe); got != tt.want {
				t.Errorf("convergeStatus = %s, want %s", got, tt.want)
			}
		})
	}
}
