// Package dispatch runs indexed jobs on enclave workers and stores their signed results.
//
// Each round the dispatcher claims due jobs (jobs.Claim: FOR UPDATE SKIP LOCKED under a lease, so
// several relayer processes on one database share the work and a job whose relayer died is taken
// again when its lease runs out), drops those it must not run (deadline too close, fee below the
// operator's minimum, program disabled), picks for each a worker whose attested signer is registered
// and active on-chain (per the indexed registry) and for which the program's author published a CID,
// and sends them in batches, many batches at once. Signed results (already checked by the worker
// client against the job and the attested signer) become result_ready; failures are retried with
// exponential backoff up to MaxAttempts.
package dispatch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/registry"
	"github.com/teeoracle/teeoracle/relayer/runloop"
	"github.com/teeoracle/teeoracle/relayer/store"
)

// Worker is one enclave worker (*client.Client has it). Execute returns one result per job, in
// order; a batch error means none ran (or their results were lost). Identity may be cached; Forget
// drops the cache, so that the next Identity attests again (the dispatcher calls it after a batch
// fails: a restarted worker may have a new key). Safe for concurrent use.
type Worker interface {
	Identity(ctx context.Context) (api.Identity, error)
	Execute(ctx context.Context, jobs []api.Job) ([]api.JobResult, error)
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
	MaxAttempts    int           // dispatch attempts before a job fails (default 8)
	MinFee         *big.Int      // jobs paying less are not run (default 0)
	DeadlineMargin time.Duration // do not start a job this close to its deadline (default 30s)
	ExpiryMargin   time.Duration // use only enclaves registered for at least this long still (default 2m)
	WorkerBackoff  time.Duration // leave a failing worker alone this long (default 5s)
	RefreshEvery   time.Duration // re-read worker identities and registrations (default 5s)
	OnResults      func()        // called after a batch's results are stored (e.g. to wake the submitter)
	Now            func() time.Time
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
	InFlight(n int)
}

// NoopMetrics discards observations.
type NoopMetrics struct{ store.NoopMetrics }

func (NoopMetrics) JobDispatched(string, int)               {}
func (NoopMetrics) JobResult(string, string)                {}
func (NoopMetrics) WorkerCall(string, time.Duration, error) {}
func (NoopMetrics) InFlight(int)                            {}

type workerState struct {
	NamedWorker
	signer    common.Address
	eligible  bool // signer registered, active, not about to expire
	downUntil time.Time
	lastErr   string
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
		sem: make(chan struct{}, cfg.Concurrency)}
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
		if time.Since(d.refresh) > d.cfg.RefreshEvery {
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

// RefreshWorkers reads every worker's attested identity and whether its signer is registered and
// active on-chain (as indexed).
func (d *Dispatcher) RefreshWorkers(ctx context.Context) {
	d.mu.Lock()
	ws := append([]*workerState(nil), d.workers...)
	d.mu.Unlock()
	for _, w := range ws {
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		id, err := w.Worker.Identity(cctx)
		cancel()
		eligible := false
		if err == nil {
			eligible, err = d.registry.EnclaveUsable(ctx, d.db, id.Signer, d.cfg.Now().Add(d.cfg.ExpiryMargin).Unix())
		}
		d.mu.Lock()
		prev, prevErr := w.eligible, w.lastErr
		w.signer, w.eligible = id.Signer, eligible && err == nil
		switch {
		case err != nil:
			w.lastErr = err.Error()
		case !eligible:
			w.lastErr = "enclave not registered and active on-chain"
		default:
			w.lastErr = ""
		}
		now := w.lastErr
		d.mu.Unlock()
		switch {
		case now != "" && now != prevErr:
			d.log.Warn("worker not usable", "worker", w.Name, "signer", id.Signer, "reason", now)
		case now == "" && !prev:
			d.log.Info("worker ready", "worker", w.Name, "signer", id.Signer, "insecure", id.Insecure)
		}
	}
}

// WorkerStatus is a snapshot of one worker for health reporting.
type WorkerStatus struct {
	Name      string
	Signer    common.Address
	Eligible  bool
	Down      bool
	LastError string
}

// Workers returns a snapshot of the workers.
func (d *Dispatcher) Workers() []WorkerStatus {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]WorkerStatus, len(d.workers))
	now := time.Now()
	for i, w := range d.workers {
		out[i] = WorkerStatus{Name: w.Name, Signer: w.signer, Eligible: w.eligible, Down: now.Before(w.downUntil), LastError: w.lastErr}
	}
	return out
}

