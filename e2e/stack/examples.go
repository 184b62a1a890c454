package stack

// The programs that reach the outside world (issue 19), on the local stack: an exchange-like and
// a bank-like HTTPS API on loopback, with certificates from a CA that only the simulation-mode
// workers trust (--sim-extra-ca); the trading program with the author's API key and HMAC secret
// as author secrets (TradeConsumer places an order and gets the fill back), and the credit check
// with the applicant's bank token sealed in the input (CreditCheck gets approved or denied).

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/examples/credit/bank"
	"github.com/teeoracle/teeoracle/examples/trade/exchange"
	"github.com/teeoracle/teeoracle/internal/devkeys"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
	"github.com/teeoracle/teeoracle/protocol/wasmmod"
)

// Names and parameters of the example programs.
const (
	TradeProgram  = "trade"
	CreditProgram = "credit"
	TradeMarket   = "ETH-USD"
	TradePrice    = 2490
	ExampleTTL    = 3600
	// TradeKey is the author's exchange API key (an identifier, not secret by itself).
	TradeKey = "demo-trader-1"
	// AcctTrader owns TradeConsumer (the account the author trades for); AcctCollector applies
	// for credit.
	AcctTrader = AcctWebUser
)

// Examples are the example servers and contracts of a running stack.
type Examples struct {
	CAFile      string
	ExchangeURL string
	BankURL     string
	Exchange    *exchange.Server
	Bank        *bank.Server
	// TradeSecret and BankToken are the secret bytes (random per stack) that must never appear
	// anywhere but inside the enclave (the e2e test scans every log, metric and row for them).
	TradeSecret []byte
	BankToken   []byte
	// ApplicantToken maps an applicant to its bank token.
	Trade, Credit         common.Address // TradeConsumer, CreditCheck
	TradeID, CreditID     common.Hash    // program ids
	servers               []*http.Server
	tradeWasm, creditWasm string
}

// startExampleServers makes the loopback CA and starts the exchange and the bank (before the
// workers, which trust the CA through --sim-extra-ca).
func (s *Stack) startExampleServers(ctx context.Context) error {
	ca, caKey, caPEM, err := newCA()
	if err != nil {
		return err
	}
	ex := &Examples{CAFile: filepath.Join(s.cfg.Dir, "keys", "examples-ca.pem"), TradeSecret: randomSecret("TRADE-HMAC-"),
		BankToken: randomSecret("BANK-TOKEN-")}
	if err := os.WriteFile(ex.CAFile, caPEM, 0o644); err != nil {
		return err
	}
	ex.Exchange = exchange.New(map[string][]byte{TradeKey: ex.TradeSecret}, map[string]uint64{TradeMarket: TradePrice})
	ex.Bank = bank.New(map[string]bank.Statement{
		string(ex.BankToken): {AccountID: "acc-collector", Balance: 420000, Transactions: []bank.Transaction{
			{Date: "2026-11-01", Amount: 350000, Description: "salary"},
			{Date: "2026-11-03", Amount: -120000, Description: "rent"},
			{Date: "2026-12-01", Amount: 350000, Description: "salary"},
		}},
	})
	for _, srv := range []struct {
		h   http.Handler
		url *string
	}{{ex.Exchange.Handler(), &ex.ExchangeURL}, {ex.Bank.Handler(), &ex.BankURL}} {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		cert, err := serverCert(ca, caKey)
		if err != nil {
			return err
		}
		hs := &http.Server{Handler: srv.h, ReadHeaderTimeout: 5 * time.Second,
			TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}}
		go func() { _ = hs.ServeTLS(ln, "", "") }()
		ex.servers = append(ex.servers, hs)
		*srv.url = fmt.Sprintf("https://localhost:%d", ln.Addr().(*net.TCPAddr).Port)
	}
	s.examples = ex
	s.note(fmt.Sprintf("exchange %s, bank %s (CA %s, trusted only by the simulation workers)", ex.ExchangeURL, ex.BankURL, ex.CAFile))
	return nil
}

