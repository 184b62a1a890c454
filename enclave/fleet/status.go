package fleet

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/attest"
	"github.com/teeoracle/teeoracle/protocol"
)

// Status describes what this enclave holds: public keys of every held epoch and, when domain is not
// nil, each epoch's FleetKey statement signed for that router.
func (f *Fleet) Status(domain *protocol.Domain) (api.FleetStatus, error) {
	st := api.FleetStatus{
		Mode: string(f.mode), Insecure: f.mode == attest.ModeSimulation, Signer: f.Signer(),
		Current: f.Current(), Epochs: []api.FleetEpoch{}, Retired: f.Retired(),
	}
	if domain != nil {
		st.ChainID = (*hexutil.Big)(domain.ChainID)
		r := common.Address(domain.Router)
		st.Router = &r
	}
	for _, e := range f.Epochs() {
		k, err := f.Keys(e)
		if err != nil {
			continue // retired meanwhile
		}
		xw := k.XWing.Public().Bytes()
		fe := api.FleetEpoch{Epoch: e, X25519Key: k.X25519.Public().Bytes(), XWingKey: xw, XWingKeyHash: protocol.XWingKeyHash(xw)}
		if domain != nil {
			s, err := f.Statement(*domain, e)
			if err != nil {
				return api.FleetStatus{}, err
			}
			fe.Signature = &api.Signature{R: s.Signature.R, VS: s.Signature.VS}
		}
		st.Epochs = append(st.Epochs, fe)
	}
	return st, nil
}
