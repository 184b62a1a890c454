package fleet

// A generated PKI that imitates Intel's (after dcap/helpers_test.go), to make SGX evidence with
// chosen MRSIGNER, product, SVN, debug flag and TCB level, verified by the real dcap code against
// the generated root (internal/dcaproot).

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
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/dcap"
	"github.com/teeoracle/teeoracle/enclave/attest"
	"github.com/teeoracle/teeoracle/enclave/fleet/internal/dcaproot"
)

var (
	synthNotBefore = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	synthNotAfter  = time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)
	synthNow       = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	synthQESigner  = [32]byte{0x8c, 0x4f, 0x57, 0x75}
	synthQEVendor  = [16]byte{0x93, 0x9a, 0x72, 0x33, 0xf7, 0x9c, 0x4c, 0xa9, 0x94, 0x0a, 0x0d, 0xb3, 0x95, 0x7f, 0x06, 0x07}

	oidSGX      = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1}
	oidSGXPPID  = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 1}
	oidSGXTCB   = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 2}
	oidSGXPCEID = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 3}
	oidSGXFMSPC = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 4}
	oidSGXType  = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 5}
)

type synthCert struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
}

func newSynthCert(t testing.TB, cn string, parent *synthCert, ca bool, maxPath int, exts ...pkix.Extension) *synthCert {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	serial, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject: pkix.Name{CommonName: cn, Organization: []string{"Intel Corporation"}, Locality: []string{"Santa Clara"},
			Province: []string{"CA"}, Country: []string{"US"}},
		NotBefore: synthNotBefore, NotAfter: synthNotAfter,
		BasicConstraintsValid: true, IsCA: ca, MaxPathLen: maxPath, MaxPathLenZero: ca && maxPath == 0,
		KeyUsage:        x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
		ExtraExtensions: exts,
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
	return &synthCert{cert: cert, key: key}
}

func pckExtension(t testing.TB, comp uint8, pcesvn int) pkix.Extension {
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
	var comps [16]uint8
	for i := range comps[:8] {
		comps[i] = comp
	}
	var tcb []entry
	for i, c := range comps {
		tcb = append(tcb, entry{sub(oidSGXTCB, i+1), val(int(c))})
	}
	tcb = append(tcb, entry{sub(oidSGXTCB, 17), val(pcesvn)}, entry{sub(oidSGXTCB, 18), val(comps[:])})
	top := []entry{
		{oidSGXPPID, val(make([]byte, 16))},
		{oidSGXTCB, val(tcb)},
		{oidSGXPCEID, val([]byte{0, 0})},
		{oidSGXFMSPC, val([]byte{0x11, 0x22, 0x33, 0x44, 0x55, 0x66})},
		{oidSGXType, val(asn1.Enumerated(0))},
	}
	b, err := asn1.Marshal(top)
	if err != nil {
		t.Fatal(err)
	}
	return pkix.Extension{Id: oidSGX, Value: b}
}

