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
	"net/url"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teeoracle/teeoracle/relayer/runloop"
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
		c.CallTimeout = DefaultCallTimeout
	}
	if c.LogsTimeout == 0 {
		c.LogsTimeout = DefaultLogsTimeout
	}
	if c.Cooldown == 0 {
		c.Cooldown = DefaultCooldown
	}
	if c.MaxLag == 0 {
		c.MaxLag = DefaultMaxLag
	}
	if c.HeadPoll == 0 {
		c.HeadPoll = DefaultHeadPoll
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

	heads *runloop.Loop
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
	c := &Client{cfg: cfg, log: log, metrics: m, heads: runloop.New(runloop.Options{Interval: cfg.HeadPoll, CancelOnStop: true})}
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
	c.heads.Start(ctx, c.RefreshHeads)
}

// Stop ends the head loop started by Start and closes the connections.
func (c *Client) Stop() {
	ctx, cancel := context.WithTimeout(context.Background(), c.cfg.CallTimeout+time.Second)
	defer cancel()
	_ = c.heads.Stop(ctx)
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

// call runs fn through do (failover, timeout, metrics) and returns its value.
func call[T any](c *Client, ctx context.Context, method string, minHead uint64, timeout time.Duration, isAnswer answer,
	fn func(ctx context.Context, ep *endpoint) (T, error)) (T, error) {
	var out T
	err := c.do(ctx, method, minHead, timeout, isAnswer, func(ctx context.Context, ep *endpoint) error {
		v, err := fn(ctx, ep)
		out = v
		return err
	})
	return out, err
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
