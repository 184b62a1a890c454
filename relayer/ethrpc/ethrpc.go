// Package ethrpc is the relayer's Ethereum JSON-RPC client: several endpoints behind one client, with a
// timeout on every call, failover to the next endpoint when one errors or stalls, per-endpoint error
// counting and cool-down, and head tracking so that an endpoint lagging behind is never asked for logs
// or headers past its own head (it would answer "nothing there" and make the relayer miss events).
//
// No endpoint is trusted for correctness (see DESIGN.md): failover only routes around endpoints that
// fail; the indexer cross-checks what they return (block hashes, bloom filters).
package ethrpc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Config configures a Client. Zero durations take the defaults.
type Config struct {
	URLs        []string      // in order of preference
	CallTimeout time.Duration // per call on one endpoint (default 10s)
	LogsTimeout time.Duration // per eth_getLogs / header batch on one endpoint (default 30s)
	Cooldown    time.Duration // after a fault an endpoint is used only as a last resort for this long (default 5s)
	MaxLag      uint64        // endpoints more than this many blocks behind the best head are used last (default 3)
	HeadPoll    time.Duration // how often Start's loop refreshes every endpoint's head (default 2s)
}

// Check validates the configuration.
func (c Config) Check() error {
	if len(c.URLs) == 0 {
		return errors.New("ethrpc: at least one RPC URL is required")
	}
	for _, u := range c.URLs {
		if _, err := url.Parse(u); err != nil || u == "" {
			return fmt.Errorf("ethrpc: bad RPC URL %q", Redact(u))
		}
	}
	return nil
}

func (c *Config) defaults() {
	if c.CallTimeout == 0 {
		c.CallTimeout = 10 * time.Second
	}
	if c.LogsTimeout == 0 {
		c.LogsTimeout = 30 * time.Second
	}
	if c.Cooldown == 0 {
		c.Cooldown = 5 * time.Second
	}
	if c.MaxLag == 0 {
		c.MaxLag = 3
	}
	if c.HeadPoll == 0 {
		c.HeadPoll = 2 * time.Second
	}
}

// Metrics receives one observation per call to one endpoint. Implementations must be safe for
// concurrent use.
type Metrics interface {
	RPCCall(endpoint, method string, d time.Duration, err error)
	RPCHead(endpoint string, head uint64)
}

// NoopMetrics discards observations.
type NoopMetrics struct{}

func (NoopMetrics) RPCCall(string, string, time.Duration, error) {}
func (NoopMetrics) RPCHead(string, uint64)                       {}

// ErrBehind means every endpoint's head is below the block a call needs.
var ErrBehind = errors.New("ethrpc: no endpoint has reached the requested block")

type endpoint struct {
	name string // redacted URL, safe for logs and labels
	rpc  *rpc.Client
	eth  *ethclient.Client

	mu            sync.Mutex
	head          uint64
	headAt        time.Time
	coolUntil     time.Time
	errors        uint64
	calls         uint64
	consecutive   int
	lastErr       string
	lastErrorTime time.Time
}

// Client is a multi-endpoint JSON-RPC client. Safe for concurrent use.
type Client struct {
	cfg     Config
	log     *slog.Logger
	metrics Metrics
	eps     []*endpoint

	stopOnce sync.Once
	stop     chan struct{}
	done     chan struct{}
}

// Dial creates a client over cfg.URLs. HTTP endpoints connect lazily; a WebSocket endpoint that
// cannot be reached fails Dial.
func Dial(ctx context.Context, cfg Config, log *slog.Logger, m Metrics) (*Client, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg.defaults()
	if m == nil {
		m = NoopMetrics{}
	}
	c := &Client{cfg: cfg, log: log, metrics: m, stop: make(chan struct{}), done: make(chan struct{})}
	for _, u := range cfg.URLs {
		rc, err := rpc.DialContext(ctx, u)
		if err != nil {
			c.Close()
			return nil, fmt.Errorf("ethrpc: dial %s: %w", Redact(u), err)
		}
		c.eps = append(c.eps, &endpoint{name: Redact(u), rpc: rc, eth: ethclient.NewClient(rc)})
	}
	return c, nil
}

// Redact keeps scheme, host and port of an RPC URL: paths and queries often carry API keys.
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "rpc"
	}
	return u.Scheme + "://" + u.Host
}

