package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/teeoracle/teeoracle/examples/credit/bank"
)

// application is the program's stdin (the clear part of the applicant's sealed input).
type application struct {
	Amount int64 `json:"amount"` // cents asked for
}

// Decide is the lender's rule: approved when the account is in credit and its net inflow over
// the statement covers a third of the amount asked for.
func Decide(st bank.Statement, amount int64) bool {
	var net int64
	for _, t := range st.Transactions {
		net += t.Amount
	}
	return st.Balance > 0 && net > 0 && net*3 >= amount
}

// check reads the applicant's statement from the bank with the applicant's token and decides:
// one byte, 1 approved, 0 denied.
func check(c *http.Client, bankURL string, token []byte, input []byte) ([]byte, error) {
	var app application
	dec := json.NewDecoder(bytes.NewReader(input))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&app); err != nil {
		return nil, fmt.Errorf("input: %w", err)
	}
	if app.Amount <= 0 {
		return nil, errors.New("input: amount must be positive")
	}
	if len(token) == 0 {
		return nil, errors.New("no bank token in the input")
	}
	req, err := http.NewRequest(http.MethodGet, strings.TrimRight(bankURL, "/")+"/v1/accounts/me/transactions", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+string(token))
	resp, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("bank: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("bank: HTTP %d", resp.StatusCode) // the body is not echoed: it is the user's
	}
	var st bank.Statement
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&st); err != nil {
		return nil, fmt.Errorf("bank: statement: %w", err)
	}
	if Decide(st, app.Amount) {
		return []byte{1}, nil
	}
	return []byte{0}, nil
}
