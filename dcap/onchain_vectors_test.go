package dcap

import (
	"bytes"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The shared vectors of the Go verifier and the on-chain one (contracts/src/dcap): real Intel quotes
// from testdata, each tampered in every part Verify checks, and synthetic quotes under a generated PKI
// for what real data cannot show (revocation, QE and platform TCB levels, debug enclaves, mismatched
// collateral). `go test ./dcap -run TestOnchainVectors -update-onchain` rewrites the files;
// contracts/test/dcap/DcapVectors.t.sol replays every vector on-chain and expects the same verdict and
// TCB status. Without -update-onchain this test re-verifies the committed file with the Go verifier.

var updateOnchain = flag.Bool("update-onchain", false, "rewrite contracts/test/vectors/dcap/*.json")

// onchainVectorsDir holds one file per vector (NN.json): forge copies a whole JSON document into
// memory at every parse, so small files keep the Foundry test cheap.
const onchainVectorsDir = "../contracts/test/vectors/dcap"

// onchainVector is one case, in the form both sides read (hex with 0x, for forge's parseJsonBytes).
type onchainVector struct {
	Name          string `json:"name"`
	Now           int64  `json:"now"`
	Root          string `json:"root"`       // pinned root certificate (DER)
	PCKCA         string `json:"pckCa"`      // PCK CA certificate (DER)
	TCBSigning    string `json:"tcbSigning"` // TCB Signing certificate (DER)
	RootCRL       string `json:"rootCrl"`    // "0x" when absent
	PCKCRL        string `json:"pckCrl"`
	TCBInfo       string `json:"tcbInfo"` // the signed JSON bytes
	TCBInfoSig    string `json:"tcbInfoSignature"`
	QEIdentity    string `json:"qeIdentity"`
	QEIdentitySig string `json:"qeIdentitySignature"`
	Quote         string `json:"quote"`          // the whole quote, certification data included
	PCKCert       string `json:"pckCertificate"` // the PCK leaf (DER), what the contract takes
	// GoError names the sentinel error Verify must wrap ("" = verified); SolError is the signature of
	// the custom error the first failing step on-chain must revert with (collateral upload or quote).
	GoError  string `json:"goError"`
	SolError string `json:"solError"`
	// On success: the converged TCB status code (TCBStatus.Code), debug flag and MRENCLAVE.
	TCBStatus uint8  `json:"tcbStatus"`
	Debug     bool   `json:"debug"`
	MREnclave string `json:"mrEnclave"`
}

var goSentinels = map[string]error{
	"ErrUnsupportedQuote": ErrUnsupportedQuote, "ErrQuoteSignature": ErrQuoteSignature,
	"ErrQEReportSignature": ErrQEReportSignature, "ErrAttestationKeyBinding": ErrAttestationKeyBinding,
	"ErrCertChain": ErrCertChain, "ErrTCBInfoSignature": ErrTCBInfoSignature,
	"ErrQEIdentitySignature": ErrQEIdentitySignature, "ErrCRL": ErrCRL, "ErrNotYetValid": ErrNotYetValid,
	"ErrExpired": ErrExpired, "ErrMissingCRL": ErrMissingCRL, "ErrRevoked": ErrRevoked,
	"ErrFMSPCMismatch": ErrFMSPCMismatch, "ErrPCEIDMismatch": ErrPCEIDMismatch,
	"ErrTCBLevelNotFound": ErrTCBLevelNotFound, "ErrQEIdentityMismatch": ErrQEIdentityMismatch,
}

func hex0x(b []byte) string { return "0x" + hex.EncodeToString(b) }

func unhex0x(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatalf("hex %q: %v", s, err)
	}
	return b
}

// vectorInputs are the pieces of a vector before tampering.
type vectorInputs struct {
	now                     time.Time
	root, pckCA, tcbSigning *x509.Certificate
	quote                   []byte
	raw                     RawCollateral
	leaf                    []byte // the quote's PCK leaf before tampering
}

