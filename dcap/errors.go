package dcap

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors. Every error returned by this package wraps one of them (several for joined policy
// errors); test for them with errors.Is.
var (
	// ErrInvalidOptions reports a caller mistake: missing time, nil collateral, bad configuration.
	ErrInvalidOptions = errors.New("dcap: invalid options")
	// ErrMalformedQuote reports quote bytes that cannot be parsed (truncated, bad lengths, bad PEM).
	ErrMalformedQuote = errors.New("dcap: malformed quote")
	// ErrUnsupportedQuote reports a well-formed quote of a kind this package does not verify
	// (version other than 3, attestation key other than ECDSA-P256, certification data other than a
	// PCK certificate chain).
	ErrUnsupportedQuote = errors.New("dcap: unsupported quote")
	// ErrMalformedCollateral reports collateral that cannot be parsed or has unexpected content.
	ErrMalformedCollateral = errors.New("dcap: malformed collateral")
	// ErrUntrustedRoot reports a certificate chain that does not lead to the pinned Intel SGX Root CA.
	ErrUntrustedRoot = errors.New("dcap: certificate chain does not lead to the pinned Intel SGX Root CA")
	// ErrCertChain reports a certificate chain that is out of order, badly signed or badly constrained.
	ErrCertChain = errors.New("dcap: invalid certificate chain")
	// ErrNotYetValid reports a certificate, CRL, TCB info or QE identity used before it was issued.
	ErrNotYetValid = errors.New("dcap: not yet valid")
	// ErrExpired reports a certificate, CRL, TCB info or QE identity used after its validity.
	ErrExpired = errors.New("dcap: expired")
	// ErrRevoked reports a certificate listed in a CRL.
	ErrRevoked = errors.New("dcap: certificate revoked")
	// ErrCRL reports a CRL with a bad signature or one that does not belong to the chain it checks.
	ErrCRL = errors.New("dcap: invalid CRL")
	// ErrMissingCRL reports absent CRLs when VerifyOptions.RequireCRLs is set.
	ErrMissingCRL = errors.New("dcap: CRL required but missing")
	// ErrQuoteSignature reports a quote whose header and report body are not signed by its attestation key.
	ErrQuoteSignature = errors.New("dcap: quote signature invalid")
	// ErrQEReportSignature reports a QE report that is not signed by the PCK certificate's key.
	ErrQEReportSignature = errors.New("dcap: QE report signature invalid")
	// ErrAttestationKeyBinding reports a QE report whose report data does not commit to the
	// attestation key and QE authentication data.
	ErrAttestationKeyBinding = errors.New("dcap: QE report does not bind the attestation key")
	// ErrTCBInfoSignature reports TCB info not signed by the TCB signing key of its issuer chain.
	ErrTCBInfoSignature = errors.New("dcap: TCB info signature invalid")
	// ErrQEIdentitySignature reports a QE identity not signed by the key of its issuer chain.
	ErrQEIdentitySignature = errors.New("dcap: QE identity signature invalid")
	// ErrQEIdentityMismatch reports a QE report that does not match Intel's QE identity.
	ErrQEIdentityMismatch = errors.New("dcap: QE report does not match the QE identity")
	// ErrFMSPCMismatch reports TCB info issued for another platform family (FMSPC).
	ErrFMSPCMismatch = errors.New("dcap: TCB info FMSPC does not match the PCK certificate")
	// ErrPCEIDMismatch reports TCB info issued for another PCE ID.
	ErrPCEIDMismatch = errors.New("dcap: TCB info PCE ID does not match the PCK certificate")
	// ErrTCBLevelNotFound reports a platform or QE whose SVNs match no TCB level.
	ErrTCBLevelNotFound = errors.New("dcap: no matching TCB level")
	// ErrTCBEvaluationDataNumber reports collateral older than VerifyOptions.MinTCBEvaluationDataNumber.
	ErrTCBEvaluationDataNumber = errors.New("dcap: TCB evaluation data number too low")

	// ErrDebugEnclave reports an enclave launched in debug mode (its memory is readable by the host).
	ErrDebugEnclave = errors.New("dcap: debug enclave refused")
	// ErrMeasurementNotAllowed reports an enclave whose measurement is not on the policy's allowlist.
	ErrMeasurementNotAllowed = errors.New("dcap: enclave measurement not allowed")
	// ErrTCBStatusNotAllowed reports a TCB status the policy does not accept (see TCBStatusError).
	ErrTCBStatusNotAllowed = errors.New("dcap: TCB status not allowed")
	// ErrReportDataMismatch reports report data that differs from the policy's expected 64 bytes.
	ErrReportDataMismatch = errors.New("dcap: report data mismatch")
)

// TCBStatusError is returned by Policy.Check when the verified TCB status is not allowed.
// It matches ErrTCBStatusNotAllowed with errors.Is; use errors.As to read the status and advisories.
type TCBStatusError struct {
	// Status is the verified TCB status.
	Status TCBStatus
	// AdvisoryIDs are the Intel security advisories that apply to the platform and QE.
	AdvisoryIDs []string
}

// Error describes the refused status and its advisories.
func (e *TCBStatusError) Error() string {
	msg := fmt.Sprintf("dcap: TCB status %s not allowed", e.Status)
	if len(e.AdvisoryIDs) > 0 {
		msg += " (advisories: " + strings.Join(e.AdvisoryIDs, ", ") + ")"
	}
	return msg
}

// Is makes errors.Is(err, ErrTCBStatusNotAllowed) true.
func (e *TCBStatusError) Is(target error) bool { return target == ErrTCBStatusNotAllowed }
