// Which workers are usable: attested identity, registration and the fleet epochs each holds.

package dispatch

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/enclave/api"
)

// RefreshWorkers health-checks every worker (so one that died while idle shows at once: metrics,
// readiness, no jobs routed to it), then reads its attested identity, whether its signer is
// registered and active on-chain (as indexed) and the fleet epochs it holds. When a worker becomes
// usable, the jobs waiting for one are woken.
func (d *Dispatcher) RefreshWorkers(ctx context.Context) {
	d.mu.Lock()
	ws := append([]*workerState(nil), d.workers...)
	d.mu.Unlock()
	woke := false
	for _, w := range ws {
		cctx, cancel := context.WithTimeout(ctx, healthTimeout)
		_, err := w.Worker.Health(cctx)
		cancel()
		d.metrics.WorkerHealth(w.Name, err == nil)
		var id api.Identity
		if err != nil {
			err = fmt.Errorf("health check: %w", err)
			w.Worker.Forget() // a worker that comes back may be a new process with a new key: attest again
		} else {
			cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			id, err = w.Worker.Identity(cctx)
			cancel()
		}
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
		if w.eligible && !prev {
			w.downUntil = time.Time{} // it answered: usable now, not after the failure backoff
		}
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
			woke = true
		}
	}
	if woke {
		if n, err := d.jobs.WakeWaiting(ctx, d.db, d.cfg.ChainID); err != nil {
			d.log.Warn("wake waiting jobs", "err", err)
		} else if n > 0 {
			d.log.Info("a worker is usable again; waiting jobs woken", "jobs", n)
		}
	}
}

// healthTimeout bounds a worker's health check.
const healthTimeout = 3 * time.Second

// refreshEvery is RefreshEvery, or RecheckEvery while some worker is not usable.
func (d *Dispatcher) refreshEvery() time.Duration {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, w := range d.workers {
		if !w.eligible {
			return min(d.cfg.RefreshEvery, DefaultRecheckEvery)
		}
	}
	return d.cfg.RefreshEvery
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

// holdsIn reports whether the epochs snapshot held of this worker has every epoch of need.
func (w *workerState) holdsIn(held map[uint32]bool, need []uint32) bool {
	for _, e := range need {
		if !held[e] {
			return false
		}
	}
	return true
}