// Start refreshes every endpoint's head in the background until Stop.
func (c *Client) Start(ctx context.Context) {
	go func() {
		defer close(c.done)
		t := time.NewTicker(c.cfg.HeadPoll)
		defer t.Stop()
		for {
			c.RefreshHeads(ctx)
			select {
			case <-ctx.Done():
				return
			case <-c.stop:
				return
			case <-t.C:
			}
		}
	}()
}

// Stop ends the head loop started by Start and closes the connections.
func (c *Client) Stop() {
	c.stopOnce.Do(func() { close(c.stop) })
	select {
	case <-c.done:
	case <-time.After(c.cfg.CallTimeout + time.Second):
	}
	c.Close()
}

// Close closes the connections (use Stop after Start).
func (c *Client) Close() {
	for _, ep := range c.eps {
		ep.rpc.Close()
	}
}

// RefreshHeads asks every endpoint for its head, in parallel.
func (c *Client) RefreshHeads(ctx context.Context) {
	var wg sync.WaitGroup
	for _, ep := range c.eps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = c.refreshHead(ctx, ep)
		}()
	}
	wg.Wait()
}

func (c *Client) refreshHead(ctx context.Context, ep *endpoint) (uint64, error) {
	cctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
	defer cancel()
	start := time.Now()
	h, err := ep.eth.BlockNumber(cctx)
	c.metrics.RPCCall(ep.name, "eth_blockNumber", time.Since(start), err)
	if err != nil {
		if ctx.Err() == nil {
			c.fault(ep, "eth_blockNumber", err)
		}
		return 0, err
	}
	c.ok(ep)
	ep.setHead(h)
	c.metrics.RPCHead(ep.name, h)
	return h, nil
}

func (ep *endpoint) setHead(h uint64) {
	ep.mu.Lock()
	defer ep.mu.Unlock()
	if h >= ep.head || time.Since(ep.headAt) > time.Second {
		ep.head = h // a lower head after a while is a real reorg/rewind on that node
	}
	ep.headAt = time.Now()
}

func (c *Client) ok(ep *endpoint) {
	ep.mu.Lock()
	ep.calls++
	ep.consecutive = 0
	ep.mu.Unlock()
}

func (c *Client) fault(ep *endpoint, method string, err error) {
	ep.mu.Lock()
	ep.calls++
	ep.errors++
	ep.consecutive++
	ep.lastErr = err.Error()
	ep.lastErrorTime = time.Now()
	// Back off longer from an endpoint that keeps failing (up to 8x the cool-down).
	mult := min(ep.consecutive, 8)
	ep.coolUntil = time.Now().Add(time.Duration(mult) * c.cfg.Cooldown)
	ep.mu.Unlock()
	c.log.Warn("rpc endpoint fault", "endpoint", ep.name, "method", method, "err", err)
}

// EndpointStatus is a snapshot of one endpoint, for health reporting and tests.
type EndpointStatus struct {
	Name      string
	Head      uint64
	Calls     uint64
	Errors    uint64
	Cooling   bool
	LastError string
}

// Status returns a snapshot of every endpoint, in configuration order.
func (c *Client) Status() []EndpointStatus {
	out := make([]EndpointStatus, 0, len(c.eps))
	now := time.Now()
	for _, ep := range c.eps {
		ep.mu.Lock()
		out = append(out, EndpointStatus{Name: ep.name, Head: ep.head, Calls: ep.calls, Errors: ep.errors,
			Cooling: now.Before(ep.coolUntil), LastError: ep.lastErr})
		ep.mu.Unlock()
	}
	return out
}

// candidates orders endpoints: healthy and current first, then lagging, then cooling down; within a
// tier, configuration order.
func (c *Client) candidates() []*endpoint {
	now := time.Now()
	var best uint64
	for _, ep := range c.eps {
		ep.mu.Lock()
		best = max(best, ep.head)
		ep.mu.Unlock()
	}
	var tiers [3][]*endpoint
	for _, ep := range c.eps {
		ep.mu.Lock()
		tier := 0
		switch {
		case now.Before(ep.coolUntil):
			tier = 2
		case ep.head+c.cfg.MaxLag < best:
			tier = 1
		}
		ep.mu.Unlock()
		tiers[tier] = append(tiers[tier], ep)
	}
	return append(append(tiers[0], tiers[1]...), tiers[2]...)
}

// reached reports whether ep is known (or, after asking it, found) to have reached block n.
func (c *Client) reached(ctx context.Context, ep *endpoint, n uint64) bool {
	ep.mu.Lock()
	h := ep.head
	ep.mu.Unlock()
	if h >= n {
		return true
	}
	h, err := c.refreshHead(ctx, ep)
	return err == nil && h >= n
}

