package fleet

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/attest"
	"github.com/teeoracle/teeoracle/protocol"
)

// Status describes what this enclave holds: the fleet's identity and the public keys of every held
// epoch with its FleetKey statement for the fleet's router. A domain, when given, must be the
// fleet's (a caller that expects another router learns that it talks to another fleet).
func (f *Fleet) Status(domain *protocol.Domain) (api.FleetStatus, error) {
	st := api.FleetStatus{
		Mode: string(f.mode), Insecure: f.mode == attest.ModeSimulation, Signer: f.Signer(),
		Current: f.Current(), Epochs: []api.FleetEpoch{}, Retired: f.Retired(),
	}
	id, inFleet := f.Identity()
	if inFleet {
		fid, router, gov := common.Hash(id.FleetID), id.Router, id.Governor
		st.FleetID, st.ChainID, st.Router, st.Governor = &fid, (*hexutil.Big)(id.ChainID), &router, &gov
		if domain != nil && (domain.ChainID.Cmp(id.ChainID) != 0 || domain.Router != id.Router) {
			return api.FleetStatus{}, fmt.Errorf("%w: asked about router %s on chain %s, this fleet's is %s on chain %s",
				ErrFleetMismatch, domain.Router, domain.ChainID, id.Router, id.ChainID)
		}
	}
	for _, e := range f.Epochs() {
		k, err := f.Keys(e)
		if err != nil {
			continue // retired meanwhile
		}
		xw := k.XWing.Public().Bytes()
		fe := api.FleetEpoch{Epoch: e, X25519Key: k.X25519.Public().Bytes(), XWingKey: xw, XWingKeyHash: protocol.XWingKeyHash(xw)}
		if inFleet {
			s, err := f.Statement(e)
			if err != nil {
				return api.FleetStatus{}, err
			}
			fe.Signature = &api.Signature{R: s.Signature.R, VS: s.Signature.VS}
		}
		st.Epochs = append(st.Epochs, fe)
	}
	return st, nil
}