func pemChain(certs ...*x509.Certificate) []byte {
	var b []byte
	for _, c := range certs {
		b = append(b, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
	}
	return append(b, 0)
}

func signP256(t testing.TB, key *ecdsa.PrivateKey, msg []byte) []byte {
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

// synthIntel is the generated "Intel" PKI shared by every synthetic platform of a test.
type synthIntel struct {
	t            testing.TB
	root, ca, tc *synthCert
}

func newSynthIntel(t testing.TB) *synthIntel {
	root := newSynthCert(t, "Intel SGX Root CA", nil, true, 1)
	return &synthIntel{t: t, root: root,
		ca: newSynthCert(t, "Intel SGX PCK Processor CA", root, true, 0),
		tc: newSynthCert(t, "Intel SGX TCB Signing", root, false, -1)}
}

// collateral returns signed collateral whose TCB info and QE identity were issued at issued.
// TCB levels: components 5 / PCESVN 10 -> UpToDate, 3 / 8 -> OutOfDate.
func (si *synthIntel) collateral(issued time.Time) *dcap.RawCollateral {
	t := si.t
	level := func(comp, pcesvn int, status string) map[string]any {
		var comps []map[string]int
		for i := 0; i < 16; i++ {
			v := 0
			if i < 8 {
				v = comp
			}
			comps = append(comps, map[string]int{"svn": v})
		}
		return map[string]any{"tcb": map[string]any{"sgxtcbcomponents": comps, "pcesvn": pcesvn},
			"tcbDate": "2029-01-01T00:00:00Z", "tcbStatus": status, "advisoryIDs": []string{}}
	}
	iss, next := issued.Format(time.RFC3339), synthNotAfter.Add(-time.Hour).Format(time.RFC3339)
	tcbInfo, err := json.Marshal(map[string]any{"id": "SGX", "version": 3, "issueDate": iss, "nextUpdate": next,
		"fmspc": "112233445566", "pceId": "0000", "tcbType": 0, "tcbEvaluationDataNumber": 17,
		"tcbLevels": []any{level(5, 10, "UpToDate"), level(3, 8, "OutOfDate")}})
	if err != nil {
		t.Fatal(err)
	}
	qeID, err := json.Marshal(map[string]any{"id": "QE", "version": 2, "issueDate": iss, "nextUpdate": next,
		"tcbEvaluationDataNumber": 17, "miscselect": "00000000", "miscselectMask": "FFFFFFFF",
		"attributes": "11000000000000000000000000000000", "attributesMask": "FBFFFFFFFFFFFFFF0000000000000000",
		"mrsigner": hex.EncodeToString(synthQESigner[:]), "isvprodid": 1,
		"tcbLevels": []any{map[string]any{"tcb": map[string]int{"isvsvn": 8}, "tcbDate": "2029-01-01T00:00:00Z", "tcbStatus": "UpToDate"}}})
	if err != nil {
		t.Fatal(err)
	}
	crl := func(issuer *synthCert) string {
		der, err := x509.CreateRevocationList(rand.Reader, &x509.RevocationList{Number: big.NewInt(1),
			ThisUpdate: synthNotBefore, NextUpdate: synthNotAfter}, issuer.cert, issuer.key)
		if err != nil {
			t.Fatal(err)
		}
		return hex.EncodeToString(der)
	}
	chain := string(pemChain(si.tc.cert, si.root.cert))
	return &dcap.RawCollateral{
		PCKCRLIssuerChain: string(pemChain(si.ca.cert, si.root.cert)),
		RootCACRL:         crl(si.root), PCKCRL: crl(si.ca),
		TCBInfoIssuerChain: chain, TCBInfo: string(tcbInfo),
		TCBInfoSignature:      hex.EncodeToString(signP256(t, si.tc.key, tcbInfo)),
		QEIdentityIssuerChain: chain, QEIdentity: string(qeID),
		QEIdentitySignature: hex.EncodeToString(signP256(t, si.tc.key, qeID)),
	}
}

// synthEnclave describes one synthetic SGX enclave on one synthetic platform.
type synthEnclave struct {
	MRSigner  [32]byte
	ProductID uint16
	SVN       uint16
	Debug     bool
	OutOfDate bool      // platform at the OutOfDate TCB level
	Issued    time.Time // collateral issue date (zero: 2029-06-01)
}

// issuer is an attest.Issuer in SGX mode that makes synthetic quotes.
type synthIssuer struct {
	si   *synthIntel
	e    synthEnclave
	leaf *synthCert
}

func (si *synthIntel) enclave(e synthEnclave) *synthIssuer {
	comp, pcesvn := 5, 10
	if e.OutOfDate {
		comp, pcesvn = 3, 8
	}
	return &synthIssuer{si: si, e: e, leaf: newSynthCert(si.t, "Intel SGX PCK Certificate", si.ca, false, -1, pckExtension(si.t, uint8(comp), pcesvn))}
}

func (s *synthIssuer) Mode() attest.Mode { return attest.ModeSGX }

func (s *synthIssuer) Issue(rd [64]byte) ([]byte, error) {
	t := s.si.t
	attKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	attPub, _ := attKey.PublicKey.Bytes()
	header, body, qe := make([]byte, 48), make([]byte, 384), make([]byte, 384)
	binary.LittleEndian.PutUint16(header[0:], 3)
	binary.LittleEndian.PutUint16(header[2:], 2)
	binary.LittleEndian.PutUint16(header[8:], 8)
	pcesvn := uint16(10)
	if s.e.OutOfDate {
		pcesvn = 8
	}
	binary.LittleEndian.PutUint16(header[10:], pcesvn)
	copy(header[12:28], synthQEVendor[:])
	body[48] = 0x01 | 0x04 // INIT | MODE64BIT
	if s.e.Debug {
		body[48] |= 0x02
	}
	body[56] = 3
	copy(body[64:96], []byte{0xee, 1, 2, 3})
	copy(body[128:160], s.e.MRSigner[:])
	binary.LittleEndian.PutUint16(body[256:], s.e.ProductID)
	binary.LittleEndian.PutUint16(body[258:], s.e.SVN)
	copy(body[320:], rd[:])
	sig := signP256(t, attKey, append(bytes.Clone(header), body...))
	qe[48] = 0x11
	qe[56] = 0xe7
	copy(qe[128:160], synthQESigner[:])
	binary.LittleEndian.PutUint16(qe[256:], 1)
	binary.LittleEndian.PutUint16(qe[258:], 8)
	auth := bytes.Repeat([]byte{0xa5}, 32)
	bind := sha256.Sum256(append(bytes.Clone(attPub[1:]), auth...))
	copy(qe[320:], bind[:])
	qeSig := signP256(t, s.leaf.key, qe)
	certData := pemChain(s.leaf.cert, s.si.ca.cert, s.si.root.cert)
	var sd []byte
	sd = append(sd, sig...)
	sd = append(sd, attPub[1:]...)
	sd = append(sd, qe...)
	sd = append(sd, qeSig...)
	sd = binary.LittleEndian.AppendUint16(sd, uint16(len(auth)))
	sd = append(sd, auth...)
	sd = binary.LittleEndian.AppendUint16(sd, 5)
	sd = binary.LittleEndian.AppendUint32(sd, uint32(len(certData)))
	sd = append(sd, certData...)
	quote := append(append(bytes.Clone(header), body...), binary.LittleEndian.AppendUint32(nil, uint32(len(sd)))...)
	quote = append(quote, sd...)
	// Open Enclave remote report header.
	h := make([]byte, 16)
	binary.LittleEndian.PutUint32(h[0:], 1)
	binary.LittleEndian.PutUint32(h[4:], 2)
	binary.LittleEndian.PutUint64(h[8:], uint64(len(quote)))
	return append(h, quote...), nil
}

// collateralSource returns the enclave's collateral (shared TCB info, issued at e.Issued).
func (s *synthIssuer) collateralSource() CollateralSource {
	issued := s.e.Issued
	if issued.IsZero() {
		issued = time.Date(2029, 6, 1, 0, 0, 0, 0, time.UTC)
	}
	col := s.si.collateral(issued)
	return func([]byte) (*dcap.RawCollateral, error) { c := *col; return &c, nil }
}

// memSealer is a test sealer (the fleet tests do not need EGo).
type memSealer struct{}

func (memSealer) Seal(p, _ []byte) ([]byte, error)   { return append([]byte("SEALED"), p...), nil }
func (memSealer) Unseal(s, _ []byte) ([]byte, error) { return bytes.Clone(s[6:]), nil }

// sgxFleet opens a fleet on a synthetic SGX enclave; its policy is the compiled one, with the
// collateral floor moved to the synthetic timeline and the generated root trusted.
func sgxFleet(t testing.TB, si *synthIntel, e synthEnclave, self synthEnclave) *Fleet {
	t.Helper()
	iss := si.enclave(e)
	f, err := Open(Config{
		Dir: t.TempDir(),
		Platform: attest.Platform{Issuer: iss, Sealer: memSealer{},
			Measurement: attest.Measurement{SignerID: self.MRSigner[:], ProductID: self.ProductID, SecurityVersion: uint(self.SVN)}},
		Signing:    testSigningKey(t),
		Collateral: iss.collateralSource(),
	})
	if err != nil {
		t.Fatal(err)
	}
	f.verify = dcaproot.Verify(si.root.cert)
	f.now = func() time.Time { return synthNow }
	f.policy.MinCollateralIssue = time.Date(2029, 1, 1, 0, 0, 0, 0, time.UTC)
	return f
}