// Examples returns the example servers and contracts (nil before startExampleServers).
func (s *Stack) Examples() *Examples { return s.examples }

func (s *Stack) stopExamples() {
	if s.examples == nil {
		return
	}
	for _, hs := range s.examples.servers {
		_ = hs.Close()
	}
}

func randomSecret(prefix string) []byte {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return []byte(prefix + hex.EncodeToString(b))
}

// declare adds the egress declaration of one host to a module (part of its codeHash).
func declare(module []byte, url string, maxRequests int) ([]byte, error) {
	u := url[len("https://"):]
	decl, _ := json.Marshal(map[string]any{"hosts": []string{u}, "maxRequests": maxRequests, "timeoutMs": 10000})
	if _, err := wasmmod.ParseEgress(decl); err != nil {
		return nil, err
	}
	return wasmmod.AppendCustomSection(module, wasmmod.EgressSection, decl), nil
}

// publishExamples publishes both programs (with their egress declarations), sets their author
// secrets, deploys TradeConsumer and CreditCheck and allows them.
func (s *Stack) publishExamples(ctx context.Context) error {
	ex := s.examples
	for _, p := range []struct {
		name, wasm, url string
		out             *string
	}{{TradeProgram, s.cfg.Bins.TradeWasm, ex.ExchangeURL, &ex.tradeWasm}, {CreditProgram, s.cfg.Bins.CreditWasm, ex.BankURL, &ex.creditWasm}} {
		module, err := os.ReadFile(p.wasm)
		if err != nil {
			return err
		}
		if module, err = declare(module, p.url, 4); err != nil {
			return err
		}
		*p.out = filepath.Join(s.cfg.Dir, p.name+".wasm")
		if err := os.WriteFile(*p.out, module, 0o644); err != nil {
			return err
		}
		if _, err := s.Program(ctx, "publish", "--name", p.name, "--wasm", *p.out, "--ipfs-api", s.Info.IPFSAPI, "--allowlist"); err != nil {
			return fmt.Errorf("publish %s: %w", p.name, err)
		}
	}
	ex.TradeID = protocol.ProgramIDOf(s.Info.Artist, TradeProgram)
	ex.CreditID = protocol.ProgramIDOf(s.Info.Artist, CreditProgram)

	var err error
	t := bindings.NewTradeConsumer()
	if ex.Trade, err = s.deploy(ctx, "TradeConsumer", bindings.TradeConsumerMetaData.Bin,
		t.PackConstructor(s.Info.Router, ex.TradeID, devkeys.Address(AcctTrader), TradeMarket, ExampleTTL)); err != nil {
		return err
	}
	c := bindings.NewCreditCheck()
	if ex.Credit, err = s.deploy(ctx, "CreditCheck", bindings.CreditCheckMetaData.Bin,
		c.PackConstructor(s.Info.Router, ex.CreditID, ExampleTTL)); err != nil {
		return err
	}
	s.SetCreditCheck(ex.Credit) // the credit page (examples/credit/web) applies to it
	for _, a := range []struct {
		name string
		to   common.Address
	}{{TradeProgram, ex.Trade}, {CreditProgram, ex.Credit}} {
		if _, err := s.Program(ctx, "allow", "--name", a.name, "--requester", a.to.Hex()); err != nil {
			return err
		}
	}
	// Author secrets: the exchange account is bound to the TradeConsumer as requester (no other
	// dapp's job can use it); the endpoints are the author's configuration, sealed like the keys.
	for _, sec := range []struct {
		name string
		file map[string]any
	}{
		{TradeProgram, map[string]any{"secrets": []map[string]string{
			{"name": "exchange-url", "value": ex.ExchangeURL},
			{"name": "api-key", "value": TradeKey, "requester": ex.Trade.Hex()},
			{"name": "api-secret", "value": string(ex.TradeSecret), "requester": ex.Trade.Hex()},
		}}},
		{CreditProgram, map[string]any{"secrets": []map[string]string{{"name": "bank-url", "value": ex.BankURL}}}},
	} {
		f := filepath.Join(s.cfg.Dir, "keys", sec.name+"-secrets.json")
		b, _ := json.Marshal(sec.file)
		if err := os.WriteFile(f, b, 0o600); err != nil {
			return err
		}
		if _, err := s.Secret(ctx, "set", "--name", sec.name, "--secrets-file", f, "--ipfs-api", s.Info.IPFSAPI); err != nil {
			return fmt.Errorf("secrets of %s: %w", sec.name, err)
		}
	}
	return nil
}

