package events

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/relayer/fleet"
)

// fleetHandlers are the handlers of the FleetKeys events (epochs opened, keys published, retired;
// owned by fleet.Store) and of two events of the tightened EnclaveRegistry (EnclaveFeesSettled,
// MeasurementDenied; owned by registry.Store), decoded with the fleet.ABI fragment. EnclaveRegistered,
// with MRENCLAVE and SVN, is in registryHandlers. All are projections rebuilt from the stored logs
// after a reorg.
func (h *Handler) fleetHandlers() []registration {
	topic := func(name string) common.Hash { return fleet.ABI.Events[name].ID }
	type epochAt struct {
		epoch uint32
		block uint64
	}
	return []registration{
		{name: "EpochOpened", topic: topic("EpochOpened"), contract: h.router, replay: true, h: event[epochAt]{
			dec: fragment(func(ev *fleet.EpochOpenedEvent, l *types.Log) (epochAt, error) {
				return epochAt{ev.Epoch, l.BlockNumber}, nil
			}, "EpochOpened"),
			app: each(func(ctx context.Context, r *round, e epochAt) error {
				h.log.Info("fleet epoch opened on-chain", "epoch", e.epoch, "block", e.block)
				return h.fleet.Opened(ctx, r.db, e.epoch, e.block)
			}),
		}},
		{name: "EpochKeySet", topic: topic("EpochKeySet"), contract: h.router, replay: true, h: event[fleet.Epoch]{
			dec: fragment(func(ev *fleet.EpochKeySetEvent, l *types.Log) (fleet.Epoch, error) {
				return fleet.Epoch{Epoch: ev.Epoch, Status: "active", X25519Key: ev.X25519Key, XWingKeyHash: ev.XwingKeyHash, Signer: ev.Signer,
					Block: l.BlockNumber}, nil
			}, "EpochKeySet"),
			app: each(func(ctx context.Context, r *round, e fleet.Epoch) error {
				h.log.Info("fleet epoch keys published on-chain", "epoch", e.Epoch, "signer", e.Signer, "block", e.Block)
				return h.fleet.KeySet(ctx, r.db, e)
			}),
		}},
		{name: "EpochRetired", topic: topic("EpochRetired"), contract: h.router, replay: true, h: event[epochAt]{
			dec: fragment(func(ev *fleet.EpochRetiredEvent, l *types.Log) (epochAt, error) {
				return epochAt{ev.Epoch, l.BlockNumber}, nil
			}, "EpochRetired"),
			app: each(func(ctx context.Context, r *round, e epochAt) error {
				h.log.Info("fleet epoch retired on-chain", "epoch", e.epoch, "block", e.block)
				return h.fleet.Retired(ctx, r.db, e.epoch, e.block)
			}),
		}},
		{name: "EnclaveFeesSettled", topic: topic("EnclaveFeesSettled"), contract: h.router, replay: true, h: event[fleet.EnclaveFeesSettledEvent]{
			dec: fragment(func(ev *fleet.EnclaveFeesSettledEvent, _ *types.Log) (fleet.EnclaveFeesSettledEvent, error) {
				return *ev, nil
			}, "EnclaveFeesSettled"),
			app: each(func(ctx context.Context, r *round, ev fleet.EnclaveFeesSettledEvent) error {
				return h.registry.FeesSettled(ctx, r.db, ev.Signer, ev.Amount)
			}),
		}},
		{name: "MeasurementDenied", topic: topic("MeasurementDenied"), contract: h.router, replay: true, h: event[denied]{
			dec: fragment(func(ev *fleet.MeasurementDeniedEvent, l *types.Log) (denied, error) {
				return denied{ev.Key, ev.Denied, l.BlockNumber}, nil
			}, "MeasurementDenied"),
			app: each(func(ctx context.Context, r *round, d denied) error {
				return h.registry.DenyMeasurement(ctx, r.db, d.key, d.denied, d.block)
			}),
		}},
	}
}

type denied struct {
	key    common.Hash
	denied bool
	block  uint64
}

// fragment builds a handler's decode for an event of the fleet.ABI fragment.
func fragment[E, T any](conv func(*E, *types.Log) (T, error), name string) func(*types.Log) (T, error) {
	return func(l *types.Log) (T, error) {
		var ev E
		if err := fleet.Unpack(&ev, name, l); err != nil {
			var zero T
			return zero, err
		}
		return conv(&ev, l)
	}
}
