package main

// The fleet's public keys, read from the chain: clients, authors and frontends encrypt to the key
// the router records for its current epoch (accepted there only with an active enclave's FleetKey
// signature), never to a key a worker or a relayer hands out.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/internal/flagenv"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

func init() {
	register(func() *cli.Command {
		return &cli.Command{
			Name:     "fleet-key",
			Category: groupFleet,
			Usage: "print the fleet's public key recorded on-chain for the router's current epoch (or --epoch): " +
				"what inputs, programs and secrets are encrypted to",
			Flags: []cli.Flag{rpcFlag, routerFlag, chainIDFlag, timeoutFlag, epochFlag,
				&cli.StringFlag{Name: "suite", Value: "x25519", Usage: "x25519 (classical) or xwing (post-quantum hybrid)", EnvVars: env("SUITE")},
				&cli.StringFlag{Name: "out", Usage: "also write the key (SUITE:HEX) to this file (for --fleet-key-file)", EnvVars: env("OUT")},
			},
			Action: fleetKeyCmd,
		}
	})
}

// Epoch statuses of IFleetKeys.EpochStatus.
const (
	epochNone uint8 = iota
	epochPending
	epochActive
	epochRetired
)

// onChainFleetKey is an epoch's public key of one suite, as the router records it.
type onChainFleetKey struct {
	Epoch uint32
	Key   *hpke.PublicKey
}

// errNoFleetKey: the router records no usable key (no genesis yet, or the epoch is retired).
var errNoFleetKey = errors.New("no fleet key on-chain")

// readFleetKey reads the key of `suite` for `epoch` (0: the router's current epoch) and refuses an
// epoch that is not active (pending, retired or unknown): nothing should be encrypted to it.
func readFleetKey(ctx context.Context, backend bind.ContractBackend, router common.Address, suite hpke.Suite, epoch uint32) (onChainFleetKey, error) {
	r := bindings.NewJobRouter()
	inst := r.Instance(backend, router)
	opts := &bind.CallOpts{Context: ctx}
	if epoch == 0 {
		current, err := bind.Call(inst, opts, r.PackCurrentEpoch(), r.UnpackCurrentEpoch)
		if err != nil {
			return onChainFleetKey{}, fmt.Errorf("router currentEpoch: %w (is %s a fleet router?)", err, router)
		}
		if current == 0 {
			return onChainFleetKey{}, fmt.Errorf("%w: router %s has no fleet epoch yet (fleet genesis and `relayer fleet publish` first)", errNoFleetKey, router)
		}
		epoch = current
	}
	keys, err := bind.Call(inst, opts, r.PackEpochKeys(epoch), r.UnpackEpochKeys)
	if err != nil {
		return onChainFleetKey{}, fmt.Errorf("router epochKeys(%d): %w", epoch, err)
	}
	status, x25519, xwing := keys.Status, keys.X25519Key, keys.XwingKey
	if status != epochActive {
		return onChainFleetKey{}, fmt.Errorf("%w: epoch %d is %s on router %s", errNoFleetKey, epoch, epochStatusName(status), router)
	}
	raw := x25519[:]
	if suite == hpke.SuiteXWing {
		raw = xwing
	}
	key, err := hpke.ParsePublicKey(suite, raw)
	if err != nil {
		return onChainFleetKey{}, fmt.Errorf("epoch %d %s key on-chain: %w", epoch, suite, err)
	}
	return onChainFleetKey{Epoch: epoch, Key: key}, nil
}

func epochStatusName(s uint8) string {
	switch s {
	case epochNone:
		return "not opened"
	case epochPending:
		return "pending (no keys published yet)"
	case epochActive:
		return "active"
	case epochRetired:
		return "retired"
	}
	return fmt.Sprintf("in unknown status %d", s)
}

