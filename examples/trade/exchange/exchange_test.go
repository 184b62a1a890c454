package exchange

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"
)

func signed(t *testing.T, srv *httptest.Server, key string, secret []byte, ts time.Time, o Order) (*http.Response, Fill) {
	t.Helper()
	body, _ := json.Marshal(o)
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/api/v1/order", bytes.NewReader(body))
	s := strconv.FormatInt(ts.UnixMilli(), 10)
	req.Header.Set(HeaderKey, key)
	req.Header.Set(HeaderTimestamp, s)
	req.Header.Set(HeaderSignature, Sign(secret, s, http.MethodPost, "/api/v1/order", body))
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var f Fill
	_ = json.NewDecoder(resp.Body).Decode(&f)
	return resp, f
}

func TestExchange(t *testing.T) {
	ex := New(map[string][]byte{"k": []byte("s")}, map[string]uint64{"ETH-USD": 100})
	srv := httptest.NewTLSServer(ex.Handler())
	defer srv.Close()
	o := Order{Market: "ETH-USD", Side: "buy", Quantity: 2, LimitPrice: 101, ClientOrderID: "c1"}
	resp, f := signed(t, srv, "k", []byte("s"), time.Now(), o)
	if resp.StatusCode != 200 || f.Status != "filled" || f.FilledQty != 2 || f.AvgPrice != 100 || f.Duplicate {
		t.Fatalf("fill %+v (%d)", f, resp.StatusCode)
	}
	_, again := signed(t, srv, "k", []byte("s"), time.Now(), o)
	if !again.Duplicate || again.OrderID != f.OrderID || ex.Placed("k") != 1 {
		t.Fatalf("duplicate %+v, placed %d", again, ex.Placed("k"))
	}
	o.ClientOrderID, o.LimitPrice = "c2", 99
	if _, f := signed(t, srv, "k", []byte("s"), time.Now(), o); f.Status != "open" || f.FilledQty != 0 {
		t.Fatalf("limit below the book filled: %+v", f)
	}
	for _, c := range []struct {
		name, key, reason string
		secret            []byte
		ts                time.Time
	}{
		{"wrong secret", "k", "bad signature", []byte("x"), time.Now()},
		{"unknown key", "z", "unknown key", []byte("s"), time.Now()},
		{"replayed later", "k", "stale timestamp", []byte("s"), time.Now().Add(-time.Minute)},
	} {
		o.ClientOrderID = "c-" + c.name
		if resp, _ := signed(t, srv, c.key, c.secret, c.ts, o); resp.StatusCode != 401 || ex.Refused(c.reason) != 1 {
			t.Errorf("%s: HTTP %d, refused %d", c.name, resp.StatusCode, ex.Refused(c.reason))
		}
	}
	if ex.Placed("k") != 2 {
		t.Fatalf("placed %d, want 2", ex.Placed("k"))
	}
}
