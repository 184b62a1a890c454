// Package dispatch runs indexed jobs on enclave workers and stores their signed results.
//
// Each round the dispatcher claims due jobs (jobs.Claim: FOR UPDATE SKIP LOCKED under a lease, so
// several relayer processes on one database share the work and a job whose relayer died is taken
// again when its lease runs out), drops those it must not run (deadline too close, fee below the
// operator's minimum, program disabled), picks for each a worker whose attested signer is registered
// and active on-chain (per the indexed registry) and for which the program's author published a CID,
// and sends them in batches, many batches at once. Signed results (already checked by the worker
// client against the job and the attested signer) become result_ready. Only a real try counts as an
// attempt (a job sent to a worker), and only failures that are the job's own (a malformed job, an
// invalid program) are retried with exponential backoff up to MaxAttempts. A job nobody can serve
// now, or whose worker failed (down, IPFS unreachable, internal error), goes to another worker or
// waits a short delay, until its deadline expires it: waiting is not failing. Workers are
// health-checked every refresh (every second while one is not usable), so a worker that dies
// while idle shows, and one that comes back wakes the waiting jobs at once.
package dispatch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/registry"
	"github.com/teeoracle/teeoracle/relayer/runloop"
	"github.com/teeoracle/teeoracle/relayer/store"
)

// Worker is one enclave worker (*client.Client has it). Execute returns one result per job, in
// order; a batch error means none ran (or their results were lost). Identity may be cached; Forget
// drops the cache, so that the next Identity attests again (the dispatcher calls it after a batch
// fails: a restarted worker may have a new key). FleetStatus says which fleet epochs it holds
// (refreshed with the identity). Safe for concurrent use.
type Worker interface {
	Identity(ctx context.Context) (api.Identity, error)
	Execute(ctx context.Context, jobs []api.Job) ([]api.JobResult, error)
	FleetStatus(ctx context.Context, domain *protocol.Domain) (api.FleetStatus, error)
	Health(ctx context.Context) (api.Health, error)
	Forget()
}

// NamedWorker is a worker with a name for logs, metrics and the jobs table (e.g. its URL).
type NamedWorker struct {
	Name   string
	Worker Worker
}

// Config configures a Dispatcher.
type Config struct {
	ChainID        int64
	Router         common.Address
	Owner          string        // lease owner id of this process
	BatchSize      int           // jobs per Execute call (default 16, at most api.MaxBatch)
	Concurrency    int           // Execute calls in flight (default 8)
	Lease          time.Duration // job lease, renewed every third of it while the job is on a worker (default 15s)
	PollInterval   time.Duration // default 250ms
	RetryBase      time.Duration // first retry delay (default 1s), doubled per attempt
	RetryMax       time.Duration // retry delay cap (default 2m)
	WaitMax        time.Duration // cap of the delay of a job that waits for a worker (default 5s)
	MaxAttempts    int           // dispatch attempts before a job fails (default 8)
	MinFee         *big.Int      // jobs paying less are not run (default 0)
	DeadlineMargin time.Duration // do not start a job this close to its deadline (default 30s)
	ExpiryMargin   time.Duration // use only enclaves registered for at least this long still (default 2m)
	WorkerBackoff  time.Duration // leave a failing worker alone this long (default 5s)
	RefreshEvery   time.Duration // re-read worker identities and registrations (default 5s)
	OnResults      func()        // called after a batch's results are stored (e.g. to wake the submitter)
	Now            func() time.Time
	// Fee policy (issue 11, opt-in since issue 20): refuse jobs whose enclave fee does not cover
	// (callback gas + FulfilOverheadGas) x today's gas price x FeeMarginPercent% (0:
	// DefaultFeeMarginPercent, which is off; negative or nil Prices: off). Off by default: the
	// router's floor follows block.basefee, so every job met it at its request block.
	FeeMarginPercent  int64
	FulfilOverheadGas uint64 // default DefaultFulfilOverheadGas
	Prices            Prices
}

