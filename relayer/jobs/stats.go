package jobs

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/store"
)

// Stats are the job figures the metrics publish.
type Stats struct {
	States     map[State]int
	Outcomes   map[string]int              // by Outcome
	Fulfilled  map[protocol.Status][2]int  // our fulfilled jobs by signed status: [callback ok, callback failed]
	Earned     map[common.Address]*big.Int // fees of fulfilled jobs by the enclave that settled them
	OldestOpen time.Time                   // creation of the oldest open job (zero: none)
}

// Stats reads the job figures in one round trip per figure (the metrics poll them).
func (s *Store) Stats(ctx context.Context, db store.DBTX) (Stats, error) {
	st := Stats{Outcomes: map[string]int{}, Fulfilled: map[protocol.Status][2]int{}, Earned: map[common.Address]*big.Int{}}
	var err error
	if st.States, err = s.Counts(ctx, db); err != nil {
		return st, err
	}
	type row struct {
		state    string
		status   *int16
		callback *bool
		n        int
	}
	rows, err := s.obs.On(db).Query(ctx, `SELECT state, result_status, callback_ok, count(*) FROM jobs
		WHERE state IN ('confirmed', 'fulfilled_by_other', 'failed', 'expired', 'cancelled') GROUP BY 1, 2, 3`)
	groups, err := store.CollectRows(rows, err, func(r pgx.Row) (row, error) {
		var x row
		err := r.Scan(&x.state, &x.status, &x.callback, &x.n)
		return x, err
	})
	if err != nil {
		return st, err
	}
	for _, g := range groups {
		j := Job{State: State(g.state), CallbackOK: g.callback}
		if g.status != nil {
			status := protocol.Status(*g.status)
			j.ResultStatus = &status
			if j.State == StateConfirmed {
				f := st.Fulfilled[status]
				if g.callback != nil && !*g.callback {
					f[1] += g.n
				} else {
					f[0] += g.n
				}
				st.Fulfilled[status] = f
			}
		}
		st.Outcomes[j.Outcome()] += g.n
	}
	for state, n := range st.States {
		if !state.Final() {
			st.Outcomes[OutcomeOpen] += n
		}
	}
	type earned struct {
		enclave common.Address
		wei     *big.Int
	}
	rows, err = s.obs.On(db).Query(ctx, `SELECT fulfilled_by, sum(fee)::text FROM jobs
		WHERE fulfilled_by IS NOT NULL AND state IN ('confirmed', 'fulfilled_by_other') GROUP BY 1`)
	es, err := store.CollectRows(rows, err, func(r pgx.Row) (earned, error) {
		var b []byte
		var sum string
		err := r.Scan(&b, &sum)
		wei, _ := new(big.Int).SetString(sum, 10)
		return earned{common.BytesToAddress(b), wei}, err
	})
	if err != nil {
		return st, err
	}
	for _, e := range es {
		st.Earned[e.enclave] = e.wei
	}
	var oldest *time.Time
	if err := s.obs.On(db).QueryRow(ctx, `SELECT min(created_at) FROM jobs
		WHERE state IN ('requested', 'dispatched', 'result_ready', 'submitted')`).Scan(&oldest); err != nil {
		return st, err
	}
	if oldest != nil {
		st.OldestOpen = *oldest
	}
	return st, nil
}
