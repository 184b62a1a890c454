// Package rpcproxy is a fault-injecting JSON-RPC HTTP proxy for tests: in front of a real node (anvil)
// it can fail calls, stall them, truncate eth_getLogs answers, or pretend to lag behind at a fixed head.
package rpcproxy

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Proxy forwards JSON-RPC to an upstream URL, with faults switched on and off at run time.
type Proxy struct {
	URL      string
	upstream string
	srv      *http.Server
	client   *http.Client

	mu         sync.Mutex
	fail       map[string]int // method ("*": any) -> remaining failures (<0: forever)
	stall      map[string]time.Duration
	truncate   bool
	frozenHead *uint64
	maxRange   uint64
	counts     map[string]int
}

// RefuseRangesOver makes eth_getLogs over more than n blocks fail with a JSON-RPC "limit exceeded"
// error, as public endpoints do (0: no limit).
func (p *Proxy) RefuseRangesOver(n uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.maxRange = n
}

// Start runs a proxy to upstream until the test ends.
func Start(t testing.TB, upstream string) *Proxy {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &Proxy{
		URL:      "http://" + l.Addr().String(),
		upstream: upstream,
		client:   &http.Client{Timeout: 60 * time.Second},
		fail:     map[string]int{},
		stall:    map[string]time.Duration{},
		counts:   map[string]int{},
	}
	p.srv = &http.Server{Handler: p, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = p.srv.Serve(l) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = p.srv.Shutdown(ctx)
		_ = p.srv.Close()
	})
	return p
}

// Fail makes the next n calls of method (or "*") answer HTTP 503; n < 0 fails until Heal.
func (p *Proxy) Fail(method string, n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.fail[method] = n
}

// Stall delays every call of method (or "*") by d before forwarding it.
func (p *Proxy) Stall(method string, d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stall[method] = d
}

// TruncateLogs makes eth_getLogs drop the second half of its answer (a node that lies by omission).
func (p *Proxy) TruncateLogs(on bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.truncate = on
}

// FreezeHead makes the proxy act as a node stuck at block n: eth_blockNumber answers n, blocks above n
// do not exist and eth_getLogs clips its answer at n (as geth clamps a range to its head).
func (p *Proxy) FreezeHead(n uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.frozenHead = &n
}

// Heal removes every fault.
func (p *Proxy) Heal() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.fail = map[string]int{}
	p.stall = map[string]time.Duration{}
	p.truncate = false
	p.frozenHead = nil
	p.maxRange = 0
}

// Count returns how many calls of method reached the proxy.
func (p *Proxy) Count(method string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.counts[method]
}

type request struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Method  string          `json:"method"`
	Params  json.RawMessage `json:"params"`
}

type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   json.RawMessage `json:"error,omitempty"`
}

func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	trimmed := bytes.TrimSpace(body)
	batch := len(trimmed) > 0 && trimmed[0] == '['
	var reqs []request
	if batch {
		err = json.Unmarshal(trimmed, &reqs)
	} else {
		var one request
		err = json.Unmarshal(trimmed, &one)
		reqs = []request{one}
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var delay time.Duration
	p.mu.Lock()
	for _, rq := range reqs {
		p.counts[rq.Method]++
		if p.takeFailure(rq.Method) {
			p.mu.Unlock()
			http.Error(w, "injected fault", http.StatusServiceUnavailable)
			return
		}
		delay = max(delay, p.stall[rq.Method], p.stall["*"])
	}
	p.mu.Unlock()
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
	}
	out := make([]response, len(reqs))
	for i, rq := range reqs {
		res, err := p.handle(r.Context(), rq)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		out[i] = res
	}
	w.Header().Set("Content-Type", "application/json")
	if batch {
		_ = json.NewEncoder(w).Encode(out)
	} else {
		_ = json.NewEncoder(w).Encode(out[0])
	}
}

// takeFailure consumes one injected failure for method; p.mu held.
func (p *Proxy) takeFailure(method string) bool {
	for _, key := range []string{method, "*"} {
		n, ok := p.fail[key]
		if !ok || n == 0 {
			continue
		}
		if n > 0 {
			p.fail[key] = n - 1
		}
		return true
	}
	return false
}

func (p *Proxy) handle(ctx context.Context, rq request) (response, error) {
	p.mu.Lock()
	frozen := p.frozenHead
	truncate := p.truncate
	maxRange := p.maxRange
	p.mu.Unlock()
	if maxRange > 0 && rq.Method == "eth_getLogs" {
		var params []struct {
			From string `json:"fromBlock"`
			To   string `json:"toBlock"`
		}
		if err := json.Unmarshal(rq.Params, &params); err == nil && len(params) == 1 && params[0].From != "" {
			from, err1 := hexutil.DecodeUint64(params[0].From)
			to, err2 := hexutil.DecodeUint64(params[0].To)
			if err1 == nil && err2 == nil && to >= from && to-from+1 > maxRange {
				msg := fmt.Sprintf(`{"code":-32005,"message":"query exceeds max block range %d"}`, maxRange)
				return response{JSONRPC: "2.0", ID: rq.ID, Error: json.RawMessage(msg)}, nil
			}
		}
	}
	ok := func(v any) (response, error) {
		b, err := json.Marshal(v)
		return response{JSONRPC: "2.0", ID: rq.ID, Result: b}, err
	}
	if frozen != nil {
		switch rq.Method {
		case "eth_blockNumber":
			return ok(hexutil.EncodeUint64(*frozen))
		case "eth_getBlockByNumber":
			var params []json.RawMessage
			if err := json.Unmarshal(rq.Params, &params); err == nil && len(params) > 0 {
				var tag string
				_ = json.Unmarshal(params[0], &tag)
				switch n, err := hexutil.DecodeUint64(tag); {
				case tag == "latest" || tag == "pending" || tag == "safe" || tag == "finalized":
					params[0], _ = json.Marshal(hexutil.EncodeUint64(*frozen))
					rq.Params, _ = json.Marshal(params)
				case err == nil && n > *frozen:
					return ok(nil)
				}
			}
		}
	}
	res, err := p.forward(ctx, rq)
	if err != nil || rq.Method != "eth_getLogs" || res.Result == nil {
		return res, err
	}
	if frozen == nil && !truncate {
		return res, nil
	}
	var logs []map[string]any
	if err := json.Unmarshal(res.Result, &logs); err != nil {
		return res, nil
	}
	if frozen != nil {
		kept := logs[:0]
		for _, l := range logs {
			s, _ := l["blockNumber"].(string)
			if n, err := strconv.ParseUint(strings.TrimPrefix(s, "0x"), 16, 64); err == nil && n <= *frozen {
				kept = append(kept, l)
			}
		}
		logs = kept
	}
	if truncate {
		logs = logs[:len(logs)/2]
	}
	return ok(logs)
}

func (p *Proxy) forward(ctx context.Context, rq request) (response, error) {
	if rq.JSONRPC == "" {
		rq.JSONRPC = "2.0"
	}
	body, err := json.Marshal(rq)
	if err != nil {
		return response{}, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.upstream, bytes.NewReader(body))
	if err != nil {
		return response{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return response{}, fmt.Errorf("upstream: %w", err)
	}
	defer resp.Body.Close()
	var res response
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		return response{}, fmt.Errorf("upstream answer: %w", err)
	}
	return res, nil
}
