package dcap

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Well-known collateral endpoints.
const (
	// IntelPCSBaseURL is Intel's Provisioning Certification Service.
	IntelPCSBaseURL = "https://api.trustedservices.intel.com"
	// IntelRootCACRLURL is where Intel publishes the Intel SGX Root CA CRL (Intel PCS has no
	// rootcacrl endpoint; a PCCS does).
	IntelRootCACRLURL = "https://certificates.trustedservices.intel.com/IntelSGXRootCA.der"

	maxPCSResponse = 1 << 20
)

// CA names the PCK CA that issued a platform's PCK certificate, as used by the pckcrl endpoint.
type CA string

// PCK CAs.
const (
	CAProcessor CA = "processor"
	CAPlatform  CA = "platform"
)

// PCKInfo returns the SGX extension of the quote's PCK certificate and the PCK CA that issued it:
// what a collateral fetch needs (FMSPC and CA). The result is unverified until Verify succeeds.
func (q *Quote) PCKInfo() (*PCKExtension, CA, error) {
	if len(q.PCKChain) == 0 {
		return nil, "", fmt.Errorf("%w: no PCK certificate", ErrMalformedQuote)
	}
	leaf := q.PCKChain[0]
	ext, err := ParsePCKExtension(leaf)
	if err != nil {
		return nil, "", err
	}
	switch leaf.Issuer.CommonName {
	case cnPCKProcessorCA:
		return ext, CAProcessor, nil
	case cnPCKPlatformCA:
		return ext, CAPlatform, nil
	}
	return nil, "", fmt.Errorf("%w: PCK certificate issued by %q, not a PCK CA", ErrCertChain, leaf.Issuer.CommonName)
}

// PCSConfig configures a PCSClient.
type PCSConfig struct {
	// BaseURL is the PCCS or PCS origin, e.g. IntelPCSBaseURL or "https://pccs.local:8081"; the client
	// appends /sgx/certification/v4/....
	BaseURL string
	// RootCACRLURL is where to fetch the root CA CRL. Empty means {BaseURL}/sgx/certification/v4/rootcacrl
	// (PCCS), or IntelRootCACRLURL when BaseURL is IntelPCSBaseURL.
	RootCACRLURL string
	// HTTPClient performs the requests; nil means a client with a 30 s timeout.
	HTTPClient *http.Client
	// Now tells the cache the time; nil means time.Now. Tests set it.
	Now func() time.Time
}

// Check validates the configuration.
func (c PCSConfig) Check() error {
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("%w: PCS base URL %q is not an http(s) URL", ErrInvalidOptions, c.BaseURL)
	}
	if c.RootCACRLURL != "" {
		if u, err := url.Parse(c.RootCACRLURL); err != nil || u.Host == "" {
			return fmt.Errorf("%w: root CA CRL URL %q", ErrInvalidOptions, c.RootCACRLURL)
		}
	}
	return nil
}

// PCSClient fetches collateral from a PCCS or Intel PCS (API v4) and caches it in memory per FMSPC and
// PCK CA until the collateral's earliest nextUpdate. Fetched collateral is checked (Collateral.Check)
// before it is cached or returned. Safe for concurrent use; concurrent misses may fetch twice, which is
// harmless.
type PCSClient struct {
	base, rootCRLURL string
	hc               *http.Client
	now              func() time.Time

	mu    sync.Mutex
	cache map[string]*Collateral
}

// NewPCSClient returns a client for cfg.
func NewPCSClient(cfg PCSConfig) (*PCSClient, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	c := &PCSClient{
		base:       strings.TrimRight(cfg.BaseURL, "/"),
		rootCRLURL: cfg.RootCACRLURL,
		hc:         cfg.HTTPClient,
		now:        cfg.Now,
		cache:      map[string]*Collateral{},
	}
	if c.rootCRLURL == "" {
		c.rootCRLURL = c.base + "/sgx/certification/v4/rootcacrl"
		if c.base == IntelPCSBaseURL {
			c.rootCRLURL = IntelRootCACRLURL
		}
	}
	if c.hc == nil {
		c.hc = &http.Client{Timeout: 30 * time.Second}
	}
	if c.now == nil {
		c.now = time.Now
	}
	return c, nil
}

// CollateralForQuote returns collateral for the platform that produced q (its FMSPC and PCK CA).
func (c *PCSClient) CollateralForQuote(ctx context.Context, q *Quote) (*Collateral, error) {
	ext, ca, err := q.PCKInfo()
	if err != nil {
		return nil, err
	}
	return c.Collateral(ctx, ext.FMSPC, ca)
}

