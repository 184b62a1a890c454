package dcap

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// The registration vector (contracts/test/vectors/dcap/registration.json): a quote shaped exactly like
// the real phala quote (same header, report body, QE report, PCK leaf subject and SGX extension, same
// TCB info and QE identity JSON with their dates moved) but signed under a generated PKI, so that its
// report data can bind an enclave key whose private key the vector carries. Real Intel quotes bind
// keys nobody here holds; this one lets the Foundry registry tests and `make bench` register a quote
// as heavy as the real one. Written with -update-onchain; verified here by the Go verifier.

const registrationVectorFile = onchainVectorsDir + "/registration.json"

// registrationNow is inside every validity period of the registration vector.
var registrationNow = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)

type registrationVector struct {
	onchainVector
	SignerKey     string `json:"signerKey"` // secp256k1 private key of the enclave (test only)
	Signer        string `json:"signer"`
	EncryptionKey string `json:"encryptionKey"` // compressed secp256k1 public key
	MRSigner      string `json:"mrSigner"`
	ProductID     uint16 `json:"productId"`
	SVN           uint16 `json:"svn"`
}

func keccak(parts ...[]byte) []byte { return crypto.Keccak256(parts...) }

func newSecp256k1(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func buildRegistrationVector(t testing.TB) registrationVector {
	t.Helper()
	raw := phalaRaw(t)
	real := mustParse(t, readFile(t, phalaQuoteFile))
	leafReal := real.PCKChain[0]

	// The enclave's keys: a secp256k1 signer and encryption key (as the worker makes them).
	signerKey, encKey := newSecp256k1(t), newSecp256k1(t)
	signer := crypto.PubkeyToAddress(signerKey.PublicKey).Bytes()
	encCompressed := crypto.CompressPubkey(&encKey.PublicKey)
	var reportData [64]byte
	copy(reportData[:], keccak([]byte("teeoracle/identity/v1"), signer, encCompressed))

	// A PKI with Intel's names, the real leaf's subject and extensions.
	root := newFakeCertNamed(t, "Intel SGX Root CA", real.PCKChain[2].RawSubject, nil, true, 1)
	ca := newFakeCertNamed(t, real.PCKChain[1].Subject.CommonName, real.PCKChain[1].RawSubject, root, true, 0)
	var exts []pkix.Extension
	for _, e := range leafReal.Extensions {
		if !e.Id.Equal([]int{2, 5, 29, 35}) && !e.Id.Equal([]int{2, 5, 29, 14}) {
			exts = append(exts, e)
		}
	}
	leaf := newFakeCertNamed(t, cnPCKCert, leafReal.RawSubject, ca, false, -1, exts...)
	tcbReal := firstCert(t, raw.TCBInfoIssuerChain)
	tcb := newFakeCertNamed(t, cnTCBSigning, tcbReal.RawSubject, root, false, -1)

	// The quote: the real one re-signed, with our report data.
	p := partsOf(real)
	copy(p.body[320:384], reportData[:])
	attKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	attPub, err := attKey.PublicKey.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	p.attKey = attPub[1:]
	p.sig = signRaw(t, attKey, append(bytes.Clone(p.header), p.body...))
	bind := sha256.Sum256(append(bytes.Clone(p.attKey), p.auth...))
	copy(p.qeBody[320:352], bind[:])
	clear(p.qeBody[352:384])
	p.qeSig = signRaw(t, leaf.key, p.qeBody)
	p.certData = pemChain(leaf.cert, ca.cert, root.cert)
	quote := p.assemble()

	// Collateral: the real JSON with its validity moved around registrationNow, re-signed.
	move := func(j string, what string) string {
		var hdr struct {
			IssueDate  string `json:"issueDate"`
			NextUpdate string `json:"nextUpdate"`
		}
		if err := json.Unmarshal([]byte(j), &hdr); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		j = strings.Replace(j, `"issueDate":"`+hdr.IssueDate+`"`, `"issueDate":"2029-12-20T00:00:00Z"`, 1)
		return strings.Replace(j, `"nextUpdate":"`+hdr.NextUpdate+`"`, `"nextUpdate":"2030-01-19T00:00:00Z"`, 1)
	}
	tcbInfo, qeID := move(raw.TCBInfo, "TCB info"), move(raw.QEIdentity, "QE identity")
	crl := func(issuer *fakeCert, n int) string {
		tmpl := &x509.RevocationList{Number: big.NewInt(1), ThisUpdate: registrationNow.Add(-24 * time.Hour),
			NextUpdate: registrationNow.Add(29 * 24 * time.Hour)}
		for i := 0; i < n; i++ {
			serial, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 159))
			tmpl.RevokedCertificateEntries = append(tmpl.RevokedCertificateEntries,
				x509.RevocationListEntry{SerialNumber: serial, RevocationTime: fakeNotBefore})
		}
		der, err := x509.CreateRevocationList(rand.Reader, tmpl, issuer.cert, issuer.key)
		if err != nil {
			t.Fatal(err)
		}
		return hex.EncodeToString(der)
	}
	realPCKCRL, err := parseCRL([]byte(raw.PCKCRL))
	if err != nil {
		t.Fatal(err)
	}
	realRootCRL, err := parseCRL([]byte(raw.RootCACRL))
	if err != nil {
		t.Fatal(err)
	}
	in := vectorInputs{now: registrationNow, root: root.cert, pckCA: ca.cert, tcbSigning: tcb.cert, quote: quote,
		raw: RawCollateral{
			PCKCRLIssuerChain: string(pemChain(ca.cert, root.cert)), RootCACRL: crl(root, len(realRootCRL.RevokedCertificateEntries)),
			PCKCRL: crl(ca, len(realPCKCRL.RevokedCertificateEntries)), TCBInfoIssuerChain: string(pemChain(tcb.cert, root.cert)),
			TCBInfo: tcbInfo, TCBInfoSignature: hex.EncodeToString(signRaw(t, tcb.key, []byte(tcbInfo))),
			QEIdentityIssuerChain: string(pemChain(tcb.cert, root.cert)), QEIdentity: qeID,
			QEIdentitySignature: hex.EncodeToString(signRaw(t, tcb.key, []byte(qeID))),
		}}
	in.leaf = leaf.cert.Raw
	v := registrationVector{onchainVector: in.vector("registration: phala-shaped quote binding a known enclave key")}
	v.TCBStatus = TCBConfigurationAndSWHardeningNeeded.Code()
	v.MREnclave = hex0x(real.Body.MREnclave[:])
	v.MRSigner = hex0x(real.Body.MRSigner[:])
	v.ProductID, v.SVN = real.Body.ProductID, real.Body.SVN
	v.SignerKey = hex0x(signerKey.D.FillBytes(make([]byte, 32)))
	v.Signer = hex0x(signer)
	v.EncryptionKey = hex0x(encCompressed)
	return v
}

