package txmgr

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
)

// Queue is the enqueue side of one sender (chain, address): any component may enqueue
// transactions through it, inside its own database transaction, and wake the Manager that sends
// them. It is created before the Manager (which is given it in Config.Queue) so that a component
// the Manager calls back (its Hooks) can also enqueue: no wiring after construction. Safe for
// concurrent use.
type Queue struct {
	chainID int64
	from    common.Address
	store   *Store
	wake    chan struct{}
}

// NewQueue returns the queue of sender `from` on chain chainID.
func NewQueue(chainID int64, from common.Address, st *Store) *Queue {
	if st == nil {
		st = NewStore(nil)
	}
	return &Queue{chainID: chainID, from: from, store: st, wake: make(chan struct{}, 1)}
}

// From is the sender address.
func (q *Queue) From() common.Address { return q.from }

// ChainID is the chain the sender signs for.
func (q *Queue) ChainID() int64 { return q.chainID }

// Enqueue stores a candidate as a queued transaction (in db: the caller's transaction, or a pool)
// and returns its id. Call Notify after the caller's transaction commits.
func (q *Queue) Enqueue(ctx context.Context, db DBTX, c Candidate) (int64, error) {
	return q.store.Enqueue(ctx, db, q.chainID, q.from, c)
}

// Notify wakes the Manager sending from this queue.
func (q *Queue) Notify() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}
