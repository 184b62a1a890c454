package dcap

import (
	"bytes"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestVerify_phalaQuote_succeeds(t *testing.T) {
	now := phalaNow(t)
	col := mustCollateral(t, phalaRaw(t))
	quote := readFile(t, phalaQuoteFile)

	for name, evidence := range map[string][]byte{"raw quote": quote, "EGo remote report": egoReport(quote)} {
		t.Run(name, func(t *testing.T) {
			id, err := Verify(evidence, col, VerifyOptions{Now: now, RequireCRLs: true})
			if err != nil {
				t.Fatalf("Verify at %s: %v", now, err)
			}
			if id.TCBStatus != TCBConfigurationAndSWHardeningNeeded {
				t.Errorf("TCBStatus = %s, want %s", id.TCBStatus, TCBConfigurationAndSWHardeningNeeded)
			}
			if want := []string{"INTEL-SA-00289", "INTEL-SA-00615"}; !slices.Equal(id.AdvisoryIDs, want) {
				t.Errorf("AdvisoryIDs = %v, want %v", id.AdvisoryIDs, want)
			}
			if got, want := hex.EncodeToString(id.MREnclave[:]), "33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb"; got != want {
				t.Errorf("MREnclave = %s, want %s", got, want)
			}
			if got, want := hex.EncodeToString(id.MRSigner[:]), "815f42f11cf64430c30bab7816ba596a1da0130c3b028b673133a66cf9a3e0e6"; got != want {
				t.Errorf("MRSigner = %s, want %s", got, want)
			}
			var rd [64]byte
			copy(rd[:], "Hello, world!")
			if id.ReportData != rd || id.ProductID != 0 || id.SVN != 0 || id.Debug {
				t.Errorf("identity = %+v", id)
			}
			if got := hex.EncodeToString(id.FMSPC[:]); got != "00a067110000" {
				t.Errorf("FMSPC = %s", got)
			}
		})
	}
}

func TestVerify_oasisQuote_succeeds(t *testing.T) {
	raw := readFile(t, oasisQuoteFile)
	q := mustParse(t, raw)
	id, err := VerifyQuote(q, mustCollateral(t, oasisRaw(t)), VerifyOptions{Now: oasisNow})
	if err != nil {
		t.Fatalf("VerifyQuote: %v", err)
	}
	if got, want := hex.EncodeToString(id.MREnclave[:]), "68823bc62f409ee33a32ea270cfe45d4b19a6fb3c8570d7bc186cbe062398e8f"; got != want {
		t.Errorf("MREnclave = %s, want %s", got, want)
	}
	if got, want := hex.EncodeToString(id.MRSigner[:]), "9affcfae47b848ec2caf1c49b4b283531e1cc425f93582b36806e52a43d78d1a"; got != want {
		t.Errorf("MRSigner = %s, want %s", got, want)
	}
	if id.ProductID != 0 || id.SVN != 0 || id.Debug {
		t.Errorf("ProductID %d SVN %d Debug %v, want 0 0 false", id.ProductID, id.SVN, id.Debug)
	}
	if id.Attributes[0] != attrInit|attrMode64Bit || id.Attributes[8] != 3 {
		t.Errorf("attributes %x, want flags INIT|MODE64BIT and XFRM 3", id.Attributes)
	}
	if q.QEReport.SVN != 9 || q.QESVN != 9 {
		t.Errorf("QE SVN report %d header %d, want 9", q.QEReport.SVN, q.QESVN)
	}
	ext, _, err := q.PCKInfo()
	if err != nil || ext.PCESVN != 13 {
		t.Errorf("PCK PCESVN = %v (%v), want 13", ext, err)
	}
	if id.TCBStatus != TCBSWHardeningNeeded || !slices.Equal(id.AdvisoryIDs, []string{"INTEL-SA-00615", "INTEL-SA-00657"}) {
		t.Errorf("TCB %s %v, want SWHardeningNeeded [INTEL-SA-00615 INTEL-SA-00657]", id.TCBStatus, id.AdvisoryIDs)
	}
}

func TestVerify_validityTimes_reverts(t *testing.T) {
	phala := mustCollateral(t, phalaRaw(t))
	oasis := mustCollateral(t, oasisRaw(t))
	phalaQuote := readFile(t, phalaQuoteFile)
	oasisQuote := readFile(t, oasisQuoteFile)
	pn := phalaNow(t)
	tests := []struct {
		name    string
		quote   []byte
		col     *Collateral
		now     time.Time
		want    error
		mention string
	}{
		{"oasis PCK not yet valid", oasisQuote, oasis, time.Unix(1670238720, 0), ErrNotYetValid, ""},
		{"oasis PCK expired", oasisQuote, oasis, time.Unix(1891163522, 0), ErrExpired, ""},
		{"oasis QE identity not yet valid", oasisQuote, oasis, time.Unix(1671194735, 0), ErrNotYetValid, "QE identity"},
		{"oasis QE identity expired", oasisQuote, oasis, time.Unix(1673786737, 0), ErrExpired, "QE identity"},
		{"oasis TCB info not yet valid", oasisQuote, oasis, time.Date(2022, 12, 19, 9, 40, 9, 0, time.UTC), ErrNotYetValid, "TCB info"},
		{"phala before collateral issue", phalaQuote, phala, time.Date(2025, 6, 19, 10, 0, 0, 0, time.UTC), ErrNotYetValid, ""},
		{"phala after next update", phalaQuote, phala, phala.NextUpdate().Add(time.Second), ErrExpired, ""},
		{"phala a year later", phalaQuote, phala, pn.AddDate(1, 0, 0), ErrExpired, ""},
		{"zero time", phalaQuote, phala, time.Time{}, ErrInvalidOptions, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Verify(tt.quote, tt.col, VerifyOptions{Now: tt.now})
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			t.Logf("refused: %v", err)
			if !strings.Contains(err.Error(), tt.mention) {
				t.Errorf("err %q does not mention %q", err, tt.mention)
			}
		})
	}
	// The boundary itself is still valid: nextUpdate is inclusive.
	if _, err := Verify(oasisQuote, oasis, VerifyOptions{Now: time.Unix(1673786736, 0)}); err != nil {
		t.Errorf("at the QE identity's nextUpdate: %v", err)
	}
}

