// Package dcaproot is for tests of enclave/fleet only: it verifies a DCAP quote against a root
// certificate the test generated (dcap pins Intel's root and exposes no other), so the fleet's
// policy can be tested on quotes with chosen MRSIGNER, SVN, debug flag and TCB status through the
// real dcap verification code. It is internal to enclave/fleet and imported only by its tests;
// no binary links it and no flag reaches it.
package dcaproot

import (
	"crypto/x509"
	_ "unsafe" // go:linkname

	"github.com/teeoracle/teeoracle/dcap"
)

// verifyQuote is dcap's own verification against an explicit root (the function dcap's tests use).
//
//go:linkname verifyQuote github.com/teeoracle/teeoracle/dcap.verifyQuote
func verifyQuote(q *dcap.Quote, col *dcap.Collateral, opts dcap.VerifyOptions, root *x509.Certificate) (*dcap.Identity, error)

// Verify is dcap.Verify with root in place of the pinned Intel SGX Root CA.
func Verify(root *x509.Certificate) func([]byte, *dcap.Collateral, dcap.VerifyOptions) (*dcap.Identity, error) {
	return func(evidence []byte, col *dcap.Collateral, opts dcap.VerifyOptions) (*dcap.Identity, error) {
		q, err := dcap.Parse(evidence)
		if err != nil {
			return nil, err
		}
		return verifyQuote(q, col, opts, root)
	}
}
