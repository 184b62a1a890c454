// Package service assembles the enclave worker process: TEE platform (SGX or explicit insecure
// simulation), sealed keys, sandbox, IPFS, worker, attestation report and the HTTP API (over TLS
// bound to the report when enabled). cmd/worker is a thin flag layer over it; tests start it
// in-process.
package service

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/teeoracle/teeoracle/dcap"
	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/attest"
	"github.com/teeoracle/teeoracle/enclave/egress"
	"github.com/teeoracle/teeoracle/enclave/fleet"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/enclave/keystore"
	"github.com/teeoracle/teeoracle/enclave/metrics"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/enclave/server"
	"github.com/teeoracle/teeoracle/enclave/worker"
	"github.com/teeoracle/teeoracle/protocol"
)

// TLS modes.
const (
	TLSAuto = "auto" // on in SGX mode, off in simulation
	TLSOn   = "on"
	TLSOff  = "off"
)

// DefaultMaxOutputBytes is the default program output limit: an encrypted output must still fit
// in one IPFS block.
const DefaultMaxOutputBytes = ipfs.MaxBlockBytes - 1024

// Config of a worker process.
type Config struct {
	// Listen is the API address (host:port; port 0 picks a free one).
	Listen string
	// MetricsListen, when set, serves /metrics (and /healthz) in plain HTTP on a second address,
	// for Prometheus scrapers that cannot pin the attested certificate. Metrics hold no job data.
	MetricsListen string
	// DataDir holds the sealed key file.
	DataDir string
	// IPFSAPI is the Kubo HTTP API address.
	IPFSAPI string
	// PCCSURL is the PCCS (or Intel PCS) the enclave fetches the collateral of its own quotes from,
	// for the fleet join protocol (SGX mode only; default Intel's PCS). The collateral is verified by
	// the peer against the pinned Intel root, so this source is not trusted.
	PCCSURL string
	// InsecureSimulation runs without SGX (development only; nothing is confidential).
	InsecureSimulation bool
	// TLS is TLSAuto, TLSOn or TLSOff. SGX mode refuses TLSOff: the relayer needs the
	// attestation-bound certificate to know it talks to the enclave.
	TLS string
	// Server, Worker and Sandbox are the component configurations.
	Server  server.Config
	Worker  worker.Config
	Sandbox sandbox.Config
	// Egress configures programs' HTTPS (limits; an extra CA in simulation only). Its
	// Simulation field is set from InsecureSimulation.
	Egress egress.Config
	// Version is reported in the identity, health and info metric.
	Version string
}

