package main

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// fleetChain answers the router's FleetKeys views for one router (encoded with the router's ABI);
// every other call fails. A small fake so that epochs in every status are one map entry away.
type fleetChain struct {
	bind.ContractBackend
	router  common.Address
	chainID int64
	current uint32
	epochs  map[uint32]fleetEpoch
}

type fleetEpoch struct {
	status uint8
	x25519 *hpke.PrivateKey
	xwing  *hpke.PrivateKey
}

func (f *fleetChain) ChainID(context.Context) (*big.Int, error) { return big.NewInt(f.chainID), nil }

func (f *fleetChain) CallContract(_ context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	if msg.To == nil || *msg.To != f.router || len(msg.Data) < 4 {
		return nil, errors.New("execution reverted")
	}
	a, err := bindings.JobRouterMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	m, err := a.MethodById(msg.Data[:4])
	if err != nil {
		return nil, errors.New("execution reverted")
	}
	switch m.Name {
	case "currentEpoch":
		return m.Outputs.Pack(f.current)
	case "epochKeys":
		args, err := m.Inputs.Unpack(msg.Data[4:])
		if err != nil {
			return nil, err
		}
		e, ok := f.epochs[args[0].(uint32)]
		if !ok {
			return m.Outputs.Pack(epochNone, [32]byte{}, []byte{})
		}
		return m.Outputs.Pack(e.status, [32]byte(e.x25519.Public().Bytes()), e.xwing.Public().Bytes())
	}
	return nil, errors.New("execution reverted")
}

func newFleetEpoch(t *testing.T, status uint8) fleetEpoch {
	t.Helper()
	x, err := hpke.GenerateKeyPair(hpke.SuiteX25519, nil)
	if err != nil {
		t.Fatal(err)
	}
	w, err := hpke.GenerateKeyPair(hpke.SuiteXWing, nil)
	if err != nil {
		t.Fatal(err)
	}
	return fleetEpoch{status: status, x25519: x, xwing: w}
}

func TestFleetKeyFromChain(t *testing.T) {
	router := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	chain := &fleetChain{router: router, chainID: 31337, epochs: map[uint32]fleetEpoch{}}
	old := dialRegistry
	dialRegistry = func(context.Context, string) (bind.ContractBackend, func(), error) { return chain, func() {}, nil }
	defer func() { dialRegistry = old }()

	// Before genesis there is nothing to encrypt to.
	if _, err := teeo(t, "fleet-key", "--rpc-url", "sim", "--router", router.Hex()); err == nil || !strings.Contains(err.Error(), "no fleet epoch") {
		t.Fatalf("fleet-key before genesis: %v", err)
	}

	chain.epochs[1] = newFleetEpoch(t, epochRetired)
	chain.epochs[2] = newFleetEpoch(t, epochActive)
	chain.current = 2
	for _, tc := range []struct {
		name  string
		args  []string
		epoch string
		key   *hpke.PrivateKey
	}{
		{"current x25519", nil, "2", chain.epochs[2].x25519},
		{"current xwing", []string{"--suite", "xwing"}, "2", chain.epochs[2].xwing},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := teeo(t, append([]string{"fleet-key", "--rpc-url", "sim", "--router", router.Hex()}, tc.args...)...)
			if err != nil {
				t.Fatal(err)
			}
			if field(t, out, "epoch") != tc.epoch || field(t, out, "chain_id") != "31337" {
				t.Errorf("fleet-key: %q", out)
			}
			want := formatKey(tc.key.Suite(), tc.key.Public().Bytes())
			if field(t, out, "fleet_key") != want {
				t.Errorf("fleet_key %q, want %q", field(t, out, "fleet_key"), want)
			}
		})
	}
	// A retired epoch is refused by name, and so is a wrong chain id.
	if _, err := teeo(t, "fleet-key", "--rpc-url", "sim", "--router", router.Hex(), "--epoch", "1"); err == nil || !strings.Contains(err.Error(), "retired") {
		t.Fatalf("retired epoch: %v", err)
	}
	if _, err := teeo(t, "fleet-key", "--rpc-url", "sim", "--router", router.Hex(), "--chain-id", "1"); err == nil || !strings.Contains(err.Error(), "chain 31337") {
		t.Fatalf("wrong chain id: %v", err)
	}

	// encrypt-input reads the current key from the chain and binds the chain id the node reports:
	// the enclave holding epoch 2 opens it in exactly that context.
	requester, user := common.Address{7}, common.Address{8}
	pid := [32]byte{1, 2, 3} // any programId: the ciphertext is bound to it
	out, err := teeo(t, "encrypt-input", "--rpc-url", "sim", "--router", router.Hex(), "--requester", requester.Hex(),
		"--user", user.Hex(), "--program-id", hexutil.Encode(pid[:]), "--data", "from the chain's key")
	if err != nil {
		t.Fatal(err)
	}
	input, err := hexutil.Decode(strings.TrimSpace(out))
	if err != nil {
		t.Fatal(err)
	}
	b := protocol.InputBinding{ChainID: big.NewInt(31337), Router: router, Requester: requester, User: user, ProgramID: pid}
	pt, _, err := protocol.OpenInput(protocol.SingleKey(2, chain.epochs[2].x25519), b, input)
	if err != nil || !bytes.Equal(pt, []byte("from the chain's key")) {
		t.Fatalf("open: %q %v", pt, err)
	}
	b.User = common.Address{}
	if _, _, err := protocol.OpenInput(protocol.SingleKey(2, chain.epochs[2].x25519), b, input); !errors.Is(err, protocol.ErrDecrypt) {
		t.Fatalf("opened for another user: %v", err)
	}
}
