package fleet

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// abiJSON is the part of the router's ABI this package and the event handlers need from the
// registry branch (FleetKeys and the tightened EnclaveRegistry, contracts/src/FleetKeys.sol and
// EnclaveRegistry.sol there). It stands in for the generated binding until that branch is merged
// into bindings.JobRouter; then this file can switch to the binding (same selectors and topics).
const abiJSON = `[
 {"type":"function","name":"setEpochKeys","stateMutability":"nonpayable","inputs":[
   {"name":"id","type":"bytes32"},{"name":"epoch","type":"uint32"},{"name":"x25519Key","type":"bytes32"},{"name":"xwingKey","type":"bytes"},
   {"name":"r","type":"bytes32"},{"name":"vs","type":"bytes32"}],"outputs":[]},
 {"type":"function","name":"setFleetId","stateMutability":"nonpayable","inputs":[{"name":"id","type":"bytes32"}],"outputs":[]},
 {"type":"function","name":"fleetId","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"bytes32"}]},
 {"type":"function","name":"startRotation","stateMutability":"nonpayable","inputs":[],"outputs":[{"name":"epoch","type":"uint32"}]},
 {"type":"function","name":"retireEpoch","stateMutability":"nonpayable","inputs":[{"name":"epoch","type":"uint32"}],"outputs":[]},
 {"type":"function","name":"currentEpoch","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint32"}]},
 {"type":"function","name":"pendingEpoch","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint32"}]},
 {"type":"function","name":"epochKeys","stateMutability":"view","inputs":[{"name":"epoch","type":"uint32"}],"outputs":[
   {"name":"status","type":"uint8"},{"name":"x25519Key","type":"bytes32"},{"name":"xwingKey","type":"bytes"}]},
 {"type":"function","name":"activeEpochs","stateMutability":"view","inputs":[],"outputs":[{"name":"epochs","type":"uint32[]"}]},
 {"type":"event","name":"EpochOpened","anonymous":false,"inputs":[{"name":"epoch","type":"uint32","indexed":true}]},
 {"type":"event","name":"EpochKeySet","anonymous":false,"inputs":[{"name":"epoch","type":"uint32","indexed":true},
   {"name":"signer","type":"address","indexed":true},{"name":"x25519Key","type":"bytes32","indexed":false},
   {"name":"xwingKeyHash","type":"bytes32","indexed":false}]},
 {"type":"event","name":"EpochRetired","anonymous":false,"inputs":[{"name":"epoch","type":"uint32","indexed":true}]},
 {"type":"event","name":"FleetIdSet","anonymous":false,"inputs":[{"name":"previous","type":"bytes32","indexed":true},
   {"name":"fleetId","type":"bytes32","indexed":true}]},
 {"type":"event","name":"EnclaveRegistered","anonymous":false,"inputs":[
   {"name":"signer","type":"address","indexed":true},{"name":"measurement","type":"bytes32","indexed":true},
   {"name":"mrEnclave","type":"bytes32","indexed":true},{"name":"payee","type":"address","indexed":false},
   {"name":"expiresAt","type":"uint40","indexed":false},{"name":"simulated","type":"bool","indexed":false},
   {"name":"svn","type":"uint16","indexed":false},{"name":"evidenceDigest","type":"bytes32","indexed":false},
   {"name":"encryptionKey","type":"bytes","indexed":false}]},
 {"type":"event","name":"EnclaveFeesSettled","anonymous":false,"inputs":[{"name":"signer","type":"address","indexed":true},
   {"name":"payee","type":"address","indexed":true},{"name":"amount","type":"uint256","indexed":false}]},
 {"type":"event","name":"MeasurementDenied","anonymous":false,"inputs":[{"name":"key","type":"bytes32","indexed":true},
   {"name":"denied","type":"bool","indexed":false}]}
]`

// ABI is the parsed fragment.
var ABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(abiJSON))
	if err != nil {
		panic(err)
	}
	return a
}()

// Epoch statuses on-chain (FleetKeys.EpochStatus).
const (
	EpochNone    uint8 = 0
	EpochPending uint8 = 1
	EpochActive  uint8 = 2
	EpochRetired uint8 = 3
)

// StatusName is the name of an on-chain epoch status.
func StatusName(s uint8) string {
	switch s {
	case EpochPending:
		return "pending"
	case EpochActive:
		return "active"
	case EpochRetired:
		return "retired"
	}
	return "none"
}

