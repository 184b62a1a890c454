package fleet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// Caller is what reading the router's fleet views needs (*ethrpc.Client and ethclient have it).
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// ChainEpoch is an epoch as the router records it (epochKeys).
type ChainEpoch struct {
	Epoch     uint32
	Status    uint8 // EpochNone, EpochPending, EpochActive, EpochRetired
	X25519Key [32]byte
	XWingKey  []byte
}

// OnChain is the router's fleet state.
type OnChain struct {
	FleetID          [32]byte // the fleet the router records keys of (zero before setFleetId)
	Current, Pending uint32
	Epochs           []ChainEpoch // 1 .. max(current, pending)
}

// Active lists the active epochs (keys published, not retired).
func (o OnChain) Active() []uint32 { return o.with(EpochActive) }

// Retired lists the retired epochs.
func (o OnChain) Retired() []uint32 { return o.with(EpochRetired) }

func (o OnChain) with(status uint8) []uint32 {
	var out []uint32
	for _, e := range o.Epochs {
		if e.Status == status {
			out = append(out, e.Epoch)
		}
	}
	return out
}

// Epoch returns an epoch's record (zero when unknown).
func (o OnChain) Epoch(e uint32) ChainEpoch {
	for _, x := range o.Epochs {
		if x.Epoch == e {
			return x
		}
	}
	return ChainEpoch{Epoch: e}
}

// ReadChain reads the router's current and pending epochs and every epoch's keys and status.
func ReadChain(ctx context.Context, c Caller, router common.Address) (OnChain, error) {
	var o OnChain
	call := func(data []byte, name string, out ...any) error {
		res, err := c.CallContract(ctx, ethereum.CallMsg{To: &router, Data: data}, nil)
		if err != nil {
			return fmt.Errorf("fleet: %s: %w", name, err)
		}
		vals, err := ABI.Unpack(name, res)
		if err != nil {
			return fmt.Errorf("fleet: %s: %w (does the router have FleetKeys?)", name, err)
		}
		if len(vals) != len(out) {
			return fmt.Errorf("fleet: %s: %d values", name, len(vals))
		}
		for i := range out {
			switch p := out[i].(type) {
			case *uint32:
				*p = vals[i].(uint32)
			case *uint8:
				*p = vals[i].(uint8)
			case *[32]byte:
				*p = vals[i].([32]byte)
			case *[]byte:
				*p = vals[i].([]byte)
			}
		}
		return nil
	}
	if err := call(PackFleetId(), "fleetId", &o.FleetID); err != nil {
		return o, err
	}
	if err := call(PackCurrentEpoch(), "currentEpoch", &o.Current); err != nil {
		return o, err
	}
	if err := call(PackPendingEpoch(), "pendingEpoch", &o.Pending); err != nil {
		return o, err
	}
	for e := uint32(1); e <= max(o.Current, o.Pending); e++ {
		ce := ChainEpoch{Epoch: e}
		if err := call(PackEpochKeys(e), "epochKeys", &ce.Status, &ce.X25519Key, &ce.XWingKey); err != nil {
			return o, err
		}
		o.Epochs = append(o.Epochs, ce)
	}
	return o, nil
}
