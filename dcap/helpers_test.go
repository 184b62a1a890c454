package dcap

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Real test vectors (see testdata/README.md).
const (
	phalaQuoteFile      = "testdata/phala_sgx_quote.bin"
	phalaCollateralFile = "testdata/phala_sgx_quote_collateral.json"
	oasisQuoteFile      = "testdata/oasis_quote_v3_ecdsa_p256_pck_chain.bin"
	oasisTCBInfoFile    = "testdata/oasis_tcb_info_v3_fmspc_00606A000000.json"
	oasisTCBCertsFile   = "testdata/oasis_tcb_info_v3_fmspc_00606A000000_certs.pem"
	oasisTCBBadFile     = "testdata/oasis_tcb_info_v3_fmspc_00606A000000_certs_bad.pem"
	oasisQEIdentityFile = "testdata/oasis_qe_identity_v2.json"
)

// oasisNow is a time at which the oasis quote and collateral are valid (from oasis-core's tests).
var oasisNow = time.Unix(1671497404, 0)

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.FromSlash(name))
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return b
}

func mustHex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func phalaRaw(t testing.TB) RawCollateral {
	t.Helper()
	var raw RawCollateral
	if err := json.Unmarshal(readFile(t, phalaCollateralFile), &raw); err != nil {
		t.Fatal(err)
	}
	return raw
}

func mustCollateral(t testing.TB, raw RawCollateral) *Collateral {
	t.Helper()
	col, err := ParseCollateral(raw)
	if err != nil {
		t.Fatalf("ParseCollateral: %v", err)
	}
	return col
}

// phalaNow is the middle of the window in which every part of the phala collateral is valid: after the
// latest issue date (TCB info, QE identity, CRLs) and before the earliest next update.
func phalaNow(t testing.TB) time.Time {
	t.Helper()
	col := mustCollateral(t, phalaRaw(t))
	start := col.tcbInfo.IssueDate
	for _, s := range []time.Time{col.qeID.IssueDate, col.pckCRL.ThisUpdate, col.rootCRL.ThisUpdate} {
		if s.After(start) {
			start = s
		}
	}
	end := col.NextUpdate()
	if !end.After(start) {
		t.Fatalf("phala collateral has no common validity window: %s..%s", start, end)
	}
	return start.Add(end.Sub(start) / 2)
}

func oasisRaw(t testing.TB) RawCollateral {
	t.Helper()
	chain := string(readFile(t, oasisTCBCertsFile))
	raw, err := RawCollateralFromPCS(readFile(t, oasisTCBInfoFile), chain, readFile(t, oasisQEIdentityFile), chain)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// flip returns a copy of b with byte i inverted.
func flip(b []byte, i int) []byte {
	out := bytes.Clone(b)
	out[i] ^= 0xff
	return out
}

// flipHex flips the first byte of a hex string.
func flipHex(t testing.TB, s string) string {
	return hex.EncodeToString(flip(mustHex(t, s), 0))
}

// quoteParts are the pieces of a quote, for assembling test quotes.
type quoteParts struct {
	header, body []byte // 48 and 384 bytes
	sig, attKey  []byte // 64 and 64 bytes
	qeBody       []byte // 384 bytes
	qeSig        []byte // 64 bytes
	auth         []byte
	certType     uint16
	certData     []byte
}

func partsOf(q *Quote) quoteParts {
	return quoteParts{
		header: bytes.Clone(q.signed[:quoteHeaderLen]), body: bytes.Clone(q.signed[quoteHeaderLen:]),
		sig: bytes.Clone(q.Signature[:]), attKey: bytes.Clone(q.AttestationKey[:]),
		qeBody: bytes.Clone(q.QEReport.Raw[:]), qeSig: bytes.Clone(q.QEReportSignature[:]),
		auth: bytes.Clone(q.QEAuthData), certType: q.CertDataType, certData: pemChain(q.PCKChain...),
	}
}

func (p quoteParts) assemble() []byte {
	var sd []byte
	sd = append(sd, p.sig...)
	sd = append(sd, p.attKey...)
	sd = append(sd, p.qeBody...)
	sd = append(sd, p.qeSig...)
	sd = binary.LittleEndian.AppendUint16(sd, uint16(len(p.auth)))
	sd = append(sd, p.auth...)
	sd = binary.LittleEndian.AppendUint16(sd, p.certType)
	sd = binary.LittleEndian.AppendUint32(sd, uint32(len(p.certData)))
	sd = append(sd, p.certData...)
	var out []byte
	out = append(out, p.header...)
	out = append(out, p.body...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(sd)))
	return append(out, sd...)
}