func (in vectorInputs) vector(name string) onchainVector {
	crl := func(s string) string {
		if strings.TrimSpace(s) == "" {
			return "0x"
		}
		c, err := parseCRL([]byte(s))
		if err != nil {
			panic(err)
		}
		return hex0x(c.Raw)
	}
	sig := func(s string) string {
		b, err := hex.DecodeString(s)
		if err != nil {
			panic(err)
		}
		return hex0x(b)
	}
	leaf := in.leaf
	if q, err := Parse(in.quote); err == nil {
		leaf = q.PCKChain[0].Raw // the tampered leaf when the case replaced it
	}
	return onchainVector{
		Name: name, Now: in.now.Unix(), Root: hex0x(in.root.Raw), PCKCA: hex0x(in.pckCA.Raw),
		TCBSigning: hex0x(in.tcbSigning.Raw), RootCRL: crl(in.raw.RootCACRL), PCKCRL: crl(in.raw.PCKCRL),
		TCBInfo: hex0x([]byte(in.raw.TCBInfo)), TCBInfoSig: sig(in.raw.TCBInfoSignature),
		QEIdentity: hex0x([]byte(in.raw.QEIdentity)), QEIdentitySig: sig(in.raw.QEIdentitySignature),
		Quote: hex0x(in.quote), PCKCert: hex0x(leaf),
	}
}

func lastCert(t testing.TB, pemText string) *x509.Certificate {
	t.Helper()
	certs, err := parsePEMChain([]byte(pemText), 4, collateralChainTail)
	if err != nil {
		t.Fatal(err)
	}
	return certs[len(certs)-1]
}

func firstCert(t testing.TB, pemText string) *x509.Certificate {
	t.Helper()
	certs, err := parsePEMChain([]byte(pemText), 4, collateralChainTail)
	if err != nil {
		t.Fatal(err)
	}
	return certs[0]
}

func phalaInputs(t testing.TB) vectorInputs {
	raw := phalaRaw(t)
	quote := readFile(t, phalaQuoteFile)
	q := mustParse(t, quote)
	return vectorInputs{now: phalaNow(t), root: lastCert(t, raw.TCBInfoIssuerChain), pckCA: q.PCKChain[1],
		tcbSigning: firstCert(t, raw.TCBInfoIssuerChain), quote: quote, raw: raw}
}

func synthInputs(t testing.TB, s synth) vectorInputs {
	w := s.build(t)
	return vectorInputs{now: fakeNow, root: w.root.cert, pckCA: w.ca.cert, tcbSigning: w.tcb.cert, quote: w.quote, raw: w.raw}
}

// withLeaf returns the quote with its PCK leaf replaced (the rest of the chain kept).
func withLeaf(t testing.TB, quote, leafDER []byte) []byte {
	q := mustParse(t, quote)
	p := partsOf(q)
	var chain []byte
	chain = append(chain, pemBlock(leafDER)...)
	for _, c := range q.PCKChain[1:] {
		chain = append(chain, pemBlock(c.Raw)...)
	}
	p.certData = append(chain, 0)
	return p.assemble()
}

func pemBlock(der []byte) []byte {
	return []byte("-----BEGIN CERTIFICATE-----\n" + wrap64(der) + "-----END CERTIFICATE-----\n")
}

func wrap64(der []byte) string {
	s := base64Std(der)
	var b strings.Builder
	for len(s) > 64 {
		b.WriteString(s[:64] + "\n")
		s = s[64:]
	}
	return b.String() + s + "\n"
}

