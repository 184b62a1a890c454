package dcap

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"testing"
)

func TestParseQuote_realQuotes_succeeds(t *testing.T) {
	tests := []struct {
		name                 string
		file                 string
		mrEnclave, mrSigner  string
		qeSVN, pceSVN        uint16
		qeReportSVN, chainLn int
		fmspc                string
		ca                   CA
	}{
		{"phala", phalaQuoteFile, "33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb",
			"815f42f11cf64430c30bab7816ba596a1da0130c3b028b673133a66cf9a3e0e6", 10, 15, 10, 3, "00a067110000", CAProcessor},
		{"oasis", oasisQuoteFile, "68823bc62f409ee33a32ea270cfe45d4b19a6fb3c8570d7bc186cbe062398e8f",
			"9affcfae47b848ec2caf1c49b4b283531e1cc425f93582b36806e52a43d78d1a", 9, 13, 9, 3, "00606a000000", CAPlatform},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := readFile(t, tt.file)
			q, err := ParseQuote(raw)
			if err != nil {
				t.Fatalf("ParseQuote: %v", err)
			}
			if q.Version != 3 || q.AttestationKeyType != 2 || q.CertDataType != 5 {
				t.Errorf("version %d key type %d cert type %d", q.Version, q.AttestationKeyType, q.CertDataType)
			}
			if got := hex.EncodeToString(q.Body.MREnclave[:]); got != tt.mrEnclave {
				t.Errorf("MREnclave = %s", got)
			}
			if got := hex.EncodeToString(q.Body.MRSigner[:]); got != tt.mrSigner {
				t.Errorf("MRSigner = %s", got)
			}
			// The documented byte offsets of the raw quote agree with the parsed fields.
			if !bytes.Equal(raw[112:144], q.Body.MREnclave[:]) || !bytes.Equal(raw[176:208], q.Body.MRSigner[:]) ||
				!bytes.Equal(raw[368:432], q.Body.ReportData[:]) || !bytes.Equal(raw[96:112], q.Body.Attributes[:]) ||
				binary.LittleEndian.Uint16(raw[304:]) != q.Body.ProductID || binary.LittleEndian.Uint16(raw[306:]) != q.Body.SVN {
				t.Error("parsed fields differ from the documented quote offsets")
			}
			if q.QESVN != tt.qeSVN || q.PCESVN != tt.pceSVN || int(q.QEReport.SVN) != tt.qeReportSVN {
				t.Errorf("QE SVN %d PCE SVN %d QE report SVN %d", q.QESVN, q.PCESVN, q.QEReport.SVN)
			}
			if q.Body.Debug() || q.QEReport.ProductID != 1 || len(q.QEAuthData) != 32 || len(q.PCKChain) != tt.chainLn {
				t.Errorf("debug %v QE product %d auth %d chain %d", q.Body.Debug(), q.QEReport.ProductID, len(q.QEAuthData), len(q.PCKChain))
			}
			ext, ca, err := q.PCKInfo()
			if err != nil {
				t.Fatalf("PCKInfo: %v", err)
			}
			if got := hex.EncodeToString(ext.FMSPC[:]); got != tt.fmspc || ca != tt.ca {
				t.Errorf("FMSPC %s CA %s, want %s %s", got, ca, tt.fmspc, tt.ca)
			}
			// An EGo remote report carries the same quote.
			eq, err := ParseEGoReport(egoReport(raw))
			if err != nil || eq.Body != q.Body {
				t.Errorf("ParseEGoReport: %v", err)
			}
		})
	}
}