// Ready returns nil when at least one worker is usable.
func (d *Dispatcher) Ready() error {
	for _, w := range d.Workers() {
		if w.Eligible && !w.Down {
			return nil
		}
	}
	return errors.New("dispatch: no registered, active and reachable worker")
}

// usable returns the workers jobs may go to now, keyed by signer.
func (d *Dispatcher) usable() map[common.Address]*workerState {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := time.Now()
	out := map[common.Address]*workerState{}
	for _, w := range d.workers {
		if w.eligible && now.After(w.downUntil) {
			if _, dup := out[w.signer]; !dup {
				out[w.signer] = w
			}
		}
	}
	return out
}

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

// route decides what to do with claimed jobs: a worker and the job to send it, or nothing when the
// job was finished or put back. Programs and CIDs are read for all the jobs at once, and the chosen
// workers recorded in one statement.
func (d *Dispatcher) route(ctx context.Context, claimed []*jobs.Job, usable map[common.Address]*workerState) (map[*workerState][]api.Job, error) {
	now := d.cfg.Now()
	var programs []common.Hash
	seen := map[common.Hash]bool{}
	for _, j := range claimed {
		if !seen[j.ProgramID] {
			seen[j.ProgramID] = true
			programs = append(programs, j.ProgramID)
		}
	}
	enabled, err := d.registry.ProgramsEnabled(ctx, d.db, programs) // absent: program not registered
	if err != nil {
		return nil, err
	}
	signers := make([]common.Address, 0, len(usable))
	for s := range usable {
		signers = append(signers, s)
	}
	cids, err := d.registry.CIDs(ctx, d.db, programs, signers)
	if err != nil {
		return nil, err
	}
	type option struct {
		w   *workerState
		cid string
	}
	options := map[common.Hash][]option{}
	for _, c := range cids {
		options[c.Program] = append(options[c.Program], option{usable[c.Enclave], c.CID})
	}

	byWorker := map[*workerState][]api.Job{}
	var infos []jobs.DispatchInfo
	for _, j := range claimed {
		var err error
		on, registered := enabled[j.ProgramID]
		opts := options[j.ProgramID]
		switch {
		case int64(j.Deadline) <= now.Add(d.cfg.DeadlineMargin).Unix():
			d.metrics.JobResult("", "expired")
			err = d.jobs.Finish(ctx, d.db, d.cfg.Owner, j.JobID, jobs.StateExpired, "deadline too close to run the job")
		case j.Fee.Cmp(d.cfg.MinFee) < 0:
			d.metrics.JobResult("", "skipped")
			err = d.jobs.Finish(ctx, d.db, d.cfg.Owner, j.JobID, jobs.StateFailed,
				fmt.Sprintf("fee %s below this relayer's minimum %s", j.Fee, d.cfg.MinFee))
		case registered && !on:
			d.metrics.JobResult("", "skipped")
			err = d.jobs.Finish(ctx, d.db, d.cfg.Owner, j.JobID, jobs.StateFailed, "program disabled by its author")
		case len(opts) == 0:
			reason := "no usable worker has this program published (unknown program or no CID for its enclave)"
			if !registered {
				reason = "program not registered"
			}
			err = d.retry(ctx, j, "", reason)
		default:
			// Spread jobs over the workers that can run them; a retried job prefers another worker.
			pick := opts[(int(j.Attempts)+int(j.JobID[31]))%len(opts)]
			infos = append(infos, jobs.DispatchInfo{JobID: j.JobID, Worker: pick.w.Name, CID: pick.cid})
			byWorker[pick.w] = append(byWorker[pick.w], api.Job{
				ChainID:          (*hexutil.Big)(big.NewInt(d.cfg.ChainID)),
				Router:           d.cfg.Router,
				JobID:            j.JobID,
				Requester:        j.Requester,
				ProgramID:        j.ProgramID,
				Input:            j.Input,
				CallbackGasLimit: j.CallbackGasLimit,
				Fee:              (*hexutil.Big)(new(big.Int).Set(j.Fee)),
				Deadline:         j.Deadline,
				ProgramCID:       pick.cid,
			})
		}
		if err != nil {
			d.log.Warn("cannot record job decision", "job", j.JobID, "err", err)
		}
	}
	if err := d.jobs.SetDispatchInfos(ctx, d.db, d.cfg.Owner, infos); err != nil {
		return nil, err
	}
	return byWorker, nil
}

