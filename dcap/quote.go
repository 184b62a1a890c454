package dcap

import (
	"bytes"
	"crypto/x509"
	"encoding/binary"
	"encoding/pem"
	"fmt"
)

// Sizes and offsets of the SGX DCAP quote version 3 layout (Intel SGX ECDSA Quote Library API, appendix A).
const (
	quoteHeaderLen   = 48
	reportBodyLen    = 384
	quoteSignedLen   = quoteHeaderLen + reportBodyLen // what the attestation key signs
	ecdsaSigLen      = 64                             // raw r || s
	ecdsaPubKeyLen   = 64                             // raw x || y
	oeReportHeadLen  = 16                             // Open Enclave oe_report_header_t
	maxPCKChainCerts = 8

	// QuoteVersion3 is the only quote version this package verifies.
	QuoteVersion3 = 3
	// AttestationKeyECDSAP256 is the attestation key type "ECDSA-256-with-P-256 curve".
	AttestationKeyECDSAP256 = 2
	// CertDataPCKChain is the certification data type "concatenated PCK certificate chain (PEM)".
	CertDataPCKChain = 5

	oeReportHeaderVersion = 1
	oeReportTypeSGXRemote = 2
)

// intelQEVendorID is the QE vendor ID of Intel's quoting enclave.
var intelQEVendorID = [16]byte{0x93, 0x9a, 0x72, 0x33, 0xf7, 0x9c, 0x4c, 0xa9, 0x94, 0x0a, 0x0d, 0xb3, 0x95, 0x7f, 0x06, 0x07}

// SGX attribute flags (first byte of ATTRIBUTES).
const (
	attrInit      = 0x01
	attrDebug     = 0x02
	attrMode64Bit = 0x04
)

// ReportBody is a parsed 384-byte SGX enclave report body (the ISV enclave's or the QE's).
type ReportBody struct {
	// CPUSVN is the security version of the CPU.
	CPUSVN [16]byte
	// MiscSelect is the enclave's MISCSELECT.
	MiscSelect uint32
	// Attributes are the enclave's ATTRIBUTES: flags (little-endian u64) then XFRM (u64).
	Attributes [16]byte
	// MREnclave is the measurement of the enclave's code and initial data.
	MREnclave [32]byte
	// MRSigner is the hash of the key that signed the enclave.
	MRSigner [32]byte
	// ProductID is ISVPRODID.
	ProductID uint16
	// SVN is ISVSVN, the enclave's security version.
	SVN uint16
	// ReportData is the 64 bytes the enclave chose to bind into the report.
	ReportData [64]byte
	// Raw is the report body as it was signed.
	Raw [reportBodyLen]byte
}

// Debug reports whether the enclave runs in debug mode (ATTRIBUTES.DEBUG, bit 1 of the flags).
func (r *ReportBody) Debug() bool { return r.Attributes[0]&attrDebug != 0 }

func parseReportBody(b []byte) ReportBody {
	var r ReportBody
	copy(r.Raw[:], b[:reportBodyLen])
	copy(r.CPUSVN[:], b[0:16])
	r.MiscSelect = binary.LittleEndian.Uint32(b[16:20])
	copy(r.Attributes[:], b[48:64])
	copy(r.MREnclave[:], b[64:96])
	copy(r.MRSigner[:], b[128:160])
	r.ProductID = binary.LittleEndian.Uint16(b[256:258])
	r.SVN = binary.LittleEndian.Uint16(b[258:260])
	copy(r.ReportData[:], b[320:384])
	return r
}

// Quote is a parsed SGX DCAP quote (version 3, ECDSA-P256, PCK certificate chain). Parsing checks only
// the structure; Verify checks the signatures.
type Quote struct {
	// Version is the quote version (3).
	Version uint16
	// AttestationKeyType is the attestation key type (2: ECDSA-P256).
	AttestationKeyType uint16
	// QESVN is the quoting enclave's security version, as claimed by the header.
	QESVN uint16
	// PCESVN is the provisioning certification enclave's security version, as claimed by the header.
	PCESVN uint16
	// QEVendorID identifies the quoting enclave's vendor (Intel).
	QEVendorID [16]byte
	// Body is the attested ISV enclave's report body.
	Body ReportBody
	// Signature is the attestation key's signature (r || s) over header and body.
	Signature [ecdsaSigLen]byte
	// AttestationKey is the attestation public key (x || y, P-256).
	AttestationKey [ecdsaPubKeyLen]byte
	// QEReport is the quoting enclave's report body.
	QEReport ReportBody
	// QEReportSignature is the PCK key's signature (r || s) over QEReport.
	QEReportSignature [ecdsaSigLen]byte
	// QEAuthData is the QE authentication data bound into the QE report.
	QEAuthData []byte
	// CertDataType is the certification data type (5: PCK certificate chain).
	CertDataType uint16
	// PCKChain is the PCK certificate chain from the certification data, leaf first.
	PCKChain []*x509.Certificate

	signed []byte // header || body, what Signature covers
}