// Check reports an unusable configuration.
func (c Config) Check() error {
	var errs []error
	if c.Listen == "" {
		errs = append(errs, errors.New("listen address missing"))
	}
	if c.DataDir == "" {
		errs = append(errs, errors.New("data directory missing"))
	}
	if c.IPFSAPI == "" {
		errs = append(errs, errors.New("IPFS API address missing"))
	}
	switch c.TLS {
	case "", TLSAuto, TLSOn:
	case TLSOff:
		if !c.InsecureSimulation {
			errs = append(errs, errors.New("TLS cannot be off in SGX mode"))
		}
	default:
		errs = append(errs, fmt.Errorf("TLS mode %q (want auto, on or off)", c.TLS))
	}
	if err := c.Worker.Check(); err != nil {
		errs = append(errs, err)
	}
	if err := c.Sandbox.Check(); err != nil {
		errs = append(errs, err)
	}
	eg := c.Egress
	eg.Simulation = c.InsecureSimulation
	if err := eg.Check(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Service is a running worker.
type Service struct {
	cfg      Config
	log      *slog.Logger
	identity api.Identity
	keys     *keystore.Keys
	fleet    *fleet.Fleet
	sandbox  *sandbox.Sandbox
	metrics  *metrics.Metrics
	listener net.Listener
	http     *http.Server
	mhttp    *http.Server
	mlisten  net.Listener
	tls      bool
	done     chan error
}

// Start opens the platform, loads or creates the keys, issues the attestation report and starts
// serving. On error everything started is stopped again.
func Start(ctx context.Context, cfg Config, log *slog.Logger) (s *Service, err error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("service: config: %w", err)
	}
	var platform attest.Platform
	if cfg.InsecureSimulation {
		platform, err = attest.InsecureSimulation(log, true)
	} else {
		platform, err = attest.SGX(log)
	}
	if err != nil {
		return nil, fmt.Errorf("service: %w", err)
	}
	mode := platform.Issuer.Mode()
	keys, created, err := keystore.LoadOrCreate(cfg.DataDir, mode, platform.Sealer)
	if err != nil {
		return nil, fmt.Errorf("service: %w", err)
	}
	log.Info("worker keys", "created", created, "signer", keys.Address(),
		"encryption_key", fmt.Sprintf("%x", crypto.CompressPubkey(keys.EncryptionPublicKey())),
		"key_file", keystore.FileName(mode))

	fl, err := openFleet(cfg, platform, keys, log)
	if err != nil {
		return nil, fmt.Errorf("service: %w", err)
	}
	log.Info("fleet", "current_epoch", fl.Current(), "epochs", fl.Epochs(), "retired", fl.Retired())

	s = &Service{cfg: cfg, log: log, keys: keys, fleet: fl, done: make(chan error, 1)}
	s.metrics = metrics.New(cfg.Version, string(mode))
	s.metrics.Registry().MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "teeoracle", Subsystem: "worker", Name: "fleet_current_epoch",
			Help: "Newest fleet epoch this enclave holds (0: none; jobs of fleet routers get epoch_unavailable)."},
			func() float64 { return float64(fl.Current()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "teeoracle", Subsystem: "worker", Name: "fleet_epochs_held",
			Help: "Fleet epochs this enclave holds."},
			func() float64 { return float64(len(fl.Epochs())) }),
	)
	sbCfg := cfg.Sandbox
	if sbCfg.Logger == nil {
		sbCfg.Logger = log
	}
	if sbCfg.MaxOutputBytes == 0 {
		// An output, encrypted (+113 bytes), must still fit one IPFS block.
		sbCfg.MaxOutputBytes = DefaultMaxOutputBytes
	}
	s.sandbox, err = sandbox.New(ctx, sbCfg)
	if err != nil {
		return nil, fmt.Errorf("service: %w", err)
	}
	defer func() {
		if err != nil {
			_ = s.sandbox.Close(context.Background())
		}
	}()
	egCfg := cfg.Egress
	egCfg.Simulation = cfg.InsecureSimulation
	if egCfg.Logger == nil {
		egCfg.Logger = log
	}
	wCfg := cfg.Worker
	if wCfg.Egress, err = egress.New(egCfg); err != nil {
		return nil, fmt.Errorf("service: %w", err)
	}
	if len(egCfg.SimExtraCAPEM) > 0 {
		log.Warn("SIMULATION: programs' HTTPS also trusts the extra CA given (--sim-extra-ca); never in production")
	}
	w, err := worker.New(wCfg, keys, s.sandbox, ipfs.New(cfg.IPFSAPI), s.metrics, log)
	if err != nil {
		return nil, fmt.Errorf("service: %w", err)
	}
	w.SetFleet(fl)

	s.tls = cfg.TLS == TLSOn || ((cfg.TLS == TLSAuto || cfg.TLS == "") && mode == attest.ModeSGX)
	var tlsCert *tls.Certificate
	var tlsKeyHash [32]byte
	if s.tls {
		tlsCert, tlsKeyHash, err = selfSignedCert()
		if err != nil {
			return nil, fmt.Errorf("service: %w", err)
		}
	}
	s.identity, err = identity(platform, keys, tlsKeyHash, cfg.Version)
	if err != nil {
		return nil, fmt.Errorf("service: %w", err)
	}

	s.listener, err = net.Listen("tcp", cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("service: listen: %w", err)
	}
	srv := server.New(cfg.Server, w, s.identity, s.metrics.Handler(), log)
	srv.SetFleet(fl)
	s.http = &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       time.Minute,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	ln := s.listener
	if s.tls {
		s.http.TLSConfig = &tls.Config{Certificates: []tls.Certificate{*tlsCert}, MinVersion: tls.VersionTLS13}
		ln = tls.NewListener(ln, s.http.TLSConfig)
	}
	if cfg.MetricsListen != "" {
		s.mlisten, err = net.Listen("tcp", cfg.MetricsListen)
		if err != nil {
			_ = s.listener.Close()
			return nil, fmt.Errorf("service: metrics listen: %w", err)
		}
		mux := http.NewServeMux()
		mux.Handle("GET "+api.PathMetrics, s.metrics.Handler())
		mux.Handle("GET "+api.PathHealth, s.http.Handler)
		s.mhttp = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = s.mhttp.Serve(s.mlisten) }()
	}
	go func() {
		err := s.http.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		s.done <- err
	}()
	if mode == attest.ModeSimulation {
		log.Warn("INSECURE SIMULATION MODE: this worker's results are signed by a key anyone with access to "+
			"the data directory can read; only a registry deployed with simulation allowed accepts it",
			"url", s.URL())
	}
	log.Info("worker serving", "url", s.URL(), "mode", mode, "signer", keys.Address(), "tls", s.tls,
		"concurrency", cfg.Server.Concurrency, "sandbox_engine", s.sandbox.Engine().String())
	return s, nil
}