// Unpack decodes the log of a fragment event into out (a pointer to a struct whose fields are the
// event's inputs in CamelCase).
func Unpack(out any, name string, l *types.Log) error {
	ev, ok := ABI.Events[name]
	if !ok {
		return fmt.Errorf("fleet: no event %s", name)
	}
	if len(l.Topics) == 0 || l.Topics[0] != ev.ID {
		return fmt.Errorf("fleet: log is not %s", name)
	}
	if len(l.Data) > 0 {
		if err := ABI.UnpackIntoInterface(out, name, l.Data); err != nil {
			return err
		}
	}
	var indexed abi.Arguments
	for _, a := range ev.Inputs {
		if a.Indexed {
			indexed = append(indexed, a)
		}
	}
	return abi.ParseTopics(out, indexed, l.Topics[1:])
}

// EpochOpenedEvent and the following are the fragment's events.
type EpochOpenedEvent struct{ Epoch uint32 }

// EpochKeySetEvent is FleetKeys.EpochKeySet.
type EpochKeySetEvent struct {
	Epoch        uint32
	Signer       common.Address
	X25519Key    [32]byte
	XwingKeyHash [32]byte
}

// EpochRetiredEvent is FleetKeys.EpochRetired.
type EpochRetiredEvent struct{ Epoch uint32 }

// EnclaveRegisteredEvent is the tightened registry's EnclaveRegistered (with MRENCLAVE and SVN).
type EnclaveRegisteredEvent struct {
	Signer         common.Address
	Measurement    [32]byte
	MrEnclave      [32]byte
	Payee          common.Address
	ExpiresAt      *big.Int
	Simulated      bool
	Svn            uint16
	EvidenceDigest [32]byte
	EncryptionKey  []byte
}

// EnclaveFeesSettledEvent is EnclaveRegistry.EnclaveFeesSettled.
type EnclaveFeesSettledEvent struct {
	Signer common.Address
	Payee  common.Address
	Amount *big.Int
}

// MeasurementDeniedEvent is EnclaveRegistry.MeasurementDenied.
type MeasurementDeniedEvent struct {
	Key    [32]byte
	Denied bool
}

func pack(name string, args ...any) []byte {
	data, err := ABI.Pack(name, args...)
	if err != nil {
		panic(fmt.Sprintf("fleet: pack %s: %v", name, err)) // fixed argument types: a programming error
	}
	return data
}

// PackSetEpochKeys is the calldata of setEpochKeys.
func PackSetEpochKeys(fleetID [32]byte, epoch uint32, x25519Key [32]byte, xwingKey []byte, r, vs [32]byte) []byte {
	return pack("setEpochKeys", fleetID, epoch, x25519Key, xwingKey, r, vs)
}

// PackSetFleetId is the calldata of setFleetId (the owner's call after genesis).
func PackSetFleetId(fleetID [32]byte) []byte { return pack("setFleetId", fleetID) }

// PackFleetId is the calldata of the fleetId view.
func PackFleetId() []byte { return pack("fleetId") }

// PackStartRotation, PackRetireEpoch: the owner's calls (for tests and operators' tools).
func PackStartRotation() []byte { return pack("startRotation") }

// PackRetireEpoch is the calldata of retireEpoch.
func PackRetireEpoch(epoch uint32) []byte { return pack("retireEpoch", epoch) }

// PackCurrentEpoch and the following are the calldata of the views.
func PackCurrentEpoch() []byte { return pack("currentEpoch") }

// PackPendingEpoch is the calldata of pendingEpoch.
func PackPendingEpoch() []byte { return pack("pendingEpoch") }

// PackEpochKeys is the calldata of epochKeys.
func PackEpochKeys(epoch uint32) []byte { return pack("epochKeys", epoch) }

// PackActiveEpochs is the calldata of activeEpochs.
func PackActiveEpochs() []byte { return pack("activeEpochs") }

// HasFleetKeys reports whether a contract ABI (e.g. the generated JobRouter binding's) has the
// FleetKeys functions, i.e. whether the registry branch has been merged into it.
func HasFleetKeys(a abi.ABI) bool {
	_, ok := a.Methods["setEpochKeys"]
	return ok
}
