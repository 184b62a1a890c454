// Package jobs is the relayer's job table and its state machine (see migrations/0001_init.sql):
//
//	requested -> dispatched (leased; on a worker) -> result_ready -> submitted (in a tx) -> confirmed
//	any open state -> expired | cancelled | fulfilled_by_other | failed
//
// The indexer inserts jobs and records what the chain says (fulfilled, cancelled: those events are the
// truth and override any state); the dispatcher claims jobs with FOR UPDATE SKIP LOCKED under a lease so
// that several relayer processes share one table; the submitter moves results into transactions.
// Every function takes a DBTX so callers compose them into their own transactions.
package jobs

import (
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/protocol"
)

// State of a job.
type State string

// Job states.
const (
	StateRequested        State = "requested"
	StateDispatched       State = "dispatched"
	StateResultReady      State = "result_ready"
	StateSubmitted        State = "submitted"
	StateConfirmed        State = "confirmed"
	StateFailed           State = "failed"
	StateExpired          State = "expired"
	StateCancelled        State = "cancelled"
	StateFulfilledByOther State = "fulfilled_by_other"
)

// AllStates lists every state, in life order.
var AllStates = []State{StateRequested, StateDispatched, StateResultReady, StateSubmitted, StateConfirmed,
	StateFailed, StateExpired, StateCancelled, StateFulfilledByOther}

// Final reports whether s is an end state (expired may still become cancelled).
func (s State) Final() bool {
	switch s {
	case StateConfirmed, StateFailed, StateExpired, StateCancelled, StateFulfilledByOther:
		return true
	}
	return false
}

// ErrNotFound means no job has that id.
var ErrNotFound = errors.New("jobs: not found")

// Job is a job row.
type Job struct {
	JobID            common.Hash
	ChainID          int64
	Router           common.Address
	Requester        common.Address
	User             common.Address // end user the dapp named (zero if none)
	ProgramID        common.Hash
	Version          uint32 // resolved program version (0: a pre-version router)
	Epoch            uint32 // fleet epoch the request committed to (0: none)
	Input            []byte
	InputHash        common.Hash
	CallbackGasLimit uint32
	Fee              *big.Int
	AuthorFee        *big.Int // part of Fee owed to the program's author
	Deadline         uint64
	ProgramCID       string
	Worker           string
	BlockNumber      uint64
	BlockHash        common.Hash
	TxHash           common.Hash
	LogIndex         uint
	State            State
	Attempts         int
	SubmitAttempts   int
	NextAttemptAt    time.Time
	LeaseOwner       string
	LeaseExpiresAt   *time.Time
	LastError        string
	CreatedAt        time.Time
	UpdatedAt        time.Time
	FinishedAt       *time.Time
}

// Request returns the committed request fields, exactly as the router hashed them.
func (j *Job) Request() protocol.Request {
	return protocol.Request{Requester: j.Requester, User: j.User, ProgramID: j.ProgramID, Version: j.Version, Epoch: j.Epoch,
		InputHash: j.InputHash, CallbackGasLimit: j.CallbackGasLimit, Fee: new(big.Int).Set(j.Fee),
		AuthorFee: new(big.Int).Set(j.authorFee()), Deadline: j.Deadline}
}

// EnclaveFee is what the signing enclave is paid: fee - authorFee.
func (j *Job) EnclaveFee() *big.Int { return new(big.Int).Sub(j.Fee, j.authorFee()) }

func (j *Job) authorFee() *big.Int {
	if j.AuthorFee == nil {
		return new(big.Int)
	}
	return j.AuthorFee
}

// Result is the signed result a worker returned.
type Result struct {
	JobID     common.Hash
	Status    protocol.Status
	Output    []byte
	Signature protocol.Signature
	Signer    common.Address
	Worker    string
	CreatedAt time.Time
}
