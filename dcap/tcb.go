package dcap

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// TCBStatus is Intel's verdict on a platform's (or quoting enclave's) trusted computing base.
type TCBStatus string

// TCB statuses defined by Intel's TCB info and enclave identity formats.
const (
	// TCBUpToDate: the platform is patched.
	TCBUpToDate TCBStatus = "UpToDate"
	// TCBSWHardeningNeeded: patched, but the enclave must use software mitigations (see advisories).
	TCBSWHardeningNeeded TCBStatus = "SWHardeningNeeded"
	// TCBConfigurationNeeded: patched, but the platform configuration (BIOS) is vulnerable.
	TCBConfigurationNeeded TCBStatus = "ConfigurationNeeded"
	// TCBConfigurationAndSWHardeningNeeded: both of the above.
	TCBConfigurationAndSWHardeningNeeded TCBStatus = "ConfigurationAndSWHardeningNeeded"
	// TCBOutOfDate: the platform or QE misses security updates.
	TCBOutOfDate TCBStatus = "OutOfDate"
	// TCBOutOfDateConfigurationNeeded: out of date and misconfigured.
	TCBOutOfDateConfigurationNeeded TCBStatus = "OutOfDateConfigurationNeeded"
	// TCBRevoked: the platform or QE has been revoked; never trust it.
	TCBRevoked TCBStatus = "Revoked"
)

// Valid reports whether s is one of the statuses Intel defines.
func (s TCBStatus) Valid() bool {
	switch s {
	case TCBUpToDate, TCBSWHardeningNeeded, TCBConfigurationNeeded, TCBConfigurationAndSWHardeningNeeded,
		TCBOutOfDate, TCBOutOfDateConfigurationNeeded, TCBRevoked:
		return true
	}
	return false
}

// UnmarshalText refuses statuses Intel does not define.
func (s *TCBStatus) UnmarshalText(b []byte) error {
	v := TCBStatus(b)
	if !v.Valid() {
		return fmt.Errorf("unknown TCB status %q", string(b))
	}
	*s = v
	return nil
}

// TCBInfo is Intel's signed statement (the "tcbInfo" object, version 3, id "SGX") of the TCB levels of
// one platform family (FMSPC) and their status.
type TCBInfo struct {
	// ID is "SGX".
	ID string `json:"id"`
	// Version is the format version (3).
	Version int `json:"version"`
	// IssueDate is when Intel issued it; it is not valid before.
	IssueDate time.Time `json:"issueDate"`
	// NextUpdate is when Intel will have replaced it; it is not valid after.
	NextUpdate time.Time `json:"nextUpdate"`
	// FMSPC is the platform family it describes (hex, 6 bytes).
	FMSPC string `json:"fmspc"`
	// PCEID is the PCE it describes (hex, 2 bytes).
	PCEID string `json:"pceId"`
	// TCBType is the component interpretation (0).
	TCBType int `json:"tcbType"`
	// TCBEvaluationDataNumber grows with every TCB recovery event.
	TCBEvaluationDataNumber uint32 `json:"tcbEvaluationDataNumber"`
	// TCBLevels lists the known TCB levels, newest first, as Intel orders (and signs) them.
	TCBLevels []TCBLevel `json:"tcbLevels"`

	fmspc [6]byte
	pceID [2]byte
}

// TCBLevel is one platform TCB level of a TCBInfo: component SVNs, PCESVN and their status.
type TCBLevel struct {
	// TCB holds the minimum component SVNs (16) and PCESVN of the level.
	TCB struct {
		SGXTCBComponents []struct {
			SVN      int    `json:"svn"`
			Category string `json:"category,omitempty"`
			Type     string `json:"type,omitempty"`
		} `json:"sgxtcbcomponents"`
		PCESVN int `json:"pcesvn"`
	} `json:"tcb"`
	// TCBDate is the date of the level.
	TCBDate time.Time `json:"tcbDate"`
	// TCBStatus is Intel's verdict for platforms at this level.
	TCBStatus TCBStatus `json:"tcbStatus"`
	// AdvisoryIDs are the security advisories that apply at this level.
	AdvisoryIDs []string `json:"advisoryIDs,omitempty"`
}