func pemChain(certs ...*x509.Certificate) []byte {
	var b []byte
	for _, c := range certs {
		b = append(b, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
	}
	return append(b, 0)
}

// egoReport wraps a quote in an Open Enclave remote report header.
func egoReport(quote []byte) []byte {
	h := make([]byte, oeReportHeadLen, oeReportHeadLen+len(quote))
	binary.LittleEndian.PutUint32(h[0:], oeReportHeaderVersion)
	binary.LittleEndian.PutUint32(h[4:], oeReportTypeSGXRemote)
	binary.LittleEndian.PutUint64(h[8:], uint64(len(quote)))
	return append(h, quote...)
}

func mustParse(t testing.TB, evidence []byte) *Quote {
	t.Helper()
	q, err := Parse(evidence)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return q
}

// ---- A generated PKI that imitates Intel's, for what real data cannot show (revocation, QE status). ----

var (
	fakeNotBefore  = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	fakeNotAfter   = time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)
	fakeNow        = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	fakeQEMRSigner = [32]byte{0x8c, 0x4f, 0x57, 0x75}
)

func intelName(cn string) pkix.Name {
	return pkix.Name{CommonName: cn, Organization: []string{"Intel Corporation"}, Locality: []string{"Santa Clara"},
		Province: []string{"CA"}, Country: []string{"US"}}
}

type fakeCert struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
}

func newFakeCert(t testing.TB, cn string, parent *fakeCert, ca bool, maxPath int, exts ...pkix.Extension) *fakeCert {
	t.Helper()
	return newFakeCertNamed(t, cn, nil, parent, ca, maxPath, exts...)
}

// newFakeCertNamed is newFakeCert with a subject copied byte for byte (rawSubject), e.g. from a real
// Intel certificate, so that only the keys differ.
func newFakeCertNamed(t testing.TB, cn string, rawSubject []byte, parent *fakeCert, ca bool, maxPath int, exts ...pkix.Extension) *fakeCert {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial, Subject: intelName(cn),
		NotBefore: fakeNotBefore, NotAfter: fakeNotAfter,
		BasicConstraintsValid: true, IsCA: ca, MaxPathLen: maxPath, MaxPathLenZero: ca && maxPath == 0,
		KeyUsage:        x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
		ExtraExtensions: exts,
		RawSubject:      rawSubject,
	}
	if ca {
		tmpl.KeyUsage = x509.KeyUsageCertSign | x509.KeyUsageCRLSign
	}
	parentCert, parentKey := tmpl, key
	if parent != nil {
		parentCert, parentKey = parent.cert, parent.key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parentCert, &key.PublicKey, parentKey)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return &fakeCert{cert: cert, key: key}
}

// sgxExtension encodes an SGX PCK extension.
func sgxExtension(t testing.TB, comps [16]uint8, pcesvn int, pceID [2]byte, fmspc [6]byte) pkix.Extension {
	t.Helper()
	type entry struct {
		ID    asn1.ObjectIdentifier
		Value asn1.RawValue
	}
	val := func(v any) asn1.RawValue {
		b, err := asn1.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return asn1.RawValue{FullBytes: b}
	}
	sub := func(base asn1.ObjectIdentifier, i int) asn1.ObjectIdentifier {
		return append(append(asn1.ObjectIdentifier{}, base...), i)
	}
	var tcb []entry
	for i, c := range comps {
		tcb = append(tcb, entry{sub(oidTCB, i+1), val(int(c))})
	}
	tcb = append(tcb, entry{sub(oidTCB, 17), val(pcesvn)}, entry{sub(oidTCB, 18), val(comps[:])})
	top := []entry{
		{oidPPID, val(make([]byte, 16))},
		{oidTCB, val(tcb)},
		{oidPCEID, val(pceID[:])},
		{oidFMSPC, val(fmspc[:])},
		{oidSGXType, val(asn1.Enumerated(0))},
	}
	b, err := asn1.Marshal(top)
	if err != nil {
		t.Fatal(err)
	}
	return pkix.Extension{Id: oidSGXExtension, Value: b}
}

