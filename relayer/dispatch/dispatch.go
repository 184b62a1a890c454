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
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
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
	Lease          time.Duration // job lease; must outlast a worker call (default 3m)
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
	// Fee policy (issue 11): refuse jobs whose enclave fee does not cover (callback gas +
	// FulfilOverheadGas) x gas price x FeeMarginPercent% (0: DefaultFeeMarginPercent, negative
	// or nil Prices: off).
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
	return nil
}

// Metrics observes the dispatcher (and times its stores' queries). Implementations must be safe
// for concurrent use.
type Metrics interface {
	store.Metrics
	JobDispatched(worker string, n int)
	JobResult(worker string, outcome string) // "signed", "retry", "failed", "expired", "skipped"
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
		var fleetSt api.FleetStatus
		fleetErr := errors.New("identity unavailable")
		if err == nil {
			cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			fleetSt, fleetErr = w.Worker.FleetStatus(cctx, nil)
			cancel()
		}
		d.mu.Lock()
		prevEpochs := epochList(w.epochs)
		w.setFleet(fleetSt, fleetErr)
		if now := epochList(w.epochs); fmt.Sprint(now) != fmt.Sprint(prevEpochs) {
			d.log.Info("worker fleet epochs", "worker", w.Name, "epochs", now, "current", w.current)
		}
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
	Epochs    []uint32 // fleet epochs held
	Current   uint32
}

