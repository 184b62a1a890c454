package service

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/relayer/jobs"
)

// JobView is the JSON answer of GET /v1/jobs/{id}.
type JobView struct {
	JobID            common.Hash    `json:"jobId"`
	State            jobs.State     `json:"state"`
	Requester        common.Address `json:"requester"`
	ProgramID        common.Hash    `json:"programId"`
	Fee              *hexutil.Big   `json:"fee"`
	Deadline         uint64         `json:"deadline"`
	CallbackGasLimit uint32         `json:"callbackGasLimit"`
	BlockNumber      uint64         `json:"blockNumber"`
	RequestTx        common.Hash    `json:"requestTx"`
	Attempts         int            `json:"attempts"`
	SubmitAttempts   int            `json:"submitAttempts"`
	LastError        string         `json:"lastError,omitempty"`
	Worker           string         `json:"worker,omitempty"`
	CreatedAt        time.Time      `json:"createdAt"`
	UpdatedAt        time.Time      `json:"updatedAt"`
	FinishedAt       *time.Time     `json:"finishedAt,omitempty"`
	Result           *ResultView    `json:"result,omitempty"`
	Transactions     []TxView       `json:"transactions,omitempty"`
}

// ResultView is a job's signed result (the output itself is not served: it may be private).
type ResultView struct {
	Status      uint8          `json:"status"`
	StatusName  string         `json:"statusName"`
	OutputBytes int            `json:"outputBytes"`
	Signer      common.Address `json:"signer"`
}

// TxView is a transaction that carried the job.
type TxView struct {
	ID          int64       `json:"id"`
	State       string      `json:"state"`
	Hash        common.Hash `json:"hash"`
	BlockNumber *uint64     `json:"blockNumber,omitempty"`
}

func (s *Service) handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", s.Metrics.Handler())
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := s.Ready(r.Context()); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "not ready", "error": err.Error()})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})
	mux.HandleFunc("GET /v1/jobs/{id}", s.getJob)
	return mux
}

func (s *Service) getJob(w http.ResponseWriter, r *http.Request) {
	raw := r.PathValue("id")
	b, err := hexutil.Decode(raw)
	if err != nil || len(b) != 32 || !strings.HasPrefix(raw, "0x") {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "job id must be 0x-prefixed 32-byte hex"})
		return
	}
	j, res, err := s.jobs.Get(r.Context(), s.DB, common.BytesToHash(b))
	if errors.Is(err, jobs.ErrNotFound) {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "unknown job"})
		return
	}
	if err != nil {
		s.log.Error("job api", "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error"})
		return
	}
	v := JobView{JobID: j.JobID, State: j.State, Requester: j.Requester, ProgramID: j.ProgramID, Fee: (*hexutil.Big)(j.Fee),
		Deadline: j.Deadline, CallbackGasLimit: j.CallbackGasLimit, BlockNumber: j.BlockNumber, RequestTx: j.TxHash,
		Attempts: j.Attempts, SubmitAttempts: j.SubmitAttempts, LastError: j.LastError, Worker: j.Worker,
		CreatedAt: j.CreatedAt, UpdatedAt: j.UpdatedAt, FinishedAt: j.FinishedAt}
	if res != nil {
		v.Result = &ResultView{Status: uint8(res.Status), StatusName: res.Status.String(), OutputBytes: len(res.Output), Signer: res.Signer}
	}
	txs, err := s.txs.Carrying(r.Context(), s.DB, j.JobID)
	if err != nil {
		s.log.Error("job api", "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error"})
		return
	}
	for _, t := range txs {
		tv := TxView{ID: t.ID, State: string(t.State), Hash: t.Hash}
		if t.IncludedHash != (common.Hash{}) {
			tv.Hash = t.IncludedHash
		}
		if t.BlockNumber != 0 {
			n := t.BlockNumber
			tv.BlockNumber = &n
		}
		v.Transactions = append(v.Transactions, tv)
	}
	writeJSON(w, http.StatusOK, v)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}