func (c *Config) defaults() {
	if c.BatchSize <= 0 {
		c.BatchSize = DefaultBatchSize
	}
	c.BatchSize = min(c.BatchSize, api.MaxBatch)
	if c.Concurrency <= 0 {
		c.Concurrency = DefaultConcurrency
	}
	if c.Lease == 0 {
		c.Lease = DefaultLease
	}
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.RetryBase == 0 {
		c.RetryBase = DefaultRetryBase
	}
	if c.RetryMax == 0 {
		c.RetryMax = DefaultRetryMax
	}
	if c.WaitMax == 0 {
		c.WaitMax = DefaultWaitMax
	}
	if c.MaxAttempts == 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	if c.MinFee == nil {
		c.MinFee = new(big.Int)
	}
	if c.DeadlineMargin == 0 {
		c.DeadlineMargin = DefaultDeadlineMargin
	}
	if c.ExpiryMargin == 0 {
		c.ExpiryMargin = DefaultExpiryMargin
	}
	if c.WorkerBackoff == 0 {
		c.WorkerBackoff = DefaultWorkerBackoff
	}
	if c.RefreshEvery == 0 {
		c.RefreshEvery = DefaultRefreshEvery
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.FeeMarginPercent == 0 {
		c.FeeMarginPercent = DefaultFeeMarginPercent
	}
	if c.FulfilOverheadGas == 0 {
		c.FulfilOverheadGas = DefaultFulfilOverheadGas
	}
}

// Check validates the configuration.
func (c Config) Check() error {
	if c.ChainID <= 0 || c.Router == (common.Address{}) || c.Owner == "" {
		return errors.New("dispatch: chain id, router and owner are required")
	}
	if c.Lease != 0 && c.Lease < MinLease {
		return fmt.Errorf("dispatch: job lease %s is below %s (it is renewed every third of it)", c.Lease, MinLease)
	}
	return nil
}

// Metrics observes the dispatcher (and times its stores' queries). Implementations must be safe
// for concurrent use.
type Metrics interface {
	store.Metrics
	JobDispatched(worker string, n int)
	JobResult(worker string, outcome string) // "signed", "signed_failure", "retry", "failed", "expired", "skipped"
	WorkerCall(worker string, d time.Duration, err error)
	WorkerHealth(worker string, up bool) // result of a periodic health check
	InFlight(n int)
}

// NoopMetrics discards observations.
type NoopMetrics struct{ store.NoopMetrics }

func (NoopMetrics) JobDispatched(string, int)               {}
func (NoopMetrics) JobResult(string, string)                {}
func (NoopMetrics) WorkerCall(string, time.Duration, error) {}
func (NoopMetrics) InFlight(int)                            {}
func (NoopMetrics) WorkerHealth(string, bool)               {}

type workerState struct {
	NamedWorker
	signer    common.Address
	eligible  bool // signer registered, active, not about to expire
	downUntil time.Time
	lastErr   string
	epochs    map[uint32]bool // fleet epochs held (GET /v1/fleet)
	current   uint32
	fleetErr  string
}

// Dispatcher runs jobs on workers.
type Dispatcher struct {
	cfg      Config
	db       *pgxpool.Pool
	jobs     *jobs.Store
	registry *registry.Store
	log      *slog.Logger
	metrics  Metrics
	loop     *runloop.Loop

	mu       sync.Mutex
	workers  []*workerState
	inflight int
	refresh  time.Time // loop goroutine only

	sem chan struct{}
	wg  sync.WaitGroup

	fees *feePolicy
	// avoid lists, per job, the workers that answered epoch_unavailable for it (they lack an
	// epoch it needs, e.g. its program's); entries go when the job is routed elsewhere or ends.
	avoid map[common.Hash]map[string]bool
}

// New creates a dispatcher over the given workers.
func New(cfg Config, db *pgxpool.Pool, workers []NamedWorker, log *slog.Logger, m Metrics) (*Dispatcher, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg.defaults()
	if m == nil {
		m = NoopMetrics{}
	}
	d := &Dispatcher{cfg: cfg, db: db, jobs: jobs.NewStore(m), registry: registry.NewStore(cfg.ChainID, m), log: log, metrics: m,
		sem: make(chan struct{}, cfg.Concurrency), avoid: map[common.Hash]map[string]bool{},
		fees: &feePolicy{prices: cfg.Prices, margin: cfg.FeeMarginPercent, overhead: cfg.FulfilOverheadGas}}
	// Stop lets the round finish and then waits for the batches it started.
	d.loop = runloop.New(runloop.Options{Interval: cfg.PollInterval, OnExit: d.wg.Wait})
	for _, w := range workers {
		d.workers = append(d.workers, &workerState{NamedWorker: w})
	}
	return d, nil
}

// Start runs the dispatch loop until ctx ends or Stop.
func (d *Dispatcher) Start(ctx context.Context) {
	d.loop.Start(ctx, func(ctx context.Context) {
		if time.Since(d.refresh) > d.refreshEvery() {
			d.RefreshWorkers(ctx)
			d.refresh = time.Now()
		}
		if _, err := d.Round(ctx); err != nil && ctx.Err() == nil {
			d.log.Warn("dispatch round failed", "err", err)
		}
	})
}

// Poke makes the loop claim jobs now.
func (d *Dispatcher) Poke() { d.loop.Poke() }

// Stop stops claiming and waits for the batches in flight (their results are stored); when ctx
// ends first, the remaining jobs keep their leases and are taken again after them.
func (d *Dispatcher) Stop(ctx context.Context) error { return d.loop.Stop(ctx) }

// Round claims what free capacity allows and starts the batches; it returns how many jobs it claimed.
func (d *Dispatcher) Round(ctx context.Context) (int, error) {
	if err := d.expireUnrun(ctx); err != nil {
		return 0, fmt.Errorf("expire: %w", err)
	}
	usable := d.usable()
	if len(usable) == 0 {
		return 0, nil
	}
	d.mu.Lock()
	free := d.cfg.Concurrency*d.cfg.BatchSize - d.inflight
	d.mu.Unlock()
	if free <= 0 {
		return 0, nil
	}
	claimed, err := d.jobs.Claim(ctx, d.db, d.cfg.ChainID, d.cfg.Owner, free, d.cfg.Lease)
	if err != nil {
		return 0, fmt.Errorf("claim: %w", err)
	}
	if len(claimed) == 0 {
		return 0, nil
	}
	byWorker, err := d.route(ctx, claimed, usable)
	if err != nil {
		// The claimed jobs keep their leases and are taken again when they run out.
		return len(claimed), fmt.Errorf("route: %w", err)
	}
	for w, list := range byWorker {
		for start := 0; start < len(list); start += d.cfg.BatchSize {
			batch := list[start:min(start+d.cfg.BatchSize, len(list))]
			d.mu.Lock()
			d.inflight += len(batch)
			d.metrics.InFlight(d.inflight)
			d.mu.Unlock()
			d.wg.Add(1)
			go d.run(ctx, w, batch)
		}
	}
	return len(claimed), nil
}

// expireUnrun ends the jobs still waiting for a worker whose deadline is too close to run them (no
// usable worker, or backoff ran past it): they must not sit in requested past their deadline.
func (d *Dispatcher) expireUnrun(ctx context.Context) error {
	ids, err := d.jobs.ExpireWaiting(ctx, d.db, d.cfg.ChainID, d.cfg.Now().Add(d.cfg.DeadlineMargin).Unix(),
		"deadline passed before a usable worker ran the job")
	for _, id := range ids {
		d.metrics.JobResult("", "expired")
		d.log.Warn("job expired before a usable worker ran it", "job", id)
	}
	return err
}

// renewLeases renews the leases of jobs ids every third of the lease until the returned stop is
// called: a job stays leased as long as a worker runs it, and no longer than a lease after its
// relayer died.
func (d *Dispatcher) renewLeases(ctx context.Context, ids []common.Hash) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(d.cfg.Lease / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				held, err := d.jobs.ExtendLease(ctx, d.db, d.cfg.Owner, ids, d.cfg.Lease)
				if err != nil {
					d.log.Warn("renew job leases", "jobs", len(ids), "err", err)
				} else if len(held) < len(ids) {
					d.log.Info("some job leases were lost", "held", len(held), "of", len(ids))
				}
			}
		}
	}()
	return func() { close(done); <-finished }
}
