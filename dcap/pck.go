package dcap

import (
	"crypto/x509"
	"encoding/asn1"
	"fmt"
)

// OIDs of the Intel SGX PCK certificate extension (SGX PCK Certificate and CRL Profile, section 1.5).
var (
	oidSGXExtension = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1}
	oidPPID         = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 1}
	oidTCB          = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 2}
	oidPCEID        = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 3}
	oidFMSPC        = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 4}
	oidSGXType      = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 5}
)

// PCKExtension is the content of the SGX extension (OID 1.2.840.113741.1.13.1) of a PCK certificate:
// the platform's identity and the TCB level the certificate was issued for.
type PCKExtension struct {
	// PPID is the encrypted platform provisioning ID.
	PPID [16]byte
	// TCBComponents are the SGX TCB component SVNs 1..16.
	TCBComponents [16]uint8
	// PCESVN is the provisioning certification enclave's security version.
	PCESVN uint16
	// CPUSVN is the raw CPU security version.
	CPUSVN [16]byte
	// PCEID identifies the PCE.
	PCEID [2]byte
	// FMSPC identifies the platform family, model, stepping and platform type.
	FMSPC [6]byte
	// SGXType is 0 for Standard, 1 for Scalable, 2 for Scalable with integrity.
	SGXType int
}

// asn1Entry is one {OID, value} pair of the SGX extension.
type asn1Entry struct {
	ID    asn1.ObjectIdentifier
	Value asn1.RawValue
}

func unmarshalExact(b []byte, v any, what string) error {
	rest, err := asn1.Unmarshal(b, v)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if len(rest) != 0 {
		return fmt.Errorf("%s: %d trailing bytes", what, len(rest))
	}
	return nil
}

func octets(v asn1.RawValue, dst []byte, what string) error {
	var b []byte
	if err := unmarshalExact(v.FullBytes, &b, what); err != nil {
		return err
	}
	if len(b) != len(dst) {
		return fmt.Errorf("%s: %d bytes, want %d", what, len(b), len(dst))
	}
	copy(dst, b)
	return nil
}

func boundedInt(v asn1.RawValue, max int, what string) (int, error) {
	var n int
	if err := unmarshalExact(v.FullBytes, &n, what); err != nil {
		return 0, err
	}
	if n < 0 || n > max {
		return 0, fmt.Errorf("%s: %d out of range 0..%d", what, n, max)
	}
	return n, nil
}

// ParsePCKExtension reads the SGX extension of a PCK certificate. It requires the TCB (all 16
// components, PCESVN and CPUSVN), the PCE ID and the FMSPC, each exactly once.
func ParsePCKExtension(cert *x509.Certificate) (*PCKExtension, error) {
	var raw []byte
	for _, ext := range cert.Extensions {
		if ext.Id.Equal(oidSGXExtension) {
			if raw != nil {
				return nil, fmt.Errorf("%w: PCK certificate has two SGX extensions", ErrCertChain)
			}
			raw = ext.Value
		}
	}
	if raw == nil {
		return nil, fmt.Errorf("%w: PCK certificate has no SGX extension", ErrCertChain)
	}
	ext, err := parseSGXExtension(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: PCK SGX extension: %w", ErrCertChain, err)
	}
	return ext, nil
}

func parseSGXExtension(raw []byte) (*PCKExtension, error) {
	var entries []asn1Entry
	if err := unmarshalExact(raw, &entries, "extension"); err != nil {
		return nil, err
	}
	ext := &PCKExtension{}
	seen := map[string]bool{}
	for _, e := range entries {
		key := e.ID.String()
		if seen[key] {
			return nil, fmt.Errorf("duplicate entry %s", key)
		}
		seen[key] = true
		var err error
		switch {
		case e.ID.Equal(oidPPID):
			err = octets(e.Value, ext.PPID[:], "PPID")
		case e.ID.Equal(oidTCB):
			err = parseTCBEntry(e.Value, ext)
		case e.ID.Equal(oidPCEID):
			err = octets(e.Value, ext.PCEID[:], "PCE ID")
		case e.ID.Equal(oidFMSPC):
			err = octets(e.Value, ext.FMSPC[:], "FMSPC")
		case e.ID.Equal(oidSGXType):
			var t asn1.Enumerated
			if err = unmarshalExact(e.Value.FullBytes, &t, "SGX type"); err == nil {
				ext.SGXType = int(t)
			}
		}
		if err != nil {
			return nil, err
		}
	}
	for _, need := range []asn1.ObjectIdentifier{oidTCB, oidPCEID, oidFMSPC} {
		if !seen[need.String()] {
			return nil, fmt.Errorf("missing entry %s", need)
		}
	}
	return ext, nil
}

func parseTCBEntry(v asn1.RawValue, ext *PCKExtension) error {
	var entries []asn1Entry
	if err := unmarshalExact(v.FullBytes, &entries, "TCB"); err != nil {
		return err
	}
	var seen [19]bool
	for _, e := range entries {
		if len(e.ID) != len(oidTCB)+1 || !asn1.ObjectIdentifier(e.ID[:len(oidTCB)]).Equal(oidTCB) {
			return fmt.Errorf("unexpected TCB entry %s", e.ID)
		}
		i := e.ID[len(oidTCB)]
		if i < 1 || i > 18 {
			return fmt.Errorf("unexpected TCB entry %s", e.ID)
		}
		if seen[i] {
			return fmt.Errorf("duplicate TCB entry %s", e.ID)
		}
		seen[i] = true
		switch {
		case i <= 16:
			n, err := boundedInt(e.Value, 255, fmt.Sprintf("TCB component %d", i))
			if err != nil {
				return err
			}
			ext.TCBComponents[i-1] = uint8(n)
		case i == 17:
			n, err := boundedInt(e.Value, 65535, "PCESVN")
			if err != nil {
				return err
			}
			ext.PCESVN = uint16(n)
		default:
			if err := octets(e.Value, ext.CPUSVN[:], "CPUSVN"); err != nil {
				return err
			}
		}
	}
	for i := 1; i <= 18; i++ {
		if !seen[i] {
			return fmt.Errorf("missing TCB entry %s.%d", oidTCB, i)
		}
	}
	return nil
}
