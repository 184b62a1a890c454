package dcap

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

// intelSGXRootCAPEM is the Intel SGX Root CA certificate (serial 22650cd65a9d3489f383b49552bf501b392706ac,
// valid 2018-05-21 to 2049-12-31), as published at
// https://certificates.trustedservices.intel.com/Intel_SGX_Provisioning_Certification_RootCA.pem.
// It is the only trust anchor: the root a chain presents is never trusted by itself.
const intelSGXRootCAPEM = `-----BEGIN CERTIFICATE-----
MIICjzCCAjSgAwIBAgIUImUM1lqdNInzg7SVUr9QGzknBqwwCgYIKoZIzj0EAwIw
aDEaMBgGA1UEAwwRSW50ZWwgU0dYIFJvb3QgQ0ExGjAYBgNVBAoMEUludGVsIENv
cnBvcmF0aW9uMRQwEgYDVQQHDAtTYW50YSBDbGFyYTELMAkGA1UECAwCQ0ExCzAJ
BgNVBAYTAlVTMB4XDTE4MDUyMTEwNDUxMFoXDTQ5MTIzMTIzNTk1OVowaDEaMBgG
A1UEAwwRSW50ZWwgU0dYIFJvb3QgQ0ExGjAYBgNVBAoMEUludGVsIENvcnBvcmF0
aW9uMRQwEgYDVQQHDAtTYW50YSBDbGFyYTELMAkGA1UECAwCQ0ExCzAJBgNVBAYT
AlVTMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC6nEwMDIYZOj/iPWsCzaEKi7
1OiOSLRFhWGjbnBVJfVnkY4u3IjkDYYL0MxO4mqsyYjlBalTVYxFP2sJBK5zlKOB
uzCBuDAfBgNVHSMEGDAWgBQiZQzWWp00ifODtJVSv1AbOScGrDBSBgNVHR8ESzBJ
MEegRaBDhkFodHRwczovL2NlcnRpZmljYXRlcy50cnVzdGVkc2VydmljZXMuaW50
ZWwuY29tL0ludGVsU0dYUm9vdENBLmRlcjAdBgNVHQ4EFgQUImUM1lqdNInzg7SV
Ur9QGzknBqwwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwCgYI
KoZIzj0EAwIDSQAwRgIhAOW/5QkR+S9CiSDcNoowLuPRLsWGf/Yi7GSX94BgwTwg
AiEA4J0lrHoMs+Xo5o/sX6O9QWxHRAvZUGOdRQ7cvqRXaqI=
-----END CERTIFICATE-----
`

// intelSGXRootSPKISHA256 pins the root's public key (SHA-256 of its DER SubjectPublicKeyInfo) as a second,
// independent guard: the embedded certificate must carry exactly this key.
const intelSGXRootSPKISHA256 = "a0af031289f5d5d4132f9186068a7fc13628633ba235777472e29b6b6c67a49e"

// Common names Intel gives the certificates of the DCAP PKI.
const (
	cnPCKCert        = "Intel SGX PCK Certificate"
	cnPCKProcessorCA = "Intel SGX PCK Processor CA"
	cnPCKPlatformCA  = "Intel SGX PCK Platform CA"
	cnTCBSigning     = "Intel SGX TCB Signing"
)

// intelRoot parses the pinned root once; the result is never modified.
var intelRoot = sync.OnceValues(func() (*x509.Certificate, error) {
	block, _ := pem.Decode([]byte(intelSGXRootCAPEM))
	if block == nil {
		return nil, errors.New("dcap: pinned Intel SGX Root CA is not PEM")
	}
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("dcap: pinned Intel SGX Root CA: %w", err)
	}
	sum := sha256.Sum256(cert.RawSubjectPublicKeyInfo)
	if hex.EncodeToString(sum[:]) != intelSGXRootSPKISHA256 {
		return nil, errors.New("dcap: pinned Intel SGX Root CA does not carry the pinned public key")
	}
	return cert, nil
})