func buildOnchainVectors(t testing.TB) []onchainVector {
	type tc struct {
		name    string
		in      vectorInputs
		mutate  func(*vectorInputs)
		goErr   string
		solErr  string
		status  TCBStatus
		debug   bool
		collNow time.Time
	}
	ph := func() vectorInputs { return phalaInputs(t) }
	flipQuote := func(i int) func(*vectorInputs) {
		return func(in *vectorInputs) { in.quote = flip(in.quote, i) }
	}
	phq := mustParse(t, readFile(t, phalaQuoteFile))
	syn := func(f func(*synth)) vectorInputs {
		s := newSynth()
		if f != nil {
			f(&s)
		}
		return synthInputs(t, s)
	}
	oasis := func() vectorInputs {
		raw := oasisRaw(t)
		quote := readFile(t, oasisQuoteFile)
		q := mustParse(t, quote)
		return vectorInputs{now: oasisNow, root: lastCert(t, raw.TCBInfoIssuerChain), pckCA: q.PCKChain[1],
			tcbSigning: firstCert(t, raw.TCBInfoIssuerChain), quote: quote, raw: raw}
	}
	col := mustCollateral(t, phalaRaw(t))
	cases := []tc{
		{name: "phala: real quote and collateral", in: ph(), status: TCBConfigurationAndSWHardeningNeeded},
		{name: "phala: header version", in: ph(), mutate: flipQuote(0), goErr: "ErrUnsupportedQuote", solErr: "UnsupportedQuote()"},
		{name: "phala: MRENCLAVE", in: ph(), mutate: flipQuote(112), goErr: "ErrQuoteSignature", solErr: "QuoteSignature()"},
		{name: "phala: report data", in: ph(), mutate: flipQuote(400), goErr: "ErrQuoteSignature", solErr: "QuoteSignature()"},
		{name: "phala: quote signature", in: ph(), mutate: flipQuote(436 + 40), goErr: "ErrQuoteSignature", solErr: "QuoteSignature()"},
		{name: "phala: attestation key", in: ph(), mutate: flipQuote(500 + 7), goErr: "ErrAttestationKeyBinding", solErr: "AttestationKeyBinding()"},
		{name: "phala: QE report", in: ph(), mutate: flipQuote(564 + 70), goErr: "ErrQEReportSignature", solErr: "QEReportSignature()"},
		{name: "phala: QE report signature", in: ph(), mutate: flipQuote(948 + 40), goErr: "ErrQEReportSignature", solErr: "QEReportSignature()"},
		{name: "phala: QE auth data", in: ph(), mutate: flipQuote(1014), goErr: "ErrAttestationKeyBinding", solErr: "AttestationKeyBinding()"},
		{name: "phala: PCK leaf serial", in: ph(), mutate: func(in *vectorInputs) {
			in.quote = withLeaf(t, in.quote, flip(phq.PCKChain[0].Raw, 20))
		}, goErr: "ErrCertChain", solErr: "CertChain()"},
		{name: "phala: TCB info content", in: ph(), mutate: func(in *vectorInputs) {
			in.raw.TCBInfo = strings.Replace(in.raw.TCBInfo, `"tcbEvaluationDataNumber":17`, `"tcbEvaluationDataNumber":19`, 1)
		}, goErr: "ErrTCBInfoSignature", solErr: "BadSignature()"},
		{name: "phala: TCB info signature", in: ph(), mutate: func(in *vectorInputs) {
			in.raw.TCBInfoSignature = flipHex(t, in.raw.TCBInfoSignature)
		}, goErr: "ErrTCBInfoSignature", solErr: "BadSignature()"},
		{name: "phala: QE identity content", in: ph(), mutate: func(in *vectorInputs) {
			in.raw.QEIdentity = strings.Replace(in.raw.QEIdentity, `"tcbEvaluationDataNumber":17`, `"tcbEvaluationDataNumber":19`, 1)
		}, goErr: "ErrQEIdentitySignature", solErr: "BadSignature()"},
		{name: "phala: PCK CRL signature", in: ph(), mutate: func(in *vectorInputs) {
			b := mustHex(t, in.raw.PCKCRL)
			in.raw.PCKCRL = hex.EncodeToString(flip(b, len(b)-10))
		}, goErr: "ErrCRL", solErr: "BadSignature()"},
		{name: "phala: root CA CRL signature", in: ph(), mutate: func(in *vectorInputs) {
			b := mustHex(t, in.raw.RootCACRL)
			in.raw.RootCACRL = hex.EncodeToString(flip(b, len(b)-10))
		}, goErr: "ErrCRL", solErr: "BadSignature()"},
		{name: "phala: after the collateral's next update", in: ph(), collNow: col.NextUpdate().Add(time.Hour),
			goErr: "ErrExpired", solErr: "NotValidNow(uint256,uint256)"},
		{name: "phala: before the TCB info was issued", in: ph(), collNow: col.tcbInfo.IssueDate.Add(-time.Hour),
			goErr: "ErrNotYetValid", solErr: "NotValidNow(uint256,uint256)"},
		{name: "oasis: real quote without CRLs", in: oasis(), goErr: "ErrMissingCRL", solErr: "MissingCRL()"},
		{name: "synthetic: up to date", in: syn(nil), status: TCBUpToDate},
		{name: "synthetic: platform out of date", in: syn(func(s *synth) {
			for i := range s.pckComps[:8] {
				s.pckComps[i] = 3
			}
			s.pcesvn = 8
		}), status: TCBOutOfDate},
		{name: "synthetic: QE out of date", in: syn(func(s *synth) { s.qeSVN = 6 }), status: TCBOutOfDate},
		{name: "synthetic: QE revoked", in: syn(func(s *synth) { s.qeSVN = 4 }), status: TCBRevoked},
		{name: "synthetic: debug enclave", in: syn(func(s *synth) { s.isvAttrs |= attrDebug }), status: TCBUpToDate, debug: true},
		{name: "synthetic: PCK leaf revoked", in: syn(func(s *synth) { s.revokeLeaf = true }), goErr: "ErrRevoked", solErr: "Revoked()"},
		{name: "synthetic: PCK CA revoked", in: syn(func(s *synth) { s.revokeCA = true }), goErr: "ErrRevoked", solErr: "CertificateRevoked(bytes32)"},
		{name: "synthetic: TCB signing revoked", in: syn(func(s *synth) { s.revokeTCB = true }), goErr: "ErrRevoked", solErr: "CertificateRevoked(bytes32)"},
		{name: "synthetic: TCB info of another FMSPC", in: syn(func(s *synth) { s.tcbFMSPC = "AABBCCDDEEFF" }), goErr: "ErrFMSPCMismatch", solErr: "MissingCollateral()"},
		{name: "synthetic: PCE ID mismatch", in: syn(func(s *synth) { s.pceID = [2]byte{0, 1} }), goErr: "ErrPCEIDMismatch", solErr: "PCEIDMismatch()"},
		{name: "synthetic: platform below every TCB level", in: syn(func(s *synth) {
			for i := range s.pckComps[:8] {
				s.pckComps[i] = 1
			}
		}), goErr: "ErrTCBLevelNotFound", solErr: "TCBLevelNotFound()"},
		{name: "synthetic: QE below every QE level", in: syn(func(s *synth) { s.qeSVN = 2 }), goErr: "ErrTCBLevelNotFound", solErr: "TCBLevelNotFound()"},
		{name: "synthetic: QE MRSIGNER", in: syn(func(s *synth) { s.qeMRSigner = [32]byte{1} }), goErr: "ErrQEIdentityMismatch", solErr: "QEIdentityMismatch()"},
	}
	var out []onchainVector
	for _, c := range cases {
		in := c.in
		in.leaf = mustParse(t, in.quote).PCKChain[0].Raw
		if c.mutate != nil {
			c.mutate(&in)
		}
		if !c.collNow.IsZero() {
			in.now = c.collNow
		}
		v := in.vector(c.name)
		v.GoError, v.SolError, v.TCBStatus, v.Debug = c.goErr, c.solErr, c.status.Code(), c.debug
		if c.goErr == "" {
			q := mustParse(t, in.quote)
			v.MREnclave = hex0x(q.Body.MREnclave[:])
		}
		if (c.goErr == "") != (c.solErr == "") {
			t.Fatalf("%s: a case the Go verifier refuses must be refused on-chain too, and only such a case", c.name)
		}
		out = append(out, v)
	}
	return out
}

