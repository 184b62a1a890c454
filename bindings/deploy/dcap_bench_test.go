package deploy_test

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/dcap"
	"github.com/teeoracle/teeoracle/internal/chaintest"
)

// registrationVector is contracts/test/vectors/dcap/registration.json (dcap/onchain_registration_test.go):
// a quote shaped like the real phala quote (same report bodies, PCK leaf subject and SGX extension,
// the real TCB info and QE identity JSON) under a generated PKI, binding an enclave key it carries.
type registrationVector struct {
	Now           int64  `json:"now"`
	Root          string `json:"root"`
	PCKCA         string `json:"pckCa"`
	TCBSigning    string `json:"tcbSigning"`
	RootCRL       string `json:"rootCrl"`
	PCKCRL        string `json:"pckCrl"`
	TCBInfo       string `json:"tcbInfo"`
	TCBInfoSig    string `json:"tcbInfoSignature"`
	QEIdentity    string `json:"qeIdentity"`
	QEIdentitySig string `json:"qeIdentitySignature"`
	Quote         string `json:"quote"`
	SignerKey     string `json:"signerKey"`
	EncryptionKey string `json:"encryptionKey"`
	MREnclave     string `json:"mrEnclave"`
}

// Osaka's per-transaction gas cap (EIP-7825): every upload and registration must fit under it.
const osakaTxGasCap = 16_777_216

// BenchmarkFigures measures the on-chain DCAP path from receipts on the simulated backend (Osaka
// rules): each collateral upload, and a registration from a quote with its collateral on-chain.
func BenchmarkFigures(b *testing.B) {
	raw, err := os.ReadFile("../../contracts/test/vectors/dcap/registration.json")
	if err != nil {
		b.Fatal(err)
	}
	var v registrationVector
	if err := json.Unmarshal(raw, &v); err != nil {
		b.Fatal(err)
	}
	h := func(s string) []byte { return common.FromHex(s) }
	c := chaintest.New(b, 1, deploy.DefaultOptions())
	ctx := context.Background()
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	if err := c.Backend.AdjustTime(time.Duration(v.Now-int64(head.Time)) * time.Second); err != nil {
		b.Fatal(err)
	}
	p := deploy.DefaultDcapPolicy()
	p.AcceptedStatuses = []uint8{1, 2, 3, 4} // the phala platform is ConfigurationAndSWHardeningNeeded
	d, err := deploy.Dcap(ctx, c.Client, c.Auth(c.Owner), h(v.Root), p, c.Deployment.Router, c.Commit)
	if err != nil {
		b.Fatal(err)
	}
	col := bindings.NewDcapCollateral()
	send := func(name string, to common.Address, data []byte) *types.Receipt {
		r := c.Send(b, c.Users[0], to, nil, data, osakaTxGasCap)
		if r.Status != types.ReceiptStatusSuccessful {
			b.Fatalf("%s reverted", name)
		}
		if r.GasUsed >= osakaTxGasCap {
			b.Fatalf("%s used %d gas", name, r.GasUsed)
		}
		return r
	}
	all := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	rootCRL := send("root CRL", d.Collateral, col.PackSubmitCrl(h(v.RootCRL), new(big.Int), all))
	send("PCK CA", d.Collateral, col.PackSubmitCertificate(h(v.PCKCA)))
	cert := send("TCB Signing certificate", d.Collateral, col.PackSubmitCertificate(h(v.TCBSigning)))
	pckCRL := send("PCK CRL", d.Collateral, col.PackSubmitCrl(h(v.PCKCRL), new(big.Int), all))
	tcbInfo := send("TCB info", d.Collateral, col.PackSubmitTcbInfo(h(v.TCBInfo), h(v.TCBInfoSig)))
	qeID := send("QE identity", d.Collateral, col.PackSubmitQeIdentity(h(v.QEIdentity), h(v.QEIdentitySig)))
	b.Run("gas.collateral_certificate", func(b *testing.B) { b.ReportMetric(float64(cert.GasUsed), "gas") })
	b.Run("gas.collateral_crl", func(b *testing.B) { b.ReportMetric(float64(pckCRL.GasUsed), "gas") })
	b.Run("gas.collateral_root_crl", func(b *testing.B) { b.ReportMetric(float64(rootCRL.GasUsed), "gas") })
	b.Run("gas.collateral_tcb_info", func(b *testing.B) { b.ReportMetric(float64(tcbInfo.GasUsed), "gas") })
	b.Run("gas.collateral_qe_identity", func(b *testing.B) { b.ReportMetric(float64(qeID.GasUsed), "gas") })

	// Registration: the quote without its certification data, the PCK leaf, the enclave's payee
	// authorisation. The owner allowlists the measurement first (as for any registration).
	r := c.Router
	if _, err := bind.Transact(r.Instance(c.Client, c.Deployment.Router), c.Auth(c.Owner), r.PackAllowMrEnclave(common.HexToHash(v.MREnclave))); err != nil {
		b.Fatal(err)
	}
	c.Commit()
	q, err := dcap.Parse(h(v.Quote))
	if err != nil {
		b.Fatal(err)
	}
	quote, leaf, err := dcap.OnchainQuote(q)
	if err != nil {
		b.Fatal(err)
	}
	signerKey, err := crypto.ToECDSA(h(v.SignerKey))
	if err != nil {
		b.Fatal(err)
	}
	signer := crypto.PubkeyToAddress(signerKey.PublicKey)
	payee := common.HexToAddress("0x00000000000000000000000000000000000000fe")
	ver := bindings.NewDcapVerifier()
	digest, err := bind.Call(ver.Instance(c.Client, d.Verifier), nil, ver.PackPayeeDigest(c.Deployment.Router, signer, payee, 1), ver.UnpackPayeeDigest)
	if err != nil {
		b.Fatal(err)
	}
	sig, err := crypto.Sign(digest[:], signerKey)
	if err != nil {
		b.Fatal(err)
	}
	var rr, vs [32]byte
	copy(rr[:], sig[:32])
	copy(vs[:], sig[32:64])
	vs[0] |= sig[64] << 7
	reg := send("registerEnclaveAttested", c.Deployment.Router, r.PackRegisterEnclaveAttested(bindings.IEnclaveRegistryAttestedRegistration{
		Quote: quote, PckCertificate: leaf, Signer: signer, EncryptionKey: h(v.EncryptionKey), Payee: payee,
		PayeeNonce: 1, PayeeSigR: rr, PayeeSigVS: vs,
	}))
	active, err := bind.Call(r.Instance(c.Client, c.Deployment.Router), nil, r.PackIsActive(signer), r.UnpackIsActive)
	if err != nil || !active {
		b.Fatalf("registered key not active: %v", err)
	}
	b.Run("gas.register_enclave_onchain_dcap", func(b *testing.B) { b.ReportMetric(float64(reg.GasUsed), "gas") })
	b.Run("bytes.register_enclave_onchain_dcap_calldata", func(b *testing.B) {
		b.ReportMetric(float64(len(quote)+len(leaf)), "bytes")
	})
}