func TestVerify_tampering_reverts(t *testing.T) {
	quote := readFile(t, phalaQuoteFile)
	now := phalaNow(t)
	const (
		sigOff    = quoteSignedLen + 4
		keyOff    = sigOff + ecdsaSigLen
		qeOff     = keyOff + ecdsaPubKeyLen
		qeSigOff  = qeOff + reportBodyLen
		authOff   = qeSigOff + ecdsaSigLen + 2
		reportOff = quoteHeaderLen
	)
	rawMod := func(f func(*RawCollateral)) RawCollateral {
		raw := phalaRaw(t)
		f(&raw)
		return raw
	}
	tests := []struct {
		name  string
		quote []byte
		raw   RawCollateral
		want  error
	}{
		{"quote signature byte", flip(quote, sigOff+5), phalaRaw(t), ErrQuoteSignature},
		{"quote signature s byte", flip(quote, sigOff+40), phalaRaw(t), ErrQuoteSignature},
		{"header QE SVN byte", flip(quote, 8), phalaRaw(t), ErrQuoteSignature},
		{"report body MRENCLAVE byte", flip(quote, 112), phalaRaw(t), ErrQuoteSignature},
		{"report body attributes debug bit", func() []byte { b := bytes.Clone(quote); b[96] |= attrDebug; return b }(), phalaRaw(t), ErrQuoteSignature},
		{"report data byte", flip(quote, 368+63), phalaRaw(t), ErrQuoteSignature},
		{"attestation key byte", flip(quote, keyOff+3), phalaRaw(t), ErrAttestationKeyBinding},
		{"QE report body byte", flip(quote, qeOff+10), phalaRaw(t), ErrQEReportSignature},
		{"QE report signature byte", flip(quote, qeSigOff+1), phalaRaw(t), ErrQEReportSignature},
		{"QE auth data byte", flip(quote, authOff), phalaRaw(t), ErrAttestationKeyBinding},
		{"TCB info signature byte", quote, rawMod(func(r *RawCollateral) { r.TCBInfoSignature = flipHex(t, r.TCBInfoSignature) }), ErrTCBInfoSignature},
		{"TCB info body", quote, rawMod(func(r *RawCollateral) {
			r.TCBInfo = strings.Replace(r.TCBInfo, `"tcbStatus":"OutOfDate"`, `"tcbStatus":"UpToDate"`, 1)
		}), ErrTCBInfoSignature},
		{"TCB info whitespace", quote, rawMod(func(r *RawCollateral) { r.TCBInfo = " " + r.TCBInfo }), ErrTCBInfoSignature},
		{"TCB info signed by QE identity signature", quote, rawMod(func(r *RawCollateral) { r.TCBInfoSignature = r.QEIdentitySignature }), ErrTCBInfoSignature},
		{"QE identity signature byte", quote, rawMod(func(r *RawCollateral) { r.QEIdentitySignature = flipHex(t, r.QEIdentitySignature) }), ErrQEIdentitySignature},
		{"QE identity body", quote, rawMod(func(r *RawCollateral) {
			r.QEIdentity = strings.Replace(r.QEIdentity, `"isvsvn":8`, `"isvsvn":7`, 1)
		}), ErrQEIdentitySignature},
		{"root CA CRL signature", quote, rawMod(func(r *RawCollateral) {
			r.RootCACRL = r.RootCACRL[:len(r.RootCACRL)-2] + "00"
		}), ErrCRL},
		{"PCK CRL signature", quote, rawMod(func(r *RawCollateral) {
			r.PCKCRL = r.PCKCRL[:len(r.PCKCRL)-2] + "00"
		}), ErrCRL},
		{"PCK CRL issued by root", quote, rawMod(func(r *RawCollateral) { r.PCKCRL = r.RootCACRL }), ErrCRL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			col, err := ParseCollateral(tt.raw)
			if err != nil {
				t.Fatalf("ParseCollateral: %v", err)
			}
			id, err := Verify(tt.quote, col, VerifyOptions{Now: now, RequireCRLs: true})
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v (identity %v), want %v", err, id, tt.want)
			}
			t.Logf("refused: %v", err)
		})
	}
}

