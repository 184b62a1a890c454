// Package bank is a bank-like HTTPS API for the credit check example (examples/credit): an
// account holder's bearer token (what an open-banking consent gives a third party) reads the
// account's balance and transactions. It serves the e2e tests and `make demo` on loopback.
//
// Route:
//
//	GET /v1/accounts/me/transactions   Authorization: Bearer <token>
//	    -> {"accountId","balance","transactions":[{"date","amount","description"}]}
//
// Amounts are integers in cents (negative: money out).
package bank

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
)

// Transaction is one booked transaction.
type Transaction struct {
	Date        string `json:"date"` // YYYY-MM-DD
	Amount      int64  `json:"amount"`
	Description string `json:"description"`
}

// Statement is what the API answers.
type Statement struct {
	AccountID    string        `json:"accountId"`
	Balance      int64         `json:"balance"`
	Transactions []Transaction `json:"transactions"`
}

// Server is the bank. Safe for concurrent use.
type Server struct {
	accounts map[string]Statement // token -> the account it reads
	mu       sync.Mutex
	reads    map[string]int // account id -> statements served
	refused  int
}

// New makes a bank whose tokens read the given statements.
func New(accounts map[string]Statement) *Server {
	return &Server{accounts: accounts, reads: map[string]int{}}
}

// Reads returns how many statements of the account were served.
func (s *Server) Reads(accountID string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reads[accountID]
}

// Refused returns how many requests had no valid token.
func (s *Server) Refused() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.refused
}

// Handler returns the HTTP handler.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/accounts/me/transactions", func(w http.ResponseWriter, r *http.Request) {
		tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		st, known := s.accounts[tok]
		s.mu.Lock()
		if !ok || !known {
			s.refused++
			s.mu.Unlock()
			w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "invalid token"})
			return
		}
		s.reads[st.AccountID]++
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, st)
	})
	return mux
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}
