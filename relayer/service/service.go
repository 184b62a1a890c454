// Package service assembles a relayer process: Postgres pool, multi-endpoint RPC client, indexer
// (with the oracle's event handler), dispatcher to enclave workers, fulfilment batcher, transaction
// manager and the HTTP endpoints (Prometheus metrics, /healthz, /readyz, /v1/jobs/{id}). The relayer
// command is a flag layer over it; tests start it in-process.
package service

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/relayer/dispatch"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/events"
	"github.com/teeoracle/teeoracle/relayer/fleet"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/metrics"
	"github.com/teeoracle/teeoracle/relayer/registry"
	"github.com/teeoracle/teeoracle/relayer/runloop"
	"github.com/teeoracle/teeoracle/relayer/submit"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// IndexerName is the checkpoint name of the oracle indexer.
const IndexerName = "oracle"

// Config of a relayer process.
type Config struct {
	DatabaseURL     string
	RPC             ethrpc.Config
	ChainID         int64          // 0: ask the chain; otherwise checked against it
	Router          common.Address // JobRouter (programs are part of it)
	StartBlock      uint64         // first block to index on an empty database (the deployment block)
	Confirmations   uint64         // indexer depth
	SenderKey       *ecdsa.PrivateKey
	Workers         []string // worker API URLs
	AllowSimulation bool     // accept simulation-mode workers (development chains only)
	Listen          string   // HTTP address for metrics, health and the job API ("" = none)
	CORSOrigins     []string // origins whose pages may read /v1/jobs ("*": any; none: no CORS header)
	Owner           string   // lease owner id (default host:pid:random)
	Migrate         bool     // apply migrations at start (otherwise the schema must be current)
	Version         string

	Indexer       indexer.Config  // Name, ChainID, Addresses, Topics, StartBlock, Confirmations are filled in
	Dispatch      dispatch.Config // ChainID, Router, Owner are filled in
	Submit        submit.Config   // ChainID, Router are filled in
	Tx            txmgr.Config    // ChainID, Key, Owner are filled in
	Fleet         fleet.Config    // the fleet loop (fleet.go)
	WorkerTimeout time.Duration
	WorkerToken   string        // bearer token of execute requests (the workers' --execute-token-file); never logged
	HTTPIdle      time.Duration // idle keep-alive connections of the HTTP server are closed after this (default 30s)
}

// Check reports an unusable configuration.
func (c Config) Check() error {
	var errs []error
	if c.DatabaseURL == "" {
		errs = append(errs, errors.New("database URL missing"))
	}
	if err := c.RPC.Check(); err != nil {
		errs = append(errs, err)
	}
	if c.Router == (common.Address{}) {
		errs = append(errs, errors.New("--router is required"))
	}
	if c.SenderKey == nil {
		errs = append(errs, errors.New("sender key missing"))
	}
	if len(c.Workers) == 0 {
		errs = append(errs, errors.New("at least one worker URL is required"))
	}
	// The job lease is renewed every third of it while a worker runs the job: it need not outlast a
	// worker call, only a few renewals (a crashed relayer's jobs are taken again after one lease).
	errs = append(errs, c.checkValues()...)
	if c.Dispatch.Lease != 0 && c.Dispatch.Lease < dispatch.MinLease {
		errs = append(errs, fmt.Errorf("job lease %s is below %s", c.Dispatch.Lease, dispatch.MinLease))
	}
	return errors.Join(errs...)
}