// answer classifies an error as the chain's answer (returned to the caller as is) rather than an
// endpoint fault (counted, then the next endpoint is tried).
type answer func(error) bool

func notFoundIsAnswer(err error) bool { return errors.Is(err, ethereum.NotFound) }

// IsRevert reports whether err is an execution revert from eth_call / eth_estimateGas.
func IsRevert(err error) bool {
	if err == nil {
		return false
	}
	var de rpc.DataError
	if errors.As(err, &de) && de.ErrorData() != nil {
		return true
	}
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == 3 {
		return true
	}
	return strings.Contains(strings.ToLower(err.Error()), "revert")
}

func revertIsAnswer(err error) bool { return IsRevert(err) }

// do runs fn on the best endpoint, failing over to the next on a fault. minHead > 0 skips endpoints
// whose head is below it.
func (c *Client) do(ctx context.Context, method string, minHead uint64, timeout time.Duration, isAnswer answer,
	fn func(ctx context.Context, ep *endpoint) error) error {
	var lastErr error
	for _, ep := range c.candidates() {
		if minHead > 0 && !c.reached(ctx, ep, minHead) {
			if lastErr == nil {
				lastErr = fmt.Errorf("%w (block %d)", ErrBehind, minHead)
			}
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, timeout)
		start := time.Now()
		err := fn(cctx, ep)
		cancel()
		c.metrics.RPCCall(ep.name, method, time.Since(start), err)
		if err == nil {
			c.ok(ep)
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if isAnswer != nil && isAnswer(err) {
			c.ok(ep)
			return err
		}
		c.fault(ep, method, err)
		lastErr = err
	}
	if lastErr == nil {
		lastErr = errors.New("no endpoints")
	}
	return fmt.Errorf("ethrpc %s: %w", method, lastErr)
}

// ChainID returns the chain id.
func (c *Client) ChainID(ctx context.Context) (*big.Int, error) {
	var id *big.Int
	err := c.do(ctx, "eth_chainId", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) (err error) {
		id, err = ep.eth.ChainID(ctx)
		return err
	})
	return id, err
}

// BlockNumber returns the head of the best endpoint.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	var n uint64
	err := c.do(ctx, "eth_blockNumber", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) (err error) {
		n, err = ep.eth.BlockNumber(ctx)
		if err == nil {
			ep.setHead(n)
			c.metrics.RPCHead(ep.name, n)
		}
		return err
	})
	return n, err
}

// HeaderByNumber returns the header at number (nil: latest) from an endpoint that has reached it.
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	var minHead uint64
	if number != nil && number.Sign() > 0 {
		minHead = number.Uint64()
	}
	var h *types.Header
	err := c.do(ctx, "eth_getBlockByNumber", minHead, c.cfg.CallTimeout, notFoundIsAnswer, func(ctx context.Context, ep *endpoint) (err error) {
		h, err = ep.eth.HeaderByNumber(ctx, number)
		return err
	})
	return h, err
}

// HeaderByHash returns the header with the given hash (ethereum.NotFound when no endpoint knows it).
func (c *Client) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	var h *types.Header
	err := c.do(ctx, "eth_getBlockByHash", 0, c.cfg.CallTimeout, notFoundIsAnswer, func(ctx context.Context, ep *endpoint) (err error) {
		h, err = ep.eth.HeaderByHash(ctx, hash)
		return err
	})
	return h, err
}

// HeadersByRange returns the headers of blocks from..to (inclusive) in one batch request, from an
// endpoint that has reached to. A missing header is an error.
func (c *Client) HeadersByRange(ctx context.Context, from, to uint64) ([]*types.Header, error) {
	if to < from {
		return nil, nil
	}
	var out []*types.Header
	err := c.do(ctx, "eth_getBlockByNumber_batch", to, c.cfg.LogsTimeout, nil, func(ctx context.Context, ep *endpoint) error {
		n := int(to - from + 1)
		heads := make([]*types.Header, n)
		batch := make([]rpc.BatchElem, n)
		for i := range batch {
			batch[i] = rpc.BatchElem{Method: "eth_getBlockByNumber",
				Args: []any{hexutil.EncodeUint64(from + uint64(i)), false}, Result: &heads[i]}
		}
		if err := ep.rpc.BatchCallContext(ctx, batch); err != nil {
			return err
		}
		for i, b := range batch {
			if b.Error != nil {
				return fmt.Errorf("block %d: %w", from+uint64(i), b.Error)
			}
			if heads[i] == nil || heads[i].Number == nil || heads[i].Number.Uint64() != from+uint64(i) {
				return fmt.Errorf("block %d: missing or mismatched header", from+uint64(i))
			}
		}
		out = heads
		return nil
	})
	return out, err
}