func TestRegistrationVector(t *testing.T) {
	if *updateOnchain {
		b, err := json.MarshalIndent(buildRegistrationVector(t), "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.FromSlash(registrationVectorFile), append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var v registrationVector
	if err := json.Unmarshal(readFile(t, registrationVectorFile), &v); err != nil {
		t.Fatal(err)
	}
	checkOnchainVector(t, v.onchainVector)
	// The report data binds the signer and encryption key the vector names.
	q := mustParse(t, unhex0x(t, v.Quote))
	want := keccak([]byte("teeoracle/identity/v1"), unhex0x(t, v.Signer), unhex0x(t, v.EncryptionKey))
	if !bytes.Equal(q.Body.ReportData[:32], want) {
		t.Fatal("report data does not bind the vector's signer and encryption key")
	}
	// It is as heavy as the real quote: PCK leaf size within 64 bytes (the real one has key identifiers), same TCB info.
	realQ := mustParse(t, readFile(t, phalaQuoteFile))
	if d := len(q.PCKChain[0].Raw) - len(realQ.PCKChain[0].Raw); d < -64 || d > 64 {
		t.Fatalf("PCK leaf %d bytes, the real one %d", len(q.PCKChain[0].Raw), len(realQ.PCKChain[0].Raw))
	}
}