// Service is a running relayer.
type Service struct {
	cfg        Config
	log        *slog.Logger
	DB         *pgxpool.Pool
	RPC        *ethrpc.Client
	Metrics    *metrics.Metrics
	Indexer    *indexer.Indexer
	Dispatcher *dispatch.Dispatcher
	Submitter  *submit.Submitter
	Tx         *txmgr.Manager
	Fleet      *fleet.Loop // nil when disabled or without workers
	chainID    int64
	clock      *chainClock // the chain's time, for deadlines and registration expiries
	jobs       *jobs.Store
	txs        *txmgr.Store
	registry   *registry.Store

	http     *http.Server
	listener net.Listener
	cancel   context.CancelFunc
	poll     *runloop.Loop
	heads    <-chan struct{} // the new-head follower (heads.go); nil without a WebSocket endpoint
	stopOnce sync.Once
	started  bool // Start completed (Stop after a failed Start logs nothing)
}

// Start connects everything and starts the loops. On error, what was started is stopped.
func Start(ctx context.Context, cfg Config, log *slog.Logger) (s *Service, err error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	if cfg.Owner == "" {
		cfg.Owner = txmgr.NewOwnerID()
	}
	s = &Service{cfg: cfg, log: log, Metrics: metrics.New(cfg.Version)}
	s.jobs, s.txs = jobs.NewStore(s.Metrics), txmgr.NewStore(s.Metrics)
	defer func() {
		if err != nil {
			_ = s.Stop(context.Background())
		}
	}()
	s.DB, err = pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		return s, fmt.Errorf("database: %w", err)
	}
	if err := s.DB.Ping(ctx); err != nil {
		return s, fmt.Errorf("database: %w", err)
	}
	if cfg.Migrate {
		if _, err := migrations.Migrate(ctx, s.DB, log); err != nil {
			return s, err
		}
	} else if v, err := migrations.Current(ctx, s.DB); err != nil || v < migrations.Latest() {
		return s, fmt.Errorf("database schema at version %d, need %d: run `relayer migrate` (%v)", v, migrations.Latest(), err)
	}

	s.RPC, err = ethrpc.Dial(ctx, cfg.RPC, log, s.Metrics)
	if err != nil {
		return s, err
	}
	id, err := s.RPC.ChainID(ctx)
	if err != nil {
		return s, fmt.Errorf("chain id: %w", err)
	}
	if cfg.ChainID != 0 && id.Int64() != cfg.ChainID {
		return s, fmt.Errorf("RPC is on chain %s, configured for %d", id, cfg.ChainID)
	}
	s.chainID = id.Int64()
	s.registry = registry.NewStore(s.chainID, s.Metrics)
	if code, err := s.RPC.CodeAt(ctx, cfg.Router, nil); err != nil || len(code) == 0 {
		return s, fmt.Errorf("no contract at router %s on chain %d (%v)", cfg.Router, s.chainID, err)
	}
	// Code is not enough: a wrong address (the registry, a token) would be indexed without a word.
	if _, err := s.routerConfigAt(ctx, nil); err != nil {
		return s, fmt.Errorf("%s on chain %d does not answer JobRouter.config(): not a JobRouter (%w)", cfg.Router, s.chainID, err)
	}
	baseNonce, err := s.routerNonceAt(ctx, cfg.StartBlock)
	if err != nil {
		return s, err
	}
	handler, err := events.New(s.chainID, cfg.Router, cfg.Router, baseNonce, log, s.Metrics)
	if err != nil {
		return s, err
	}

	ic := cfg.Indexer
	ic.Name, ic.ChainID, ic.Addresses, ic.Topics = IndexerName, s.chainID, handler.Addresses(), handler.Topics()
	ic.StartBlock, ic.Confirmations = cfg.StartBlock, cfg.Confirmations
	ic.AfterRange = func() {
		if s.Dispatcher != nil {
			s.Dispatcher.Poke()
		}
	}
	s.Indexer, err = indexer.New(ic, s.DB, s.RPC, handler, log, s.Metrics)
	if err != nil {
		return s, err
	}
	if err := s.Indexer.CheckSource(ctx); err != nil {
		return s, err
	}

	// The submitter enqueues into the sender's queue; the manager sends from it and calls the
	// submitter back through its hooks: queue, then submitter, then manager.
	queue := txmgr.NewQueue(s.chainID, SenderAddress(cfg.SenderKey), txmgr.NewStore(s.Metrics))
	s.clock = &chainClock{head: s.RPC.HeaderByNumber}
	sc := cfg.Submit
	if sc.Now == nil {
		sc.Now = s.clock.Now
	}
	sc.ChainID, sc.Router = s.chainID, cfg.Router
	s.Submitter = submit.New(sc, s.DB, s.RPC, queue, log, s.Metrics)
	tc := cfg.Tx
	tc.ChainID, tc.Key, tc.Owner, tc.Queue = id, cfg.SenderKey, cfg.Owner, queue
	s.Tx, err = txmgr.New(tc, s.DB, s.RPC, s.Submitter.Hooks(), log, s.Metrics.Tx())
	if err != nil {
		return s, err
	}

	var workers []dispatch.NamedWorker
	var fleetWorkers []fleet.Worker
	for _, u := range cfg.Workers {
		opts := []client.Option{}
		if cfg.AllowSimulation {
			opts = append(opts, client.AllowSimulation())
		}
		if cfg.WorkerTimeout > 0 {
			opts = append(opts, client.WithTimeout(cfg.WorkerTimeout))
		}
		if cfg.WorkerToken != "" {
			opts = append(opts, client.WithExecuteToken(cfg.WorkerToken))
		}
		c, err := client.New(u, opts...)
		if err != nil {
			return s, err
		}
		workers = append(workers, dispatch.NamedWorker{Name: ethrpc.Redact(u), Worker: c})
		fleetWorkers = append(fleetWorkers, fleet.Worker{Name: ethrpc.Redact(u), Client: c})
	}
	dc := cfg.Dispatch
	dc.ChainID, dc.Router, dc.Owner = s.chainID, cfg.Router, cfg.Owner
	dc.OnResults = s.Submitter.Poke
	dc.Prices = s.RPC
	if dc.Now == nil {
		dc.Now = s.clock.Now
	}
	s.Dispatcher, err = dispatch.New(dc, s.DB, workers, log, s.Metrics)
	if err != nil {
		return s, err
	}
	var endpoints, workerNames []string
	for _, u := range cfg.RPC.URLs {
		endpoints = append(endpoints, ethrpc.Redact(u))
	}
	for _, w := range workers {
		workerNames = append(workerNames, w.Name)
	}
	s.Metrics.Zero(metrics.Labels{Indexer: IndexerName, Endpoints: endpoints, Workers: workerNames, TxKinds: []string{submit.Kind}})
	if cfg.AllowSimulation {
		log.Warn("simulation-mode workers are accepted: NOTHING they run is confidential (development only)")
	}

	if cfg.Listen != "" {
		s.listener, err = net.Listen("tcp", cfg.Listen)
		if err != nil {
			return s, fmt.Errorf("listen: %w", err)
		}
		s.http = newHTTPServer(s.handler(), cfg.HTTPIdle, log)
		go func() { _ = s.http.Serve(s.listener) }()
	}

	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.cancel = cancel
	s.RPC.Start(runCtx)
	if err := s.clock.update(ctx); err != nil {
		log.Warn("chain time: cannot read the head block yet; using the wall clock until it can", "err", err)
	}
	go s.clock.run(runCtx, time.Second)
	s.Indexer.Start(runCtx)
	s.heads = followHeads(runCtx, cfg.RPC.URLs, log, s.Indexer.Poke)
	s.Dispatcher.Start(runCtx)
	s.Submitter.Start(runCtx)
	s.Tx.Start(runCtx)
	s.startFleet(runCtx, queue, fleetWorkers)
	s.poll = s.startStats(runCtx)
	s.started = true
	log.Info("relayer started", "chain", s.chainID, "router", cfg.Router, "sender", s.Tx.From(), "workers", len(workers),
		"owner", cfg.Owner, "http", s.Addr())
	return s, nil
}

