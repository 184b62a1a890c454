package dcap

import (
	"bytes"
	"crypto/x509"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
)

// # On-chain verification (contracts/src/dcap)
//
// The contracts DcapCollateral and DcapVerifier verify the same quotes as Verify, with the collateral
// stored on-chain (each piece checked once against Intel's signatures when it is submitted). What they
// take differs from what Verify takes only in form: the quote without its certification data plus the
// PCK leaf certificate in DER (OnchainQuote), and the collateral as separate uploads
// (OnchainCollateral). contracts/test/vectors/dcap.json holds the vectors both sides check
// (onchain_vectors_test.go).

// StatusCode is the on-chain code of a TCB status (DcapJson's constants): 1 UpToDate,
// 2 SWHardeningNeeded, 3 ConfigurationNeeded, 4 ConfigurationAndSWHardeningNeeded, 5 OutOfDate,
// 6 OutOfDateConfigurationNeeded, 7 Revoked; 0 for anything else.
func (s TCBStatus) Code() uint8 {
	switch s {
	case TCBUpToDate:
		return 1
	case TCBSWHardeningNeeded:
		return 2
	case TCBConfigurationNeeded:
		return 3
	case TCBConfigurationAndSWHardeningNeeded:
		return 4
	case TCBOutOfDate:
		return 5
	case TCBOutOfDateConfigurationNeeded:
		return 6
	case TCBRevoked:
		return 7
	}
	return 0
}

// StatusOfCode is the TCB status of an on-chain code ("" for none).
func StatusOfCode(c uint8) TCBStatus {
	for _, s := range []TCBStatus{TCBUpToDate, TCBSWHardeningNeeded, TCBConfigurationNeeded,
		TCBConfigurationAndSWHardeningNeeded, TCBOutOfDate, TCBOutOfDateConfigurationNeeded, TCBRevoked} {
		if s.Code() == c {
			return s
		}
	}
	return ""
}

// OnchainQuote returns what DcapVerifier takes for a parsed quote: the quote cut after the QE
// authentication data (the certification data, a PEM chain of about 3 KB, is never read on-chain:
// its signature-relevant part is the PCK leaf), and the PCK leaf certificate in DER.
func OnchainQuote(q *Quote) (quote, pckCertificate []byte, err error) {
	if q == nil || len(q.signed) != quoteSignedLen || len(q.PCKChain) == 0 {
		return nil, nil, fmt.Errorf("%w: not a parsed quote with a PCK chain", ErrInvalidOptions)
	}
	const fixedSigData = ecdsaSigLen + ecdsaPubKeyLen + reportBodyLen + ecdsaSigLen + 2
	out := make([]byte, 0, quoteSignedLen+4+fixedSigData+len(q.QEAuthData))
	out = append(out, q.signed...)
	// The signature data length as if the certification data (type and size, 6 bytes) were empty.
	out = binary.LittleEndian.AppendUint32(out, uint32(fixedSigData+len(q.QEAuthData)+6))
	out = append(out, q.Signature[:]...)
	out = append(out, q.AttestationKey[:]...)
	out = append(out, q.QEReport.Raw[:]...)
	out = append(out, q.QEReportSignature[:]...)
	out = binary.LittleEndian.AppendUint16(out, uint16(len(q.QEAuthData)))
	out = append(out, q.QEAuthData...)
	return out, bytes.Clone(q.PCKChain[0].Raw), nil
}

// OnchainUploads is collateral in the form DcapCollateral takes it: the intermediate certificates
// (DER) to submit first, the root CA's CRL and the PCK CA's CRL (DER), then the signed TCB info and
// QE identity (exact JSON bytes, raw r || s signatures).
type OnchainUploads struct {
	// Certificates are the issuers below the root: the PCK CA and the TCB Signing certificate.
	Certificates [][]byte
	// RootCACRL and PCKCRL are DER (nil when the collateral has none).
	RootCACRL, PCKCRL []byte
	// TCBInfo and QEIdentity are the signed JSON objects, with their signatures.
	TCBInfo, TCBInfoSignature       []byte
	QEIdentity, QEIdentitySignature []byte
	// FMSPC is the platform family of the TCB info.
	FMSPC [6]byte
	// TCBInfoIssueDate, QEIdentityIssueDate: Unix seconds, to compare with what the chain holds.
	TCBInfoIssueDate, QEIdentityIssueDate int64
}

// OnchainCollateral converts parsed collateral into its uploads. The certificates are taken from the
// issuer chains below their root (deduplicated); which root the chain ends at is the contract's
// concern (it pins one).
func OnchainCollateral(c *Collateral) (*OnchainUploads, error) {
	if c == nil {
		return nil, fmt.Errorf("%w: nil collateral", ErrInvalidOptions)
	}
	u := &OnchainUploads{
		TCBInfo: bytes.Clone(c.tcbInfoRaw), TCBInfoSignature: bytes.Clone(c.tcbInfoSig[:]),
		QEIdentity: bytes.Clone(c.qeIDRaw), QEIdentitySignature: bytes.Clone(c.qeIDSig[:]),
		FMSPC: c.tcbInfo.fmspc, TCBInfoIssueDate: c.tcbInfo.IssueDate.Unix(), QEIdentityIssueDate: c.qeID.IssueDate.Unix(),
	}
	seen := map[string]bool{}
	for _, chain := range [][]*x509.Certificate{c.pckCRLChain, c.tcbChain, c.qeChain} {
		for _, cert := range chain {
			if bytes.Equal(cert.RawIssuer, cert.RawSubject) || seen[string(cert.Raw)] {
				continue // the root (self-issued) is pinned on-chain, never uploaded
			}
			seen[string(cert.Raw)] = true
			u.Certificates = append(u.Certificates, bytes.Clone(cert.Raw))
		}
	}
	if c.rootCRL != nil {
		u.RootCACRL = bytes.Clone(c.rootCRL.Raw)
	}
	if c.pckCRL != nil {
		u.PCKCRL = bytes.Clone(c.pckCRL.Raw)
	}
	return u, nil
}

// IntelRootDER returns the DER of the pinned Intel SGX Root CA certificate (what DcapCollateral pins
// in production).
func IntelRootDER() ([]byte, error) {
	root, err := intelRoot()
	if err != nil {
		return nil, err
	}
	return bytes.Clone(root.Raw), nil
}

// FMSPCHex is the FMSPC as PCS URLs spell it (upper-case hex).
func FMSPCHex(f [6]byte) string { return strings.ToUpper(hex.EncodeToString(f[:])) }
