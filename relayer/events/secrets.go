package events

import (
	"context"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/relayer/registry"
)

// secretsHandlers are the handlers of the program secrets events (issue 19): the current author
// secrets bundle of each program (a projection rebuilt from the stored logs after a reorg).
func (h *Handler) secretsHandlers() []registration {
	type set struct {
		ref   registry.SecretsRef
		block uint64
	}
	return []registration{
		{name: "ProgramSecretsSet", contract: h.router, replay: true, h: event[set]{
			dec: decoder(h.r.UnpackProgramSecretsSetEvent, func(ev *bindings.JobRouterProgramSecretsSet, l *types.Log) (set, error) {
				return set{registry.SecretsRef{Program: ev.ProgramId, Hash: ev.BundleHash, CID: ev.Cid}, l.BlockNumber}, nil
			}),
			app: each(func(ctx context.Context, r *round, s set) error {
				return h.registry.SetSecrets(ctx, r.db, s.ref, s.block)
			}),
		}},
	}
}