func TestVerify_certificateChains_reverts(t *testing.T) {
	phala := mustParse(t, readFile(t, phalaQuoteFile))
	oasis := mustParse(t, readFile(t, oasisQuoteFile))
	leaf, ca, root := phala.PCKChain[0], phala.PCKChain[1], phala.PCKChain[2]
	now := phalaNow(t)

	// A generated PKI that copies Intel's names and the real PCK extension, under a root of its own.
	fakeRoot := newFakeCertNamed(t, "Intel SGX Root CA", root.RawSubject, nil, true, 1)
	fakeCA := newFakeCertNamed(t, cnPCKProcessorCA, ca.RawSubject, fakeRoot, true, 0)
	if !bytes.Equal(fakeCA.cert.RawIssuer, root.RawSubject) {
		t.Fatal("generated CA does not copy the real root's name")
	}
	var sgxExt []byte
	for _, e := range leaf.Extensions {
		if e.Id.Equal(oidSGXExtension) {
			sgxExt = e.Value
		}
	}
	fakeLeaf := newFakeCert(t, cnPCKCert, fakeCA, false, -1, pkixExt(oidSGXExtension, sgxExt))

	noPCKCRL := phalaRaw(t)
	noPCKCRL.PCKCRL, noPCKCRL.PCKCRLIssuerChain = "", ""

	tests := []struct {
		name  string
		chain []*x509.Certificate
		raw   RawCollateral
		want  error // nil: must verify
	}{
		{"as issued", []*x509.Certificate{leaf, ca, root}, phalaRaw(t), nil},
		{"root omitted (it is pinned)", []*x509.Certificate{leaf, ca}, phalaRaw(t), nil},
		{"leaf and intermediate swapped", []*x509.Certificate{ca, leaf, root}, phalaRaw(t), ErrCertChain},
		{"reversed", []*x509.Certificate{root, ca, leaf}, phalaRaw(t), ErrCertChain},
		{"intermediate missing", []*x509.Certificate{leaf, root}, phalaRaw(t), ErrUntrustedRoot},
		{"only the root", []*x509.Certificate{root}, phalaRaw(t), ErrCertChain},
		{"intermediate as leaf", []*x509.Certificate{ca, root}, phalaRaw(t), ErrCertChain},
		{"another platform's PCK leaf", []*x509.Certificate{oasis.PCKChain[0], oasis.PCKChain[1], root}, noPCKCRL, ErrQEReportSignature},
		{"another platform's PCK leaf, PCK CRL of the other CA", []*x509.Certificate{oasis.PCKChain[0], oasis.PCKChain[1], root}, phalaRaw(t), ErrCRL},
		{"generated root with Intel's name", []*x509.Certificate{fakeLeaf.cert, fakeCA.cert, fakeRoot.cert}, phalaRaw(t), ErrUntrustedRoot},
		{"generated chain without its root", []*x509.Certificate{fakeLeaf.cert, fakeCA.cert}, phalaRaw(t), ErrUntrustedRoot},
		{"generated chain ending in the real root", []*x509.Certificate{fakeLeaf.cert, fakeCA.cert, root}, phalaRaw(t), ErrUntrustedRoot},
		{"generated leaf under the real intermediate", []*x509.Certificate{fakeLeaf.cert, ca, root}, phalaRaw(t), ErrCertChain},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := partsOf(phala)
			p.certData = pemChain(tt.chain...)
			_, err := Verify(p.assemble(), mustCollateral(t, tt.raw), VerifyOptions{Now: now})
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Verify: %v", err)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			t.Logf("refused: %v", err)
		})
	}
}

