package dcap

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// encodeURIComponent escapes like the JavaScript function Intel's PCS and PCCS use for issuer chain
// headers ("-----BEGIN%20CERTIFICATE-----%0AMIIC...%2B...%3D%0A").
func encodeURIComponent(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.IndexByte("-_.!~*'()", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// fakePCS serves the real phala collateral the way a PCCS does (API v4): signed JSON bodies with
// URL-escaped issuer chains in headers, the PCK CRL as DER, the root CA CRL as hex text.
type fakePCS struct {
	t   *testing.T
	raw RawCollateral

	mu       sync.Mutex
	requests []string
	// legacyHeaders uses the PCS API v3 header name SGX-TCB-Info-Issuer-Chain.
	legacyHeaders bool
	// omitHeader drops the issuer chain header of this path.
	omitHeader string
}

func (f *fakePCS) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.requests = append(f.requests, r.URL.RequestURI())
	legacy, omit := f.legacyHeaders, f.omitHeader
	f.mu.Unlock()
	setChain := func(name, chain string) {
		if r.URL.Path != omit {
			w.Header().Set(name, encodeURIComponent(chain))
		}
	}
	const v4 = "/sgx/certification/v4"
	switch r.URL.Path {
	case v4 + "/tcb":
		if r.URL.Query().Get("fmspc") != "00A067110000" {
			http.Error(w, "no TCB info for this FMSPC", http.StatusNotFound)
			return
		}
		name := "TCB-Info-Issuer-Chain"
		if legacy {
			name = "SGX-TCB-Info-Issuer-Chain"
		}
		setChain(name, f.raw.TCBInfoIssuerChain)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"tcbInfo":%s,"signature":"%s"}`, f.raw.TCBInfo, f.raw.TCBInfoSignature)
	case v4 + "/qe/identity":
		setChain("SGX-Enclave-Identity-Issuer-Chain", f.raw.QEIdentityIssuerChain)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"enclaveIdentity":%s,"signature":"%s"}`, f.raw.QEIdentity, f.raw.QEIdentitySignature)
	case v4 + "/pckcrl":
		if r.URL.Query().Get("ca") != "processor" {
			http.Error(w, "unknown CA", http.StatusNotFound)
			return
		}
		setChain("SGX-PCK-CRL-Issuer-Chain", f.raw.PCKCRLIssuerChain)
		w.Header().Set("Content-Type", "application/pkix-crl")
		der, err := hex.DecodeString(f.raw.PCKCRL)
		if err != nil {
			f.t.Error(err)
		}
		w.Write(der)
	case v4 + "/rootcacrl":
		w.Write([]byte(f.raw.RootCACRL))
	default:
		http.NotFound(w, r)
	}
}

func (f *fakePCS) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.requests)
}

// clock is a settable time source for the client's cache.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.now = t }

