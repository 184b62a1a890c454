package txmgr

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// State is where a transaction is in its life.
type State string

const (
	// StateQueued: enqueued, not signed yet, no nonce.
	StateQueued State = "queued"
	// StatePending: signed with a nonce and (being) broadcast; no receipt yet.
	StatePending State = "pending"
	// StateIncluded: in a block, not yet at the confirmation depth.
	StateIncluded State = "included"
	// StateConfirmed: included with status 1 and at least Confirmations deep.
	StateConfirmed State = "confirmed"
	// StateFailed: reverted on chain, dropped by the dry run, or its nonce was used by a transaction
	// this manager did not send.
	StateFailed State = "failed"
	// StateAbandoned: an operator abandoned it (its nonce was filled with a no-op if it had one).
	StateAbandoned State = "abandoned"
)

// Final reports whether s is an end state.
func (s State) Final() bool {
	return s == StateConfirmed || s == StateFailed || s == StateAbandoned
}

// Candidate is a transaction to send: calldata to an address.
type Candidate struct {
	To       common.Address
	Data     hexutil.Bytes
	Value    *big.Int // nil: 0
	GasLimit uint64   // 0: estimate at send time (with the configured margin)
	Kind     string   // free label for metrics and operators, e.g. "fulfill_batch"
}

// Tx is a transaction row.
type Tx struct {
	ID                int64
	ChainID           int64
	From              common.Address
	To                common.Address
	Data              hexutil.Bytes
	Value             *big.Int
	GasLimit          uint64
	Kind              string
	State             State
	Nonce             *uint64
	TipCap            *big.Int
	FeeCap            *big.Int
	Hash              common.Hash   // latest attempt
	Raw               hexutil.Bytes // latest attempt, signed
	Bumps             int
	Noop              bool
	BumpRequested     bool
	FirstSentAt       *time.Time
	BroadcastAt       *time.Time
	IncludedHash      common.Hash
	BlockNumber       uint64
	BlockHash         common.Hash
	ReceiptStatus     *uint64
	GasUsed           uint64
	EffectiveGasPrice *big.Int
	Error             string
	CreatedAt         time.Time
	UpdatedAt         time.Time
	FinishedAt        *time.Time

	attempts []Attempt // newest first; loaded with the in-flight transactions of a round
}

// Attempt is one signed version of a transaction (the first send or a fee bump / no-op replacement).
type Attempt struct {
	Hash     common.Hash
	TxID     int64
	Nonce    uint64
	GasLimit uint64
	Noop     bool
	Raw      hexutil.Bytes
	TipCap   *big.Int
	FeeCap   *big.Int
	Created  time.Time
}