// FilterLogs runs eth_getLogs on an endpoint whose head has reached q.ToBlock (which must be set, as
// must FromBlock: an open range would let a lagging endpoint silently answer short). Block-hash
// queries need no head check.
func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var minHead uint64
	if q.BlockHash == nil {
		if q.FromBlock == nil || q.ToBlock == nil || q.ToBlock.Sign() < 0 || q.FromBlock.Sign() < 0 {
			return nil, errors.New("ethrpc: FilterLogs needs explicit FromBlock and ToBlock")
		}
		minHead = q.ToBlock.Uint64()
	}
	logs, _, err := c.filterLogs(ctx, q, minHead)
	return logs, err
}

// FilterLogsFrom is FilterLogs that also names the endpoint that answered, so that a caller who
// finds the answer wrong can Demote it.
func (c *Client) FilterLogsFrom(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, string, error) {
	var minHead uint64
	if q.BlockHash == nil {
		if q.FromBlock == nil || q.ToBlock == nil || q.ToBlock.Sign() < 0 || q.FromBlock.Sign() < 0 {
			return nil, "", errors.New("ethrpc: FilterLogs needs explicit FromBlock and ToBlock")
		}
		minHead = q.ToBlock.Uint64()
	}
	return c.filterLogs(ctx, q, minHead)
}

func (c *Client) filterLogs(ctx context.Context, q ethereum.FilterQuery, minHead uint64) ([]types.Log, string, error) {
	var logs []types.Log
	var from string
	err := c.do(ctx, "eth_getLogs", minHead, c.cfg.LogsTimeout, nil, func(ctx context.Context, ep *endpoint) (err error) {
		logs, err = ep.eth.FilterLogs(ctx, q)
		from = ep.name
		return err
	})
	return logs, from, err
}

// Demote counts a fault against the named endpoint: it answered something the caller proved wrong
// (e.g. logs missing that the block's bloom filter announces). It cools down like after an error.
func (c *Client) Demote(name string, reason error) {
	for _, ep := range c.eps {
		if ep.name == name {
			c.fault(ep, "demoted", reason)
		}
	}
}

// Endpoints returns how many endpoints the client has.
func (c *Client) Endpoints() int { return len(c.eps) }

// BlockReceipts returns every receipt of the block with the given hash, with the consensus fields
// (type, status or post state, cumulative gas, logs: what the receipt root commits to) and the
// transaction hash and log indexes. The bloom is computed from the logs, not read: it is a
// function of them, and skipping the largest field of the answer makes decoding much cheaper.
func (c *Client) BlockReceipts(ctx context.Context, hash common.Hash) ([]*types.Receipt, error) {
	var rs []*types.Receipt
	err := c.do(ctx, "eth_getBlockReceipts", 0, c.cfg.LogsTimeout, nil, func(ctx context.Context, ep *endpoint) error {
		var raw []*rpcReceipt
		if err := ep.rpc.CallContext(ctx, &raw, "eth_getBlockReceipts", rpc.BlockNumberOrHashWithHash(hash, true)); err != nil {
			return err
		}
		if raw == nil {
			return ethereum.NotFound
		}
		rs = make([]*types.Receipt, len(raw))
		for i, r := range raw {
			if r == nil {
				return fmt.Errorf("receipt %d missing", i)
			}
			rs[i] = r.receipt(hash)
		}
		return nil
	})
	return rs, err
}

// rpcReceipt is the part of a JSON-RPC receipt BlockReceipts reads.
type rpcReceipt struct {
	Type              hexutil.Uint64  `json:"type"`
	PostState         hexutil.Bytes   `json:"root"`
	Status            *hexutil.Uint64 `json:"status"`
	CumulativeGasUsed hexutil.Uint64  `json:"cumulativeGasUsed"`
	TxHash            common.Hash     `json:"transactionHash"`
	BlockNumber       *hexutil.Big    `json:"blockNumber"`
	TxIndex           hexutil.Uint    `json:"transactionIndex"`
	Logs              []struct {
		Address common.Address `json:"address"`
		Topics  []common.Hash  `json:"topics"`
		Data    hexutil.Bytes  `json:"data"`
		Index   hexutil.Uint   `json:"logIndex"`
	} `json:"logs"`
}