// QEIdentity is Intel's signed identity of the Quoting Enclave (the "enclaveIdentity" object,
// version 2, id "QE").
type QEIdentity struct {
	// ID is "QE".
	ID string `json:"id"`
	// Version is the format version (2).
	Version int `json:"version"`
	// IssueDate is when Intel issued it; it is not valid before.
	IssueDate time.Time `json:"issueDate"`
	// NextUpdate is when Intel will have replaced it; it is not valid after.
	NextUpdate time.Time `json:"nextUpdate"`
	// TCBEvaluationDataNumber grows with every TCB recovery event.
	TCBEvaluationDataNumber uint32 `json:"tcbEvaluationDataNumber"`
	// MiscSelect and MiscSelectMask (hex, 4 bytes): the QE's MISCSELECT under the mask must equal MiscSelect.
	MiscSelect     string `json:"miscselect"`
	MiscSelectMask string `json:"miscselectMask"`
	// Attributes and AttributesMask (hex, 16 bytes): the QE's ATTRIBUTES under the mask must equal Attributes.
	Attributes     string `json:"attributes"`
	AttributesMask string `json:"attributesMask"`
	// MRSigner is the QE signer's measurement (hex, 32 bytes).
	MRSigner string `json:"mrsigner"`
	// ISVProdID is the QE's product ID.
	ISVProdID uint16 `json:"isvprodid"`
	// TCBLevels lists the QE's TCB levels by ISVSVN, newest first.
	TCBLevels []QETCBLevel `json:"tcbLevels"`

	parsed qeIdentityBits
}

// QETCBLevel is one TCB level of a QEIdentity.
type QETCBLevel struct {
	// TCB holds the minimum QE ISVSVN of the level.
	TCB struct {
		ISVSVN uint16 `json:"isvsvn"`
	} `json:"tcb"`
	// TCBDate is the date of the level.
	TCBDate time.Time `json:"tcbDate"`
	// TCBStatus is UpToDate, OutOfDate or Revoked.
	TCBStatus TCBStatus `json:"tcbStatus"`
	// AdvisoryIDs are the security advisories that apply at this level.
	AdvisoryIDs []string `json:"advisoryIDs,omitempty"`
}

type qeIdentityBits struct {
	miscSelect, miscSelectMask uint32
	attributes, attributesMask [16]byte
	mrSigner                   [32]byte
}

func decodeHexField(s string, dst []byte, what string) error {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != len(dst) {
		return fmt.Errorf("%w: %s %q is not %d hex bytes", ErrMalformedCollateral, what, s, len(dst))
	}
	copy(dst, b)
	return nil
}

// parseTCBInfo parses and sanity-checks the raw "tcbInfo" object (its signature is checked elsewhere).
func parseTCBInfo(raw []byte) (*TCBInfo, error) {
	var ti TCBInfo
	if err := json.Unmarshal(raw, &ti); err != nil {
		return nil, fmt.Errorf("%w: TCB info: %w", ErrMalformedCollateral, err)
	}
	if ti.ID != "SGX" || ti.Version != 3 || ti.TCBType != 0 {
		return nil, fmt.Errorf("%w: TCB info id %q version %d tcbType %d, want SGX version 3 tcbType 0",
			ErrMalformedCollateral, ti.ID, ti.Version, ti.TCBType)
	}
	if ti.IssueDate.IsZero() || ti.NextUpdate.IsZero() || ti.NextUpdate.Before(ti.IssueDate) {
		return nil, fmt.Errorf("%w: TCB info validity %s..%s", ErrMalformedCollateral, ti.IssueDate, ti.NextUpdate)
	}
	if err := decodeHexField(ti.FMSPC, ti.fmspc[:], "TCB info fmspc"); err != nil {
		return nil, err
	}
	if err := decodeHexField(ti.PCEID, ti.pceID[:], "TCB info pceId"); err != nil {
		return nil, err
	}
	if len(ti.TCBLevels) == 0 {
		return nil, fmt.Errorf("%w: TCB info has no TCB levels", ErrMalformedCollateral)
	}
	for i, l := range ti.TCBLevels {
		if len(l.TCB.SGXTCBComponents) != 16 {
			return nil, fmt.Errorf("%w: TCB level %d has %d SGX components, want 16", ErrMalformedCollateral, i, len(l.TCB.SGXTCBComponents))
		}
		for j, c := range l.TCB.SGXTCBComponents {
			if c.SVN < 0 || c.SVN > 255 {
				return nil, fmt.Errorf("%w: TCB level %d component %d SVN %d", ErrMalformedCollateral, i, j+1, c.SVN)
			}
		}
		if l.TCB.PCESVN < 0 || l.TCB.PCESVN > 65535 {
			return nil, fmt.Errorf("%w: TCB level %d PCESVN %d", ErrMalformedCollateral, i, l.TCB.PCESVN)
		}
		if l.TCBStatus == "" {
			return nil, fmt.Errorf("%w: TCB level %d has no status", ErrMalformedCollateral, i)
		}
	}
	return &ti, nil
}

