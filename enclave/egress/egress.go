// Package egress makes a program's HTTPS requests from inside the enclave: TLS ends here, in
// the worker's Go code, so the host only ever carries ciphertext and answers DNS.
//
//   - Roots: the Mozilla bundle of golang.org/x/crypto/x509roots/fallback/bundle, compiled into
//     the measured binary. The host's certificate store is never read. An extra CA is accepted
//     only when Config.Simulation is set (the worker's --sim-extra-ca, for local test servers).
//   - Names: a request may go only to a host:port its program declares (wasmmod.Egress, the
//     module's `teeoracle.egress` section, covered by the codeHash), over https. SNI and
//     certificate verification use that declared name, so a DNS answer or a TCP relay that leads
//     elsewhere ends in a failed handshake, never in another name's data.
//   - No redirects are followed here: a 3xx goes back to the program, whose next request is
//     checked against the declaration like any other.
//   - Private, loopback and link-local addresses are refused unless Config.Simulation is set,
//     so a program cannot reach the operator's internal services by DNS tricks.
//   - Budgets per job (Session): requests, request bytes, response bytes and total time, each
//     the program's declared budget capped by the worker's Limits. Going over returns ErrBudget
//     (the sandbox turns it into a signed status 7, egress_budget); network errors and
//     non-2xx answers are the program's to handle.
//
// A Client is shared by all jobs and safe for concurrent use; a Session is one job's and is
// used by one goroutine at a time. Each Session has its own connections (nothing is reused
// across jobs); Close releases them.
package egress

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/crypto/x509roots/fallback/bundle"
)

// Default worker maxima (Limits) for zero fields.
const (
	DefaultMaxRequests      = 16
	DefaultMaxRequestBytes  = 1 << 20 // 1 MiB sent per job
	DefaultMaxResponseBytes = 8 << 20 // 8 MiB received per job
	DefaultTimeout          = 30 * time.Second
)

// Errors (wrapped; test with errors.Is).
var (
	// ErrNotAllowed: the request names a host the program did not declare, is not https, or
	// the program declared no egress at all. Nothing was sent.
	ErrNotAllowed = errors.New("egress: not allowed")
	// ErrBudget: the job went over one of its budgets (requests, bytes, time).
	ErrBudget = errors.New("egress: budget exceeded")
	// ErrPrivateAddress: the name resolved to an address that is not public (production only).
	ErrPrivateAddress = errors.New("egress: address is not public")
)

// Limits are the worker's maxima for one job; a program's declared budgets are capped by them.
type Limits struct {
	MaxRequests      int64
	MaxRequestBytes  int64
	MaxResponseBytes int64
	Timeout          time.Duration
}

func (l Limits) withDefaults() Limits {
	if l.MaxRequests == 0 {
		l.MaxRequests = DefaultMaxRequests
	}
	if l.MaxRequestBytes == 0 {
		l.MaxRequestBytes = DefaultMaxRequestBytes
	}
	if l.MaxResponseBytes == 0 {
		l.MaxResponseBytes = DefaultMaxResponseBytes
	}
	if l.Timeout == 0 {
		l.Timeout = DefaultTimeout
	}
	return l
}

// Config configures a Client.
type Config struct {
	// Limits are the per-job maxima (zero fields: the Default* values).
	Limits Limits
	// Simulation must be true for SimExtraCAPEM to be accepted and for private addresses to be
	// reachable. Only a simulation-mode worker sets it.
	Simulation bool
	// SimExtraCAPEM holds PEM certificates trusted in addition to the compiled-in roots
	// (simulation only: New refuses it otherwise).
	SimExtraCAPEM []byte
	// Resolver resolves host names (nil: net.DefaultResolver, i.e. the host's DNS: untrusted,
	// and it does not need to be trusted).
	Resolver *net.Resolver
	// Logger receives warnings (never request contents). nil = slog.Default().
	Logger *slog.Logger
}

// Check reports a configuration that cannot work.
func (c Config) Check() error {
	l := c.Limits
	if l.MaxRequests < 0 || l.MaxRequestBytes < 0 || l.MaxResponseBytes < 0 || l.Timeout < 0 {
		return errors.New("egress: negative limit")
	}
	if len(c.SimExtraCAPEM) > 0 && !c.Simulation {
		return errors.New("egress: an extra CA is accepted only in simulation mode")
	}
	return nil
}

