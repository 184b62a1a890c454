package events

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/relayer/registry"
)

// programHandlers are the handlers of the router's program events (issue 12: programs as
// products, inherited ProgramRegistry). Their rows are projections rebuilt from the stored logs
// after a reorg.
func (h *Handler) programHandlers() []registration {
	type created struct {
		id, nameHash common.Hash
		author       common.Address
		block        uint64
	}
	type policy struct {
		id        common.Hash
		fee       *big.Int
		allowlist bool
		block     uint64
	}
	type retired struct {
		id    common.Hash
		min   uint32
		block uint64
	}
	type version struct {
		v     registry.Version
		block uint64
	}
	return []registration{
		{name: "ProgramCreated", contract: h.router, replay: true, h: event[created]{
			dec: decoder(h.r.UnpackProgramCreatedEvent, func(ev *bindings.JobRouterProgramCreated, l *types.Log) (created, error) {
				return created{id: ev.ProgramId, nameHash: ev.NameHash, author: ev.Author, block: l.BlockNumber}, nil
			}),
			app: each(func(ctx context.Context, r *round, c created) error {
				return h.registry.CreateProgram(ctx, r.db, c.id, c.author, c.nameHash, c.block)
			}),
		}},
		{name: "PolicySet", contract: h.router, replay: true, h: event[policy]{
			dec: decoder(h.r.UnpackPolicySetEvent, func(ev *bindings.JobRouterPolicySet, l *types.Log) (policy, error) {
				return policy{id: ev.ProgramId, fee: ev.AuthorFee, allowlist: ev.AllowlistOnly, block: l.BlockNumber}, nil
			}),
			app: each(func(ctx context.Context, r *round, p policy) error {
				return h.registry.SetPolicy(ctx, r.db, p.id, p.fee, p.allowlist, p.block)
			}),
		}},
		{name: "VersionsRetired", contract: h.router, replay: true, h: event[retired]{
			dec: decoder(h.r.UnpackVersionsRetiredEvent, func(ev *bindings.JobRouterVersionsRetired, l *types.Log) (retired, error) {
				return retired{id: ev.ProgramId, min: ev.MinVersion, block: l.BlockNumber}, nil
			}),
			app: each(func(ctx context.Context, r *round, x retired) error {
				return h.registry.RetireVersionsBelow(ctx, r.db, x.id, x.min, x.block)
			}),
		}},
		{name: "VersionPublished", contract: h.router, replay: true, h: event[version]{
			dec: decoder(h.r.UnpackVersionPublishedEvent, func(ev *bindings.JobRouterVersionPublished, l *types.Log) (version, error) {
				return version{registry.Version{Program: ev.ProgramId, Version: ev.Version, CodeHash: ev.CodeHash, CID: ev.Cid}, l.BlockNumber}, nil
			}),
			app: each(func(ctx context.Context, r *round, v version) error {
				return h.registry.PublishVersion(ctx, r.db, v.v, v.block)
			}),
		}},
	}
}
