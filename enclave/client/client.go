// Package client is the Go client of the enclave worker API, for the relayer (and the author CLI).
//
// Before anything else the client fetches the worker's identity and checks the evidence it can
// check itself: the report's data binds the claimed signer and encryption key
// (protocol.IdentityHash) and, over TLS, the certificate of the very connection the identity came
// on (SHA-256 of its SubjectPublicKeyInfo); from then on it accepts only that certificate. Verifying
// the report itself (SGX quote signature chain, TCB, measurement allowlist) is the caller's
// ReportVerifier, and whether the signer is registered on-chain is the relayer's business.
// Simulation workers are refused unless AllowSimulation is given.
//
// Every result is checked too: its commitment must be the one computed from the job as sent, and
// its signature must recover to the attested signer.
package client

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/attest"
	"github.com/teeoracle/teeoracle/protocol"
)

// Errors (wrapped; test with errors.Is).
var (
	// ErrAttestation: the worker's identity evidence does not check out.
	ErrAttestation = errors.New("client: worker attestation rejected")
	// ErrBadResult: a result's commitment or signature does not match the job.
	ErrBadResult = errors.New("client: worker returned an invalid result")
	// ErrHTTP: the worker answered with a non-2xx status.
	ErrHTTP = errors.New("client: worker HTTP error")
)

// ReportVerifier verifies an identity's attestation report (for SGX: the DCAP quote and its
// measurement; the report data binding is already checked). It must be safe for concurrent use.
type ReportVerifier func(ctx context.Context, id api.Identity) error

// Option configures a Client.
type Option func(*Client)

// WithReportVerifier sets the verifier of SGX reports. Without one, SGX reports are accepted
// after the binding checks only.
func WithReportVerifier(v ReportVerifier) Option { return func(c *Client) { c.verify = v } }

// AllowSimulation accepts workers in insecure simulation mode (development only).
func AllowSimulation() Option { return func(c *Client) { c.allowSim = true } }

// WithExecuteToken sets the bearer token sent with execute requests (the worker's
// --execute-token-file). Never logged.
func WithExecuteToken(token string) Option { return func(c *Client) { c.token = token } }

// WithTimeout sets the timeout of each HTTP request (default 2 minutes).
func WithTimeout(d time.Duration) Option { return func(c *Client) { c.http.Timeout = d } }

// Client talks to one worker. It is safe for concurrent use.
type Client struct {
	base     string
	http     *http.Client
	verify   ReportVerifier
	allowSim bool
	token    string // bearer token of execute requests ("" = none)

	mu       sync.Mutex
	identity *api.Identity
	pinned   []byte // SHA-256 of the attested TLS SubjectPublicKeyInfo (https only)
}

// New creates a client for the worker at baseURL ("https://host:port" for SGX workers,
// "http://host:port" for simulation workers without TLS).
func New(baseURL string, opts ...Option) (*Client, error) {
	baseURL = strings.TrimSuffix(baseURL, "/")
	if !strings.HasPrefix(baseURL, "http://") && !strings.HasPrefix(baseURL, "https://") {
		return nil, fmt.Errorf("client: URL %q must start with http:// or https://", baseURL)
	}
	c := &Client{base: baseURL}
	tr := &http.Transport{
		Proxy:               nil,
		MaxIdleConnsPerHost: 64,
		IdleConnTimeout:     90 * time.Second,
		ForceAttemptHTTP2:   true,
		TLSClientConfig: &tls.Config{
			MinVersion: tls.VersionTLS13,
			// The certificate is self-signed inside the enclave: it is trusted through the
			// attestation report (pinned below), not through a CA.
			InsecureSkipVerify: true, //nolint:gosec // verified by VerifyConnection against the attested key
			VerifyConnection:   c.verifyConnection,
		},
	}
	c.http = &http.Client{Transport: tr, Timeout: 2 * time.Minute}
	for _, o := range opts {
		o(c)
	}
	return c, nil
}

