package egress_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/enclave/egress"
	"github.com/teeoracle/teeoracle/enclave/egress/egresstest"
	"github.com/teeoracle/teeoracle/protocol/wasmmod"
)

// fixture is a simulation CA, a DNS server the test controls and a client trusting the CA.
type fixture struct {
	ca  *egresstest.CA
	dns *egresstest.DNS
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ca, err := egresstest.NewCA("sim extra CA")
	if err != nil {
		t.Fatal(err)
	}
	dns, err := egresstest.StartDNS(map[string]string{"api.test": "127.0.0.1", "other.test": "127.0.0.1"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(dns.Close)
	return &fixture{ca: ca, dns: dns}
}

func (f *fixture) client(t *testing.T, limits egress.Limits) *egress.Client {
	t.Helper()
	c, err := egress.New(egress.Config{Limits: limits, Simulation: true, SimExtraCAPEM: f.ca.PEM,
		Resolver: f.dns.Resolver(), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (f *fixture) server(t *testing.T, h http.HandlerFunc, names ...string) *httptest.Server {
	t.Helper()
	s, err := f.ca.Server("127.0.0.1:0", h, names...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

func decl(t *testing.T, js string) *wasmmod.Egress {
	t.Helper()
	e, err := wasmmod.ParseEgress([]byte(js))
	if err != nil {
		t.Fatal(err)
	}
	return &e
}

func get(url string) egress.Request { return egress.Request{Method: "GET", URL: url} }

func TestSessionGet(t *testing.T) {
	f := newFixture(t)
	var gotKey atomic.Value
	srv := f.server(t, func(w http.ResponseWriter, r *http.Request) {
		gotKey.Store(r.Header.Get("X-Api-Key") + " " + r.Host)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"price":"1234.5"}`)
	}, "api.test")
	port := egresstest.Port(srv)
	s := f.client(t, egress.Limits{}).Session(decl(t, fmt.Sprintf(`{"hosts":["api.test:%d"]}`, port)))
	defer s.Close()
	resp, err := s.Do(context.Background(), egress.Request{Method: "GET", URL: fmt.Sprintf("https://api.test:%d/price", port),
		Header: []egress.Header{{"X-Api-Key", "k1"}, {"Host", "evil.test"}}})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != 200 || string(resp.Body) != `{"price":"1234.5"}` {
		t.Fatalf("response %d %q", resp.Status, resp.Body)
	}
	if got := gotKey.Load().(string); got != fmt.Sprintf("k1 api.test:%d", port) {
		t.Fatalf("server saw %q (the program must not choose the Host header)", got)
	}
	if u := s.Usage(); u.Requests != 1 || u.ResponseBytes < int64(len(resp.Body)) {
		t.Fatalf("usage %+v", u)
	}
}

// TestSessionRefusals: undeclared hosts, plain http, other ports, and no declaration at all are
// refused before anything is sent.
func TestSessionRefusals(t *testing.T) {
	f := newFixture(t)
	var hits atomic.Int64
	srv := f.server(t, func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }, "api.test", "other.test")
	port := egresstest.Port(srv)
	c := f.client(t, egress.Limits{})
	d := decl(t, fmt.Sprintf(`{"hosts":["api.test:%d"]}`, port))
	cases := map[string]string{
		"undeclared_host": fmt.Sprintf("https://other.test:%d/", port),
		"http":            fmt.Sprintf("http://api.test:%d/", port),
		"default_port":    "https://api.test/",
		"ip_literal":      fmt.Sprintf("https://127.0.0.1:%d/", port),
		"userinfo":        fmt.Sprintf("https://u:p@api.test:%d/", port),
	}
	for name, url := range cases {
		t.Run(name, func(t *testing.T) {
			s := c.Session(d)
			defer s.Close()
			if _, err := s.Do(context.Background(), get(url)); !errors.Is(err, egress.ErrNotAllowed) {
				t.Fatalf("err %v, want ErrNotAllowed", err)
			}
		})
	}
	t.Run("no_declaration", func(t *testing.T) {
		s := c.Session(nil)
		if _, err := s.Do(context.Background(), get(fmt.Sprintf("https://api.test:%d/", port))); !errors.Is(err, egress.ErrNotAllowed) {
			t.Fatalf("err %v, want ErrNotAllowed", err)
		}
	})
	if hits.Load() != 0 {
		t.Fatalf("the server was reached %d times", hits.Load())
	}
}

// TestMITMUntrustedCA: a server answering for the declared name with a certificate from a CA
// the enclave does not trust gets no request.
func TestMITMUntrustedCA(t *testing.T) {
	f := newFixture(t)
	evil, err := egresstest.NewCA("mitm CA")
	if err != nil {
		t.Fatal(err)
	}
	var hits atomic.Int64
	srv, err := evil.Server("127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }), "api.test")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	srv.Config.ErrorLog = nil
	port := egresstest.Port(srv)
	s := f.client(t, egress.Limits{}).Session(decl(t, fmt.Sprintf(`{"hosts":["api.test:%d"]}`, port)))
	_, err = s.Do(context.Background(), get(fmt.Sprintf("https://api.test:%d/secret-path", port)))
	if err == nil || errors.Is(err, egress.ErrNotAllowed) || errors.Is(err, egress.ErrBudget) || !strings.Contains(err.Error(), "certificate") {
		t.Fatalf("err %v, want a certificate verification failure", err)
	}
	if hits.Load() != 0 {
		t.Fatal("the MITM server got the request")
	}
}

// TestDNSRedirect: the host's DNS answers the declared name with another server's address
// (that server holds a valid certificate, for another name): verification against the declared
// name fails; answered correctly, the same request succeeds.
func TestDNSRedirect(t *testing.T) {
	f := newFixture(t)
	var evilHits atomic.Int64
	good, evil, err := egresstest.SamePort(
		func(addr string) (*httptest.Server, error) {
			return f.ca.Server(addr, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "good") }), "api.test")
		},
		func(addr string) (*httptest.Server, error) {
			return f.ca.Server(addr, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { evilHits.Add(1); fmt.Fprint(w, "evil") }), "evil.test")
		})
	if err != nil {
		t.Fatal(err)
	}
	defer good.Close()
	defer evil.Close()
	port := egresstest.Port(good)
	c := f.client(t, egress.Limits{})
	d := decl(t, fmt.Sprintf(`{"hosts":["api.test:%d"]}`, port))
	url := fmt.Sprintf("https://api.test:%d/", port)

	f.dns.Set("api.test", "127.0.0.2")
	s := c.Session(d)
	_, err = s.Do(context.Background(), get(url))
	s.Close()
	if err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Fatalf("redirected by DNS: err %v, want a certificate name mismatch", err)
	}
	if evilHits.Load() != 0 {
		t.Fatal("the other server got the request")
	}

	f.dns.Set("api.test", "127.0.0.1")
	s = c.Session(d)
	defer s.Close()
	resp, err := s.Do(context.Background(), get(url))
	if err != nil || string(resp.Body) != "good" {
		t.Fatalf("honest DNS: %v %q", err, resp.Body)
	}
}

// TestBudgets: each budget, exceeded, gives ErrBudget; the worker's maxima cap the declaration.
func TestBudgets(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big":
			w.Write(make([]byte, 5000))
		case "/slow":
			select {
			case <-time.After(3 * time.Second):
			case <-r.Context().Done():
			}
		case "/unsized":
			w.(http.Flusher).Flush()
			for range 10 {
				w.Write(make([]byte, 1000))
				w.(http.Flusher).Flush()
			}
		default:
			fmt.Fprint(w, "ok")
		}
	}, "api.test")
	port := egresstest.Port(srv)
	base := fmt.Sprintf("https://api.test:%d", port)
	host := fmt.Sprintf(`"hosts":["api.test:%d"]`, port)
	cases := []struct {
		name   string
		limits egress.Limits
		decl   string
		reqs   []egress.Request
	}{
		{name: "count", decl: `{` + host + `,"maxRequests":2}`, reqs: []egress.Request{get(base + "/"), get(base + "/"), get(base + "/")}},
		{name: "count_worker_cap", limits: egress.Limits{MaxRequests: 1}, decl: `{` + host + `,"maxRequests":5}`, reqs: []egress.Request{get(base + "/"), get(base + "/")}},
		{name: "response_bytes", decl: `{` + host + `,"maxResponseBytes":1000}`, reqs: []egress.Request{get(base + "/big")}},
		{name: "response_bytes_unsized", decl: `{` + host + `,"maxResponseBytes":4000}`, reqs: []egress.Request{get(base + "/unsized")}},
		{name: "request_bytes", decl: `{` + host + `,"maxRequestBytes":500}`, reqs: []egress.Request{{Method: "POST", URL: base + "/", Body: make([]byte, 600)}}},
		{name: "time_slow_server", decl: `{` + host + `,"timeoutMs":300}`, reqs: []egress.Request{get(base + "/slow")}},
		{name: "time_worker_cap", limits: egress.Limits{Timeout: 300 * time.Millisecond}, decl: `{` + host + `,"timeoutMs":60000}`, reqs: []egress.Request{get(base + "/slow")}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := f.client(t, tc.limits).Session(decl(t, tc.decl))
			defer s.Close()
			start := time.Now()
			var err error
			for i, r := range tc.reqs {
				_, err = s.Do(context.Background(), r)
				if i < len(tc.reqs)-1 && err != nil {
					t.Fatalf("request %d: %v", i, err)
				}
			}
			if !errors.Is(err, egress.ErrBudget) {
				t.Fatalf("last request: %v, want ErrBudget", err)
			}
			if time.Since(start) > 2*time.Second {
				t.Fatalf("took %s", time.Since(start))
			}
		})
	}
}

// TestNon2xx: an error status is a response, not an error.
func TestNon2xx(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "https://elsewhere.test/")
		w.WriteHeader(http.StatusFound)
	}, "api.test")
	port := egresstest.Port(srv)
	s := f.client(t, egress.Limits{}).Session(decl(t, fmt.Sprintf(`{"hosts":["api.test:%d"]}`, port)))
	defer s.Close()
	resp, err := s.Do(context.Background(), get(fmt.Sprintf("https://api.test:%d/", port)))
	if err != nil || resp.Status != http.StatusFound {
		t.Fatalf("%v %d: a redirect must come back to the program, not be followed", err, resp.Status)
	}
}

// TestProductionRefusals: outside simulation an extra CA is refused, and so are private
// addresses (a public name resolving to loopback cannot reach the operator's services).
func TestProductionRefusals(t *testing.T) {
	f := newFixture(t)
	if _, err := egress.New(egress.Config{SimExtraCAPEM: f.ca.PEM}); err == nil {
		t.Fatal("extra CA accepted outside simulation")
	}
	var hits atomic.Int64
	srv := f.server(t, func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }, "api.test")
	port := egresstest.Port(srv)
	c, err := egress.New(egress.Config{Resolver: f.dns.Resolver()})
	if err != nil {
		t.Fatal(err)
	}
	s := c.Session(decl(t, fmt.Sprintf(`{"hosts":["api.test:%d"]}`, port)))
	defer s.Close()
	_, err = s.Do(context.Background(), get(fmt.Sprintf("https://api.test:%d/", port)))
	if !errors.Is(err, egress.ErrPrivateAddress) {
		t.Fatalf("err %v, want ErrPrivateAddress", err)
	}
	if hits.Load() != 0 {
		t.Fatal("reached")
	}
}

// TestBundledRoots: the compiled-in bundle is there and used instead of the host's store.
func TestBundledRoots(t *testing.T) {
	p, err := egress.BundledRoots()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(p.Subjects()); n < 100 { //nolint:staticcheck // counting is all we need
		t.Fatalf("%d roots", n)
	}
}
