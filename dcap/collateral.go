package dcap

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"
)

// maxCollateralFile bounds what LoadCollateralFile reads.
const maxCollateralFile = 4 << 20

// RawCollateral is Intel's quote verification collateral as text, in the JSON layout used by
// Phala-Network/dcap-qvl (and written by this package for offline registration). Issuer chains are PEM
// (leaf first, root last); the TCB info and QE identity are the exact signed JSON objects ("tcbInfo" and
// "enclaveIdentity" of the PCS responses) with hex signatures (raw r || s); CRLs are hex DER, PEM or DER.
// The CRL fields may be empty (then revocation is not checked unless VerifyOptions.RequireCRLs is set).
type RawCollateral struct {
	// PCKCRLIssuerChain is the PEM chain of the PCK CRL's issuer (PCK Processor or Platform CA, root).
	PCKCRLIssuerChain string `json:"pck_crl_issuer_chain"`
	// RootCACRL is the Intel SGX Root CA's CRL.
	RootCACRL string `json:"root_ca_crl"`
	// PCKCRL is the PCK CA's CRL of revoked PCK certificates.
	PCKCRL string `json:"pck_crl"`
	// TCBInfoIssuerChain is the PEM chain of the TCB info's signer (TCB Signing, root).
	TCBInfoIssuerChain string `json:"tcb_info_issuer_chain"`
	// TCBInfo is the exact "tcbInfo" JSON object Intel signed.
	TCBInfo string `json:"tcb_info"`
	// TCBInfoSignature is the hex r || s ECDSA P-256 signature over TCBInfo.
	TCBInfoSignature string `json:"tcb_info_signature"`
	// QEIdentityIssuerChain is the PEM chain of the QE identity's signer (TCB Signing, root).
	QEIdentityIssuerChain string `json:"qe_identity_issuer_chain"`
	// QEIdentity is the exact "enclaveIdentity" JSON object Intel signed.
	QEIdentity string `json:"qe_identity"`
	// QEIdentitySignature is the hex r || s ECDSA P-256 signature over QEIdentity.
	QEIdentitySignature string `json:"qe_identity_signature"`
}

// Collateral is parsed, immutable verification collateral. Build it with ParseCollateral,
// ParseCollateralJSON, LoadCollateralFile or a PCSClient; it is safe for concurrent use and meant to be
// reused (cached) across many verifications. Parsing checks structure only: signatures, chains and
// validity are checked by Check and by every Verify, at the caller's time.
type Collateral struct {
	raw RawCollateral

	tcbInfoRaw []byte
	tcbInfoSig [ecdsaSigLen]byte
	tcbInfo    *TCBInfo
	tcbChain   []*x509.Certificate

	qeIDRaw []byte
	qeIDSig [ecdsaSigLen]byte
	qeID    *QEIdentity
	qeChain []*x509.Certificate

	pckCRL      *x509.RevocationList
	pckCRLChain []*x509.Certificate
	rootCRL     *x509.RevocationList
}

// ParseCollateral parses raw collateral. TCB info, QE identity, their signatures and issuer chains are
// required; the CRLs are optional, but a PCK CRL needs its issuer chain.
func ParseCollateral(raw RawCollateral) (*Collateral, error) {
	c := &Collateral{raw: raw}
	var err error
	if c.tcbChain, err = parseIssuerChain(raw.TCBInfoIssuerChain, "TCB info issuer chain"); err != nil {
		return nil, err
	}
	if c.qeChain, err = parseIssuerChain(raw.QEIdentityIssuerChain, "QE identity issuer chain"); err != nil {
		return nil, err
	}
	c.tcbInfoRaw = []byte(raw.TCBInfo)
	if c.tcbInfo, err = parseTCBInfo(c.tcbInfoRaw); err != nil {
		return nil, err
	}
	if err := decodeSignature(raw.TCBInfoSignature, c.tcbInfoSig[:], "TCB info signature"); err != nil {
		return nil, err
	}
	c.qeIDRaw = []byte(raw.QEIdentity)
	if c.qeID, err = parseQEIdentity(c.qeIDRaw); err != nil {
		return nil, err
	}
	if err := decodeSignature(raw.QEIdentitySignature, c.qeIDSig[:], "QE identity signature"); err != nil {
		return nil, err
	}
	if strings.TrimSpace(raw.RootCACRL) != "" {
		if c.rootCRL, err = parseCRL([]byte(raw.RootCACRL)); err != nil {
			return nil, fmt.Errorf("%w: root CA CRL: %w", ErrMalformedCollateral, err)
		}
	}
	if strings.TrimSpace(raw.PCKCRL) != "" {
		if c.pckCRL, err = parseCRL([]byte(raw.PCKCRL)); err != nil {
			return nil, fmt.Errorf("%w: PCK CRL: %w", ErrMalformedCollateral, err)
		}
		if c.pckCRLChain, err = parseIssuerChain(raw.PCKCRLIssuerChain, "PCK CRL issuer chain"); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// ParseCollateralJSON parses a RawCollateral JSON document (the dcap-qvl collateral format).
func ParseCollateralJSON(data []byte) (*Collateral, error) {
	var raw RawCollateral
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedCollateral, err)
	}
	return ParseCollateral(raw)
}