// revocation holds the CRLs (already verified) that apply to a chain; nil members are not checked.
type revocation struct {
	root *x509.RevocationList // issued by the root: revokes intermediates and the TCB signing cert
	pck  *x509.RevocationList // issued by a PCK CA: revokes PCK leaf certificates
}

func (rv revocation) check(cert *x509.Certificate, root *x509.Certificate) error {
	var crl *x509.RevocationList
	switch {
	case bytes.Equal(cert.RawIssuer, root.RawSubject):
		crl = rv.root
	case rv.pck != nil && bytes.Equal(cert.RawIssuer, rv.pck.RawIssuer):
		crl = rv.pck
	case rv.pck != nil:
		return fmt.Errorf("%w: PCK CRL issued by %q does not cover certificates issued by %q",
			ErrCRL, rv.pck.Issuer.CommonName, cert.Issuer.CommonName)
	}
	if crl == nil {
		return nil
	}
	for _, e := range crl.RevokedCertificateEntries {
		if e.SerialNumber != nil && e.SerialNumber.Cmp(cert.SerialNumber) == 0 {
			return fmt.Errorf("%w: %q serial %x (revoked %s)", ErrRevoked, cert.Subject.CommonName,
				cert.SerialNumber, e.RevocationTime.UTC().Format(time.RFC3339))
		}
	}
	return nil
}

// checkValidity checks a certificate's validity window at now.
func checkValidity(c *x509.Certificate, now time.Time) error {
	if now.Before(c.NotBefore) {
		return fmt.Errorf("%w: certificate %q valid from %s", ErrNotYetValid, c.Subject.CommonName, c.NotBefore.UTC().Format(time.RFC3339))
	}
	if now.After(c.NotAfter) {
		return fmt.Errorf("%w: certificate %q valid until %s", ErrExpired, c.Subject.CommonName, c.NotAfter.UTC().Format(time.RFC3339))
	}
	return nil
}

// verifyChain checks that certs (leaf first, each certificate issued by the next) leads to root at
// time now, and that no certificate is revoked. A presented root at the end of the chain is accepted
// only when it is byte for byte the pinned root; it is then dropped and the pinned root is used
// instead. The first certificate must be a CA exactly when leafCA is set (a CRL issuer chain
// starts at a CA; PCK and TCB signing chains start at an end-entity certificate). It returns the first
// certificate.
func verifyChain(certs []*x509.Certificate, root *x509.Certificate, now time.Time, rv revocation, leafCA bool) (*x509.Certificate, error) {
	if len(certs) == 0 {
		return nil, fmt.Errorf("%w: empty chain", ErrCertChain)
	}
	if last := certs[len(certs)-1]; bytes.Equal(last.RawSubject, last.RawIssuer) {
		// Byte for byte: a variant of the root (another serial, validity, extension or signature
		// encoding, same subject and key) would verify to the same identity under another digest.
		if !bytes.Equal(last.Raw, root.Raw) {
			return nil, fmt.Errorf("%w: chain ends at self-issued %q, which is not byte for byte the pinned root", ErrUntrustedRoot, last.Subject.CommonName)
		}
		certs = certs[:len(certs)-1]
	}
	if len(certs) == 0 {
		return nil, fmt.Errorf("%w: chain holds only the root", ErrCertChain)
	}
	if err := checkValidity(root, now); err != nil {
		return nil, err
	}
	for i, c := range certs {
		parent, toRoot := root, i == len(certs)-1
		if !toRoot {
			parent = certs[i+1]
		}
		if !bytes.Equal(c.RawIssuer, parent.RawSubject) {
			if toRoot {
				return nil, fmt.Errorf("%w: %q is issued by %q", ErrUntrustedRoot, c.Subject.CommonName, c.Issuer.CommonName)
			}
			return nil, fmt.Errorf("%w: certificate %d %q is not issued by the next one, %q",
				ErrCertChain, i, c.Subject.CommonName, parent.Subject.CommonName)
		}
		if err := c.CheckSignatureFrom(parent); err != nil {
			if toRoot {
				return nil, fmt.Errorf("%w: %q: %w", ErrUntrustedRoot, c.Subject.CommonName, err)
			}
			return nil, fmt.Errorf("%w: certificate %d %q: %w", ErrCertChain, i, c.Subject.CommonName, err)
		}
		if len(c.UnhandledCriticalExtensions) > 0 {
			return nil, fmt.Errorf("%w: %q has unhandled critical extensions %v", ErrCertChain, c.Subject.CommonName, c.UnhandledCriticalExtensions)
		}
		if i == 0 && c.IsCA != leafCA {
			return nil, fmt.Errorf("%w: first certificate %q: CA %v, want %v", ErrCertChain, c.Subject.CommonName, c.IsCA, leafCA)
		}
		// i certificates below c's parent other than the leaf: the parent's path length must allow them.
		if below := i; parent.BasicConstraintsValid && parent.MaxPathLen >= 0 &&
			(parent.MaxPathLen > 0 || parent.MaxPathLenZero) && below > parent.MaxPathLen {
			return nil, fmt.Errorf("%w: %q allows %d intermediates below it, chain has %d",
				ErrCertChain, parent.Subject.CommonName, parent.MaxPathLen, below)
		}
	}
	// Only once the whole chain is known to lead to the pinned root do validity and revocation matter.
	for _, c := range certs {
		if err := checkValidity(c, now); err != nil {
			return nil, err
		}
		if err := rv.check(c, root); err != nil {
			return nil, err
		}
	}
	return certs[0], nil
}