// retry puts a leased job back with backoff, or fails it after MaxAttempts.
func (d *Dispatcher) retry(ctx context.Context, j *jobs.Job, worker, reason string) error {
	if j.Attempts >= d.cfg.MaxAttempts {
		d.metrics.JobResult(worker, "failed")
		d.log.Warn("job failed after max attempts", "job", j.JobID, "attempts", j.Attempts, "reason", reason)
		return d.jobs.Finish(ctx, d.db, d.cfg.Owner, j.JobID, jobs.StateFailed, fmt.Sprintf("gave up after %d attempts: %s", j.Attempts, reason))
	}
	d.metrics.JobResult(worker, "retry")
	return d.jobs.Retry(ctx, d.db, d.cfg.Owner, j.JobID, d.backoff(j.Attempts), reason)
}

// backoff is RetryBase * 2^(attempt-1), capped at RetryMax, with +-20% jitter.
func (d *Dispatcher) backoff(attempt int) time.Duration {
	b := d.cfg.RetryBase << min(max(attempt-1, 0), 20)
	if b > d.cfg.RetryMax || b <= 0 {
		b = d.cfg.RetryMax
	}
	return time.Duration(float64(b) * (0.8 + 0.4*rand.Float64()))
}

func (d *Dispatcher) run(ctx context.Context, w *workerState, batch []api.Job) {
	defer d.wg.Done()
	defer func() {
		d.mu.Lock()
		d.inflight -= len(batch)
		d.metrics.InFlight(d.inflight)
		d.mu.Unlock()
	}()
	// Results are stored even while stopping: only the worker call itself follows ctx.
	store := context.WithoutCancel(ctx)
	ids := make([]common.Hash, len(batch))
	for i, j := range batch {
		ids[i] = j.JobID
	}
	defer d.renewLeases(store, ids)()
	select {
	case d.sem <- struct{}{}:
	case <-ctx.Done():
		return
	}
	defer func() { <-d.sem }()
	d.metrics.JobDispatched(w.Name, len(batch))
	start := time.Now()
	results, err := w.Worker.Execute(ctx, batch)
	d.metrics.WorkerCall(w.Name, time.Since(start), err)
	if err != nil {
		d.log.Warn("worker batch failed", "worker", w.Name, "jobs", len(batch), "err", err)
		d.mu.Lock()
		w.downUntil = time.Now().Add(d.cfg.WorkerBackoff)
		w.lastErr = err.Error()
		d.mu.Unlock()
		w.Worker.Forget() // a restarted worker must attest again (and may have a new key): next refresh
		d.mu.Lock()
		w.eligible = false
		d.mu.Unlock()
		for _, job := range batch {
			d.retryByID(store, job.JobID, w.Name, "worker: "+err.Error())
		}
		return
	}
	var signed []jobs.Result
	for i, res := range results {
		job := batch[i]
		if !res.Signed() {
			reason := res.ErrorCode + ": " + res.Error
			d.retryByID(store, job.JobID, w.Name, reason)
			continue
		}
		signed = append(signed, jobs.Result{
			JobID: job.JobID, Status: res.Status, Output: res.Output, Signature: res.ProtocolSignature(),
			Signer: res.Signer, Worker: w.Name,
		})
	}
	saved, err := d.jobs.SaveResults(store, d.db, d.cfg.Owner, signed)
	if err != nil {
		// The jobs keep their leases and run again when they lapse.
		d.log.Error("store results", "jobs", len(signed), "err", err)
	}
	for _, r := range signed {
		switch {
		case err != nil:
		case saved[r.JobID] && !jobs.StatusOK(r.Status):
			d.metrics.JobResult(w.Name, "signed_failure")
			d.log.Warn("job signed with a failure status", "job", r.JobID, "status", r.Status, "worker", w.Name)
		case saved[r.JobID]:
			d.metrics.JobResult(w.Name, "signed")
		default:
			d.log.Info("result for a job no longer leased to us; dropped", "job", r.JobID)
		}
	}
	if d.cfg.OnResults != nil {
		d.cfg.OnResults()
	}
}

func (d *Dispatcher) retryByID(ctx context.Context, id common.Hash, worker, reason string) {
	j, _, err := d.jobs.Get(ctx, d.db, id)
	if err == nil && j.State == jobs.StateDispatched && j.LeaseOwner == d.cfg.Owner {
		err = d.retry(ctx, j, worker, reason)
	}
	if err != nil && !errors.Is(err, jobs.ErrLeaseLost) {
		d.log.Error("put job back", "job", id, "err", err)
	}
}