// Secret runs `teeo secret ...` as the author.
func (s *Stack) Secret(ctx context.Context, args ...string) (map[string]string, error) {
	args = append([]string{"secret"}, args...)
	args = append(args, "--rpc-url", s.Info.RPC, "--router", s.Info.Router.Hex(), "--author-key-file", s.keyFile("artist"))
	out, err := s.runTool(ctx, nil, s.cfg.Bins.Teeo, args...)
	if err != nil {
		return nil, err
	}
	return keyValues(out), nil
}

func (s *Stack) deploy(ctx context.Context, what, bin string, input []byte) (common.Address, error) {
	addr, tx, err := bind.DeployContract(s.transactor(AcctOwner), common.FromHex(bin), s.Client, input)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", what, err)
	}
	if _, err := s.WaitReceipt(ctx, tx); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

// Fill is the outcome of an order placed through TradeConsumer.
type Fill struct {
	JobID     common.Hash
	State     uint8
	Status    uint8
	FilledQty *big.Int
	AvgPrice  *big.Int
	Placed    int // orders the exchange placed for the author's account so far
}

// PlaceOrder has the trader place a limit order through TradeConsumer and waits for the fill.
func (s *Stack) PlaceOrder(ctx context.Context, buy bool, qty, limit uint64, timeout time.Duration) (Fill, error) {
	ex := s.examples
	t := bindings.NewTradeConsumer()
	inst := t.Instance(s.Client, ex.Trade)
	fee, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, t.PackQuote(), t.UnpackQuote)
	if err != nil {
		return Fill{}, err
	}
	opts := s.transactor(AcctTrader)
	opts.Context, opts.Value, opts.GasLimit = ctx, new(big.Int).Mul(fee, big.NewInt(3)), 600_000
	tx, err := bind.Transact(inst, opts, t.PackPlaceOrder(buy, qty, limit))
	if err != nil {
		return Fill{}, fmt.Errorf("placeOrder: %s", DescribeRevert(err))
	}
	rc, err := s.WaitReceipt(ctx, tx)
	if err != nil {
		return Fill{}, err
	}
	var f Fill
	for _, l := range rc.Logs {
		if ev, err := t.UnpackOrderRequestedEvent(l); err == nil {
			f.JobID = ev.JobId
		}
	}
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		o, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, t.PackOrderOf(f.JobID), t.UnpackOrderOf)
		if err != nil {
			return f, err
		}
		if o.State != 1 { // not pending
			f.State, f.Status, f.FilledQty, f.AvgPrice = o.State, o.Status, o.FilledQty, o.AvgPrice
			f.Placed = ex.Exchange.Placed(TradeKey)
			return f, nil
		}
		select {
		case <-ctx.Done():
			return f, ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
	return f, fmt.Errorf("order job %s: no fill after %s", f.JobID, timeout)
}

// Decision is the outcome of a credit application.
type Decision struct {
	JobID    common.Hash
	State    uint8 // CreditCheck.State: 2 approved, 3 denied, 4 failed
	Status   uint8
	Approved bool
}

