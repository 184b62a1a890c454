package main

import (
	"encoding/binary"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/teeoracle/teeoracle/examples/trade/exchange"
)

func TestPlaceOrderOnceAcrossRetries(t *testing.T) {
	ex := exchange.New(map[string][]byte{"key-1": []byte("hmac-secret")}, map[string]uint64{"ETH-USD": 2490})
	srv := httptest.NewTLSServer(ex.Handler())
	defer srv.Close()
	acct := account{BaseURL: srv.URL, Key: "key-1", Secret: []byte("hmac-secret")}
	job := [32]byte{1, 2, 3}
	in := []byte(`{"market":"ETH-USD","side":"buy","quantity":3,"limitPrice":2500}`)
	for attempt := 1; attempt <= 2; attempt++ {
		out, err := placeOrder(srv.Client(), acct, job, in)
		if err != nil {
			t.Fatalf("attempt %d: %v", attempt, err)
		}
		if len(out) != 64 || binary.BigEndian.Uint64(out[24:32]) != 3 || binary.BigEndian.Uint64(out[56:64]) != 2490 {
			t.Fatalf("attempt %d: fill %x", attempt, out)
		}
	}
	if n := ex.Placed("key-1"); n != 1 {
		t.Fatalf("a retried job placed %d orders, want 1", n)
	}
	// Another job is another order.
	if _, err := placeOrder(srv.Client(), acct, [32]byte{9}, in); err != nil {
		t.Fatal(err)
	}
	if n := ex.Placed("key-1"); n != 2 {
		t.Fatalf("placed %d, want 2", n)
	}
}

func TestPlaceOrderRefused(t *testing.T) {
	ex := exchange.New(map[string][]byte{"key-1": []byte("hmac-secret")}, map[string]uint64{"ETH-USD": 2490})
	srv := httptest.NewTLSServer(ex.Handler())
	defer srv.Close()
	in := []byte(`{"market":"ETH-USD","side":"sell","quantity":1,"limitPrice":2000}`)
	_, err := placeOrder(srv.Client(), account{BaseURL: srv.URL, Key: "key-1", Secret: []byte("wrong")}, [32]byte{1}, in)
	if err == nil || !strings.Contains(err.Error(), "HTTP 401") || ex.Refused("bad signature") != 1 {
		t.Fatalf("wrong secret: %v (refused %d)", err, ex.Refused("bad signature"))
	}
	if strings.Contains(err.Error(), "wrong") {
		t.Fatal("the error carries the secret")
	}
	_, err = placeOrder(srv.Client(), account{BaseURL: srv.URL, Key: "nobody", Secret: []byte("hmac-secret")}, [32]byte{1}, in)
	if err == nil || ex.Refused("unknown key") != 1 {
		t.Fatalf("unknown key: %v", err)
	}
	for _, bad := range []string{`{}`, `{"market":"ETH-USD","side":"hold","quantity":1,"limitPrice":1}`, `{"x":1}`, `not json`} {
		if _, err := placeOrder(srv.Client(), account{BaseURL: srv.URL, Key: "key-1", Secret: []byte("hmac-secret")}, [32]byte{1}, []byte(bad)); err == nil {
			t.Fatalf("input %s accepted", bad)
		}
	}
	if ex.Placed("key-1") != 0 {
		t.Fatal("a refused request placed an order")
	}
}