func TestVerify_collateralMismatch_reverts(t *testing.T) {
	phalaQuote := readFile(t, phalaQuoteFile)
	oasisQuote := readFile(t, oasisQuoteFile)
	now := phalaNow(t)
	bad := string(readFile(t, oasisTCBBadFile))
	fakeRoot := newFakeCert(t, "Intel SGX Root CA", nil, true, 1)
	fakeTCB := newFakeCert(t, cnTCBSigning, fakeRoot, false, -1)

	noPCKCRL := phalaRaw(t)
	noPCKCRL.PCKCRL, noPCKCRL.PCKCRLIssuerChain = "", ""
	badTCBChain := oasisRaw(t)
	badTCBChain.TCBInfoIssuerChain = bad
	badQEChain := oasisRaw(t)
	badQEChain.QEIdentityIssuerChain = bad
	fakeChain := phalaRaw(t)
	fakeChain.TCBInfoIssuerChain = string(pemChain(fakeTCB.cert, fakeRoot.cert))
	pckCAAsSigner := phalaRaw(t)
	pckCAAsSigner.TCBInfoIssuerChain = pckCAAsSigner.PCKCRLIssuerChain

	tests := []struct {
		name  string
		quote []byte
		raw   RawCollateral
		now   time.Time
		opts  VerifyOptions
		want  error
	}{
		{"TCB info of another FMSPC", oasisQuote, noPCKCRL, now, VerifyOptions{}, ErrFMSPCMismatch},
		{"PCK CRL of another PCK CA", oasisQuote, phalaRaw(t), now, VerifyOptions{}, ErrCRL},
		{"oasis bad TCB info issuer chain", oasisQuote, badTCBChain, oasisNow, VerifyOptions{}, ErrCertChain},
		{"oasis bad QE identity issuer chain", oasisQuote, badQEChain, oasisNow, VerifyOptions{}, ErrCertChain},
		{"TCB info chain under a generated root", phalaQuote, fakeChain, now, VerifyOptions{}, ErrUntrustedRoot},
		{"TCB info chain is the PCK CA chain", phalaQuote, pckCAAsSigner, now, VerifyOptions{}, ErrCertChain},
		{"CRLs required but absent", oasisQuote, oasisRaw(t), oasisNow, VerifyOptions{RequireCRLs: true}, ErrMissingCRL},
		{"evaluation data number too old", phalaQuote, phalaRaw(t), now, VerifyOptions{MinTCBEvaluationDataNumber: 18}, ErrTCBEvaluationDataNumber},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := tt.opts
			opts.Now = tt.now
			_, err := Verify(tt.quote, mustCollateral(t, tt.raw), opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			t.Logf("refused: %v", err)
		})
	}
	if _, err := Verify(phalaQuote, mustCollateral(t, phalaRaw(t)), VerifyOptions{Now: now, MinTCBEvaluationDataNumber: 17}); err != nil {
		t.Errorf("evaluation data number 17 is current: %v", err)
	}
	if _, err := Verify(phalaQuote, nil, VerifyOptions{Now: now}); !errors.Is(err, ErrInvalidOptions) {
		t.Errorf("nil collateral: err = %v, want ErrInvalidOptions", err)
	}
}