// ApplyForCredit seals a secrets-and-input (the applicant's bank token as a per-user secret, the
// amount in clear to the program) to the router's fleet key, bound to CreditCheck as requester
// and the applicant as user, applies and waits for the decision.
func (s *Stack) ApplyForCredit(ctx context.Context, acct int, token []byte, amount int64, timeout time.Duration) (Decision, error) {
	ex := s.examples
	applicant := devkeys.Address(acct)
	pt, err := protocol.EncodeSecretsInput([]protocol.UserSecret{{Name: "bank-token", Value: token}}, []byte(fmt.Sprintf(`{"amount":%d}`, amount)))
	if err != nil {
		return Decision{}, err
	}
	key, epoch, err := s.fleetKeyOnChain(ctx, hpke.SuiteX25519)
	if err != nil {
		return Decision{}, err
	}
	input, err := protocol.EncryptInput(key, epoch, protocol.InputBinding{ChainID: big.NewInt(s.Info.ChainID), Router: s.Info.Router,
		Requester: ex.Credit, User: applicant, ProgramID: ex.CreditID}, pt, nil)
	if err != nil {
		return Decision{}, err
	}
	c := bindings.NewCreditCheck()
	inst := c.Instance(s.Client, ex.Credit)
	fee, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, c.PackQuote(), c.UnpackQuote)
	if err != nil {
		return Decision{}, err
	}
	opts := s.transactor(acct)
	opts.Context, opts.Value, opts.GasLimit = ctx, new(big.Int).Mul(fee, big.NewInt(3)), 600_000
	tx, err := bind.Transact(inst, opts, c.PackApplyForCredit(input))
	if err != nil {
		return Decision{}, fmt.Errorf("applyForCredit: %s", DescribeRevert(err))
	}
	if _, err := s.WaitReceipt(ctx, tx); err != nil {
		return Decision{}, err
	}
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		d, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, c.PackDecisionOf(applicant), c.UnpackDecisionOf)
		if err != nil {
			return Decision{}, err
		}
		if d.State != 1 {
			return Decision{JobID: d.JobId, State: d.State, Status: d.Status, Approved: d.State == 2}, nil
		}
		select {
		case <-ctx.Done():
			return Decision{}, ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
	return Decision{}, fmt.Errorf("credit application of %s: no decision after %s", applicant, timeout)
}

// fleetKeyOnChain reads the router's current epoch and its key of suite.
func (s *Stack) fleetKeyOnChain(ctx context.Context, suite hpke.Suite) (*hpke.PublicKey, uint32, error) {
	r := bindings.NewJobRouter()
	inst := r.Instance(s.Client, s.Info.Router)
	call := &bind.CallOpts{Context: ctx}
	epoch, err := bind.Call(inst, call, r.PackCurrentEpoch(), r.UnpackCurrentEpoch)
	if err != nil {
		return nil, 0, fmt.Errorf("currentEpoch: %w", err)
	}
	keys, err := bind.Call(inst, call, r.PackEpochKeys(epoch), r.UnpackEpochKeys)
	if err != nil {
		return nil, 0, fmt.Errorf("epochKeys(%d): %w", epoch, err)
	}
	raw := keys.X25519Key[:]
	if suite == hpke.SuiteXWing {
		raw = keys.XwingKey
	}
	key, err := hpke.ParsePublicKey(suite, raw)
	return key, epoch, err
}

func newCA() (*x509.Certificate, *ecdsa.PrivateKey, []byte, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, nil, err
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "teeoracle local examples CA (simulation only)"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(7 * 24 * time.Hour), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, nil, nil, err
	}
	cert, err := x509.ParseCertificate(der)
	return cert, key, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), err
}

func serverCert(ca *x509.Certificate, caKey *ecdsa.PrivateKey) (tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	serial, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 64))
	tmpl := &x509.Certificate{SerialNumber: serial, Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(7 * 24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, DNSNames: []string{"localhost"}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
}

// exampleWorkerArgs are the worker flags the examples need: trust the loopback CA (simulation
// workers only).
func (s *Stack) exampleWorkerArgs() []string {
	if s.examples == nil {
		return nil
	}
	return []string{"--sim-extra-ca", s.examples.CAFile}
}