// routerNonceAt is the router's job nonce just before block n (0 for n == 0).
func (s *Service) routerNonceAt(ctx context.Context, n uint64) (uint64, error) {
	if n == 0 {
		return 0, nil
	}
	c, err := s.routerConfigAt(ctx, new(big.Int).SetUint64(n-1))
	if errors.Is(err, errNoCode) {
		return 0, nil // not deployed yet at that block: no job before it
	}
	if err != nil {
		return 0, fmt.Errorf("router config at block %d: %w", n-1, err)
	}
	return c.Nonce.Uint64(), nil
}

var errNoCode = errors.New("empty answer")

// routerConfigAt calls JobRouter.config() at a block (nil: latest).
func (s *Service) routerConfigAt(ctx context.Context, block *big.Int) (bindings.IJobRouterConfig, error) {
	r := bindings.NewJobRouter()
	out, err := s.RPC.CallContract(ctx, ethereum.CallMsg{To: &s.cfg.Router, Data: r.PackConfig()}, block)
	if err != nil {
		return bindings.IJobRouterConfig{}, err
	}
	if len(out) == 0 {
		return bindings.IJobRouterConfig{}, errNoCode
	}
	c, err := r.UnpackConfig(out)
	if err != nil {
		return bindings.IJobRouterConfig{}, fmt.Errorf("router config: %w", err)
	}
	return c, nil
}

