package fleet

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/teeoracle/teeoracle/dcap"
	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/attest"
)

// The joining policy, compiled into the measured code: no flag, environment variable, API call or
// host file can widen it. Raising a floor takes a new enclave build (and, for MinPeerSVN, a new
// securityVersion in enclave.json).
const (
	// MinPeerSVN is the lowest ISVSVN of a peer this build hands epoch secrets to, or accepts them
	// from; the floor applied is max(MinPeerSVN, this enclave's own ISVSVN), so a patched build
	// (securityVersion raised in enclave.json) never hands secrets back to the vulnerable one.
	MinPeerSVN = 1
	// MinTCBEvaluationDataNumber refuses collateral older than this Intel TCB recovery event
	// (dcap.VerifyOptions). Raise it to Intel's current number after each TCB recovery.
	MinTCBEvaluationDataNumber = 16
)

// MinCollateralIssueDate: TCB info and QE identity issued before it are refused, so that a host
// (which controls the enclave's clock) cannot replay old collateral that predates a TCB recovery.
var MinCollateralIssueDate = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

// AcceptedTCBStatuses are the platform TCB statuses a peer may have. SWHardeningNeeded and
// ConfigurationAndSWHardeningNeeded are the statuses of current, patched platforms whose
// remaining advisories need software mitigations (which EGo applies) or a BIOS setting (common on
// cloud SGX machines); OutOfDate and Revoked are refused.
var AcceptedTCBStatuses = []dcap.TCBStatus{dcap.TCBUpToDate, dcap.TCBSWHardeningNeeded, dcap.TCBConfigurationAndSWHardeningNeeded}

// Policy is what a peer's evidence must show. Built by compiledPolicy from the constants above and
// this enclave's own measurement (same signer and product): never from configuration.
type Policy struct {
	Mode               attest.Mode // the evidence type accepted: a simulated fleet only talks to simulated enclaves
	MRSigner           [32]byte
	ProductID          uint16
	MinSVN             uint16
	AcceptedTCB        []dcap.TCBStatus
	MinCollateralIssue time.Time
	MinTCBEvalNumber   uint32
}

func compiledPolicy(mode attest.Mode, self attest.Measurement) Policy {
	var signer [32]byte
	copy(signer[:], self.SignerID)
	floor := uint16(MinPeerSVN)
	if self.SecurityVersion > uint(floor) {
		floor = uint16(min(self.SecurityVersion, 0xffff))
	}
	return Policy{
		Mode: mode, MRSigner: signer, ProductID: self.ProductID, MinSVN: floor,
		AcceptedTCB: AcceptedTCBStatuses, MinCollateralIssue: MinCollateralIssueDate,
		MinTCBEvalNumber: MinTCBEvaluationDataNumber,
	}
}

// Refusals of a peer's evidence, each its own error (wrapped in ErrRefused; test with errors.Is).
var (
	ErrRefused = errors.New("fleet: peer refused")
	// ErrModeMismatch: simulated evidence offered to an SGX enclave, or SGX evidence to a simulated one.
	ErrModeMismatch = errors.New("fleet: evidence type does not match this fleet (simulated and SGX enclaves never share secrets)")
	// ErrEvidenceInvalid: the quote or its collateral does not verify (bad signature, tampered
	// collateral, untrusted root, expired, revoked, malformed).
	ErrEvidenceInvalid = errors.New("fleet: attestation evidence does not verify")
	// ErrStaleCollateral: the collateral was issued before the compiled-in floor.
	ErrStaleCollateral = errors.New("fleet: collateral older than the compiled-in floor")
	// ErrDebugEnclave: the peer is a debug enclave.
	ErrDebugEnclave = errors.New("fleet: debug enclave")
	// ErrSignerMismatch: another MRSIGNER or product id.
	ErrSignerMismatch = errors.New("fleet: peer has another signer or product")
	// ErrSVNTooLow: the peer's security version is below the floor.
	ErrSVNTooLow = errors.New("fleet: peer security version below the floor")
	// ErrTCBStatus: the peer platform's TCB status is not accepted.
	ErrTCBStatus = errors.New("fleet: peer TCB status not accepted")
	// ErrBinding: the evidence does not bind this message (report data mismatch).
	ErrBinding = errors.New("fleet: evidence does not bind this message")
)

func refused(kind error, format string, args ...any) error {
	return fmt.Errorf("%w: %w: %s", ErrRefused, kind, fmt.Sprintf(format, args...))
}