// synth describes a synthetic platform, quote and collateral; zero fields take defaults from newSynth.
type synth struct {
	pckComps    [16]uint8
	pcesvn      int
	fmspc       [6]byte
	pceID       [2]byte
	qeSVN       uint16
	qeMRSigner  [32]byte
	isvAttrs    byte
	revokeLeaf  bool // PCK CRL lists the PCK leaf
	revokeCA    bool // root CA CRL lists the PCK CA
	revokeTCB   bool // root CA CRL lists the TCB signing certificate
	tcbFMSPC    string
	reportData  [64]byte
	mrEnclave   [32]byte
	tcbLevels   []map[string]any
	qeTCBLevels []map[string]any
}

func newSynth() synth {
	var s synth
	for i := range s.pckComps[:8] {
		s.pckComps[i] = 5
	}
	s.pcesvn = 10
	s.fmspc = [6]byte{0x11, 0x22, 0x33, 0x44, 0x55, 0x66}
	s.qeSVN = 8
	s.qeMRSigner = fakeQEMRSigner
	s.isvAttrs = attrInit | attrMode64Bit
	s.tcbFMSPC = "112233445566"
	copy(s.reportData[:], "synthetic report data")
	s.mrEnclave = [32]byte{0xee, 1, 2, 3}
	level := func(comp, pcesvn int, status string, adv ...string) map[string]any {
		var comps []map[string]int
		for i := 0; i < 16; i++ {
			v := 0
			if i < 8 {
				v = comp
			}
			comps = append(comps, map[string]int{"svn": v})
		}
		return map[string]any{"tcb": map[string]any{"sgxtcbcomponents": comps, "pcesvn": pcesvn},
			"tcbDate": "2029-01-01T00:00:00Z", "tcbStatus": status, "advisoryIDs": adv}
	}
	s.tcbLevels = []map[string]any{level(5, 10, "UpToDate"), level(3, 8, "OutOfDate", "INTEL-SA-00001")}
	qeLevel := func(svn int, status string, adv ...string) map[string]any {
		return map[string]any{"tcb": map[string]int{"isvsvn": svn}, "tcbDate": "2029-01-01T00:00:00Z",
			"tcbStatus": status, "advisoryIDs": adv}
	}
	s.qeTCBLevels = []map[string]any{qeLevel(8, "UpToDate"), qeLevel(6, "OutOfDate", "INTEL-SA-00002"),
		qeLevel(4, "Revoked", "INTEL-SA-00003")}
	return s
}

// synthWorld is a generated PKI with a quote and collateral built from a synth.
type synthWorld struct {
	root, ca, leaf, tcb *fakeCert
	quote               []byte
	raw                 RawCollateral
}

func signRaw(t testing.TB, key *ecdsa.PrivateKey, msg []byte) []byte {
	t.Helper()
	d := sha256.Sum256(msg)
	r, s, err := ecdsa.Sign(rand.Reader, key, d[:])
	if err != nil {
		t.Fatal(err)
	}
	out := make([]byte, 64)
	r.FillBytes(out[:32])
	s.FillBytes(out[32:])
	return out
}

