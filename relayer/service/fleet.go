package service

import (
	"context"
	"math/big"

	"github.com/teeoracle/teeoracle/relayer/fleet"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// startFleet starts the fleet loop (relayer/fleet): joins of workers lacking an active on-chain
// epoch and publication of a pending epoch's keys through the sender's transaction queue.
func (s *Service) startFleet(ctx context.Context, queue *txmgr.Queue, workers []fleet.Worker) {
	if s.cfg.Fleet.Disabled || len(workers) == 0 {
		return
	}
	qs := fleet.QueueSender{DB: s.DB, Queue: queue, Txs: s.txs}
	o := &fleet.Orchestrator{ChainID: big.NewInt(s.chainID), Router: s.cfg.Router, Chain: s.RPC, Workers: workers, Sender: qs,
		Log: s.log.With("component", "fleet")}
	s.Fleet = fleet.NewLoop(s.cfg.Fleet, o, qs.Idle(s.chainID, fleet.KindSetEpochKeys))
	s.Fleet.Start(ctx)
}