// p256Key returns the certificate's ECDSA P-256 public key.
func p256Key(c *x509.Certificate) (*ecdsa.PublicKey, error) {
	pk, ok := c.PublicKey.(*ecdsa.PublicKey)
	if !ok || pk.Curve != elliptic.P256() {
		return nil, fmt.Errorf("%w: %q does not hold an ECDSA P-256 key", ErrCertChain, c.Subject.CommonName)
	}
	return pk, nil
}

// parseCRL accepts a CRL as DER, PEM ("X509 CRL"), or hex-encoded DER (the JSON bundle and some PCCS
// versions use hex).
func parseCRL(b []byte) (*x509.RevocationList, error) {
	trimmed := bytes.TrimSpace(b)
	der := trimmed
	if block, _ := pem.Decode(trimmed); block != nil {
		der = block.Bytes
	} else if len(trimmed) > 0 && isHex(trimmed) {
		d, err := hex.DecodeString(string(trimmed))
		if err != nil {
			return nil, err
		}
		der = d
	}
	return x509.ParseRevocationList(der)
}

func isHex(b []byte) bool {
	if len(b)%2 != 0 {
		return false
	}
	for _, c := range b {
		if !strings.ContainsRune("0123456789abcdefABCDEF", rune(c)) {
			return false
		}
	}
	return true
}

// verifyCRL checks that crl is issued and signed by issuer and current at now.
func verifyCRL(crl *x509.RevocationList, issuer *x509.Certificate, now time.Time, what string) error {
	if !bytes.Equal(crl.RawIssuer, issuer.RawSubject) {
		return fmt.Errorf("%w: %s issued by %q, want %q", ErrCRL, what, crl.Issuer.CommonName, issuer.Subject.CommonName)
	}
	if err := crl.CheckSignatureFrom(issuer); err != nil {
		return fmt.Errorf("%w: %s signature: %w", ErrCRL, what, err)
	}
	if now.Before(crl.ThisUpdate) {
		return fmt.Errorf("%w: %s issued %s", ErrNotYetValid, what, crl.ThisUpdate.UTC().Format(time.RFC3339))
	}
	if !crl.NextUpdate.IsZero() && now.After(crl.NextUpdate) {
		return fmt.Errorf("%w: %s next update was due %s", ErrExpired, what, crl.NextUpdate.UTC().Format(time.RFC3339))
	}
	return nil
}