// reader is a bounds-checked little-endian cursor; every read fails cleanly past the end.
type reader struct {
	b   []byte
	off int
}

func (r *reader) take(n int, what string) ([]byte, error) {
	if n < 0 || len(r.b)-r.off < n {
		return nil, fmt.Errorf("%w: truncated at %s (offset %d, need %d bytes, have %d)",
			ErrMalformedQuote, what, r.off, n, len(r.b)-r.off)
	}
	out := r.b[r.off : r.off+n]
	r.off += n
	return out, nil
}

func (r *reader) u16(what string) (uint16, error) {
	b, err := r.take(2, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint16(b), nil
}

func (r *reader) u32(what string) (uint32, error) {
	b, err := r.take(4, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

// Parse parses attestation evidence that is either a raw DCAP quote or an EGo / Open Enclave remote
// report (a 16-byte oe_report_header_t followed by the quote); the two are told apart by their first
// bytes. It returns ErrMalformedQuote or ErrUnsupportedQuote, never panics, on hostile input.
func Parse(evidence []byte) (*Quote, error) {
	if len(evidence) >= 4 && binary.LittleEndian.Uint16(evidence[0:2]) == QuoteVersion3 &&
		binary.LittleEndian.Uint16(evidence[2:4]) == AttestationKeyECDSAP256 {
		return ParseQuote(evidence)
	}
	if len(evidence) >= 8 && binary.LittleEndian.Uint32(evidence[0:4]) == oeReportHeaderVersion &&
		binary.LittleEndian.Uint32(evidence[4:8]) == oeReportTypeSGXRemote {
		return ParseEGoReport(evidence)
	}
	return ParseQuote(evidence) // gives the precise error
}

// ParseEGoReport parses an EGo / Open Enclave SGX remote report: the oe_report_header_t
// {version u32 = 1, report_type u32 = 2 (SGX remote), report_size u64} followed by exactly report_size
// bytes of DCAP quote.
func ParseEGoReport(report []byte) (*Quote, error) {
	if len(report) < oeReportHeadLen {
		return nil, fmt.Errorf("%w: EGo report shorter than its %d-byte header", ErrMalformedQuote, oeReportHeadLen)
	}
	if v := binary.LittleEndian.Uint32(report[0:4]); v != oeReportHeaderVersion {
		return nil, fmt.Errorf("%w: EGo report header version %d, want %d", ErrUnsupportedQuote, v, oeReportHeaderVersion)
	}
	if t := binary.LittleEndian.Uint32(report[4:8]); t != oeReportTypeSGXRemote {
		return nil, fmt.Errorf("%w: EGo report type %d, want %d (SGX remote)", ErrUnsupportedQuote, t, oeReportTypeSGXRemote)
	}
	size := binary.LittleEndian.Uint64(report[8:16])
	if size != uint64(len(report)-oeReportHeadLen) {
		return nil, fmt.Errorf("%w: EGo report header says %d quote bytes, %d follow",
			ErrMalformedQuote, size, len(report)-oeReportHeadLen)
	}
	return ParseQuote(report[oeReportHeadLen:])
}

// ParseQuote parses a raw SGX DCAP quote version 3 with an ECDSA-P256 attestation key and a PCK
// certificate chain as certification data. Every length is bounds-checked and trailing bytes are
// refused: hostile input yields ErrMalformedQuote or ErrUnsupportedQuote, never a panic.
func ParseQuote(quote []byte) (*Quote, error) {
	r := &reader{b: quote}
	hdr, err := r.take(quoteHeaderLen, "header")
	if err != nil {
		return nil, err
	}
	q := &Quote{
		Version:            binary.LittleEndian.Uint16(hdr[0:2]),
		AttestationKeyType: binary.LittleEndian.Uint16(hdr[2:4]),
		QESVN:              binary.LittleEndian.Uint16(hdr[8:10]),
		PCESVN:             binary.LittleEndian.Uint16(hdr[10:12]),
	}
	copy(q.QEVendorID[:], hdr[12:28])
	if q.Version != QuoteVersion3 {
		return nil, fmt.Errorf("%w: quote version %d, want %d", ErrUnsupportedQuote, q.Version, QuoteVersion3)
	}
	if q.AttestationKeyType != AttestationKeyECDSAP256 {
		return nil, fmt.Errorf("%w: attestation key type %d, want %d (ECDSA-P256)",
			ErrUnsupportedQuote, q.AttestationKeyType, AttestationKeyECDSAP256)
	}
	if teeType := binary.LittleEndian.Uint32(hdr[4:8]); teeType != 0 {
		return nil, fmt.Errorf("%w: TEE type %#x, want 0 (SGX)", ErrUnsupportedQuote, teeType)
	}
	if q.QEVendorID != intelQEVendorID {
		return nil, fmt.Errorf("%w: QE vendor ID %x is not Intel's", ErrUnsupportedQuote, q.QEVendorID)
	}
	body, err := r.take(reportBodyLen, "ISV report body")
	if err != nil {
		return nil, err
	}
	q.Body = parseReportBody(body)
	q.signed = bytes.Clone(quote[:quoteSignedLen])

	sigLen, err := r.u32("signature data length")
	if err != nil {
		return nil, err
	}
	if uint64(sigLen) != uint64(len(quote)-r.off) {
		return nil, fmt.Errorf("%w: signature data length %d, but %d bytes follow", ErrMalformedQuote, sigLen, len(quote)-r.off)
	}
	fixed := []struct {
		dst  []byte
		what string
	}{
		{q.Signature[:], "quote signature"},
		{q.AttestationKey[:], "attestation key"},
	}
	for _, f := range fixed {
		b, err := r.take(len(f.dst), f.what)
		if err != nil {
			return nil, err
		}
		copy(f.dst, b)
	}
	qeBody, err := r.take(reportBodyLen, "QE report body")
	if err != nil {
		return nil, err
	}
	q.QEReport = parseReportBody(qeBody)
	qeSig, err := r.take(ecdsaSigLen, "QE report signature")
	if err != nil {
		return nil, err
	}
	copy(q.QEReportSignature[:], qeSig)

	authLen, err := r.u16("QE auth data length")
	if err != nil {
		return nil, err
	}
	auth, err := r.take(int(authLen), "QE auth data")
	if err != nil {
		return nil, err
	}
	q.QEAuthData = bytes.Clone(auth)

	if q.CertDataType, err = r.u16("certification data type"); err != nil {
		return nil, err
	}
	certLen, err := r.u32("certification data size")
	if err != nil {
		return nil, err
	}
	if uint64(certLen) != uint64(len(quote)-r.off) {
		return nil, fmt.Errorf("%w: certification data size %d, but %d bytes follow", ErrMalformedQuote, certLen, len(quote)-r.off)
	}
	certData, err := r.take(int(certLen), "certification data")
	if err != nil {
		return nil, err
	}
	if q.CertDataType != CertDataPCKChain {
		return nil, fmt.Errorf("%w: certification data type %d, want %d (PCK certificate chain)",
			ErrUnsupportedQuote, q.CertDataType, CertDataPCKChain)
	}
	if q.PCKChain, err = parsePEMChain(certData, maxPCKChainCerts, quoteChainTail); err != nil {
		return nil, fmt.Errorf("%w: PCK certificate chain: %w", ErrMalformedQuote, err)
	}
	return q, nil
}

// quoteChainTail is what may follow the last certificate of a quote's PCK chain: NUL bytes only
// (quoting libraries NUL-terminate the chain), so no byte of a quote can change without failing it.
// collateralChainTail also allows whitespace (issuer chains come from HTTP headers and JSON).
const (
	quoteChainTail      = "\x00"
	collateralChainTail = " \t\r\n\x00"
)

// parsePEMChain parses concatenated PEM certificates. Only whitespace may come before and between the
// certificates (pem.Decode itself would skip any text before a block), and only bytes of tail after
// the last one. PEM headers are refused.
func parsePEMChain(data []byte, maxCerts int, tail string) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	rest := data
	for {
		next := bytes.TrimLeft(rest, " \t\r\n")
		if !bytes.HasPrefix(next, []byte("-----BEGIN ")) {
			break
		}
		var block *pem.Block
		block, rest = pem.Decode(next)
		if block == nil {
			return nil, fmt.Errorf("certificate %d: malformed PEM block", len(certs))
		}
		if block.Type != "CERTIFICATE" {
			return nil, fmt.Errorf("unexpected PEM block %q", block.Type)
		}
		if len(block.Headers) != 0 {
			return nil, fmt.Errorf("certificate %d: PEM headers are not allowed", len(certs))
		}
		if len(certs) == maxCerts {
			return nil, fmt.Errorf("more than %d certificates", maxCerts)
		}
		cert, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("certificate %d: %w", len(certs), err)
		}
		certs = append(certs, cert)
	}
	if len(bytes.Trim(rest, tail)) != 0 {
		return nil, fmt.Errorf("%d bytes of trailing garbage after the certificates", len(rest))
	}
	if len(certs) == 0 {
		return nil, fmt.Errorf("no certificate")
	}
	return certs, nil
}