// Collateral returns checked collateral for fmspc and ca, from the cache while it is current
// (now before its NextUpdate), otherwise freshly fetched. Idempotent.
func (c *PCSClient) Collateral(ctx context.Context, fmspc [6]byte, ca CA) (*Collateral, error) {
	if ca != CAProcessor && ca != CAPlatform {
		return nil, fmt.Errorf("%w: PCK CA %q", ErrInvalidOptions, ca)
	}
	key := strings.ToUpper(hex.EncodeToString(fmspc[:])) + "/" + string(ca)
	c.mu.Lock()
	col, ok := c.cache[key]
	c.mu.Unlock()
	if ok && c.now().Before(col.NextUpdate()) {
		return col, nil
	}
	col, err := c.fetch(ctx, fmspc, ca)
	if err != nil {
		return nil, err
	}
	if err := col.Check(c.now()); err != nil {
		return nil, fmt.Errorf("dcap: collateral from %s: %w", c.base, err)
	}
	c.mu.Lock()
	c.cache[key] = col
	c.mu.Unlock()
	return col, nil
}

func (c *PCSClient) fetch(ctx context.Context, fmspc [6]byte, ca CA) (*Collateral, error) {
	v4 := c.base + "/sgx/certification/v4"
	tcbBody, tcbHdr, err := c.get(ctx, v4+"/tcb?fmspc="+strings.ToUpper(hex.EncodeToString(fmspc[:])))
	if err != nil {
		return nil, err
	}
	tcbChain, err := issuerChain(tcbHdr, "TCB-Info-Issuer-Chain", "SGX-TCB-Info-Issuer-Chain")
	if err != nil {
		return nil, err
	}
	qeBody, qeHdr, err := c.get(ctx, v4+"/qe/identity")
	if err != nil {
		return nil, err
	}
	qeChain, err := issuerChain(qeHdr, "SGX-Enclave-Identity-Issuer-Chain", "Enclave-Identity-Issuer-Chain")
	if err != nil {
		return nil, err
	}
	raw, err := RawCollateralFromPCS(tcbBody, tcbChain, qeBody, qeChain)
	if err != nil {
		return nil, err
	}
	crlBody, crlHdr, err := c.get(ctx, v4+"/pckcrl?ca="+string(ca)+"&encoding=der")
	if err != nil {
		return nil, err
	}
	if raw.PCKCRLIssuerChain, err = issuerChain(crlHdr, "SGX-PCK-CRL-Issuer-Chain"); err != nil {
		return nil, err
	}
	if raw.PCKCRL, err = crlHex(crlBody, "PCK CRL"); err != nil {
		return nil, err
	}
	rootBody, _, err := c.get(ctx, c.rootCRLURL)
	if err != nil {
		return nil, err
	}
	if raw.RootCACRL, err = crlHex(rootBody, "root CA CRL"); err != nil {
		return nil, err
	}
	return ParseCollateral(raw)
}

// crlHex normalises a CRL response body (DER, PEM or hex) to hex DER, the RawCollateral form.
func crlHex(body []byte, what string) (string, error) {
	crl, err := parseCRL(body)
	if err != nil {
		return "", fmt.Errorf("%w: %s response: %w", ErrMalformedCollateral, what, err)
	}
	return hex.EncodeToString(crl.Raw), nil
}

func (c *PCSClient) get(ctx context.Context, u string) ([]byte, http.Header, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("dcap: PCS request %s: %w", u, err)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, nil, fmt.Errorf("dcap: PCS GET %s: %w", u, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxPCSResponse+1))
	if err != nil {
		return nil, nil, fmt.Errorf("dcap: PCS GET %s: %w", u, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, nil, fmt.Errorf("dcap: PCS GET %s: status %s", u, resp.Status)
	}
	if len(body) > maxPCSResponse {
		return nil, nil, fmt.Errorf("%w: PCS response from %s larger than %d bytes", ErrMalformedCollateral, u, maxPCSResponse)
	}
	return body, resp.Header, nil
}

// issuerChain reads a URL-escaped PEM issuer chain from the first present header of names.
func issuerChain(h http.Header, names ...string) (string, error) {
	for _, n := range names {
		if v := h.Get(n); v != "" {
			// PathUnescape, not QueryUnescape: base64 '+' may appear unescaped and must stay '+'.
			s, err := url.PathUnescape(v)
			if err != nil {
				return "", fmt.Errorf("%w: header %s: %w", ErrMalformedCollateral, n, err)
			}
			return s, nil
		}
	}
	return "", fmt.Errorf("%w: response has no %s header", ErrMalformedCollateral, names[0])
}