// verifyConnection accepts any certificate until one is attested, then only that one. The
// identity request itself runs before pinning; Identity checks that the report binds the
// certificate of the connection the identity arrived on.
func (c *Client) verifyConnection(cs tls.ConnectionState) error {
	if len(cs.PeerCertificates) == 0 {
		return errors.New("client: worker sent no certificate")
	}
	c.mu.Lock()
	pinned := c.pinned
	c.mu.Unlock()
	if pinned == nil {
		return nil
	}
	h := sha256.Sum256(cs.PeerCertificates[0].RawSubjectPublicKeyInfo)
	if !bytes.Equal(h[:], pinned) {
		return fmt.Errorf("%w: TLS key is not the attested one", ErrAttestation)
	}
	return nil
}

// Identity fetches and checks the worker's identity (once; later calls return the cached one).
func (c *Client) Identity(ctx context.Context) (api.Identity, error) {
	c.mu.Lock()
	if c.identity != nil {
		id := *c.identity
		c.mu.Unlock()
		return id, nil
	}
	c.mu.Unlock()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+api.PathIdentity, nil)
	if err != nil {
		return api.Identity{}, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return api.Identity{}, fmt.Errorf("client: identity: %w", err)
	}
	defer resp.Body.Close()
	var id api.Identity
	if err := decode(resp, &id); err != nil {
		return api.Identity{}, fmt.Errorf("client: identity: %w", err)
	}
	var peer *x509.Certificate
	if resp.TLS != nil && len(resp.TLS.PeerCertificates) > 0 {
		peer = resp.TLS.PeerCertificates[0]
	}
	if err := c.check(ctx, id, peer); err != nil {
		return api.Identity{}, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.identity == nil {
		c.identity = &id
		if peer != nil {
			h := sha256.Sum256(peer.RawSubjectPublicKeyInfo)
			c.pinned = h[:]
		}
	}
	return *c.identity, nil
}

func (c *Client) check(ctx context.Context, id api.Identity, peer *x509.Certificate) error {
	encKey, err := protocol.ParsePublicKey(id.EncryptionKey)
	if err != nil {
		return fmt.Errorf("%w: encryption key: %v", ErrAttestation, err)
	}
	mode := attest.Mode(id.ReportType)
	rd, err := attest.ReportData(mode, id.Report)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrAttestation, err)
	}
	if !bytes.Equal(rd[:], id.ReportData) {
		return fmt.Errorf("%w: reportData field differs from the report's", ErrAttestation)
	}
	if err := protocol.CheckReportData(rd[:], id.Signer, encKey); err != nil {
		return fmt.Errorf("%w: %v", ErrAttestation, err)
	}
	if !bytes.Equal(rd[32:], id.TLSKeyHash[:]) {
		return fmt.Errorf("%w: tlsKeyHash differs from the report's", ErrAttestation)
	}
	switch {
	case peer != nil:
		h := sha256.Sum256(peer.RawSubjectPublicKeyInfo)
		if !bytes.Equal(rd[32:], h[:]) {
			return fmt.Errorf("%w: the report does not bind this TLS connection's key", ErrAttestation)
		}
	case mode == attest.ModeSGX:
		return fmt.Errorf("%w: an SGX worker must be reached over TLS", ErrAttestation)
	}
	switch mode {
	case attest.ModeSimulation:
		if !c.allowSim {
			return fmt.Errorf("%w: worker runs in insecure simulation mode (use AllowSimulation for development)", ErrAttestation)
		}
	case attest.ModeSGX:
		if c.verify != nil {
			if err := c.verify(ctx, id); err != nil {
				return fmt.Errorf("%w: %v", ErrAttestation, err)
			}
		}
	}
	return nil
}

// Forget drops the attested identity and the pinned TLS key, so that the next call attests the
// worker again. Call it when a worker restarted (a restart makes a new TLS key: calls then fail
// with ErrAttestation) and check the new identity's signer again before using it.
func (c *Client) Forget() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.identity, c.pinned = nil, nil
	c.http.CloseIdleConnections()
}

// Signer returns the attested signer address (fetching the identity if needed).
func (c *Client) Signer(ctx context.Context) (common.Address, error) {
	id, err := c.Identity(ctx)
	return id.Signer, err
}