// checkOnchainVector runs the Go verifier on a vector and compares with its expectations.
func checkOnchainVector(t *testing.T, v onchainVector) {
	t.Helper()
	pemOf := func(hexes ...string) string {
		var b []byte
		for _, h := range hexes {
			b = append(b, pemBlock(unhex0x(t, h))...)
		}
		return string(b)
	}
	crl := func(s string) string { return strings.TrimPrefix(s, "0x") }
	sig := func(s string) string { return strings.TrimPrefix(s, "0x") }
	raw := RawCollateral{
		PCKCRLIssuerChain: pemOf(v.PCKCA, v.Root), RootCACRL: crl(v.RootCRL), PCKCRL: crl(v.PCKCRL),
		TCBInfoIssuerChain: pemOf(v.TCBSigning, v.Root), TCBInfo: string(unhex0x(t, v.TCBInfo)),
		TCBInfoSignature: sig(v.TCBInfoSig), QEIdentityIssuerChain: pemOf(v.TCBSigning, v.Root),
		QEIdentity: string(unhex0x(t, v.QEIdentity)), QEIdentitySignature: sig(v.QEIdentitySig),
	}
	root, err := x509.ParseCertificate(unhex0x(t, v.Root))
	if err != nil {
		t.Fatal(err)
	}
	var id *Identity
	col, err := ParseCollateral(raw)
	if err == nil {
		var q *Quote
		if q, err = Parse(unhex0x(t, v.Quote)); err == nil {
			if v.GoError == "" && !bytes.Equal(q.PCKChain[0].Raw, unhex0x(t, v.PCKCert)) {
				t.Fatalf("%s: pckCertificate is not the quote's PCK leaf", v.Name)
			}
			id, err = verifyQuote(q, col, VerifyOptions{Now: time.Unix(v.Now, 0), RequireCRLs: true}, root)
		}
	}
	if v.GoError != "" {
		want, ok := goSentinels[v.GoError]
		if !ok {
			t.Fatalf("%s: unknown sentinel %q", v.Name, v.GoError)
		}
		if !errors.Is(err, want) {
			t.Errorf("%s: got %v, want %s", v.Name, err, v.GoError)
		}
		return
	}
	if err != nil {
		t.Errorf("%s: %v", v.Name, err)
		return
	}
	if id.TCBStatus.Code() != v.TCBStatus || id.Debug != v.Debug || hex0x(id.MREnclave[:]) != v.MREnclave {
		t.Errorf("%s: got status %s debug %v mrenclave %x, want %s %v %s", v.Name, id.TCBStatus, id.Debug, id.MREnclave,
			StatusOfCode(v.TCBStatus), v.Debug, v.MREnclave)
	}
}

func TestOnchainVectors(t *testing.T) {
	if *updateOnchain {
		old, _ := filepath.Glob(filepath.Join(onchainVectorsDir, "[0-9]*.json"))
		for _, f := range old {
			if err := os.Remove(f); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.MkdirAll(onchainVectorsDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for i, v := range buildOnchainVectors(t) {
			b, err := json.MarshalIndent(v, "", " ")
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(onchainVectorsDir, fmt.Sprintf("%02d.json", i)), append(b, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	files, err := filepath.Glob(filepath.Join(onchainVectorsDir, "[0-9]*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 31 {
		t.Fatalf("%d vectors, want the full set of 31", len(files))
	}
	for _, f := range files {
		var v onchainVector
		if err := json.Unmarshal(readFile(t, f), &v); err != nil {
			t.Fatal(err)
		}
		t.Run(v.Name, func(t *testing.T) { checkOnchainVector(t, v) })
	}
}

func base64Std(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