// LoadCollateralFile reads and parses a RawCollateral JSON file, for offline registration.
func LoadCollateralFile(path string) (*Collateral, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("dcap: open collateral: %w", err)
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, maxCollateralFile+1)); err != nil {
		return nil, fmt.Errorf("dcap: read collateral %s: %w", path, err)
	}
	if buf.Len() > maxCollateralFile {
		return nil, fmt.Errorf("%w: %s is larger than %d bytes", ErrMalformedCollateral, path, maxCollateralFile)
	}
	return ParseCollateralJSON(buf.Bytes())
}

// RawCollateralFromPCS builds RawCollateral from the PCS/PCCS response bodies of the TCB info
// ({"tcbInfo":...,"signature":...}) and QE identity ({"enclaveIdentity":...,"signature":...}) endpoints
// and their (already URL-decoded) issuer chain headers. The signed objects are kept byte for byte.
// CRL fields are left empty for the caller to fill.
func RawCollateralFromPCS(tcbInfoBody []byte, tcbInfoIssuerChain string, qeIdentityBody []byte, qeIdentityIssuerChain string) (RawCollateral, error) {
	tcb, tcbSig, err := extractSigned(tcbInfoBody, "tcbInfo")
	if err != nil {
		return RawCollateral{}, err
	}
	qe, qeSig, err := extractSigned(qeIdentityBody, "enclaveIdentity")
	if err != nil {
		return RawCollateral{}, err
	}
	return RawCollateral{
		TCBInfoIssuerChain:    tcbInfoIssuerChain,
		TCBInfo:               string(tcb),
		TCBInfoSignature:      tcbSig,
		QEIdentityIssuerChain: qeIdentityIssuerChain,
		QEIdentity:            string(qe),
		QEIdentitySignature:   qeSig,
	}, nil
}

// Raw returns the collateral as text, e.g. to save it with json.Marshal for offline registration.
func (c *Collateral) Raw() RawCollateral { return c.raw }

// TCBInfo returns a fresh copy of the parsed TCB info (verified only once Check or Verify succeeds).
// Changing it does not affect the collateral.
func (c *Collateral) TCBInfo() TCBInfo {
	ti, err := parseTCBInfo(c.tcbInfoRaw)
	if err != nil { // parsed successfully before; cannot happen
		return TCBInfo{}
	}
	return *ti
}

// QEIdentity returns a fresh copy of the parsed QE identity (verified only once Check or Verify
// succeeds). Changing it does not affect the collateral.
func (c *Collateral) QEIdentity() QEIdentity {
	qi, err := parseQEIdentity(c.qeIDRaw)
	if err != nil { // parsed successfully before; cannot happen
		return QEIdentity{}
	}
	return *qi
}

// NextUpdate returns the earliest time at which a part of the collateral (TCB info, QE identity, CRLs)
// is due to be replaced; after it, verification with this collateral fails with ErrExpired.
func (c *Collateral) NextUpdate() time.Time {
	t := c.tcbInfo.NextUpdate
	if c.qeID.NextUpdate.Before(t) {
		t = c.qeID.NextUpdate
	}
	for _, crl := range []*x509.RevocationList{c.pckCRL, c.rootCRL} {
		if crl != nil && !crl.NextUpdate.IsZero() && crl.NextUpdate.Before(t) {
			t = crl.NextUpdate
		}
	}
	return t
}

// Check verifies the collateral at time now against the pinned Intel SGX Root CA: issuer chains, CRL
// signatures and revocation, TCB info and QE identity signatures, and every validity period.
// Verify calls it; call it directly to vet collateral before caching or storing it.
func (c *Collateral) Check(now time.Time) error {
	root, err := intelRoot()
	if err != nil {
		return err
	}
	_, err = c.check(now, root, VerifyOptions{Now: now})
	return err
}

// checkedCollateral is what a successful check yields.
type checkedCollateral struct {
	rv revocation
}

