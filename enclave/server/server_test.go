package server_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/server"
	"github.com/teeoracle/teeoracle/enclave/worker"
)

// slowExec records how many jobs run at once.
type slowExec struct {
	now, max atomic.Int64
}

func (e *slowExec) Execute(ctx context.Context, job api.Job) (api.JobResult, error) {
	n := e.now.Add(1)
	defer e.now.Add(-1)
	for {
		m := e.max.Load()
		if n <= m || e.max.CompareAndSwap(m, n) {
			break
		}
	}
	time.Sleep(5 * time.Millisecond)
	if job.JobID[0] == 0xee {
		return api.JobResult{}, &worker.JobError{Code: api.ErrCodeProgramUnavailable, Err: errors.New("ipfs down")}
	}
	return api.JobResult{JobID: job.JobID, Signature: &api.Signature{}}, nil
}

func TestPoolBoundsConcurrencyAcrossBatches(t *testing.T) {
	exec := &slowExec{}
	s := server.New(server.Config{Concurrency: 3}, exec, api.Identity{}, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
	jobs := make([]api.Job, 20)
	for i := range jobs {
		jobs[i].JobID = common.Hash{byte(i + 1)}
	}
	jobs[4].JobID = common.Hash{0xee}
	done := make(chan []api.JobResult, 2)
	for range 2 { // two concurrent requests share the pool
		go func() { done <- s.ExecuteBatch(context.Background(), jobs) }()
	}
	for range 2 {
		res := <-done
		for i, r := range res {
			if r.JobID != jobs[i].JobID {
				t.Fatalf("result %d is for job %x", i, r.JobID)
			}
			if i == 4 {
				if r.ErrorCode != api.ErrCodeProgramUnavailable || r.Signature != nil {
					t.Fatalf("failed job: %+v", r)
				}
			} else if r.Error != "" {
				t.Fatalf("job %d: %s", i, r.Error)
			}
		}
	}
	if m := exec.max.Load(); m != 3 {
		t.Fatalf("max jobs at once %d, want 3", m)
	}
}

func TestCanceledBatch(t *testing.T) {
	exec := &slowExec{}
	s := server.New(server.Config{Concurrency: 1}, exec, api.Identity{}, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res := s.ExecuteBatch(ctx, make([]api.Job, 5))
	unsigned := 0
	for _, r := range res {
		if r.Error != "" {
			unsigned++
			if r.ErrorCode != api.ErrCodeInternal {
				t.Fatalf("code %s", r.ErrorCode)
			}
		}
	}
	if unsigned != len(res) || exec.max.Load() != 0 {
		t.Fatalf("a canceled batch ran %d jobs", len(res)-unsigned)
	}
}