// TestVerify_syntheticPKI covers what Intel's real data cannot show: revocation through CRLs, the QE's
// own TCB status, and mismatches inside signed collateral. The generated PKI imitates Intel's; the same
// quote is refused by the pinned root.
func TestVerify_syntheticPKI(t *testing.T) {
	tests := []struct {
		name     string
		mod      func(*synth)
		want     error
		status   TCBStatus
		advisory []string
	}{
		{"up to date", func(*synth) {}, nil, TCBUpToDate, nil},
		{"platform out of date", func(s *synth) { s.pckComps[0] = 4 }, nil, TCBOutOfDate, []string{"INTEL-SA-00001"}},
		{"QE out of date makes the TCB out of date", func(s *synth) { s.qeSVN = 7 }, nil, TCBOutOfDate, []string{"INTEL-SA-00002"}},
		{"QE and platform out of date merge advisories", func(s *synth) { s.qeSVN = 6; s.pcesvn = 9 }, nil, TCBOutOfDate, []string{"INTEL-SA-00001", "INTEL-SA-00002"}},
		{"QE revoked", func(s *synth) { s.qeSVN = 5 }, nil, TCBRevoked, []string{"INTEL-SA-00003"}},
		{"QE below every level", func(s *synth) { s.qeSVN = 3 }, ErrTCBLevelNotFound, "", nil},
		{"platform below every level", func(s *synth) { s.pckComps[7] = 2 }, ErrTCBLevelNotFound, "", nil},
		{"PCK leaf revoked", func(s *synth) { s.revokeLeaf = true }, ErrRevoked, "", nil},
		{"PCK CA revoked", func(s *synth) { s.revokeCA = true }, ErrRevoked, "", nil},
		{"TCB signing certificate revoked", func(s *synth) { s.revokeTCB = true }, ErrRevoked, "", nil},
		{"QE MRSIGNER differs from QE identity", func(s *synth) { s.qeMRSigner[0] ^= 1 }, ErrQEIdentityMismatch, "", nil},
		{"TCB info for another FMSPC", func(s *synth) { s.tcbFMSPC = "112233445567" }, ErrFMSPCMismatch, "", nil},
		{"PCE ID differs", func(s *synth) { s.pceID = [2]byte{0, 1} }, ErrPCEIDMismatch, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSynth()
			tt.mod(&s)
			w := s.build(t)
			id, err := w.verify(t)
			if tt.want != nil {
				if !errors.Is(err, tt.want) {
					t.Fatalf("err = %v, want %v", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatalf("verify: %v", err)
			}
			if id.TCBStatus != tt.status || !slices.Equal(id.AdvisoryIDs, tt.advisory) {
				t.Errorf("TCB %s %v, want %s %v", id.TCBStatus, id.AdvisoryIDs, tt.status, tt.advisory)
			}
		})
	}

	t.Run("debug enclave is reported", func(t *testing.T) {
		s := newSynth()
		s.isvAttrs |= attrDebug
		id, err := s.build(t).verify(t)
		if err != nil || !id.Debug {
			t.Fatalf("id %v err %v, want Debug", id, err)
		}
	})
	t.Run("pinned root refuses the generated PKI", func(t *testing.T) {
		w := newSynth().build(t)
		_, err := Verify(w.quote, mustCollateral(t, w.raw), VerifyOptions{Now: fakeNow})
		if !errors.Is(err, ErrCRL) {
			t.Fatalf("with CRLs: err = %v, want ErrCRL (root CA CRL not issued by the pinned root)", err)
		}
		noCRL := w.raw
		noCRL.RootCACRL, noCRL.PCKCRL, noCRL.PCKCRLIssuerChain = "", "", ""
		_, err = Verify(w.quote, mustCollateral(t, noCRL), VerifyOptions{Now: fakeNow})
		if !errors.Is(err, ErrUntrustedRoot) {
			t.Fatalf("without CRLs: err = %v, want ErrUntrustedRoot", err)
		}
	})
}

func TestCollateral_roundTrip_succeeds(t *testing.T) {
	col := mustCollateral(t, phalaRaw(t))
	now := phalaNow(t)
	if err := col.Check(now); err != nil {
		t.Fatalf("Check: %v", err)
	}
	if err := col.Check(col.NextUpdate().Add(time.Minute)); !errors.Is(err, ErrExpired) {
		t.Errorf("Check after NextUpdate: %v, want ErrExpired", err)
	}
	if got, want := col.NextUpdate(), time.Date(2025, 7, 19, 10, 1, 18, 0, time.UTC); !got.Equal(want) {
		t.Errorf("NextUpdate = %s, want %s (QE identity)", got, want)
	}
	if ti := col.TCBInfo(); ti.FMSPC != "00A067110000" || len(ti.TCBLevels) == 0 {
		t.Errorf("TCBInfo = %+v", ti)
	}
	if qi := col.QEIdentity(); qi.ISVProdID != 1 {
		t.Errorf("QEIdentity = %+v", qi)
	}
	// The accessors hand out copies: changing them leaves the collateral as Intel signed it.
	ti := col.TCBInfo()
	ti.TCBLevels[1].TCBStatus = TCBUpToDate
	ti.TCBLevels[1].AdvisoryIDs[0] = "changed"
	qi := col.QEIdentity()
	qi.TCBLevels[0].TCB.ISVSVN = 0
	id, err := Verify(readFile(t, phalaQuoteFile), col, VerifyOptions{Now: now})
	if err != nil || id.TCBStatus != TCBConfigurationAndSWHardeningNeeded || id.AdvisoryIDs[0] != "INTEL-SA-00289" {
		t.Errorf("after changing the copies: %v %v", id, err)
	}
}

// TestVerifyChain_oasisPCKValidity pins the PCK certificates' own validity window (oasis-core's vectors):
// the full Verify above also fails at these times, but for the TCB signing certificate too.
func TestVerifyChain_oasisPCKValidity(t *testing.T) {
	root, err := intelRoot()
	if err != nil {
		t.Fatal(err)
	}
	chain := mustParse(t, readFile(t, oasisQuoteFile)).PCKChain
	tests := []struct {
		name string
		now  time.Time
		want error
	}{
		{"valid", oasisNow, nil},
		{"one second before the PCK certificate", time.Unix(1670238720, 0), ErrNotYetValid},
		{"first second of the PCK certificate", time.Unix(1670238721, 0), nil},
		{"after the PCK certificate", time.Unix(1891163522, 0), ErrExpired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := verifyChain(chain, root, tt.now, revocation{}, false)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if err != nil && !strings.Contains(err.Error(), cnPCKCert) {
				t.Errorf("err %q does not name the PCK certificate", err)
			}
		})
	}
}
