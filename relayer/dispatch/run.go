// Routing claimed jobs to workers, running batches on them, and putting jobs back (wait, retry).

package dispatch

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/registry"
)

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
	secrets, err := d.registry.Secrets(ctx, d.db, programs) // the author secrets bundle, if any
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
			err = d.wait(ctx, j, "", reason)
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
				Attempt:          uint32(j.Attempts) + 1, // attempts counts the dispatches before this one
			}
			if ref, ok := secrets[j.ProgramID]; ok {
				job.SecretsCID, job.SecretsHash = ref.CID, ref.Hash
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

// expiredReason keeps the reason a job waited (e.g. no holder of its epoch) in its final state.
func expiredReason(j *jobs.Job) string {
	if j.LastError != "" {
		return "deadline too close to run the job; last: " + j.LastError
	}
	return "deadline too close to run the job"
}

// wait puts a leased job back without counting towards MaxAttempts: it waits for a worker (or a gas
// price) that can serve it, and expires at its deadline otherwise. The delay stays short (RetryBase,
// at most WaitMax), not the attempts' exponential backoff: a job that only waited runs within
// seconds once a worker can serve it (and a worker coming back wakes every waiting job at once).
// The first wait for a reason is logged at warn (an operator must see a job no worker can serve);
// the same reason again, every few seconds, at debug. /v1/jobs shows the reason (lastError) and the
// attempts.
func (d *Dispatcher) wait(ctx context.Context, j *jobs.Job, worker, reason string) error {
	d.metrics.JobResult(worker, "waiting")
	if j.LastError != reason {
		d.log.Warn("job waits: no worker can serve it now", "job", j.JobID, "reason", reason, "attempts", j.Attempts,
			"deadline", time.Unix(int64(j.Deadline), 0).UTC())
	} else {
		d.log.Debug("job still waits", "job", j.JobID, "reason", reason)
	}
	return d.jobs.Retry(ctx, d.db, d.cfg.Owner, j.JobID, d.waitDelay(), reason)
}

// waitDelay is RetryBase (at most WaitMax) with +-20% jitter.
func (d *Dispatcher) waitDelay() time.Duration {
	b := min(d.cfg.RetryBase, d.cfg.WaitMax)
	return time.Duration(float64(b) * (0.8 + 0.4*rand.Float64()))
}

// jobFault reports whether a worker's unsigned answer is the job's own fault: its fields or its
// program are bad, and any other worker would answer the same. Those count towards MaxAttempts.
// Everything else is the worker's (its IPFS unreachable, an output it could not store, an
// internal error, an epoch it lacks, a result that does not check out): the job goes to another
// worker, or waits for one until its deadline, and is never failed by attempts.
func jobFault(code string) bool {
	return code == api.ErrCodeBadRequest || code == api.ErrCodeProgramInvalid
}

// avoidFor remembers that worker should not get job id again while others can take it.
func (d *Dispatcher) avoidFor(id common.Hash, worker string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.avoid) > maxAvoided {
		d.avoid = map[common.Hash]map[string]bool{} // jobs settled elsewhere leave entries: bound them
	}
	if d.avoid[id] == nil {
		d.avoid[id] = map[string]bool{}
	}
	d.avoid[id][worker] = true
}

// maxAvoided bounds the per-job lists of workers that answered epoch_unavailable.
const maxAvoided = 100_000

func (d *Dispatcher) forget(id common.Hash) {
	d.mu.Lock()
	delete(d.avoid, id)
	d.mu.Unlock()
}

// retry puts a leased job back with backoff after a failure that is the job's own (jobFault), or
// fails it after MaxAttempts real tries.
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
		// The worker's failure, not the jobs': they go to another worker or wait for this one.
		for _, job := range batch {
			d.avoidFor(job.JobID, w.Name)
			d.waitByID(store, job.JobID, w.Name, "worker "+w.Name+": "+err.Error())
		}
		return
	}
	var signed []jobs.Result
	for i, res := range results {
		job := batch[i]
		if isEpochUnavailable(res) {
			// The worker lacks an epoch the job needs (its program's, or it was just retired there):
			// not a worker failure, no signature; try a holder, or wait and expire.
			d.avoidFor(job.JobID, w.Name)
			d.log.Info("worker lacks an epoch of the job; routing it elsewhere", "job", job.JobID, "worker", w.Name, "err", res.Error)
			d.waitByID(store, job.JobID, w.Name, fmt.Sprintf("epoch_unavailable on %s: %s", w.Name, res.Error))
			continue
		}
		if !res.Signed() {
			reason := res.ErrorCode + ": " + res.Error
			if jobFault(res.ErrorCode) {
				d.retryByID(store, job.JobID, w.Name, reason)
				continue
			}
			d.log.Info("worker could not run the job (its fault, not the job's); trying another worker or waiting",
				"job", job.JobID, "worker", w.Name, "code", res.ErrorCode, "err", res.Error)
			d.avoidFor(job.JobID, w.Name)
			d.waitByID(store, job.JobID, w.Name, fmt.Sprintf("%s on %s: %s", res.ErrorCode, w.Name, res.Error))
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