func identity(p attest.Platform, keys *keystore.Keys, tlsKeyHash [32]byte, version string) (api.Identity, error) {
	rd := protocol.ReportData(keys.Address(), keys.EncryptionPublicKey(), tlsKeyHash)
	report, err := p.Issuer.Issue(rd)
	if err != nil {
		return api.Identity{}, err
	}
	m := p.Measurement
	return api.Identity{
		Signer:          keys.Address(),
		EncryptionKey:   crypto.CompressPubkey(keys.EncryptionPublicKey()),
		ReportType:      string(p.Issuer.Mode()),
		Report:          report,
		ReportData:      rd[:],
		TLSKeyHash:      common.Hash(tlsKeyHash),
		UniqueID:        m.UniqueID,
		SignerID:        m.SignerID,
		ProductID:       m.ProductID,
		SecurityVersion: m.SecurityVersion,
		Debug:           m.Debug,
		Insecure:        p.Issuer.Mode() == attest.ModeSimulation,
		Version:         version,
	}, nil
}

// selfSignedCert makes a fresh TLS key inside the enclave (never stored: a restart makes a new
// one and a new report) and a self-signed certificate for it. Clients trust it through the
// attestation report, whose data holds SHA-256 of the certificate's SubjectPublicKeyInfo.
func selfSignedCert() (*tls.Certificate, [32]byte, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, [32]byte{}, fmt.Errorf("tls key: %w", err)
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return nil, [32]byte{}, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: "teeoracle enclave worker"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(10 * 365 * 24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		DNSNames:     []string{"localhost"},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, [32]byte{}, fmt.Errorf("tls certificate: %w", err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, [32]byte{}, err
	}
	return &tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: cert}, sha256.Sum256(cert.RawSubjectPublicKeyInfo), nil
}

// openFleet opens the enclave's fleet state (sealed epoch secrets) in the data directory.
func openFleet(cfg Config, platform attest.Platform, keys *keystore.Keys, log *slog.Logger) (*fleet.Fleet, error) {
	fc := fleet.Config{Dir: cfg.DataDir, Platform: platform, Signing: keys.Signing, Log: log}
	if platform.Issuer.Mode() == attest.ModeSGX {
		base := cfg.PCCSURL
		if base == "" {
			base = dcap.IntelPCSBaseURL
		}
		pcs, err := dcap.NewPCSClient(dcap.PCSConfig{BaseURL: base})
		if err != nil {
			return nil, err
		}
		fc.Collateral = func(report []byte) (*dcap.RawCollateral, error) {
			q, err := dcap.Parse(report)
			if err != nil {
				return nil, err
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			col, err := pcs.CollateralForQuote(ctx, q)
			if err != nil {
				return nil, err
			}
			raw := col.Raw()
			return &raw, nil
		}
	}
	return fleet.Open(fc)
}

// Fleet returns the enclave's fleet state.
func (s *Service) Fleet() *fleet.Fleet { return s.fleet }

// Identity returns the worker's identity and evidence.
func (s *Service) Identity() api.Identity { return s.identity }

// Keys returns the worker keys (tests of restarts compare them).
func (s *Service) Keys() *keystore.Keys { return s.keys }

// Metrics returns the process metrics.
func (s *Service) Metrics() *metrics.Metrics { return s.metrics }

// URL is the base URL of the API.
func (s *Service) URL() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return scheme + "://" + s.listener.Addr().String()
}

// MetricsURL is the base URL of the plain-HTTP metrics listener ("" without one).
func (s *Service) MetricsURL() string {
	if s.mlisten == nil {
		return ""
	}
	return "http://" + s.mlisten.Addr().String()
}

// Done yields the serving error once serving ends (nil after a clean Stop).
func (s *Service) Done() <-chan error { return s.done }

// Stop stops accepting requests, waits for running ones until ctx ends, and releases the
// sandbox. Idempotent.
func (s *Service) Stop(ctx context.Context) error {
	err := s.http.Shutdown(ctx)
	if s.mhttp != nil {
		_ = s.mhttp.Shutdown(ctx)
	}
	if cerr := s.sandbox.Close(ctx); err == nil {
		err = cerr
	}
	return err
}