func (c *Collateral) check(now time.Time, root *x509.Certificate, opts VerifyOptions) (*checkedCollateral, error) {
	if now.IsZero() {
		return nil, fmt.Errorf("%w: verification time is zero", ErrInvalidOptions)
	}
	var rv revocation
	if c.rootCRL != nil {
		if err := verifyCRL(c.rootCRL, root, now, "root CA CRL"); err != nil {
			return nil, err
		}
		rv.root = c.rootCRL
	} else if opts.RequireCRLs {
		return nil, fmt.Errorf("%w: root CA CRL", ErrMissingCRL)
	}
	if c.pckCRL != nil {
		issuer, err := verifyChain(c.pckCRLChain, root, now, rv, true)
		if err != nil {
			return nil, fmt.Errorf("PCK CRL issuer chain: %w", err)
		}
		if cn := issuer.Subject.CommonName; cn != cnPCKProcessorCA && cn != cnPCKPlatformCA {
			return nil, fmt.Errorf("%w: PCK CRL issuer chain starts at %q, not a PCK CA", ErrCertChain, cn)
		}
		if err := verifyCRL(c.pckCRL, issuer, now, "PCK CRL"); err != nil {
			return nil, err
		}
		rv.pck = c.pckCRL
	} else if opts.RequireCRLs {
		return nil, fmt.Errorf("%w: PCK CRL", ErrMissingCRL)
	}

	if err := verifySignedJSON(c.qeChain, root, now, rv, c.qeIDRaw, c.qeIDSig, "QE identity", ErrQEIdentitySignature); err != nil {
		return nil, err
	}
	if err := checkPeriod("QE identity", c.qeID.IssueDate, c.qeID.NextUpdate, now); err != nil {
		return nil, err
	}
	if err := verifySignedJSON(c.tcbChain, root, now, rv, c.tcbInfoRaw, c.tcbInfoSig, "TCB info", ErrTCBInfoSignature); err != nil {
		return nil, err
	}
	if err := checkPeriod("TCB info", c.tcbInfo.IssueDate, c.tcbInfo.NextUpdate, now); err != nil {
		return nil, err
	}
	if min := opts.MinTCBEvaluationDataNumber; c.tcbInfo.TCBEvaluationDataNumber < min || c.qeID.TCBEvaluationDataNumber < min {
		return nil, fmt.Errorf("%w: TCB info %d, QE identity %d, want at least %d", ErrTCBEvaluationDataNumber,
			c.tcbInfo.TCBEvaluationDataNumber, c.qeID.TCBEvaluationDataNumber, min)
	}
	return &checkedCollateral{rv: rv}, nil
}

// verifySignedJSON checks the issuer chain of a TCB info / QE identity (leaf: Intel SGX TCB Signing) and
// the ECDSA P-256 signature over the object's exact bytes.
func verifySignedJSON(chain []*x509.Certificate, root *x509.Certificate, now time.Time, rv revocation,
	body []byte, sig [ecdsaSigLen]byte, what string, sigErr error) error {
	leaf, err := verifyChain(chain, root, now, rv, false)
	if err != nil {
		return fmt.Errorf("%s issuer chain: %w", what, err)
	}
	if cn := leaf.Subject.CommonName; cn != cnTCBSigning {
		return fmt.Errorf("%w: %s signed by %q, want %q", ErrCertChain, what, cn, cnTCBSigning)
	}
	pk, err := p256Key(leaf)
	if err != nil {
		return err
	}
	digest := sha256.Sum256(body)
	if !verifyRawSig(pk, digest[:], sig[:]) {
		return fmt.Errorf("%w: not signed by %q", sigErr, leaf.Subject.CommonName)
	}
	return nil
}

// verifyRawSig verifies a raw r || s ECDSA signature over digest.
func verifyRawSig(pk *ecdsa.PublicKey, digest, sig []byte) bool {
	if len(sig) != ecdsaSigLen {
		return false
	}
	r := new(big.Int).SetBytes(sig[:32])
	s := new(big.Int).SetBytes(sig[32:])
	return ecdsa.Verify(pk, digest, r, s)
}

func decodeSignature(s string, dst []byte, what string) error {
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil || len(b) != len(dst) {
		return fmt.Errorf("%w: %s is not %d hex bytes", ErrMalformedCollateral, what, len(dst))
	}
	copy(dst, b)
	return nil
}

func parseIssuerChain(pemText, what string) ([]*x509.Certificate, error) {
	certs, err := parsePEMChain([]byte(pemText), 4, collateralChainTail)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrMalformedCollateral, what, err)
	}
	return certs, nil
}
