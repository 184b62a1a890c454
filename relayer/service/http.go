package service

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/store"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// JobView is the JSON answer of GET /v1/jobs/{id}.
type JobView struct {
	JobID            common.Hash    `json:"jobId"`
	State            jobs.State     `json:"state"`
	Requester        common.Address `json:"requester"`
	User             common.Address `json:"user"`
	ProgramID        common.Hash    `json:"programId"`
	Version          uint32         `json:"version"` // resolved program version
	Epoch            uint32         `json:"epoch"`   // fleet epoch the request committed to
	Fee              *hexutil.Big   `json:"fee"`
	AuthorFee        *hexutil.Big   `json:"authorFee"`
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
	// Outcome says what became of the job, failures as failures: open, ok, program_failed (a signed
	// failure status), callback_failed, failed, expired or cancelled; Failure says why.
	Outcome string `json:"outcome"`
	Failure string `json:"failure,omitempty"`
	// What the fulfilment event said: the signed status, whether the callback succeeded, the enclave.
	ResultStatus string          `json:"resultStatus,omitempty"`
	CallbackOK   *bool           `json:"callbackOk,omitempty"`
	FulfilledBy  *common.Address `json:"fulfilledBy,omitempty"`
	Result       *ResultView     `json:"result,omitempty"`
	Transactions []TxView        `json:"transactions,omitempty"`
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
	mux.Handle("GET /v1/jobs/{id}", s.cors(http.HandlerFunc(s.getJob)))
	mux.Handle("OPTIONS /v1/jobs/{id}", s.cors(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})))
	return mux
}

// cors lets pages of the allowed origins (CORSOrigins; "*": any) read the job API: a dapp's own
// page polls its jobs from another origin.
func (s *Service) cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		for _, o := range s.cfg.CORSOrigins {
			if o == "*" || (origin != "" && strings.EqualFold(o, origin)) {
				allowed := origin
				if o == "*" {
					allowed = "*"
				}
				w.Header().Set("Access-Control-Allow-Origin", allowed)
				w.Header().Set("Access-Control-Allow-Methods", "GET, OPTIONS")
				w.Header().Add("Vary", "Origin")
				break
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Service) getJob(w http.ResponseWriter, r *http.Request) {
	raw := r.PathValue("id")
	b, err := hexutil.Decode(raw)
	if err != nil || len(b) != 32 || !strings.HasPrefix(raw, "0x") {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "job id must be 0x-prefixed 32-byte hex"})
		return
	}
	v, err := LoadJobView(r.Context(), s.DB, common.BytesToHash(b))
	if errors.Is(err, jobs.ErrNotFound) {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "unknown job"})
		return
	}
	if err != nil {
		s.log.Error("job api", "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error"})
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// LoadJobView reads a job, its result and the transactions that carried it.
func LoadJobView(ctx context.Context, db store.DBTX, id common.Hash) (*JobView, error) {
	j, res, err := jobs.NewStore(nil).Get(ctx, db, id)
	if err != nil {
		return nil, err
	}
	txs, err := txmgr.NewStore(nil).Carrying(ctx, db, j.JobID)
	if err != nil {
		return nil, err
	}
	v := NewJobView(j, res, txs)
	return &v, nil
}

// NewJobView is the view of a job, its result and its transactions.
func NewJobView(j *jobs.Job, res *jobs.Result, txs []*txmgr.Tx) JobView {
	v := JobView{JobID: j.JobID, State: j.State, Requester: j.Requester, User: j.User, ProgramID: j.ProgramID,
		Version: j.Version, Epoch: j.Epoch, Fee: (*hexutil.Big)(j.Fee), AuthorFee: (*hexutil.Big)(j.Request().AuthorFee),
		Deadline: j.Deadline, CallbackGasLimit: j.CallbackGasLimit, BlockNumber: j.BlockNumber, RequestTx: j.TxHash,
		Attempts: j.Attempts, SubmitAttempts: j.SubmitAttempts, LastError: j.LastError, Worker: j.Worker,
		CreatedAt: j.CreatedAt, UpdatedAt: j.UpdatedAt, FinishedAt: j.FinishedAt, Outcome: j.Outcome(), Failure: j.Failure(),
		CallbackOK: j.CallbackOK}
	if j.ResultStatus != nil {
		v.ResultStatus = j.ResultStatus.String()
	}
	if j.FulfilledBy != (common.Address{}) {
		by := j.FulfilledBy
		v.FulfilledBy = &by
	}
	if res != nil {
		v.Result = &ResultView{Status: uint8(res.Status), StatusName: res.Status.String(), OutputBytes: len(res.Output), Signer: res.Signer}
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
	return v
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}