// evidenceHash is SHA-256 of the report bytes (collateral is public and not part of it).
func evidenceHash(e api.Evidence) [32]byte { return sha256.Sum256(e.Report) }

// Report data tags: the second half of the report data says which message the evidence binds.
var (
	tagJoinRequest  = sha256.Sum256([]byte("teeoracle/v3/fleet/join-request"))
	tagJoinResponse = sha256.Sum256([]byte("teeoracle/v3/fleet/join-response"))
)

func reportData(first [32]byte, tag [32]byte) [64]byte {
	var rd [64]byte
	copy(rd[:32], first[:])
	copy(rd[32:], tag[:])
	return rd
}

// evidence issues this enclave's evidence over reportData.
func (f *Fleet) evidence(rd [64]byte) (api.Evidence, error) {
	report, err := f.issuer.Issue(rd)
	if err != nil {
		return api.Evidence{}, fmt.Errorf("fleet: attestation report: %w", err)
	}
	ev := api.Evidence{Type: string(f.mode), Report: report}
	if f.mode == attest.ModeSGX {
		if f.col == nil {
			return api.Evidence{}, errors.New("fleet: no collateral source for SGX evidence")
		}
		ev.Collateral, err = f.col(report)
		if err != nil {
			return api.Evidence{}, fmt.Errorf("fleet: collateral: %w", err)
		}
	}
	return ev, nil
}

// checkEvidence verifies a peer's evidence under the policy and that it binds want.
func (f *Fleet) checkEvidence(ev api.Evidence, want [64]byte) error {
	p := f.policy
	if attest.Mode(ev.Type) != p.Mode {
		return refused(ErrModeMismatch, "peer evidence %q, this enclave %q", ev.Type, p.Mode)
	}
	var got [64]byte
	switch p.Mode {
	case attest.ModeSimulation:
		rd, err := attest.ReportData(attest.ModeSimulation, ev.Report)
		if err != nil {
			return refused(ErrEvidenceInvalid, "%v", err)
		}
		got = rd
	case attest.ModeSGX:
		id, err := f.checkSGX(ev)
		if err != nil {
			return err
		}
		got = id.ReportData
	default:
		return refused(ErrModeMismatch, "unknown mode %q", p.Mode)
	}
	if !bytes.Equal(got[:], want[:]) {
		return refused(ErrBinding, "report data %x, want %x", got[:], want[:])
	}
	return nil
}

func (f *Fleet) checkSGX(ev api.Evidence) (*dcap.Identity, error) {
	p := f.policy
	if ev.Collateral == nil {
		return nil, refused(ErrEvidenceInvalid, "no collateral")
	}
	col, err := dcap.ParseCollateral(*ev.Collateral)
	if err != nil {
		return nil, refused(ErrEvidenceInvalid, "%v", err)
	}
	id, err := f.verify(ev.Report, col, dcap.VerifyOptions{
		Now: f.now(), RequireCRLs: true, MinTCBEvaluationDataNumber: p.MinTCBEvalNumber,
	})
	if err != nil {
		return nil, refused(ErrEvidenceInvalid, "%v", err)
	}
	// Only signed dates count: checked after the signatures verified.
	if ti, qe := col.TCBInfo(), col.QEIdentity(); ti.IssueDate.Before(p.MinCollateralIssue) || qe.IssueDate.Before(p.MinCollateralIssue) {
		return nil, refused(ErrStaleCollateral, "TCB info issued %s, QE identity issued %s, floor %s",
			ti.IssueDate.Format(time.RFC3339), qe.IssueDate.Format(time.RFC3339), p.MinCollateralIssue.Format(time.RFC3339))
	}
	if id.Debug {
		return nil, refused(ErrDebugEnclave, "MRENCLAVE %x", id.MREnclave)
	}
	if id.MRSigner != p.MRSigner || id.ProductID != p.ProductID {
		return nil, refused(ErrSignerMismatch, "MRSIGNER %x product %d, want %x product %d", id.MRSigner, id.ProductID, p.MRSigner, p.ProductID)
	}
	if id.SVN < p.MinSVN {
		return nil, refused(ErrSVNTooLow, "SVN %d < %d", id.SVN, p.MinSVN)
	}
	if !slices.Contains(p.AcceptedTCB, id.TCBStatus) {
		return nil, refused(ErrTCBStatus, "%s (advisories %v)", id.TCBStatus, id.AdvisoryIDs)
	}
	return id, nil
}
