package dispatch

import (
	"fmt"
	"sort"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/jobs"
)

// Epoch-aware routing (issue 10.5): a job goes only to a worker that holds every fleet epoch the
// job needs: the request's epoch (its randomness derives from it) and the epoch its encrypted input
// names. The epoch its program blob is sealed to is checked by the worker, which answers
// epoch_unavailable without signing; the dispatcher then avoids that worker for the job and
// retries it on another (never counted as a worker failure). A job nobody can serve waits with
// backoff, its reason in last_error, until its deadline expires it: the requester cancels for a
// refund, and no enclave ever signs bad_input for an epoch it does not hold.

// neededEpochs are the fleet epochs a job needs, ascending (none for a pre-fleet job).
func neededEpochs(j *jobs.Job) []uint32 {
	var out []uint32
	if j.Epoch != 0 {
		out = append(out, j.Epoch)
	}
	// A malformed or version 1 input names no epoch: the worker signs bad_input (the requester's
	// fault) or opens it with its own key.
	if e, enc, err := protocol.InputEpoch(j.Input); err == nil && enc && e != 0 && e != j.Epoch {
		out = append(out, e)
	}
	sort.Slice(out, func(a, b int) bool { return out[a] < out[b] })
	return out
}

// setFleet records what a worker holds (from GET /v1/fleet).
func (w *workerState) setFleet(st api.FleetStatus, err error) {
	w.epochs = map[uint32]bool{}
	w.fleetErr = ""
	if err != nil {
		w.fleetErr = err.Error()
		return
	}
	for _, e := range st.Epochs {
		w.epochs[e.Epoch] = true
	}
	w.current = st.Current
}

func epochList(m map[uint32]bool) []uint32 {
	out := make([]uint32, 0, len(m))
	for e := range m {
		out = append(out, e)
	}
	sort.Slice(out, func(a, b int) bool { return out[a] < out[b] })
	return out
}

// noHolderReason says why no worker can take a job that needs epochs `need`.
func noHolderReason(need []uint32) string {
	return fmt.Sprintf("no usable worker holds fleet epoch(s) %v (waiting for a holder; the job expires otherwise)", need)
}

// isEpochUnavailable reports a worker's epoch_unavailable answer for one job.
func isEpochUnavailable(res api.JobResult) bool { return res.ErrorCode == api.ErrCodeEpochUnavailable }