func (s synth) build(t testing.TB) *synthWorld {
	t.Helper()
	w := &synthWorld{}
	w.root = newFakeCert(t, "Intel SGX Root CA", nil, true, 1)
	w.ca = newFakeCert(t, cnPCKProcessorCA, w.root, true, 0)
	w.leaf = newFakeCert(t, cnPCKCert, w.ca, false, -1, sgxExtension(t, s.pckComps, s.pcesvn, s.pceID, s.fmspc))
	w.tcb = newFakeCert(t, cnTCBSigning, w.root, false, -1)

	// Quote.
	attKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	attPub, err := attKey.PublicKey.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	p := quoteParts{header: make([]byte, quoteHeaderLen), body: make([]byte, reportBodyLen),
		attKey: attPub[1:], qeBody: make([]byte, reportBodyLen), auth: bytes.Repeat([]byte{0xa5}, 32),
		certType: CertDataPCKChain, certData: pemChain(w.leaf.cert, w.ca.cert, w.root.cert)}
	binary.LittleEndian.PutUint16(p.header[0:], QuoteVersion3)
	binary.LittleEndian.PutUint16(p.header[2:], AttestationKeyECDSAP256)
	binary.LittleEndian.PutUint16(p.header[8:], s.qeSVN)
	binary.LittleEndian.PutUint16(p.header[10:], uint16(s.pcesvn))
	copy(p.header[12:28], intelQEVendorID[:])
	p.body[48] = s.isvAttrs
	p.body[56] = 3 // XFRM
	copy(p.body[64:96], s.mrEnclave[:])
	copy(p.body[128:160], []byte{0x51, 0x61})
	binary.LittleEndian.PutUint16(p.body[256:], 7) // ISVPRODID
	binary.LittleEndian.PutUint16(p.body[258:], 2) // ISVSVN
	copy(p.body[320:], s.reportData[:])
	p.sig = signRaw(t, attKey, append(bytes.Clone(p.header), p.body...))
	p.qeBody[48] = 0x11 // INIT | PROVISIONKEY
	p.qeBody[56] = 0xe7
	copy(p.qeBody[128:160], s.qeMRSigner[:])
	binary.LittleEndian.PutUint16(p.qeBody[256:], 1)
	binary.LittleEndian.PutUint16(p.qeBody[258:], s.qeSVN)
	bind := sha256.Sum256(append(bytes.Clone(p.attKey), p.auth...))
	copy(p.qeBody[320:], bind[:])
	p.qeSig = signRaw(t, w.leaf.key, p.qeBody)
	w.quote = p.assemble()

	// Collateral.
	tcbInfo, err := json.Marshal(map[string]any{"id": "SGX", "version": 3, "issueDate": "2029-06-01T00:00:00Z",
		"nextUpdate": "2030-06-01T00:00:00Z", "fmspc": s.tcbFMSPC, "pceId": "0000", "tcbType": 0,
		"tcbEvaluationDataNumber": 17, "tcbLevels": s.tcbLevels})
	if err != nil {
		t.Fatal(err)
	}
	qeID, err := json.Marshal(map[string]any{"id": "QE", "version": 2, "issueDate": "2029-06-01T00:00:00Z",
		"nextUpdate": "2030-06-01T00:00:00Z", "tcbEvaluationDataNumber": 17, "miscselect": "00000000",
		"miscselectMask": "FFFFFFFF", "attributes": "11000000000000000000000000000000",
		"attributesMask": "FBFFFFFFFFFFFFFF0000000000000000",
		"mrsigner":       hex.EncodeToString(fakeQEMRSigner[:]), "isvprodid": 1, "tcbLevels": s.qeTCBLevels})
	if err != nil {
		t.Fatal(err)
	}
	crl := func(issuer *fakeCert, revoked ...*fakeCert) string {
		tmpl := &x509.RevocationList{Number: big.NewInt(1), ThisUpdate: fakeNotBefore, NextUpdate: fakeNotAfter}
		for _, r := range revoked {
			tmpl.RevokedCertificateEntries = append(tmpl.RevokedCertificateEntries,
				x509.RevocationListEntry{SerialNumber: r.cert.SerialNumber, RevocationTime: fakeNotBefore})
		}
		der, err := x509.CreateRevocationList(rand.Reader, tmpl, issuer.cert, issuer.key)
		if err != nil {
			t.Fatal(err)
		}
		return hex.EncodeToString(der)
	}
	var rootRevoked, pckRevoked []*fakeCert
	if s.revokeCA {
		rootRevoked = append(rootRevoked, w.ca)
	}
	if s.revokeTCB {
		rootRevoked = append(rootRevoked, w.tcb)
	}
	if s.revokeLeaf {
		pckRevoked = append(pckRevoked, w.leaf)
	}
	tcbChain := string(pemChain(w.tcb.cert, w.root.cert))
	w.raw = RawCollateral{
		PCKCRLIssuerChain:     string(pemChain(w.ca.cert, w.root.cert)),
		RootCACRL:             crl(w.root, rootRevoked...),
		PCKCRL:                crl(w.ca, pckRevoked...),
		TCBInfoIssuerChain:    tcbChain,
		TCBInfo:               string(tcbInfo),
		TCBInfoSignature:      hex.EncodeToString(signRaw(t, w.tcb.key, tcbInfo)),
		QEIdentityIssuerChain: tcbChain,
		QEIdentity:            string(qeID),
		QEIdentitySignature:   hex.EncodeToString(signRaw(t, w.tcb.key, qeID)),
	}
	return w
}

// verify verifies the synthetic quote against the synthetic root.
func (w *synthWorld) verify(t testing.TB) (*Identity, error) {
	t.Helper()
	col, err := ParseCollateral(w.raw)
	if err != nil {
		return nil, err
	}
	q, err := Parse(w.quote)
	if err != nil {
		return nil, err
	}
	return verifyQuote(q, col, VerifyOptions{Now: fakeNow, RequireCRLs: true}, w.root.cert)
}

func pkixExt(id asn1.ObjectIdentifier, value []byte) pkix.Extension {
	return pkix.Extension{Id: id, Value: value}
}
