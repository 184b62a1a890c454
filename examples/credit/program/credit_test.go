package main

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/teeoracle/teeoracle/examples/credit/bank"
)

func testBank() *bank.Server {
	return bank.New(map[string]bank.Statement{
		"tok-alice": {AccountID: "acc-alice", Balance: 420000, Transactions: []bank.Transaction{
			{Date: "2026-11-01", Amount: 350000, Description: "salary"},
			{Date: "2026-11-03", Amount: -120000, Description: "rent"},
			{Date: "2026-12-01", Amount: 350000, Description: "salary"},
		}},
		"tok-bob": {AccountID: "acc-bob", Balance: -5000, Transactions: []bank.Transaction{
			{Date: "2026-11-03", Amount: -120000, Description: "rent"},
		}},
	})
}

func TestCheck(t *testing.T) {
	b := testBank()
	srv := httptest.NewTLSServer(b.Handler())
	defer srv.Close()
	for _, c := range []struct {
		name, token, input string
		want               byte
	}{
		{"alice small loan", "tok-alice", `{"amount":500000}`, 1},
		{"alice too much", "tok-alice", `{"amount":9000000}`, 0},
		{"bob overdrawn", "tok-bob", `{"amount":100}`, 0},
	} {
		out, err := check(srv.Client(), srv.URL, []byte(c.token), []byte(c.input))
		if err != nil || len(out) != 1 || out[0] != c.want {
			t.Errorf("%s: %x, %v", c.name, out, err)
		}
	}
	if b.Reads("acc-alice") != 2 || b.Reads("acc-bob") != 1 {
		t.Fatalf("reads %d %d", b.Reads("acc-alice"), b.Reads("acc-bob"))
	}
	_, err := check(srv.Client(), srv.URL, []byte("tok-mallory"), []byte(`{"amount":1}`))
	if err == nil || !strings.Contains(err.Error(), "HTTP 401") || b.Refused() != 1 {
		t.Fatalf("unknown token: %v", err)
	}
	if strings.Contains(err.Error(), "tok-mallory") {
		t.Fatal("the error carries the token")
	}
	for _, bad := range []string{`{}`, `{"amount":-1}`, `[]`, `{"amount":1,"token":"x"}`} {
		if _, err := check(srv.Client(), srv.URL, []byte("tok-alice"), []byte(bad)); err == nil {
			t.Errorf("input %s accepted", bad)
		}
	}
	if _, err := check(srv.Client(), srv.URL, nil, []byte(`{"amount":1}`)); err == nil {
		t.Error("no token accepted")
	}
}