func TestParseQuote_malformed_reverts(t *testing.T) {
	raw := readFile(t, phalaQuoteFile)
	q := mustParse(t, raw)
	withHeader := func(off int, v uint16) []byte {
		b := bytes.Clone(raw)
		binary.LittleEndian.PutUint16(b[off:], v)
		return b
	}
	withParts := func(f func(*quoteParts)) []byte {
		p := partsOf(q)
		f(&p)
		return p.assemble()
	}
	tests := []struct {
		name  string
		input []byte
		want  error
	}{
		{"empty", nil, ErrMalformedQuote},
		{"header only", raw[:quoteHeaderLen], ErrMalformedQuote},
		{"no signature data length", raw[:quoteSignedLen], ErrMalformedQuote},
		{"version 4", withHeader(0, 4), ErrUnsupportedQuote},
		{"attestation key type 3 (ECDSA-P384)", withHeader(2, 3), ErrUnsupportedQuote},
		{"TEE type TDX", withHeader(4, 0x81), ErrUnsupportedQuote},
		{"other QE vendor", flip(raw, 12), ErrUnsupportedQuote},
		{"trailing byte", append(bytes.Clone(raw), 0), ErrMalformedQuote},
		{"last byte missing", raw[:len(raw)-1], ErrMalformedQuote},
		{"signature data length too large", func() []byte {
			b := bytes.Clone(raw)
			binary.LittleEndian.PutUint32(b[quoteSignedLen:], 0xffffffff)
			return b
		}(), ErrMalformedQuote},
		{"auth data length beyond the end", func() []byte {
			b := bytes.Clone(raw)
			binary.LittleEndian.PutUint16(b[quoteSignedLen+4+64+64+384+64:], 0xffff)
			return b
		}(), ErrMalformedQuote},
		{"certification data type 6", withParts(func(p *quoteParts) { p.certType = 6 }), ErrUnsupportedQuote},
		{"certification data not PEM", withParts(func(p *quoteParts) { p.certData = []byte("not a certificate") }), ErrMalformedQuote},
		{"certification data empty", withParts(func(p *quoteParts) { p.certData = nil }), ErrMalformedQuote},
		{"certificate DER corrupted", withParts(func(p *quoteParts) {
			p.certData = bytes.Replace(p.certData, []byte("MII"), []byte("MIA"), 1)
		}), ErrMalformedQuote},
		{"garbage after the chain", withParts(func(p *quoteParts) { p.certData = append(p.certData, "junk"...) }), ErrMalformedQuote},
		{"private key PEM block", withParts(func(p *quoteParts) {
			p.certData = []byte("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
		}), ErrMalformedQuote},
		{"EGo header size mismatch", func() []byte {
			b := egoReport(raw)
			binary.LittleEndian.PutUint64(b[8:], uint64(len(raw)+1))
			return b
		}(), ErrMalformedQuote},
		{"EGo header truncated", egoReport(raw)[:12], ErrMalformedQuote},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := Parse(tt.input)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse: quote %v err %v, want %v", q != nil, err, tt.want)
			}
		})
	}

	t.Run("EGo local report type", func(t *testing.T) {
		b := egoReport(raw)
		binary.LittleEndian.PutUint32(b[4:], 1)
		if _, err := ParseEGoReport(b); !errors.Is(err, ErrUnsupportedQuote) {
			t.Fatalf("err = %v, want ErrUnsupportedQuote", err)
		}
	})
	t.Run("every truncation", func(t *testing.T) {
		for _, quote := range [][]byte{raw, egoReport(raw)} {
			for n := range len(quote) {
				if _, err := Parse(quote[:n]); !errors.Is(err, ErrMalformedQuote) && !errors.Is(err, ErrUnsupportedQuote) {
					t.Fatalf("Parse(first %d bytes): err = %v", n, err)
				}
			}
		}
	})
}

func TestParsePCKExtension_malformed_reverts(t *testing.T) {
	good := sgxExtension(t, [16]uint8{1, 2, 3}, 9, [2]byte{}, [6]byte{1, 2, 3, 4, 5, 6}).Value
	if ext, err := parseSGXExtension(good); err != nil || ext.PCESVN != 9 || ext.TCBComponents[2] != 3 || ext.FMSPC != [6]byte{1, 2, 3, 4, 5, 6} {
		t.Fatalf("round trip: %+v %v", ext, err)
	}
	for n := range len(good) {
		if _, err := parseSGXExtension(good[:n]); err == nil {
			t.Fatalf("truncated to %d bytes: parsed", n)
		}
	}
	if _, err := parseSGXExtension(append(bytes.Clone(good), 0)); err == nil {
		t.Error("trailing byte: parsed")
	}
	// A PCK certificate without the extension.
	root, err := intelRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParsePCKExtension(root); !errors.Is(err, ErrCertChain) {
		t.Errorf("certificate without SGX extension: err = %v, want ErrCertChain", err)
	}
}

// FuzzParseQuote feeds hostile bytes to the parsers: they must return an error or a quote, never panic.
func FuzzParseQuote(f *testing.F) {
	for _, name := range []string{phalaQuoteFile, oasisQuoteFile} {
		raw := readFile(f, name)
		f.Add(raw)
		f.Add(egoReport(raw))
		f.Add(raw[:quoteSignedLen+4])
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		q, err := Parse(data)
		if err == nil {
			if q == nil || len(q.PCKChain) == 0 {
				t.Fatal("nil error without a quote and its chain")
			}
			_, _, _ = q.PCKInfo()
		} else if !errors.Is(err, ErrMalformedQuote) && !errors.Is(err, ErrUnsupportedQuote) {
			t.Fatalf("unexpected error class: %v", err)
		}
		_, _ = ParseQuote(data)
		_, _ = ParseEGoReport(data)
	})
}
