package main

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/teeoracle/teeoracle/examples/trade/exchange"
)

// account is the author's exchange account: the three author secrets of the program.
type account struct {
	BaseURL string // secret "exchange-url": where the author's account lives (https://host[:port])
	Key     string // secret "api-key"
	Secret  []byte // secret "api-secret": the HMAC key; never sent, never written anywhere
}

// request is the program's stdin, as TradeConsumer.orderInput builds it.
type request struct {
	Market     string `json:"market"`
	Side       string `json:"side"`
	Quantity   uint64 `json:"quantity"`
	LimitPrice uint64 `json:"limitPrice"`
}

// ClientOrderID derives the exchange's idempotency key from the job id: every run of one job
// (a retry after a worker died mid-way) sends the same id, so the exchange places the order once.
func ClientOrderID(jobID [32]byte) string { return "teeo-" + hex.EncodeToString(jobID[:]) }

// placeOrder places the order of input for job jobID with the author's account and returns the
// fill as abi.encode(uint256 filledQty, uint256 avgPrice).
func placeOrder(c *http.Client, acct account, jobID [32]byte, input []byte) ([]byte, error) {
	var req request
	dec := json.NewDecoder(bytes.NewReader(input))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return nil, fmt.Errorf("input: %w", err)
	}
	if req.Quantity == 0 || req.LimitPrice == 0 || (req.Side != "buy" && req.Side != "sell") || req.Market == "" {
		return nil, errors.New("input: market, side (buy|sell), quantity and limitPrice are required")
	}
	base := strings.TrimRight(acct.BaseURL, "/")
	ts, err := serverTime(c, base)
	if err != nil {
		return nil, err
	}
	body, _ := json.Marshal(exchange.Order{Market: req.Market, Side: req.Side, Quantity: req.Quantity,
		LimitPrice: req.LimitPrice, ClientOrderID: ClientOrderID(jobID)})
	const path = "/api/v1/order"
	hr, err := http.NewRequest(http.MethodPost, base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	hr.Header.Set("Content-Type", "application/json")
	hr.Header.Set(exchange.HeaderKey, acct.Key)
	hr.Header.Set(exchange.HeaderTimestamp, ts)
	hr.Header.Set(exchange.HeaderSignature, exchange.Sign(acct.Secret, ts, http.MethodPost, path, body))
	resp, err := c.Do(hr)
	if err != nil {
		return nil, fmt.Errorf("place order: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if err != nil {
		return nil, fmt.Errorf("place order: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("place order: HTTP %d: %s", resp.StatusCode, bytes.TrimSpace(raw))
	}
	var f exchange.Fill
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("place order: answer: %w", err)
	}
	if f.ClientOrderID != ClientOrderID(jobID) {
		return nil, fmt.Errorf("place order: the exchange answered order %q", f.ClientOrderID)
	}
	out := make([]byte, 64)
	binary.BigEndian.PutUint64(out[24:32], f.FilledQty)
	binary.BigEndian.PutUint64(out[56:64], f.AvgPrice)
	return out, nil
}

// serverTime reads the exchange's clock (the sandbox has no usable clock of its own).
func serverTime(c *http.Client, base string) (string, error) {
	resp, err := c.Get(base + "/api/v1/time")
	if err != nil {
		return "", fmt.Errorf("server time: %w", err)
	}
	defer resp.Body.Close()
	var t struct {
		ServerTime int64 `json:"serverTime"`
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("server time: HTTP %d", resp.StatusCode)
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1024)).Decode(&t); err != nil {
		return "", fmt.Errorf("server time: %w", err)
	}
	return strconv.FormatInt(t.ServerTime, 10), nil
}