func newFakePCS(t *testing.T) (*fakePCS, *httptest.Server, *clock, *PCSClient) {
	t.Helper()
	f := &fakePCS{t: t, raw: phalaRaw(t)}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	clk := &clock{now: phalaNow(t)}
	c, err := NewPCSClient(PCSConfig{BaseURL: srv.URL, HTTPClient: srv.Client(), Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	return f, srv, clk, c
}

func TestPCSClient_fetchVerifyAndCache(t *testing.T) {
	f, _, clk, c := newFakePCS(t)
	ctx := context.Background()
	quote := mustParse(t, readFile(t, phalaQuoteFile))

	col, err := c.CollateralForQuote(ctx, quote)
	if err != nil {
		t.Fatalf("CollateralForQuote: %v", err)
	}
	wantRequests := []string{
		"/sgx/certification/v4/tcb?fmspc=00A067110000",
		"/sgx/certification/v4/qe/identity",
		"/sgx/certification/v4/pckcrl?ca=processor&encoding=der",
		"/sgx/certification/v4/rootcacrl",
	}
	if strings.Join(f.requests, " ") != strings.Join(wantRequests, " ") {
		t.Errorf("requests = %v, want %v", f.requests, wantRequests)
	}
	// The signed objects survive byte for byte, and the quote verifies with the fetched collateral.
	if got, want := col.Raw(), phalaRaw(t); got != want {
		t.Errorf("fetched collateral differs from the served one:\n got %+v\nwant %+v", got, want)
	}
	id, err := VerifyQuote(quote, col, VerifyOptions{Now: clk.Now(), RequireCRLs: true})
	if err != nil || id.TCBStatus != TCBConfigurationAndSWHardeningNeeded {
		t.Fatalf("VerifyQuote: %v %v", id, err)
	}

	// Cached until the earliest nextUpdate (the QE identity's).
	clk.Set(col.NextUpdate().Add(-time.Second))
	if again, err := c.CollateralForQuote(ctx, quote); err != nil || again != col {
		t.Fatalf("second fetch: %v (same %v)", err, again == col)
	}
	if n := f.count(); n != 4 {
		t.Fatalf("%d requests after a cached call, want 4", n)
	}

	// After nextUpdate the client fetches again; the fake still serves the now stale collateral, which
	// must be refused, not cached or returned.
	clk.Set(col.NextUpdate().Add(time.Second))
	if _, err := c.CollateralForQuote(ctx, quote); !errors.Is(err, ErrExpired) {
		t.Fatalf("stale collateral: err = %v, want ErrExpired", err)
	}
	if n := f.count(); n != 8 {
		t.Fatalf("%d requests after expiry, want 8 (a refetch)", n)
	}
	if _, err := c.CollateralForQuote(ctx, quote); !errors.Is(err, ErrExpired) || f.count() != 12 {
		t.Fatalf("refused collateral was cached: err %v, %d requests", err, f.count())
	}
}

func TestPCSClient_responses_reverts(t *testing.T) {
	quoteFMSPC := [6]byte{0x00, 0xa0, 0x67, 0x11, 0x00, 0x00}
	tests := []struct {
		name  string
		setup func(*fakePCS)
		fmspc [6]byte
		ca    CA
		want  error // nil: must succeed
	}{
		{"PCS API v3 TCB info header name", func(f *fakePCS) { f.legacyHeaders = true }, quoteFMSPC, CAProcessor, nil},
		{"missing TCB info issuer chain", func(f *fakePCS) { f.omitHeader = "/sgx/certification/v4/tcb" }, quoteFMSPC, CAProcessor, ErrMalformedCollateral},
		{"missing PCK CRL issuer chain", func(f *fakePCS) { f.omitHeader = "/sgx/certification/v4/pckcrl" }, quoteFMSPC, CAProcessor, ErrMalformedCollateral},
		{"tampered TCB info", func(f *fakePCS) {
			f.raw.TCBInfo = strings.Replace(f.raw.TCBInfo, `"tcbStatus":"OutOfDate"`, `"tcbStatus":"UpToDate"`, 1)
		}, quoteFMSPC, CAProcessor, ErrTCBInfoSignature},
		{"tampered QE identity signature", func(f *fakePCS) { f.raw.QEIdentitySignature = flipHex(t, f.raw.QEIdentitySignature) },
			quoteFMSPC, CAProcessor, ErrQEIdentitySignature},
		{"root CA CRL not a CRL", func(f *fakePCS) { f.raw.RootCACRL = "garbage" }, quoteFMSPC, CAProcessor, ErrMalformedCollateral},
		{"unknown FMSPC (404)", func(*fakePCS) {}, [6]byte{1}, CAProcessor, errHTTP},
		{"bad CA name", func(*fakePCS) {}, quoteFMSPC, CA("other"), ErrInvalidOptions},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, clk, c := newFakePCS(t)
			tt.setup(f)
			col, err := c.Collateral(context.Background(), tt.fmspc, tt.ca)
			switch {
			case tt.want == nil:
				if err != nil {
					t.Fatalf("Collateral: %v", err)
				}
				if err := col.Check(clk.Now()); err != nil {
					t.Fatalf("Check: %v", err)
				}
			case tt.want == errHTTP:
				if err == nil || !strings.Contains(err.Error(), "404") {
					t.Fatalf("err = %v, want an HTTP 404 error", err)
				}
			case !errors.Is(err, tt.want):
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

// errHTTP marks test cases that expect a transport-level error.
var errHTTP = errors.New("http error")

func TestNewPCSClient_config(t *testing.T) {
	for _, bad := range []string{"", "ftp://x", "localhost:8081", "https://"} {
		if _, err := NewPCSClient(PCSConfig{BaseURL: bad}); !errors.Is(err, ErrInvalidOptions) {
			t.Errorf("BaseURL %q: err = %v, want ErrInvalidOptions", bad, err)
		}
	}
	c, err := NewPCSClient(PCSConfig{BaseURL: IntelPCSBaseURL})
	if err != nil || c.rootCRLURL != IntelRootCACRLURL {
		t.Errorf("Intel PCS: root CRL URL %q err %v", c.rootCRLURL, err)
	}
	c, err = NewPCSClient(PCSConfig{BaseURL: "https://pccs.local:8081/"})
	if err != nil || c.rootCRLURL != "https://pccs.local:8081/sgx/certification/v4/rootcacrl" {
		t.Errorf("PCCS: root CRL URL %q err %v", c.rootCRLURL, err)
	}
}

func TestLoadCollateralFile(t *testing.T) {
	now := phalaNow(t)
	quote := readFile(t, phalaQuoteFile)

	// What the relayer would save for offline registration loads back and verifies.
	col := mustCollateral(t, phalaRaw(t))
	saved, err := json.Marshal(col.Raw())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "collateral.json")
	if err := os.WriteFile(path, saved, 0o600); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadCollateralFile(path)
	if err != nil {
		t.Fatalf("LoadCollateralFile: %v", err)
	}
	if _, err := Verify(quote, loaded, VerifyOptions{Now: now, RequireCRLs: true}); err != nil {
		t.Fatalf("Verify with saved collateral: %v", err)
	}

	// The oasis collateral (PCS response bodies, no CRLs) in the same format.
	oasis, err := ParseCollateralJSON(mustJSON(t, oasisRaw(t)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Verify(readFile(t, oasisQuoteFile), oasis, VerifyOptions{Now: oasisNow}); err != nil {
		t.Fatalf("oasis: %v", err)
	}

	mod := func(f func(*RawCollateral)) []byte {
		raw := phalaRaw(t)
		f(&raw)
		return mustJSON(t, raw)
	}
	bad := []struct {
		name string
		data []byte
	}{
		{"not JSON", []byte("{")},
		{"empty object", []byte("{}")},
		{"TCB info missing", mod(func(r *RawCollateral) { r.TCBInfo = "" })},
		{"TCB info not JSON", mod(func(r *RawCollateral) { r.TCBInfo = "tcb" })},
		{"TCB info version 2", mod(func(r *RawCollateral) { r.TCBInfo = strings.Replace(r.TCBInfo, `"version":3`, `"version":2`, 1) })},
		{"TCB info TDX", mod(func(r *RawCollateral) { r.TCBInfo = strings.Replace(r.TCBInfo, `"id":"SGX"`, `"id":"TDX"`, 1) })},
		{"TCB info unknown status", mod(func(r *RawCollateral) {
			r.TCBInfo = strings.Replace(r.TCBInfo, `"tcbStatus":"OutOfDate"`, `"tcbStatus":"Fine"`, 1)
		})},
		{"TCB info short FMSPC", mod(func(r *RawCollateral) { r.TCBInfo = strings.Replace(r.TCBInfo, `"00A067110000"`, `"00A0671100"`, 1) })},
		{"TCB info 15 components", mod(func(r *RawCollateral) { r.TCBInfo = strings.Replace(r.TCBInfo, `{"svn":0},`, ``, 1) })},
		{"QE identity of the QVE", mod(func(r *RawCollateral) { r.QEIdentity = strings.Replace(r.QEIdentity, `"id":"QE"`, `"id":"QVE"`, 1) })},
		{"QE identity bad mrsigner", mod(func(r *RawCollateral) {
			r.QEIdentity = strings.Replace(r.QEIdentity, `"mrsigner":"8C`, `"mrsigner":"ZZ`, 1)
		})},
		{"signature too short", mod(func(r *RawCollateral) { r.TCBInfoSignature = r.TCBInfoSignature[:126] })},
		{"signature not hex", mod(func(r *RawCollateral) { r.QEIdentitySignature = "zz" + r.QEIdentitySignature[2:] })},
		{"issuer chain missing", mod(func(r *RawCollateral) { r.TCBInfoIssuerChain = "" })},
		{"PCK CRL without issuer chain", mod(func(r *RawCollateral) { r.PCKCRLIssuerChain = "" })},
		{"PCK CRL not a CRL", mod(func(r *RawCollateral) { r.PCKCRL = "00ff" })},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ParseCollateralJSON(tt.data); !errors.Is(err, ErrMalformedCollateral) {
				t.Fatalf("err = %v, want ErrMalformedCollateral", err)
			}
		})
	}
	if _, err := LoadCollateralFile(filepath.Join(t.TempDir(), "missing.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v, want os.ErrNotExist", err)
	}
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPCSClient_concurrentUse(t *testing.T) {
	f, _, clk, c := newFakePCS(t)
	quote := mustParse(t, readFile(t, phalaQuoteFile))
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			col, err := c.CollateralForQuote(context.Background(), quote)
			if err == nil {
				_, err = VerifyQuote(quote, col, VerifyOptions{Now: clk.Now()})
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	// Concurrent misses may each fetch; afterwards everything is served from the cache.
	n := f.count()
	if _, err := c.CollateralForQuote(context.Background(), quote); err != nil || f.count() != n {
		t.Fatalf("cached call: err %v, requests %d -> %d", err, n, f.count())
	}
}