// chainFleet connects to --rpc-url and returns the backend, the router and the chain id (from the
// node, checked against --chain-id when that is given).
func chainFleet(c *cli.Context, ctx context.Context) (bind.ContractBackend, common.Address, *big.Int, func(), error) {
	if c.String("rpc-url") == "" || !common.IsHexAddress(c.String("router")) {
		return nil, common.Address{}, nil, nil, errors.New("--rpc-url and --router are needed to read the fleet key from the chain")
	}
	backend, closeFn, err := dialRegistry(ctx, c.String("rpc-url"))
	if err != nil {
		return nil, common.Address{}, nil, nil, err
	}
	id, err := chainIDOf(ctx, backend)
	if err != nil {
		closeFn()
		return nil, common.Address{}, nil, nil, err
	}
	if want := c.Uint64("chain-id"); want != 0 && id.Uint64() != want {
		closeFn()
		return nil, common.Address{}, nil, nil, fmt.Errorf("--chain-id %d, but the node at --rpc-url is chain %s", want, id)
	}
	return backend, common.HexToAddress(c.String("router")), id, closeFn, nil
}

// chainIDOf asks the node for its chain id.
func chainIDOf(ctx context.Context, backend bind.ContractBackend) (*big.Int, error) {
	ider, ok := backend.(interface {
		ChainID(context.Context) (*big.Int, error)
	})
	if !ok {
		return nil, errors.New("the backend cannot tell its chain id")
	}
	id, err := ider.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	return id, nil
}

// fleetKeyCmd prints the router's current (or --epoch) fleet key.
func fleetKeyCmd(c *cli.Context) error {
	suite, err := hpke.ParseSuite(c.String("suite"))
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	backend, router, id, closeFn, err := chainFleet(c, ctx)
	if err != nil {
		return err
	}
	defer closeFn()
	fk, err := readFleetKey(ctx, backend, router, suite, uint32(c.Uint("epoch")))
	if err != nil {
		return err
	}
	key := formatKey(suite, fk.Key.Bytes())
	if out := c.String("out"); out != "" {
		if err := os.WriteFile(out, []byte(key+"\n"), 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(c.App.Writer, "chain_id=%s\nrouter=%s\nepoch=%d\nsuite=%s\nfleet_key=%s\n", id, router, fk.Epoch, suite, key)
	return nil
}

// resolveFleetKey is the fleet key of the v2 commands: --fleet-key/--fleet-key-file with --epoch,
// or else the router's current key read from the chain (--rpc-url --router, --suite). It also
// fills in the chain id from the node when --chain-id is not given.
func resolveFleetKey(c *cli.Context) (*hpke.PublicKey, uint32, *big.Int, error) {
	fk, err := fleetKey(c)
	if err != nil {
		return nil, 0, nil, err
	}
	// A key from the environment (TEEO_FLEET_KEY) does not beat an explicit --rpc-url.
	if fk != nil && flagenv.Explicit(c, "rpc-url") && !flagenv.Explicit(c, "fleet-key") && !flagenv.Explicit(c, "fleet-key-file") {
		fk = nil
	}
	if fk != nil {
		e, err := epoch(c)
		if err != nil {
			return nil, 0, nil, err
		}
		var id *big.Int
		if c.Uint64("chain-id") != 0 {
			id = new(big.Int).SetUint64(c.Uint64("chain-id"))
		}
		return fk, e, id, nil
	}
	if c.String("rpc-url") == "" {
		return nil, 0, nil, errors.New("give --rpc-url and --router (the fleet key is read from the chain), or --fleet-key/--fleet-key-file with --epoch")
	}
	suite, err := hpke.ParseSuite(c.String("suite"))
	if err != nil {
		return nil, 0, nil, err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	backend, router, id, closeFn, err := chainFleet(c, ctx)
	if err != nil {
		return nil, 0, nil, err
	}
	defer closeFn()
	k, err := readFleetKey(ctx, backend, router, suite, uint32(c.Uint("epoch")))
	if err != nil {
		return nil, 0, nil, err
	}
	fmt.Fprintf(c.App.ErrWriter, "fleet key: epoch %d, %s, read from router %s on chain %s\n", k.Epoch, suite, router, id)
	return k.Key, k.Epoch, id, nil
}
