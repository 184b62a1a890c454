// Package server is the enclave worker's HTTP API for relayers (routes in package api): identity
// and attestation evidence, batched job execution on a bounded pool, health and Prometheus
// metrics. TLS, when on, is set up by the caller (enclave/service) with a certificate bound to the
// attestation report.
package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime"
	"strings"
	"sync"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/fleet"
	"github.com/teeoracle/teeoracle/enclave/worker"
)

// Limits of the execute endpoint. The router caps inputs (JobRouter's maxInputBytes, 16 KiB as
// deployed by default): an execute body holds at most api.MaxBatch jobs, each with its input in
// hex (twice its bytes) and about 2 KiB of other fields, so a body over DefaultMaxBodyBytes is
// not a relayer's. Bodies are read only inside one of MaxRequests slots, so at most
// MaxRequests x MaxBodyBytes of request bodies are ever held (about 70 MiB, not the 860 MB eight
// 60 MB bodies took when bodies could reach 64 MiB).
const (
	RouterMaxInputBytes  = 16 << 10
	maxJobJSONBytes      = 2*RouterMaxInputBytes + 2<<10
	DefaultMaxBodyBytes  = api.MaxBatch * maxJobJSONBytes
	DefaultMaxRequests   = 8
	executeTokenMinBytes = 16
)

// Config of the API.
type Config struct {
	// Concurrency is the number of jobs executed at once across all requests (default: the
	// number of CPUs). Jobs beyond it wait for a slot.
	Concurrency int
	// MaxBodyBytes caps an execute request body (default DefaultMaxBodyBytes).
	MaxBodyBytes int64
	// MaxRequests is the number of execute requests read and run at once (default
	// DefaultMaxRequests); more wait, their bodies unread, for a slot.
	MaxRequests int
	// ExecuteToken, when set, is the bearer token an execute request must carry
	// (Authorization: Bearer <token>, compared in constant time): only the relayer may have jobs
	// run and signed. Empty: anyone may (the worker warns at start).
	ExecuteToken string
}

// Check validates the configuration.
func (c Config) Check() error {
	if c.ExecuteToken != "" && len(c.ExecuteToken) < executeTokenMinBytes {
		return fmt.Errorf("server: execute token shorter than %d bytes", executeTokenMinBytes)
	}
	return nil
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
	requests chan struct{}
	token    [32]byte // SHA-256 of the execute token (zero: no token)
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
	if cfg.MaxRequests <= 0 {
		cfg.MaxRequests = DefaultMaxRequests
	}
	s := &Server{
		cfg:      cfg,
		exec:     exec,
		identity: identity,
		metrics:  metricsHandler,
		pool:     make(chan struct{}, cfg.Concurrency),
		requests: make(chan struct{}, cfg.MaxRequests),
		log:      log,
	}
	if cfg.ExecuteToken != "" {
		s.token = sha256.Sum256([]byte(cfg.ExecuteToken))
	}
	return s
}

// authorized reports whether r carries the execute token (always true without one). Both sides
// are hashed first, so the comparison takes the same time whatever the token's length.
func (s *Server) authorized(r *http.Request) bool {
	if s.token == ([32]byte{}) {
		return true
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	h := sha256.Sum256([]byte(got))
	return subtle.ConstantTimeCompare(h[:], s.token[:]) == 1 && ok
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
	if !s.authorized(r) {
		s.log.Warn("execute request without the relayer's token refused", "remote", r.RemoteAddr)
		w.Header().Set("WWW-Authenticate", `Bearer realm="teeoracle-worker"`)
		writeError(w, http.StatusUnauthorized, errors.New("execute needs the relayer's bearer token"))
		return
	}
	if r.ContentLength > s.cfg.MaxBodyBytes {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("body over %d bytes", s.cfg.MaxBodyBytes))
		return
	}
	select { // the body is read only inside a slot: bodies in memory stay bounded
	case s.requests <- struct{}{}:
		defer func() { <-s.requests }()
	case <-r.Context().Done():
		return
	}
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