// ChainID is the chain the relayer serves.
func (s *Service) ChainID() int64 { return s.chainID }

// Addr is the HTTP address ("" when not listening).
func (s *Service) Addr() string {
	if s.listener == nil {
		return ""
	}
	return s.listener.Addr().String()
}

// Ready returns nil when the relayer can do its work: database reachable, indexer caught up, a
// worker usable, an RPC endpoint healthy.
func (s *Service) Ready(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	var errs []error
	if err := s.DB.Ping(ctx); err != nil {
		errs = append(errs, fmt.Errorf("database: %w", err))
	}
	if err := s.Indexer.Ready(); err != nil {
		errs = append(errs, err)
	}
	if err := s.Dispatcher.Ready(); err != nil {
		errs = append(errs, err)
	}
	healthy := false
	for _, ep := range s.RPC.Status() {
		healthy = healthy || !ep.Cooling
	}
	if !healthy {
		errs = append(errs, errors.New("rpc: every endpoint is failing"))
	}
	return errors.Join(errs...)
}

// Stop shuts down gracefully: the HTTP server stops, the dispatcher waits for the batches on
// workers and stores their results, the loops finish their round, the sender lease is released.
// Jobs and transactions in flight continue from the database on the next start (or in another
// relayer).
func (s *Service) Stop(ctx context.Context) error {
	var errs []error
	s.stopOnce.Do(func() {
		if s.http != nil {
			sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			errs = append(errs, s.http.Shutdown(sctx))
			cancel()
		}
		if s.Dispatcher != nil {
			errs = append(errs, s.Dispatcher.Stop(ctx))
		}
		if s.Indexer != nil {
			errs = append(errs, s.Indexer.Stop(ctx))
		}
		if s.Submitter != nil {
			errs = append(errs, s.Submitter.Stop(ctx))
		}
		if s.Fleet != nil {
			errs = append(errs, s.Fleet.Stop(ctx))
		}
		if s.Tx != nil {
			errs = append(errs, s.Tx.Stop(ctx))
		}
		if s.cancel != nil {
			s.cancel()
		}
		if s.poll != nil {
			errs = append(errs, s.poll.Stop(ctx))
		}
		if s.heads != nil {
			<-s.heads
		}
		if s.RPC != nil {
			s.RPC.Stop()
		}
		if s.DB != nil {
			s.DB.Close()
		}
		if s.started {
			s.log.Info("relayer stopped")
		}
	})
	return errors.Join(errs...)
}

// SenderAddress returns the address of a sender key.
func SenderAddress(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