// parseQEIdentity parses and sanity-checks the raw "enclaveIdentity" object.
func parseQEIdentity(raw []byte) (*QEIdentity, error) {
	var qi QEIdentity
	if err := json.Unmarshal(raw, &qi); err != nil {
		return nil, fmt.Errorf("%w: QE identity: %w", ErrMalformedCollateral, err)
	}
	if qi.ID != "QE" || qi.Version != 2 {
		return nil, fmt.Errorf("%w: QE identity id %q version %d, want QE version 2", ErrMalformedCollateral, qi.ID, qi.Version)
	}
	if qi.IssueDate.IsZero() || qi.NextUpdate.IsZero() || qi.NextUpdate.Before(qi.IssueDate) {
		return nil, fmt.Errorf("%w: QE identity validity %s..%s", ErrMalformedCollateral, qi.IssueDate, qi.NextUpdate)
	}
	var misc, miscMask [4]byte
	fields := []struct {
		s    string
		dst  []byte
		what string
	}{
		{qi.MiscSelect, misc[:], "miscselect"},
		{qi.MiscSelectMask, miscMask[:], "miscselectMask"},
		{qi.Attributes, qi.parsed.attributes[:], "attributes"},
		{qi.AttributesMask, qi.parsed.attributesMask[:], "attributesMask"},
		{qi.MRSigner, qi.parsed.mrSigner[:], "mrsigner"},
	}
	for _, f := range fields {
		if err := decodeHexField(f.s, f.dst, "QE identity "+f.what); err != nil {
			return nil, err
		}
	}
	// Intel writes MISCSELECT as the hex of its little-endian bytes, as it appears in the report.
	qi.parsed.miscSelect = binary.LittleEndian.Uint32(misc[:])
	qi.parsed.miscSelectMask = binary.LittleEndian.Uint32(miscMask[:])
	if len(qi.TCBLevels) == 0 {
		return nil, fmt.Errorf("%w: QE identity has no TCB levels", ErrMalformedCollateral)
	}
	for i, l := range qi.TCBLevels {
		if l.TCBStatus == "" {
			return nil, fmt.Errorf("%w: QE TCB level %d has no status", ErrMalformedCollateral, i)
		}
	}
	return &qi, nil
}

// checkPeriod checks that now lies in [issue, next].
func checkPeriod(what string, issue, next, now time.Time) error {
	if now.Before(issue) {
		return fmt.Errorf("%w: %s issued %s", ErrNotYetValid, what, issue.UTC().Format(time.RFC3339))
	}
	if now.After(next) {
		return fmt.Errorf("%w: %s next update was due %s", ErrExpired, what, next.UTC().Format(time.RFC3339))
	}
	return nil
}