// Execute runs a batch (at most api.MaxBatch jobs) and returns one result per job, in order. A
// result with Error set got no signature (see ErrorCode); a signed result whose commitment or
// signature does not match its job is turned into an error result with ErrorCode "bad_result".
// The returned error is for the batch as a whole (transport, attestation, HTTP status).
func (c *Client) Execute(ctx context.Context, jobs []api.Job) ([]api.JobResult, error) {
	id, err := c.Identity(ctx)
	if err != nil {
		return nil, err
	}
	body, err := json.Marshal(api.ExecuteRequest{Jobs: jobs})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+api.PathExecute, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	// Executing a job twice is harmless (same seed; either answer is a valid signed result):
	// mark the POST idempotent so that the transport retries it on a stale pooled connection
	// (the nil value is not sent).
	req.Header["Idempotency-Key"] = nil
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("client: execute: %w", err)
	}
	defer resp.Body.Close()
	var out api.ExecuteResponse
	if err := decode(resp, &out); err != nil {
		return nil, fmt.Errorf("client: execute: %w", err)
	}
	if len(out.Results) != len(jobs) {
		return nil, fmt.Errorf("%w: %d results for %d jobs", ErrBadResult, len(out.Results), len(jobs))
	}
	for i := range out.Results {
		if err := CheckResult(jobs[i], out.Results[i], id.Signer); err != nil {
			out.Results[i] = api.JobResult{JobID: jobs[i].JobID, Error: err.Error(), ErrorCode: "bad_result"}
		}
	}
	return out.Results, nil
}

// CheckResult verifies a result against the job it answers and the expected signer: same job id,
// the commitment of the job's fields, and a signature that recovers to signer. Unsigned (error)
// results pass when their job id matches.
func CheckResult(job api.Job, res api.JobResult, signer common.Address) error {
	if res.JobID != job.JobID {
		return fmt.Errorf("%w: job id %s, want %s", ErrBadResult, res.JobID, job.JobID)
	}
	if res.Error != "" {
		return nil
	}
	if res.Signature == nil {
		return fmt.Errorf("%w: no signature and no error", ErrBadResult)
	}
	if want := job.Request().Commitment(); res.Commitment != want {
		return fmt.Errorf("%w: commitment %s, want %x", ErrBadResult, res.Commitment, want)
	}
	got, err := protocol.RecoverResultSigner(job.Domain(), res.Result(), res.ProtocolSignature())
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadResult, err)
	}
	if got != signer {
		return fmt.Errorf("%w: signed by %s, want %s", ErrBadResult, got, signer)
	}
	return nil
}

// Health checks the worker answers.
func (c *Client) Health(ctx context.Context) (api.Health, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+api.PathHealth, nil)
	if err != nil {
		return api.Health{}, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return api.Health{}, fmt.Errorf("client: health: %w", err)
	}
	defer resp.Body.Close()
	var h api.Health
	return h, decode(resp, &h)
}

// HTTPError is a non-2xx answer of the worker; it matches ErrHTTP with errors.Is.
type HTTPError struct {
	Status  string
	Code    string // api.ErrCode* when the worker gave one
	Message string
}

func (e *HTTPError) Error() string {
	if e.Code != "" {
		return fmt.Sprintf("%v: %s: [%s] %s", ErrHTTP, e.Status, e.Code, e.Message)
	}
	return fmt.Sprintf("%v: %s: %s", ErrHTTP, e.Status, e.Message)
}

// Is makes errors.Is(err, ErrHTTP) true.
func (e *HTTPError) Is(target error) bool { return target == ErrHTTP }

// ErrorCode returns the worker's error code of an HTTP error ("" for other errors).
func ErrorCode(err error) string {
	var he *HTTPError
	if errors.As(err, &he) {
		return he.Code
	}
	return ""
}

func decode(resp *http.Response, v any) error {
	if resp.StatusCode/100 != 2 {
		var e api.ErrorResponse
		raw, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		if json.Unmarshal(raw, &e) != nil || e.Error == "" {
			e.Error = strings.TrimSpace(string(raw))
		}
		return &HTTPError{Status: resp.Status, Code: e.Code, Message: e.Error}
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	return nil
}