// Workers returns a snapshot of the workers.
func (d *Dispatcher) Workers() []WorkerStatus {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]WorkerStatus, len(d.workers))
	now := time.Now()
	for i, w := range d.workers {
		out[i] = WorkerStatus{Name: w.Name, Signer: w.signer, Eligible: w.eligible, Down: now.Before(w.downUntil), LastError: w.lastErr,
			Epochs: epochList(w.epochs), Current: w.current}
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

// route decides what to do with claimed jobs: a worker and the job to send it, or nothing when the
// job was finished or put back. Programs, versions and CIDs are read for all the jobs at once, and
// the chosen workers recorded in one statement. A job of a versioned program runs the CID of
// exactly the version its request committed to, on a worker holding every epoch it needs.
func (d *Dispatcher) route(ctx context.Context, claimed []*jobs.Job, usable map[common.Address]*workerState) (map[*workerState][]api.Job, error) {
	now := d.cfg.Now()
	var programs []common.Hash
	var versions []registry.VersionKey
	seen := map[common.Hash]bool{}
	seenV := map[registry.VersionKey]bool{}
	for _, j := range claimed {
		if !seen[j.ProgramID] {
			seen[j.ProgramID] = true
			programs = append(programs, j.ProgramID)
		}
		if k := (registry.VersionKey{Program: j.ProgramID, Version: j.Version}); j.Version != 0 && !seenV[k] {
			seenV[k] = true
			versions = append(versions, k)
		}
	}
	enabled, err := d.registry.ProgramsEnabled(ctx, d.db, programs) // absent: program not registered
	if err != nil {
		return nil, err
	}
	published, err := d.registry.Versions(ctx, d.db, versions)
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
	legacy := map[common.Hash][]option{} // version 0 (pre-version routers): one CID per enclave
	for _, c := range cids {
		legacy[c.Program] = append(legacy[c.Program], option{usable[c.Enclave], c.CID})
	}
	all := make([]*workerState, 0, len(usable))
	for _, w := range usable {
		all = append(all, w)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].Name < all[b].Name })
	d.mu.Lock()
	holdsAll := map[*workerState]map[uint32]bool{}
	for _, w := range all {
		holdsAll[w] = w.epochs
	}
	d.mu.Unlock()

	byWorker := map[*workerState][]api.Job{}
	var infos []jobs.DispatchInfo
	for _, j := range claimed {
		var err error
		on, registered := enabled[j.ProgramID]
		need := neededEpochs(j)
		var opts []option
		var reason string // why no option, when none
		if j.Version == 0 {
			opts = legacy[j.ProgramID]
			reason = "no usable worker has this program published (unknown program or no CID for its enclave)"
		} else if v, ok := published[registry.VersionKey{Program: j.ProgramID, Version: j.Version}]; !ok {
			reason = fmt.Sprintf("program version %d not indexed yet", j.Version)
		} else {
			d.mu.Lock()
			avoid := d.avoid[j.JobID]
			d.mu.Unlock()
			held := 0
			for _, w := range all {
				if !w.holdsIn(holdsAll[w], need) {
					continue
				}
				held++
				if !avoid[w.Name] {
					opts = append(opts, option{w, v.CID})
				}
			}
			switch {
			case held == 0:
				reason = noHolderReason(need)
			case len(opts) == 0:
				// Every holder of the request's epochs lacks another the job needs (its program's).
				d.mu.Lock()
				delete(d.avoid, j.JobID) // ask again after the backoff: a worker may have joined meanwhile
				d.mu.Unlock()
				reason = fmt.Sprintf("every worker holding epoch(s) %v answered epoch_unavailable (the program's epoch?); waiting for a holder", need)
			}
		}
		refused := ""
		if len(opts) > 0 {
			if refused, err = d.fees.refuse(ctx, j); err != nil {
				return nil, err
			}
		}
		switch {
		case int64(j.Deadline) <= now.Add(d.cfg.DeadlineMargin).Unix():
			d.metrics.JobResult("", "expired")
			d.forget(j.JobID)
			err = d.jobs.Finish(ctx, d.db, d.cfg.Owner, j.JobID, jobs.StateExpired, expiredReason(j))
		case j.Fee.Cmp(d.cfg.MinFee) < 0:
			d.metrics.JobResult("", "skipped")
			err = d.jobs.Finish(ctx, d.db, d.cfg.Owner, j.JobID, jobs.StateFailed,
				fmt.Sprintf("fee %s below this relayer's minimum %s", j.Fee, d.cfg.MinFee))
		case registered && !on:
			d.metrics.JobResult("", "skipped")
			err = d.jobs.Finish(ctx, d.db, d.cfg.Owner, j.JobID, jobs.StateFailed, "program disabled by its author")
		case len(opts) == 0 && j.Version != 0:
			// Not the worker's fault nor the job's: wait (never failed by MaxAttempts), or expire.
			err = d.wait(ctx, j, "", reason)
		case len(opts) == 0:
			if !registered {
				reason = "program not registered"
			}
			err = d.retry(ctx, j, "", reason)
		case refused != "":
			// Gas prices move: the job waits with backoff (or expires), it is not failed for good.
			d.metrics.JobResult("", "below_cost")
			err = d.wait(ctx, j, "", refused)
		default:
			// Spread jobs over the workers that can run them; a retried job prefers another worker.
			pick := opts[(int(j.Attempts)+int(j.JobID[31]))%len(opts)]
			infos = append(infos, jobs.DispatchInfo{JobID: j.JobID, Worker: pick.w.Name, CID: pick.cid})
			job := api.Job{
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
				User:             j.User,
				Version:          j.Version,
				Epoch:            j.Epoch,
			}
			if j.Version != 0 || (j.AuthorFee != nil && j.AuthorFee.Sign() > 0) {
				job.AuthorFee = (*hexutil.Big)(new(big.Int).Set(j.AuthorFee))
			}
			byWorker[pick.w] = append(byWorker[pick.w], job)
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

// holdsIn reports whether the epochs snapshot held of this worker has every epoch of need.
func (w *workerState) holdsIn(held map[uint32]bool, need []uint32) bool {
	for _, e := range need {
		if !held[e] {
			return false
		}
	}
	return true
}

// expiredReason keeps the reason a job waited (e.g. no holder of its epoch) in its final state.
func expiredReason(j *jobs.Job) string {
	if j.LastError != "" {
		return "deadline too close to run the job; last: " + j.LastError
	}
	return "deadline too close to run the job"
}

// wait puts a leased job back with backoff without counting towards MaxAttempts: it waits for a
// worker (or a gas price) that can serve it, and expires at its deadline otherwise.
func (d *Dispatcher) wait(ctx context.Context, j *jobs.Job, worker, reason string) error {
	d.metrics.JobResult(worker, "waiting")
	return d.jobs.Retry(ctx, d.db, d.cfg.Owner, j.JobID, d.backoff(j.Attempts), reason)
}

// maxAvoided bounds the per-job lists of workers that answered epoch_unavailable.
const maxAvoided = 100_000

func (d *Dispatcher) forget(id common.Hash) {
	d.mu.Lock()
	delete(d.avoid, id)
	d.mu.Unlock()
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
	select {
	case d.sem <- struct{}{}:
	case <-ctx.Done():
		return
	}
	defer func() { <-d.sem }()
	// Results are stored even while stopping: only the worker call itself follows ctx.
	store := context.WithoutCancel(ctx)
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
		if isEpochUnavailable(res) {
			// The worker lacks an epoch the job needs (its program's, or it was just retired there):
			// not a worker failure, no signature; try a holder, or wait and expire.
			d.mu.Lock()
			if len(d.avoid) > maxAvoided {
				d.avoid = map[common.Hash]map[string]bool{} // jobs settled elsewhere leave entries: bound them
			}
			if d.avoid[job.JobID] == nil {
				d.avoid[job.JobID] = map[string]bool{}
			}
			d.avoid[job.JobID][w.Name] = true
			d.mu.Unlock()
			d.log.Info("worker lacks an epoch of the job; routing it elsewhere", "job", job.JobID, "worker", w.Name, "err", res.Error)
			d.waitByID(store, job.JobID, w.Name, fmt.Sprintf("epoch_unavailable on %s: %s", w.Name, res.Error))
			continue
		}
		if !res.Signed() {
			reason := res.ErrorCode + ": " + res.Error
			d.retryByID(store, job.JobID, w.Name, reason)
			continue
		}
		d.forget(job.JobID)
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

func (d *Dispatcher) waitByID(ctx context.Context, id common.Hash, worker, reason string) {
	j, _, err := d.jobs.Get(ctx, d.db, id)
	if err == nil && j.State == jobs.StateDispatched && j.LeaseOwner == d.cfg.Owner {
		err = d.wait(ctx, j, worker, reason)
	}
	if err != nil && !errors.Is(err, jobs.ErrLeaseLost) {
		d.log.Error("put job back", "job", id, "err", err)
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
