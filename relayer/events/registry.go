package events

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/relayer/registry"
)

// registryHandlers are the handlers of the enclave registry events (inherited by JobRouter; the
// tightened registry's are in fleet.go). Their rows are projections rebuilt from the stored logs after a reorg.
func (h *Handler) registryHandlers() []registration {
	type status struct {
		signer common.Address
		status string
		block  uint64
	}
	setStatus := each(func(ctx context.Context, r *round, s status) error {
		return h.registry.SetEnclaveStatus(ctx, r.db, s.signer, s.status, s.block)
	})
	// registered is a registration with the MRENCLAVE and SVN the tightened registry records per key.
	type registered struct {
		e         registry.Enclave
		mrEnclave common.Hash
		svn       uint16
	}
	type removed struct {
		key   [32]byte
		block uint64
	}
	return []registration{
		{name: "EnclaveRegistered", contract: h.router, replay: true, h: event[registered]{
			dec: decoder(h.r.UnpackEnclaveRegisteredEvent, func(ev *bindings.JobRouterEnclaveRegistered, l *types.Log) (registered, error) {
				if !ev.ExpiresAt.IsInt64() {
					return registered{}, &badEvent{errors.New("expiry out of range")}
				}
				return registered{e: registry.Enclave{Signer: ev.Signer, Measurement: ev.Measurement, Payee: ev.Payee, ExpiresAt: ev.ExpiresAt.Int64(),
					Simulated: ev.Simulated, EvidenceDigest: ev.EvidenceDigest, EncryptionKey: ev.EncryptionKey, Block: l.BlockNumber},
					mrEnclave: ev.MrEnclave, svn: ev.Svn}, nil
			}),
			app: each(func(ctx context.Context, r *round, x registered) error {
				if x.e.Simulated {
					h.log.Warn("a SIMULATION-mode enclave was registered: nothing it runs is confidential", "signer", x.e.Signer)
				}
				if err := h.registry.UpsertEnclave(ctx, r.db, x.e); err != nil {
					return err
				}
				return h.registry.EnclaveDetails(ctx, r.db, x.e.Signer, x.mrEnclave, x.svn)
			}),
		}},
		{name: "EnclaveRevoked", contract: h.router, replay: true, h: event[status]{
			dec: decoder(h.r.UnpackEnclaveRevokedEvent, func(ev *bindings.JobRouterEnclaveRevoked, l *types.Log) (status, error) {
				return status{ev.Signer, registry.StatusRevoked, l.BlockNumber}, nil
			}), app: setStatus}},
		{name: "EnclaveDeactivated", contract: h.router, replay: true, h: event[status]{
			dec: decoder(h.r.UnpackEnclaveDeactivatedEvent, func(ev *bindings.JobRouterEnclaveDeactivated, l *types.Log) (status, error) {
				return status{ev.Signer, registry.StatusDeactivated, l.BlockNumber}, nil
			}), app: setStatus}},
		{name: "MeasurementAllowed", contract: h.router, replay: true, h: event[registry.Measurement]{
			dec: decoder(h.r.UnpackMeasurementAllowedEvent, func(ev *bindings.JobRouterMeasurementAllowed, l *types.Log) (registry.Measurement, error) {
				return registry.Measurement{Key: ev.Key, Kind: ev.Kind, Value: ev.Value, ProductID: ev.ProductId, MinSVN: ev.MinSvn,
					Block: l.BlockNumber}, nil
			}),
			app: each(func(ctx context.Context, r *round, m registry.Measurement) error {
				return h.registry.AllowMeasurement(ctx, r.db, m)
			}),
		}},
		{name: "MeasurementRemoved", contract: h.router, replay: true, h: event[removed]{
			dec: decoder(h.r.UnpackMeasurementRemovedEvent, func(ev *bindings.JobRouterMeasurementRemoved, l *types.Log) (removed, error) {
				return removed{ev.Key, l.BlockNumber}, nil
			}),
			app: each(func(ctx context.Context, r *round, m removed) error {
				return h.registry.RemoveMeasurement(ctx, r.db, m.key, m.block)
			}),
		}},
	}
}

// decoder builds a handler's decode from the binding's unpacker and a conversion to the item.
func decoder[E, T any](unpack func(*types.Log) (*E, error), conv func(*E, *types.Log) (T, error)) func(*types.Log) (T, error) {
	return func(l *types.Log) (T, error) {
		ev, err := unpack(l)
		if err != nil {
			var zero T
			return zero, err
		}
		return conv(ev, l)
	}
}

// each builds a handler's apply from a function applying one item.
func each[T any](fn func(ctx context.Context, r *round, item T) error) func(context.Context, *round, []T) error {
	return func(ctx context.Context, r *round, items []T) error {
		for _, it := range items {
			if err := fn(ctx, r, it); err != nil {
				return err
			}
		}
		return nil
	}
}