func (r *rpcReceipt) receipt(block common.Hash) *types.Receipt {
	out := &types.Receipt{Type: uint8(r.Type), PostState: r.PostState, CumulativeGasUsed: uint64(r.CumulativeGasUsed),
		TxHash: r.TxHash, BlockHash: block, TransactionIndex: uint(r.TxIndex), Logs: make([]*types.Log, len(r.Logs))}
	if r.Status != nil {
		out.Status = uint64(*r.Status)
	}
	if r.BlockNumber != nil {
		out.BlockNumber = r.BlockNumber.ToInt()
	}
	for i, l := range r.Logs {
		data := []byte(l.Data)
		if data == nil {
			data = []byte{}
		}
		out.Logs[i] = &types.Log{Address: l.Address, Topics: l.Topics, Data: data, Index: uint(l.Index), TxHash: r.TxHash,
			BlockHash: block, TxIndex: uint(r.TxIndex)}
		if r.BlockNumber != nil {
			out.Logs[i].BlockNumber = r.BlockNumber.ToInt().Uint64()
		}
	}
	out.Bloom = types.CreateBloom(out)
	return out
}

// TransactionReceipt returns the receipt of hash, or ethereum.NotFound.
func (c *Client) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	var r *types.Receipt
	err := c.do(ctx, "eth_getTransactionReceipt", 0, c.cfg.CallTimeout, notFoundIsAnswer, func(ctx context.Context, ep *endpoint) (err error) {
		r, err = ep.eth.TransactionReceipt(ctx, hash)
		return err
	})
	return r, err
}

// NonceAt returns the nonce of account at blockNumber (nil: latest).
func (c *Client) NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error) {
	var n uint64
	err := c.do(ctx, "eth_getTransactionCount", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) (err error) {
		n, err = ep.eth.NonceAt(ctx, account, blockNumber)
		return err
	})
	return n, err
}

// PendingNonceAt returns the nonce of account including its pending transactions.
func (c *Client) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	var n uint64
	err := c.do(ctx, "eth_getTransactionCount_pending", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) (err error) {
		n, err = ep.eth.PendingNonceAt(ctx, account)
		return err
	})
	return n, err
}

// BalanceAt returns the balance of account at blockNumber (nil: latest).
func (c *Client) BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error) {
	var b *big.Int
	err := c.do(ctx, "eth_getBalance", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) (err error) {
		b, err = ep.eth.BalanceAt(ctx, account, blockNumber)
		return err
	})
	return b, err
}

// SuggestGasTipCap returns the node's suggested priority fee.
func (c *Client) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	var tip *big.Int
	err := c.do(ctx, "eth_maxPriorityFeePerGas", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) (err error) {
		tip, err = ep.eth.SuggestGasTipCap(ctx)
		return err
	})
	return tip, err
}

// CallContract runs eth_call; a revert is returned as is (see IsRevert), not failed over.
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error) {
	var out []byte
	err := c.do(ctx, "eth_call", 0, c.cfg.CallTimeout, revertIsAnswer, func(ctx context.Context, ep *endpoint) (err error) {
		out, err = ep.eth.CallContract(ctx, msg, blockNumber)
		return err
	})
	return out, err
}

// CallContracts runs several eth_calls at `block` (nil: latest) in one batch request. A call that
// reverted has its error in errs; err is for the batch as a whole.
func (c *Client) CallContracts(ctx context.Context, msgs []ethereum.CallMsg, block *big.Int) (outs [][]byte, errs []error, err error) {
	tag := "latest"
	if block != nil {
		tag = hexutil.EncodeBig(block)
	}
	err = c.do(ctx, "eth_call_batch", 0, c.cfg.LogsTimeout, nil, func(ctx context.Context, ep *endpoint) error {
		res := make([]hexutil.Bytes, len(msgs))
		batch := make([]rpc.BatchElem, len(msgs))
		for i, m := range msgs {
			arg := map[string]any{"from": m.From, "to": m.To, "input": hexutil.Bytes(m.Data)}
			if m.Value != nil {
				arg["value"] = (*hexutil.Big)(m.Value)
			}
			batch[i] = rpc.BatchElem{Method: "eth_call", Args: []any{arg, tag}, Result: &res[i]}
		}
		if err := ep.rpc.BatchCallContext(ctx, batch); err != nil {
			return err
		}
		outs, errs = make([][]byte, len(msgs)), make([]error, len(msgs))
		for i, b := range batch {
			if b.Error != nil && !IsRevert(b.Error) {
				return fmt.Errorf("call %d: %w", i, b.Error)
			}
			outs[i], errs[i] = res[i], b.Error
		}
		return nil
	})
	return outs, errs, err
}

