// Package server is the enclave worker's HTTP API for relayers (routes in package api): identity
// and attestation evidence, batched job execution on a bounded pool, health and Prometheus
// metrics. TLS, when on, is set up by the caller (enclave/service) with a certificate bound to the
// attestation report.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime"
	"sync"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/fleet"
	"github.com/teeoracle/teeoracle/enclave/worker"
)

// Defaults for zero Config fields.
const (
	DefaultMaxBodyBytes = 64 << 20
)

// Config of the API.
type Config struct {
	// Concurrency is the number of jobs executed at once across all requests (default: the
	// number of CPUs). Jobs beyond it wait for a slot.
	Concurrency int
	// MaxBodyBytes caps an execute request body.
	MaxBodyBytes int64
}

// Executor executes one job (implemented by *worker.Worker); safe for concurrent use.
type Executor interface {
	Execute(ctx context.Context, job api.Job) (api.JobResult, error)
}

// Server serves the API.
type Server struct {
	cfg      Config
	exec     Executor
	identity api.Identity
	metrics  http.Handler
	pool     chan struct{}
	log      *slog.Logger
	fleet    *fleet.Fleet
}

// New creates the API. metricsHandler may be nil (then /metrics is not served).
func New(cfg Config, exec Executor, identity api.Identity, metricsHandler http.Handler, log *slog.Logger) *Server {
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = runtime.GOMAXPROCS(0)
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	return &Server{
		cfg:      cfg,
		exec:     exec,
		identity: identity,
		metrics:  metricsHandler,
		pool:     make(chan struct{}, cfg.Concurrency),
		log:      log,
	}
}

// Handler returns the routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+api.PathIdentity, s.handleIdentity)
	mux.HandleFunc("POST "+api.PathExecute, s.handleExecute)
	mux.HandleFunc("GET "+api.PathHealth, s.handleHealth)
	if s.metrics != nil {
		mux.Handle("GET "+api.PathMetrics, s.metrics)
	}
	s.fleetRoutes(mux)
	return mux
}

func (s *Server) handleIdentity(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, s.identity)
}

func (s *Server) handleHealth(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, api.Health{Status: "ok", Mode: s.identity.ReportType, Insecure: s.identity.Insecure, Version: s.identity.Version})
}

func (s *Server) handleExecute(w http.ResponseWriter, r *http.Request) {
	var req api.ExecuteRequest
	body := http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
	if err := json.NewDecoder(body).Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("body over %d bytes", s.cfg.MaxBodyBytes))
			return
		}
		s.log.Warn("bad execute request", "err", err)
		writeError(w, http.StatusBadRequest, fmt.Errorf("decode request: %w", err))
		return
	}
	if len(req.Jobs) == 0 || len(req.Jobs) > api.MaxBatch {
		writeError(w, http.StatusBadRequest, fmt.Errorf("a batch holds 1 to %d jobs, got %d", api.MaxBatch, len(req.Jobs)))
		return
	}
	results := s.ExecuteBatch(r.Context(), req.Jobs)
	writeJSON(w, http.StatusOK, api.ExecuteResponse{Results: results})
}

// ExecuteBatch runs jobs on the pool and returns their results in order. A job that got no
// signature has Error set.
func (s *Server) ExecuteBatch(ctx context.Context, jobs []api.Job) []api.JobResult {
	results := make([]api.JobResult, len(jobs))
	var wg sync.WaitGroup
	for i := range jobs {
		acquired := false
		if ctx.Err() == nil {
			select {
			case s.pool <- struct{}{}:
				acquired = true
			case <-ctx.Done():
			}
		}
		if !acquired {
			for j := i; j < len(jobs); j++ {
				results[j] = api.JobResult{JobID: jobs[j].JobID, Error: ctx.Err().Error(), ErrorCode: api.ErrCodeInternal}
			}
			wg.Wait()
			return results
		}
		wg.Add(1)
		go func(i int) {
			defer func() { <-s.pool; wg.Done() }()
			res, err := s.exec.Execute(ctx, jobs[i])
			if err != nil && res.Error == "" {
				res = api.JobResult{JobID: jobs[i].JobID, Error: err.Error(), ErrorCode: codeOf(err)}
			}
			results[i] = res
		}(i)
	}
	wg.Wait()
	return results
}

func codeOf(err error) string {
	var je *worker.JobError
	if errors.As(err, &je) {
		return je.Code
	}
	return api.ErrCodeInternal
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, err error) {
	writeJSON(w, status, api.ErrorResponse{Error: err.Error()})
}
