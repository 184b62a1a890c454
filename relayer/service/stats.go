package service

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/relayer/runloop"
)

// statsInterval is how often the figures read from the database are published; the ones read
// from the chain (balances) every chainStatsEvery rounds.
const (
	statsInterval   = 5 * time.Second
	chainStatsEvery = 6
)

// startStats publishes, until Stop, what the metrics read rather than count: jobs per state and
// outcome, fulfilled jobs per status and callback, fees earned per enclave, the oldest open job,
// registration expiries, the sender's balance and what the workers' enclaves can withdraw.
func (s *Service) startStats(ctx context.Context) *runloop.Loop {
	l := runloop.New(runloop.Options{Interval: statsInterval, CancelOnStop: true})
	router := bindings.NewJobRouter()
	round := 0
	l.Start(ctx, func(ctx context.Context) {
		if st, err := s.jobs.Stats(ctx, s.DB); err == nil {
			s.Metrics.SetJobStats(st)
		} else if ctx.Err() == nil {
			s.log.Debug("job stats", "err", err)
		}
		if ex, err := s.registry.Expiries(ctx, s.DB); err == nil {
			s.Metrics.SetEnclaveExpiries(ex, time.Now())
		}
		if round%chainStatsEvery == 0 {
			if b, err := s.RPC.BalanceAt(ctx, s.Tx.From(), nil); err == nil {
				s.Metrics.SetSenderBalance(s.Tx.From(), b)
			}
			for _, w := range s.Dispatcher.Workers() {
				if w.Signer == (common.Address{}) {
					continue
				}
				out, err := s.RPC.CallContract(ctx, ethereum.CallMsg{To: &s.cfg.Router, Data: router.PackEnclave(w.Signer)}, nil)
				if err != nil {
					continue
				}
				if e, err := router.UnpackEnclave(out); err == nil && e.Hot.Fees != nil {
					s.Metrics.SetWithdrawable(w.Signer, e.Hot.Fees)
				}
			}
		}
		round++
	})
	return l
}
