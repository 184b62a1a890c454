package fleet

import (
	"crypto/rand"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/protocol"
)

// Genesis creates the fleet on this enclave: the root secret R, the identity {chainId, router,
// governor, fleetId} and epoch 1, on the governor's FleetGenesis order. Refused when this enclave
// holds any fleet state (a second genesis on a host that kept its sealed file); a host that deleted
// the file gets a new R and so a new fleet id, which the router refuses (it records one fleet id).
func (f *Fleet) Genesis(o api.GenesisOrder) (*EpochKeys, error) {
	if o.ChainID == nil || o.ChainID.ToInt().Sign() <= 0 || o.ChainID.ToInt().BitLen() > 256 {
		return nil, fmt.Errorf("%w: genesis order without a chain id", ErrOrder)
	}
	chainID := new(big.Int).Set(o.ChainID.ToInt())
	d := protocol.Domain{ChainID: chainID, Router: o.Router}
	signer, err := protocol.RecoverOrderSigner(d.GenesisDigest(o.Governor), o.Signature)
	if err != nil || signer != o.Governor {
		return nil, fmt.Errorf("%w: FleetGenesis signed by %s, governor %s (%v)", ErrOrder, signer, o.Governor, err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.root != nil || len(f.epochs) > 0 || len(f.retired) > 0 {
		return nil, fmt.Errorf("%w (fleet %x, epochs held: %d, retired: %d)", ErrFleetExists, f.ident.FleetID[:8], len(f.epochs), len(f.retired))
	}
	var root [32]byte
	if _, err := rand.Read(root[:]); err != nil {
		return nil, fmt.Errorf("fleet: randomness: %w", err)
	}
	f.root, f.ident = &root, identityOf(chainID, o.Router, o.Governor, root)
	k, err := f.createLocked(1)
	if err != nil {
		f.root, f.ident = nil, Identity{}
		return nil, err
	}
	f.log.Info("fleet genesis: created the root secret and epoch 1", "mode", f.mode, "fleet_id", hexutil.Encode(f.ident.FleetID[:]),
		"chain_id", chainID, "router", o.Router, "governor", o.Governor)
	return k, nil
}

// checkOrderLocked verifies that an order names this fleet and is signed by its governor.
func (f *Fleet) checkOrderLocked(fleetID [32]byte, digest func(protocol.Domain) [32]byte, sig []byte) error {
	if f.root == nil {
		return ErrNoFleet
	}
	if fleetID != f.ident.FleetID {
		return fmt.Errorf("%w: order for fleet %x, this enclave is in fleet %x", ErrFleetMismatch, fleetID[:8], f.ident.FleetID[:8])
	}
	signer, err := protocol.RecoverOrderSigner(digest(f.ident.Domain()), sig)
	if err != nil || signer != f.ident.Governor {
		return fmt.Errorf("%w: signed by %s, governor %s (%v)", ErrOrder, signer, f.ident.Governor, err)
	}
	return nil
}

// Rotate applies the governor's FleetRotate order. Only the enclave the order names as creator
// creates the epoch, and only when it is this enclave's highest epoch + 1; the same order again
// (racing relayers, a retry) returns the keys already held. Any other enclave refuses it
// (ErrNotCreator) and gets the epoch by joining. So one epoch number never has two secrets.
func (f *Fleet) Rotate(o api.RotateOrder) (*EpochKeys, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.checkOrderLocked(o.FleetID, func(d protocol.Domain) [32]byte { return d.RotateDigest(o.FleetID, o.Epoch, o.Creator) }, o.Signature); err != nil {
		return nil, err
	}
	if k, ok := f.epochs[o.Epoch]; ok {
		return k, nil // idempotent: the epoch exists here (created or joined)
	}
	if _, ok := f.retired[o.Epoch]; ok {
		return nil, fmt.Errorf("%w: epoch %d was retired", ErrBadEpoch, o.Epoch)
	}
	if o.Creator != f.Signer() {
		return nil, fmt.Errorf("%w: epoch %d is created by %s, this enclave is %s", ErrNotCreator, o.Epoch, o.Creator, f.Signer())
	}
	if o.Epoch != f.current+1 {
		return nil, fmt.Errorf("%w: rotation to %d, highest epoch held is %d", ErrBadEpoch, o.Epoch, f.current)
	}
	k, err := f.createLocked(o.Epoch)
	if err != nil {
		return nil, err
	}
	f.log.Info("fleet rotation: created epoch", "epoch", o.Epoch, "fleet_id", hexutil.Encode(f.ident.FleetID[:]))
	return k, nil
}

// Retire applies the governor's FleetRetire order: the epoch's secret is deleted (in memory and in
// the sealed file) and the order is kept, so that no join brings the epoch back and joiners learn
// of it. The highest epoch held is never retired (rotate first); an epoch above it is unknown here
// (ErrBadEpoch: a lagging enclave learns of it when it next joins).
//
// Limit: an SGX enclave has no rollback protection for its sealed file. A host that restores an
// older sealed file brings a retired epoch back on that machine (docs/formats.md "Fleet state").
func (f *Fleet) Retire(o api.RetireOrder) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.checkOrderLocked(o.FleetID, func(d protocol.Domain) [32]byte { return d.RetireDigest(o.FleetID, o.Epoch) }, o.Signature); err != nil {
		return err
	}
	return f.retireLocked(o.Epoch, o.Signature)
}

func (f *Fleet) retireLocked(epoch uint32, sig []byte) error {
	if _, ok := f.retired[epoch]; ok {
		return nil
	}
	if epoch == 0 || epoch >= f.current {
		return fmt.Errorf("%w: cannot retire epoch %d (highest held %d); only epochs below the highest", ErrBadEpoch, epoch, f.current)
	}
	// The secret is not zeroed in place (a running job may still derive from it): every reference
	// is dropped and the garbage collector reclaims it (Go cannot promise zeroing anyway, and the
	// derived HPKE keys live in circl's structures). The sealed file is rewritten without it.
	k, held := f.epochs[epoch]
	delete(f.epochs, epoch)
	f.retired[epoch] = append([]byte(nil), sig...)
	if err := f.storeLocked(); err != nil {
		if held {
			f.epochs[epoch] = k
		}
		delete(f.retired, epoch)
		return err
	}
	f.log.Info("fleet: retired epoch; its secret is deleted", "epoch", epoch, "was_held", held)
	return nil
}

// RetireOrders returns the governor's retirement orders this enclave holds, by epoch ascending.
func (f *Fleet) RetireOrders() []api.RetireOrder {
	f.mu.RLock()
	defer f.mu.RUnlock()
	out := make([]api.RetireOrder, 0, len(f.retired))
	for _, e := range sortedKeys(f.retired) {
		out = append(out, api.RetireOrder{FleetID: f.ident.FleetID, Epoch: e, Signature: append([]byte(nil), f.retired[e]...)})
	}
	return out
}
