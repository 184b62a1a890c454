package dcap

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
)

// SignerPolicy allows every enclave signed by MRSigner with product ID ProductID and a security
// version of at least MinSVN (so that enclave upgrades need no allowlist change).
type SignerPolicy struct {
	// MRSigner is the hash of the enclave signing key.
	MRSigner [32]byte
	// ProductID is the required ISVPRODID.
	ProductID uint16
	// MinSVN is the lowest accepted ISVSVN.
	MinSVN uint16
}

// Policy decides whether a verified enclave Identity may be registered. The zero Policy accepts
// nothing: at least one measurement must be allowed. A Policy is read-only during Check and safe for
// concurrent use.
type Policy struct {
	// MREnclaves lists exact enclave measurements that are allowed.
	MREnclaves [][32]byte
	// Signers lists signer-based rules; an enclave is allowed if it matches MREnclaves or any rule.
	Signers []SignerPolicy
	// AllowedTCBStatuses lists the acceptable TCB statuses. Empty means only TCBUpToDate. TCBRevoked is
	// refused even when listed.
	AllowedTCBStatuses []TCBStatus
	// ReportData is the exact report data the enclave must have bound (e.g. a hash over its signing
	// address and encryption key). It is always compared, also when all zero.
	ReportData [64]byte
}

// Check returns nil if id satisfies the policy. Otherwise it returns every failure joined
// (errors.Join): ErrDebugEnclave, ErrMeasurementNotAllowed, ErrTCBStatusNotAllowed (as a
// *TCBStatusError) and ErrReportDataMismatch, each testable with errors.Is.
func (p *Policy) Check(id *Identity) error {
	if id == nil {
		return fmt.Errorf("%w: nil identity", ErrInvalidOptions)
	}
	var errs []error
	if id.Debug {
		errs = append(errs, fmt.Errorf("%w: MRENCLAVE %x", ErrDebugEnclave, id.MREnclave))
	}
	if err := p.checkMeasurement(id); err != nil {
		errs = append(errs, err)
	}
	if !p.statusAllowed(id.TCBStatus) {
		errs = append(errs, &TCBStatusError{Status: id.TCBStatus, AdvisoryIDs: slices.Clone(id.AdvisoryIDs)})
	}
	if !bytes.Equal(id.ReportData[:], p.ReportData[:]) {
		errs = append(errs, fmt.Errorf("%w: got %x, want %x", ErrReportDataMismatch, id.ReportData, p.ReportData))
	}
	return errors.Join(errs...)
}

func (p *Policy) checkMeasurement(id *Identity) error {
	if slices.Contains(p.MREnclaves, id.MREnclave) {
		return nil
	}
	var why string
	for _, s := range p.Signers {
		if s.MRSigner != id.MRSigner || s.ProductID != id.ProductID {
			continue
		}
		if id.SVN >= s.MinSVN {
			return nil
		}
		why = fmt.Sprintf(" (signer and product match, but SVN %d < minimum %d)", id.SVN, s.MinSVN)
	}
	return fmt.Errorf("%w: MRENCLAVE %x, MRSIGNER %x, product %d, SVN %d%s",
		ErrMeasurementNotAllowed, id.MREnclave, id.MRSigner, id.ProductID, id.SVN, why)
}

func (p *Policy) statusAllowed(s TCBStatus) bool {
	if s == TCBRevoked || !s.Valid() {
		return false
	}
	if len(p.AllowedTCBStatuses) == 0 {
		return s == TCBUpToDate
	}
	return slices.Contains(p.AllowedTCBStatuses, s)
}