// EstimateGas runs eth_estimateGas; a revert is returned as is.
func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	var g uint64
	err := c.do(ctx, "eth_estimateGas", 0, c.cfg.CallTimeout, revertIsAnswer, func(ctx context.Context, ep *endpoint) (err error) {
		g, err = ep.eth.EstimateGas(ctx, msg)
		return err
	})
	return g, err
}

// CodeAt returns the code at account (nil block: latest).
func (c *Client) CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error) {
	var code []byte
	err := c.do(ctx, "eth_getCode", 0, c.cfg.CallTimeout, nil, func(ctx context.Context, ep *endpoint) (err error) {
		code, err = ep.eth.CodeAt(ctx, account, blockNumber)
		return err
	})
	return code, err
}

// SendTransaction broadcasts a signed transaction (see SendRawTransaction).
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	return c.SendRawTransaction(ctx, raw)
}

// SendRawTransaction broadcasts a signed transaction to every endpoint at once. It succeeds when any
// endpoint accepted it; otherwise it returns the error of the first endpoint that gave an answer
// (a JSON-RPC error such as "nonce too low" or "replacement transaction underpriced") in preference
// to transport faults. Re-sending a transaction a node already has is reported by the node as an
// error ("already known"): callers decide what that means (see IsKnownTx).
func (c *Client) SendRawTransaction(ctx context.Context, raw []byte) error {
	type res struct {
		ep  *endpoint
		err error
	}
	eps := c.candidates()
	ch := make(chan res, len(eps))
	for _, ep := range eps {
		go func() {
			cctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
			defer cancel()
			start := time.Now()
			err := ep.rpc.CallContext(cctx, nil, "eth_sendRawTransaction", hexutil.Encode(raw))
			c.metrics.RPCCall(ep.name, "eth_sendRawTransaction", time.Since(start), err)
			ch <- res{ep, err}
		}()
	}
	var answerErr, faultErr error
	accepted := false
	for range eps {
		r := <-ch
		var re rpc.Error
		switch {
		case r.err == nil:
			c.ok(r.ep)
			accepted = true
		case errors.As(r.err, &re):
			c.ok(r.ep)
			if answerErr == nil {
				answerErr = r.err
			}
		default:
			if ctx.Err() == nil {
				c.fault(r.ep, "eth_sendRawTransaction", r.err)
			}
			if faultErr == nil {
				faultErr = r.err
			}
		}
	}
	switch {
	case accepted:
		return nil
	case ctx.Err() != nil:
		return ctx.Err()
	case answerErr != nil:
		return answerErr
	default:
		return fmt.Errorf("ethrpc eth_sendRawTransaction: %w", faultErr)
	}
}

// IsKnownTx reports whether a send error means the node already has this exact transaction.
func IsKnownTx(err error) bool {
	if err == nil {
		return false
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "known transaction") ||
		strings.Contains(s, "already imported") || strings.Contains(s, "already in mempool") ||
		strings.Contains(s, "transaction already exists")
}

// IsNonceTooLow reports whether a send error means the nonce was already used by a mined transaction.
func IsNonceTooLow(err error) bool {
	if err == nil {
		return false
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "nonce too low") || strings.Contains(s, "nonce is too low") ||
		strings.Contains(s, "already been used")
}

// IsUnderpriced reports whether a send error means the replacement fee bump was too small.
func IsUnderpriced(err error) bool {
	if err == nil {
		return false
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "underpriced") || strings.Contains(s, "fee too low")
}

// RawCall runs an arbitrary JSON-RPC method on the best endpoint (no failover on JSON-RPC errors).
func (c *Client) RawCall(ctx context.Context, result any, method string, args ...any) error {
	return c.do(ctx, method, 0, c.cfg.CallTimeout, func(err error) bool {
		var re rpc.Error
		return errors.As(err, &re)
	}, func(ctx context.Context, ep *endpoint) error {
		return ep.rpc.CallContext(ctx, result, method, args...)
	})
}
