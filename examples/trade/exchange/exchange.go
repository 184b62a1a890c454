// Package exchange is an exchange-like HTTPS API for the trading example (examples/trade): API
// keys with HMAC-SHA256 signed requests as real exchanges use them (Binance, Coinbase, Kraken all
// sign timestamp || method || path || body with the account's secret), limit orders that fill at
// once against a fixed book price, and idempotent placement by client order id: an order placed
// twice with the same client order id is placed once, and the second call answers the first
// order. It serves the e2e tests and `make demo` on loopback; it is not an exchange.
//
// Routes:
//
//	GET  /api/v1/time   -> {"serverTime": <unix ms>}            (no authentication)
//	POST /api/v1/order  {"market","side","quantity","limitPrice","clientOrderId"}
//	                    -> {"orderId","clientOrderId","status","filledQty","avgPrice","duplicate"}
//
// Signed requests carry X-API-KEY, X-TIMESTAMP (unix ms, within Window of the server's clock) and
// X-SIGNATURE = hex(HMAC-SHA256(apiSecret, timestamp || method || path || body)).
package exchange

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Headers of a signed request.
const (
	HeaderKey       = "X-API-KEY"
	HeaderTimestamp = "X-TIMESTAMP"
	HeaderSignature = "X-SIGNATURE"
)

// Window is how far a request's timestamp may be from the server's clock.
const Window = 30 * time.Second

// Sign returns the signature of a request: hex(HMAC-SHA256(secret, timestamp || method || path
// || body)).
func Sign(secret []byte, timestamp, method, path string, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(timestamp))
	m.Write([]byte(method))
	m.Write([]byte(path))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// Order is a placement request.
type Order struct {
	Market        string `json:"market"`
	Side          string `json:"side"` // "buy" or "sell"
	Quantity      uint64 `json:"quantity"`
	LimitPrice    uint64 `json:"limitPrice"`
	ClientOrderID string `json:"clientOrderId"`
}

// Fill is the answer to a placement.
type Fill struct {
	OrderID       string `json:"orderId"`
	ClientOrderID string `json:"clientOrderId"`
	Status        string `json:"status"` // "filled" or "open" (the limit did not cross the book)
	FilledQty     uint64 `json:"filledQty"`
	AvgPrice      uint64 `json:"avgPrice"`
	Duplicate     bool   `json:"duplicate"` // the client order id was placed before: this is that order
}

// Server is the exchange. Safe for concurrent use.
type Server struct {
	now      func() time.Time
	accounts map[string][]byte // API key -> secret
	prices   map[string]uint64 // market -> book price
	mu       sync.Mutex
	orders   map[string]Fill // "key/clientOrderId" -> the order
	placed   map[string]int  // API key -> orders placed
	refused  map[string]int  // reason -> count
}

// New makes an exchange with one account per key (key -> secret) and book prices per market.
func New(accounts map[string][]byte, prices map[string]uint64) *Server {
	return &Server{now: time.Now, accounts: accounts, prices: prices, orders: map[string]Fill{},
		placed: map[string]int{}, refused: map[string]int{}}
}

// Placed returns how many orders the account of key placed (duplicates not counted).
func (s *Server) Placed(key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.placed[key]
}

// Refused returns how many signed requests were refused for reason ("unknown key", "bad
// signature", "stale timestamp").
func (s *Server) Refused(reason string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.refused[reason]
}

// Handler returns the HTTP handler.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/time", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]int64{"serverTime": s.now().UnixMilli()})
	})
	mux.HandleFunc("POST /api/v1/order", s.order)
	return mux
}

func (s *Server) refuse(w http.ResponseWriter, code int, reason string) {
	s.mu.Lock()
	s.refused[reason]++
	s.mu.Unlock()
	writeJSON(w, code, map[string]string{"error": reason})
}

func (s *Server) order(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 4096))
	if err != nil {
		s.refuse(w, http.StatusBadRequest, "unreadable body")
		return
	}
	key := r.Header.Get(HeaderKey)
	secret, ok := s.accounts[key]
	if !ok {
		s.refuse(w, http.StatusUnauthorized, "unknown key")
		return
	}
	ts := r.Header.Get(HeaderTimestamp)
	ms, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || s.now().Sub(time.UnixMilli(ms)).Abs() > Window {
		s.refuse(w, http.StatusUnauthorized, "stale timestamp")
		return
	}
	want := Sign(secret, ts, r.Method, r.URL.Path, body)
	if !hmac.Equal([]byte(want), []byte(r.Header.Get(HeaderSignature))) {
		s.refuse(w, http.StatusUnauthorized, "bad signature")
		return
	}
	var o Order
	if err := json.Unmarshal(body, &o); err != nil || o.ClientOrderID == "" || o.Quantity == 0 || o.LimitPrice == 0 ||
		(o.Side != "buy" && o.Side != "sell") {
		s.refuse(w, http.StatusBadRequest, "bad order")
		return
	}
	price, ok := s.prices[o.Market]
	if !ok {
		s.refuse(w, http.StatusBadRequest, "unknown market")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	id := key + "/" + o.ClientOrderID
	if f, ok := s.orders[id]; ok {
		f.Duplicate = true
		writeJSON(w, http.StatusOK, f)
		return
	}
	s.placed[key]++
	f := Fill{OrderID: fmt.Sprintf("ord-%d", len(s.orders)+1), ClientOrderID: o.ClientOrderID, Status: "open"}
	if (o.Side == "buy" && o.LimitPrice >= price) || (o.Side == "sell" && o.LimitPrice <= price) {
		f.Status, f.FilledQty, f.AvgPrice = "filled", o.Quantity, price
	}
	s.orders[id] = f
	writeJSON(w, http.StatusOK, f)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}
