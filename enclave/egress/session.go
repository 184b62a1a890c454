package egress

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/teeoracle/teeoracle/protocol/wasmmod"
)

// Header is one request or response header line, in order.
type Header struct{ Name, Value string }

// Request is a program's HTTPS request.
type Request struct {
	Method string
	URL    string
	Header []Header
	Body   []byte
}

// Size is what the request counts against the request-bytes budget: method, URL, header names
// and values, and body.
func (r Request) Size() int64 {
	n := int64(len(r.Method) + len(r.URL) + len(r.Body))
	for _, h := range r.Header {
		n += int64(len(h.Name) + len(h.Value))
	}
	return n
}

// Response is what the server answered (any status: non-2xx is the program's to handle).
type Response struct {
	Status int
	Header []Header
	Body   []byte
}

// Budget is one job's effective budget: the declaration capped by the worker's Limits.
type Budget struct {
	MaxRequests      int64
	MaxRequestBytes  int64
	MaxResponseBytes int64
	Timeout          time.Duration
}

// Usage is what a session has spent.
type Usage struct {
	Requests      int64
	RequestBytes  int64
	ResponseBytes int64
	Elapsed       time.Duration
}

// Session is one job's egress: its declaration, its budget and its own connections.
type Session struct {
	c      *Client
	decl   *wasmmod.Egress
	budget Budget
	used   Usage
	tr     *http.Transport
}

// Session starts a job's session under decl (nil: the program declared no egress, every request
// is ErrNotAllowed).
func (c *Client) Session(decl *wasmmod.Egress) *Session {
	s := &Session{c: c, decl: decl}
	l := c.limits
	capTo := func(declared, max int64) int64 {
		if declared <= 0 || declared > max {
			return max
		}
		return declared
	}
	if decl != nil {
		s.budget = Budget{
			MaxRequests:      capTo(decl.MaxRequests, l.MaxRequests),
			MaxRequestBytes:  capTo(decl.MaxRequestBytes, l.MaxRequestBytes),
			MaxResponseBytes: capTo(decl.MaxResponseBytes, l.MaxResponseBytes),
			Timeout:          time.Duration(capTo(decl.TimeoutMs, l.Timeout.Milliseconds())) * time.Millisecond,
		}
	}
	return s
}

// Budget returns the session's effective budget (zero when nothing was declared).
func (s *Session) Budget() Budget { return s.budget }

// Usage returns what the session has spent so far.
func (s *Session) Usage() Usage { return s.used }

// Close releases the session's connections. Idempotent.
func (s *Session) Close() {
	if s.tr != nil {
		s.tr.CloseIdleConnections()
	}
}

// budgetErr wraps ErrBudget with the budget that ran out.
func budgetErr(format string, a ...any) error {
	return fmt.Errorf("%w: %s", ErrBudget, fmt.Sprintf(format, a...))
}

// errTimeBudget is the cause of a request's context ending on the session's time budget.
var errTimeBudget = errors.New("egress time budget")