// matchQE checks the QE report against the QE identity and returns the QE's TCB level: the first
// level (levels are sorted newest first) whose ISVSVN the QE reaches.
func (qi *QEIdentity) matchQE(r *ReportBody) (*QETCBLevel, error) {
	p := &qi.parsed
	if r.MRSigner != p.mrSigner {
		return nil, fmt.Errorf("%w: MRSIGNER %x, want %x", ErrQEIdentityMismatch, r.MRSigner, p.mrSigner)
	}
	if r.ProductID != qi.ISVProdID {
		return nil, fmt.Errorf("%w: ISVPRODID %d, want %d", ErrQEIdentityMismatch, r.ProductID, qi.ISVProdID)
	}
	if r.MiscSelect&p.miscSelectMask != p.miscSelect {
		return nil, fmt.Errorf("%w: MISCSELECT %08x under mask %08x, want %08x",
			ErrQEIdentityMismatch, r.MiscSelect, p.miscSelectMask, p.miscSelect)
	}
	for i := range r.Attributes {
		if r.Attributes[i]&p.attributesMask[i] != p.attributes[i] {
			return nil, fmt.Errorf("%w: ATTRIBUTES %x under mask %x, want %x",
				ErrQEIdentityMismatch, r.Attributes, p.attributesMask, p.attributes)
		}
	}
	for i := range qi.TCBLevels {
		if r.SVN >= qi.TCBLevels[i].TCB.ISVSVN {
			return &qi.TCBLevels[i], nil
		}
	}
	return nil, fmt.Errorf("%w: QE ISVSVN %d is below every QE identity TCB level", ErrTCBLevelNotFound, r.SVN)
}

// matchPlatform returns the platform's TCB level: the first level (newest first) such that every
// component SVN of the PCK certificate and its PCESVN are at least the level's.
func (ti *TCBInfo) matchPlatform(ext *PCKExtension) (*TCBLevel, error) {
	if ext.FMSPC != ti.fmspc {
		return nil, fmt.Errorf("%w: PCK FMSPC %X, TCB info for %X", ErrFMSPCMismatch, ext.FMSPC, ti.fmspc)
	}
	if ext.PCEID != ti.pceID {
		return nil, fmt.Errorf("%w: PCK PCE ID %X, TCB info for %X", ErrPCEIDMismatch, ext.PCEID, ti.pceID)
	}
levels:
	for i := range ti.TCBLevels {
		l := &ti.TCBLevels[i]
		for j, c := range l.TCB.SGXTCBComponents {
			if int(ext.TCBComponents[j]) < c.SVN {
				continue levels
			}
		}
		if int(ext.PCESVN) < l.TCB.PCESVN {
			continue
		}
		return l, nil
	}
	return nil, fmt.Errorf("%w: platform TCB %v PCESVN %d is below every TCB level for FMSPC %X",
		ErrTCBLevelNotFound, ext.TCBComponents, ext.PCESVN, ext.FMSPC)
}

// convergeStatus merges the platform TCB status with the QE's, as Intel's quote verification library
// does: an out-of-date QE makes the whole TCB out of date, a revoked QE revokes it.
func convergeStatus(platform, qe TCBStatus) TCBStatus {
	switch qe {
	case TCBRevoked:
		return TCBRevoked
	case TCBOutOfDate:
		switch platform {
		case TCBUpToDate, TCBSWHardeningNeeded:
			return TCBOutOfDate
		case TCBConfigurationNeeded, TCBConfigurationAndSWHardeningNeeded:
			return TCBOutOfDateConfigurationNeeded
		}
	}
	return platform
}

// mergeAdvisories returns the union of advisory IDs, in first-seen order.
func mergeAdvisories(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		for _, id := range l {
			id = strings.TrimSpace(id)
			if id != "" && !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// extractSigned pulls the exact bytes of the signed object (field) and its hex signature out of a PCS
// response body such as {"tcbInfo":{...},"signature":"..."}.
func extractSigned(body []byte, field string) (raw []byte, sigHex string, err error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, "", fmt.Errorf("%w: %s response: %w", ErrMalformedCollateral, field, err)
	}
	obj, ok := m[field]
	if !ok || len(obj) == 0 || obj[0] != '{' {
		return nil, "", fmt.Errorf("%w: response has no %q object", ErrMalformedCollateral, field)
	}
	if err := json.Unmarshal(m["signature"], &sigHex); err != nil {
		return nil, "", fmt.Errorf("%w: %s response signature: %w", ErrMalformedCollateral, field, err)
	}
	return bytes.Clone(obj), sigHex, nil
}
