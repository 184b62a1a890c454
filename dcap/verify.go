package dcap

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"crypto/x509"
	"fmt"
	"time"
)

// VerifyOptions parameterise Verify.
type VerifyOptions struct {
	// Now is the time at which every certificate, CRL, TCB info and QE identity must be valid.
	// Required: Verify never reads the clock itself.
	Now time.Time
	// RequireCRLs makes collateral without a root CA CRL and a PCK CRL fail with ErrMissingCRL.
	RequireCRLs bool
	// MinTCBEvaluationDataNumber refuses TCB info and QE identity older than this evaluation data
	// number (Intel raises it at each TCB recovery); zero accepts any.
	MinTCBEvaluationDataNumber uint32
}

// Identity is what a verified quote proves about the enclave that produced it.
type Identity struct {
	// MREnclave is the measurement of the enclave's code and initial data.
	MREnclave [32]byte
	// MRSigner is the hash of the enclave signer's public key.
	MRSigner [32]byte
	// ProductID is the enclave's ISVPRODID.
	ProductID uint16
	// SVN is the enclave's ISVSVN (security version).
	SVN uint16
	// Debug is true for an enclave launched in debug mode, whose memory the host can read.
	Debug bool
	// Attributes are the enclave's raw ATTRIBUTES (flags and XFRM).
	Attributes [16]byte
	// ReportData is the 64 bytes the enclave bound into its report.
	ReportData [64]byte
	// TCBStatus is the platform TCB status converged with the quoting enclave's.
	TCBStatus TCBStatus
	// AdvisoryIDs are the Intel security advisories that apply (platform and QE), e.g. "INTEL-SA-00615".
	AdvisoryIDs []string
	// TCBDate is the date of the matched platform TCB level.
	TCBDate time.Time
	// FMSPC identifies the platform family, from the PCK certificate.
	FMSPC [6]byte
}

// Verify verifies attestation evidence (a raw DCAP quote or an EGo remote report, see Parse) with the
// given collateral at opts.Now, against the pinned Intel SGX Root CA. On success it returns the
// enclave's Identity; it does not judge it: pass the Identity to Policy.Check.
func Verify(evidence []byte, col *Collateral, opts VerifyOptions) (*Identity, error) {
	q, err := Parse(evidence)
	if err != nil {
		return nil, err
	}
	return VerifyQuote(q, col, opts)
}

// VerifyQuote is Verify for a quote returned by Parse, ParseQuote or ParseEGoReport (a Quote built by
// hand lacks the signed bytes and never verifies).
func VerifyQuote(q *Quote, col *Collateral, opts VerifyOptions) (*Identity, error) {
	root, err := intelRoot()
	if err != nil {
		return nil, err
	}
	return verifyQuote(q, col, opts, root)
}

// verifyQuote implements VerifyQuote against an explicit root (tests substitute a generated one).
func verifyQuote(q *Quote, col *Collateral, opts VerifyOptions, root *x509.Certificate) (*Identity, error) {
	if q == nil || col == nil {
		return nil, fmt.Errorf("%w: nil quote or collateral", ErrInvalidOptions)
	}
	if opts.Now.IsZero() {
		return nil, fmt.Errorf("%w: VerifyOptions.Now is required", ErrInvalidOptions)
	}
	now := opts.Now

	// 1. Collateral: issuer chains, CRLs, signed TCB info and QE identity.
	cc, err := col.check(now, root, opts)
	if err != nil {
		return nil, err
	}

	// 2. PCK certificate chain from the quote, up to the pinned root, with revocation.
	pck, err := verifyChain(q.PCKChain, root, now, cc.rv, false)
	if err != nil {
		return nil, fmt.Errorf("PCK certificate chain: %w", err)
	}
	if cn := pck.Subject.CommonName; cn != cnPCKCert {
		return nil, fmt.Errorf("%w: PCK leaf is %q, want %q", ErrCertChain, cn, cnPCKCert)
	}
	pckKey, err := p256Key(pck)
	if err != nil {
		return nil, err
	}
	ext, err := ParsePCKExtension(pck)
	if err != nil {
		return nil, err
	}

	// 3. The QE report is signed by the PCK key and binds the attestation key.
	qeDigest := sha256.Sum256(q.QEReport.Raw[:])
	if !verifyRawSig(pckKey, qeDigest[:], q.QEReportSignature[:]) {
		return nil, ErrQEReportSignature
	}
	h := sha256.New()
	h.Write(q.AttestationKey[:])
	h.Write(q.QEAuthData)
	var want [64]byte
	h.Sum(want[:0])
	if !bytes.Equal(q.QEReport.ReportData[:], want[:]) {
		return nil, fmt.Errorf("%w: QE report data %x, want sha256(attestation key || auth data) %x",
			ErrAttestationKeyBinding, q.QEReport.ReportData[:32], want[:32])
	}

	// 4. The quote (header and ISV report body) is signed by the attestation key.
	attKey, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), append([]byte{4}, q.AttestationKey[:]...))
	if err != nil {
		return nil, fmt.Errorf("%w: attestation key: %w", ErrQuoteSignature, err)
	}
	quoteDigest := sha256.Sum256(q.signed)
	if !verifyRawSig(attKey, quoteDigest[:], q.Signature[:]) {
		return nil, ErrQuoteSignature
	}

	// 5. The QE matches Intel's QE identity; the platform's TCB level is in the TCB info.
	qeLevel, err := col.qeID.matchQE(&q.QEReport)
	if err != nil {
		return nil, err
	}
	level, err := col.tcbInfo.matchPlatform(ext)
	if err != nil {
		return nil, err
	}

	return &Identity{
		MREnclave:   q.Body.MREnclave,
		MRSigner:    q.Body.MRSigner,
		ProductID:   q.Body.ProductID,
		SVN:         q.Body.SVN,
		Debug:       q.Body.Debug(),
		Attributes:  q.Body.Attributes,
		ReportData:  q.Body.ReportData,
		TCBStatus:   convergeStatus(level.TCBStatus, qeLevel.TCBStatus),
		AdvisoryIDs: mergeAdvisories(level.AdvisoryIDs, qeLevel.AdvisoryIDs),
		TCBDate:     level.TCBDate,
		FMSPC:       ext.FMSPC,
	}, nil
}