// Client holds what every job's session shares: the roots and the limits.
type Client struct {
	limits     Limits
	roots      *x509.CertPool
	simulation bool
	resolver   *net.Resolver
	log        *slog.Logger
}

var (
	rootsOnce sync.Once
	rootsPool *x509.CertPool
	rootsErr  error
)

// BundledRoots returns a new pool of the compiled-in roots (with their distrust constraints).
func BundledRoots() (*x509.CertPool, error) {
	rootsOnce.Do(func() {
		p := x509.NewCertPool()
		n := 0
		for r := range bundle.Roots() {
			c, err := x509.ParseCertificate(r.Certificate)
			if err != nil {
				rootsErr = fmt.Errorf("egress: parse bundled root: %w", err)
				return
			}
			p.AddCertWithConstraint(c, r.Constraint)
			n++
		}
		if n == 0 {
			rootsErr = errors.New("egress: empty root bundle")
			return
		}
		rootsPool = p
	})
	if rootsErr != nil {
		return nil, rootsErr
	}
	return rootsPool.Clone(), nil
}

// New creates a Client.
func New(cfg Config) (*Client, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	roots, err := BundledRoots()
	if err != nil {
		return nil, err
	}
	if len(cfg.SimExtraCAPEM) > 0 {
		n := 0
		for rest := cfg.SimExtraCAPEM; ; {
			var b *pem.Block
			b, rest = pem.Decode(rest)
			if b == nil {
				break
			}
			if b.Type != "CERTIFICATE" {
				continue
			}
			c, err := x509.ParseCertificate(b.Bytes)
			if err != nil {
				return nil, fmt.Errorf("egress: extra CA: %w", err)
			}
			roots.AddCert(c)
			n++
		}
		if n == 0 {
			return nil, errors.New("egress: extra CA: no PEM certificate found")
		}
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	resolver := cfg.Resolver
	if resolver == nil {
		resolver = net.DefaultResolver
	}
	return &Client{limits: cfg.Limits.withDefaults(), roots: roots, simulation: cfg.Simulation, resolver: resolver, log: log}, nil
}

// Limits returns the worker's maxima in force.
func (c *Client) Limits() Limits { return c.limits }

// dialer returns a dialer that refuses non-public addresses unless in simulation. The check
// runs on the address actually dialled (after DNS), so rebinding cannot get around it.
func (c *Client) dialer() *net.Dialer {
	d := &net.Dialer{Resolver: c.resolver, KeepAlive: -1}
	if !c.simulation {
		d.Control = func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip := net.ParseIP(host)
			if ip == nil || !isPublic(ip) {
				return fmt.Errorf("%w: %s", ErrPrivateAddress, host)
			}
			return nil
		}
	}
	return d
}

func isPublic(ip net.IP) bool {
	return !(ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() ||
		ip.Equal(net.IPv4bcast) || (ip.To4() != nil && ip.To4()[0] == 100 && ip.To4()[1]&0xc0 == 64)) // 100.64/10 CGNAT
}

// newTransport builds a session's own transport: TLS 1.2+, compiled-in roots, no proxy (the
// environment of the host is not consulted), no compression (the program sees the bytes the
// server sent and the budget counts them).
func (c *Client) newTransport() *http.Transport {
	return &http.Transport{
		Proxy:       nil,
		DialContext: c.dialer().DialContext,
		TLSClientConfig: &tls.Config{
			RootCAs:    c.roots,
			MinVersion: tls.VersionTLS12,
		},
		ForceAttemptHTTP2:     true,
		DisableCompression:    true,
		TLSHandshakeTimeout:   0, // bounded by the session's time budget
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       30 * time.Second,
		ResponseHeaderTimeout: 0,
	}
}

// hopHeaders are set by the transport, never by the program.
var hopHeaders = map[string]bool{
	"Host": true, "Content-Length": true, "Transfer-Encoding": true, "Connection": true,
	"Keep-Alive": true, "Proxy-Connection": true, "Proxy-Authorization": true, "Te": true,
	"Trailer": true, "Upgrade": true,
}

func headerAllowed(name string) bool {
	return !hopHeaders[http.CanonicalHeaderKey(name)] && !strings.ContainsAny(name, "\r\n:")
}