// Do performs one request. It returns ErrNotAllowed (nothing sent), ErrBudget (the job is over
// budget: stop it), ctx's error when the caller's ctx ended, or another error for network and
// TLS failures (the program's to handle). A response of any status is returned with a nil
// error.
func (s *Session) Do(ctx context.Context, req Request) (Response, error) {
	if s.decl == nil {
		return Response{}, fmt.Errorf("%w: the program declares no egress (custom section %s)", ErrNotAllowed, wasmmod.EgressSection)
	}
	if req.Method == "" {
		req.Method = http.MethodGet
	}
	u, hostport, err := s.check(req)
	if err != nil {
		return Response{}, err
	}
	if s.used.Requests >= s.budget.MaxRequests {
		return Response{}, budgetErr("request %d over the budget of %d", s.used.Requests+1, s.budget.MaxRequests)
	}
	size := req.Size()
	if s.used.RequestBytes+size > s.budget.MaxRequestBytes {
		return Response{}, budgetErr("request bytes %d over the budget of %d", s.used.RequestBytes+size, s.budget.MaxRequestBytes)
	}
	left := s.budget.Timeout - s.used.Elapsed
	if left <= 0 {
		return Response{}, budgetErr("time budget of %s spent", s.budget.Timeout)
	}
	s.used.Requests++
	s.used.RequestBytes += size

	hreq, err := http.NewRequest(req.Method, u.String(), bytes.NewReader(req.Body))
	if err != nil {
		return Response{}, fmt.Errorf("%w: %w", ErrNotAllowed, err)
	}
	hreq.Host = hostport
	if strings.HasSuffix(hostport, ":443") {
		hreq.Host = strings.TrimSuffix(hostport, ":443")
	}
	for _, h := range req.Header {
		if headerAllowed(h.Name) {
			hreq.Header.Add(h.Name, h.Value)
		}
	}
	if len(req.Body) == 0 {
		hreq.Body = http.NoBody
		hreq.ContentLength = 0
	}
	if s.tr == nil {
		s.tr = s.c.newTransport()
	}
	start := time.Now()
	rctx, cancel := context.WithTimeoutCause(ctx, left, errTimeBudget)
	defer cancel()
	resp, body, err := s.roundTrip(rctx, hreq)
	s.used.Elapsed += time.Since(start)
	if err != nil {
		if errors.Is(err, ErrBudget) {
			return Response{}, err
		}
		if ctx.Err() != nil {
			return Response{}, ctx.Err()
		}
		if errors.Is(context.Cause(rctx), errTimeBudget) {
			return Response{}, budgetErr("time budget of %s spent", s.budget.Timeout)
		}
		return Response{}, err
	}
	out := Response{Status: resp.StatusCode, Body: body}
	for name, vals := range resp.Header {
		for _, v := range vals {
			out.Header = append(out.Header, Header{name, v})
		}
	}
	return out, nil
}

// roundTrip sends hreq and reads the body within the response-bytes budget (header lines
// count too).
func (s *Session) roundTrip(ctx context.Context, hreq *http.Request) (*http.Response, []byte, error) {
	resp, err := s.tr.RoundTrip(hreq.WithContext(ctx))
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	var hdr int64
	for name, vals := range resp.Header {
		for _, v := range vals {
			hdr += int64(len(name) + len(v))
		}
	}
	left := s.budget.MaxResponseBytes - s.used.ResponseBytes - hdr
	if left < 0 || resp.ContentLength > left {
		s.used.ResponseBytes = s.budget.MaxResponseBytes
		return nil, nil, budgetErr("response bytes over the budget of %d", s.budget.MaxResponseBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, left+1))
	s.used.ResponseBytes += hdr + int64(len(body))
	if int64(len(body)) > left {
		return nil, nil, budgetErr("response bytes over the budget of %d", s.budget.MaxResponseBytes)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("egress: read response: %w", err)
	}
	return resp, body, nil
}

// check parses the URL and returns it with the declared host:port it names.
func (s *Session) check(req Request) (*url.URL, string, error) {
	u, err := url.Parse(req.URL)
	if err != nil {
		return nil, "", fmt.Errorf("%w: bad URL: %w", ErrNotAllowed, err)
	}
	if u.Scheme != "https" {
		return nil, "", fmt.Errorf("%w: scheme %q (https only)", ErrNotAllowed, u.Scheme)
	}
	if u.User != nil {
		return nil, "", fmt.Errorf("%w: credentials in the URL", ErrNotAllowed)
	}
	host := strings.ToLower(u.Host)
	hostport, err := wasmmod.NormalizeHost(host)
	if err != nil {
		return nil, "", fmt.Errorf("%w: host %q: %w", ErrNotAllowed, u.Host, err)
	}
	if !s.decl.Allows(hostport) {
		return nil, "", fmt.Errorf("%w: host %s is not declared", ErrNotAllowed, hostport)
	}
	u.Host = hostport
	return u, hostport, nil
}
