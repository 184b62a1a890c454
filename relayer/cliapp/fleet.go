package cliapp

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/fleet"
	"github.com/teeoracle/teeoracle/relayer/service"
)

// Flag names of `fleet ...`.
const (
	fleetFromFlagName        = "from"
	fleetToFlagName          = "to"
	fleetEpochFlagName       = "epoch"
	fleetGovernorKeyFlagName = "governor-key-file"
)

// fleetCommand is `relayer fleet`: the operator's steps of the enclave fleet (issues 10 and 16).
// Genesis, rotation and retirement are the governor's orders: the router owner's key (given as a
// file) signs them and the enclaves verify the signature themselves; the owner's on-chain steps
// (setFleetId at genesis, startRotation, retireEpoch) are sent with the same key. Joins and key
// publication (setEpochKeys, which anyone may submit with an enclave's signed statement) need no
// order.
func fleetCommand() *cli.Command {
	common := append(ethrpc.CLIFlags(prefix), service.ChainFlags(prefix)...)
	common = append(common,
		&cli.BoolFlag{Name: service.AllowSimulationFlagName, Usage: "accept simulation-mode workers: NOTHING is confidential (dev chains only)",
			EnvVars: env("ALLOW_SIMULATION")})
	workers := &cli.StringSliceFlag{Name: workerFlagName, Usage: "worker API URL (repeat)", EnvVars: env("WORKERS")}
	sender := []cli.Flag{
		&cli.StringFlag{Name: service.SenderKeyFileFlagName, Usage: "file holding the hex private key that sends setEpochKeys", EnvVars: env("SENDER_KEY_FILE")},
		&cli.StringFlag{Name: service.SenderKeyFlagName, Usage: "hex private key that sends setEpochKeys (prefer the file)", EnvVars: env("SENDER_KEY")},
	}
	epoch := &cli.UintFlag{Name: fleetEpochFlagName, Usage: "epoch to publish or create (unset: the chain's pending epoch)", EnvVars: env("FLEET_EPOCH")}
	governor := &cli.StringFlag{Name: fleetGovernorKeyFlagName, Usage: "file holding the hex private key of the router owner (the fleet's governor): signs the fleet orders and sends the owner's calls",
		EnvVars: env("GOVERNOR_KEY_FILE")}
	with := func(extra ...cli.Flag) []cli.Flag { return append(append([]cli.Flag{}, common...), extra...) }
	return &cli.Command{
		Name:  "fleet",
		Usage: "enclave fleet: epochs held by workers and recorded on-chain",
		Subcommands: []*cli.Command{
			{Name: "status", Usage: "per worker: epochs held and current; on-chain: current, pending, retired epochs, and whether keys match",
				Flags: with(workers), Action: fleetAction(func(c *cli.Context, o *fleet.Orchestrator) error {
					st := o.Status(c.Context)
					if err := printJSON(c, st); err != nil {
						return err
					}
					return statusError(st)
				})},
			{Name: "genesis", Usage: "on the governor's signed order the worker creates the fleet (root secret, epoch 1; once per fleet); the owner's setFleetId records its id; then `fleet publish`",
				Flags: with(workers, governor), Action: fleetAction(func(c *cli.Context, o *fleet.Orchestrator) error {
					w, err := oneWorker(o)
					if err != nil {
						return err
					}
					if err := withGovernor(c, o, true); err != nil {
						return err
					}
					st, err := o.Genesis(c.Context, w)
					if err != nil {
						return err
					}
					tx, err := o.SetFleetID(c.Context, *st.FleetID)
					if err != nil {
						return err
					}
					fmt.Printf("fleet_id=%s\n", st.FleetID.Hex())
					fmt.Printf("%s holds epoch %d; setFleetId: %s; publish it with `relayer fleet publish --worker %s`\n", w.Name, st.Current, tx, w.Name)
					return nil
				})},
			{Name: "publish", Usage: "submit setEpochKeys with the worker's signed FleetKey statement (a plain signed transaction)",
				Flags: with(append([]cli.Flag{workers, epoch}, sender...)...), Action: fleetAction(func(c *cli.Context, o *fleet.Orchestrator) error {
					w, e, err := workerAndEpoch(c, o)
					if err != nil {
						return err
					}
					if err := withSimpleSender(c, o); err != nil {
						return err
					}
					tx, err := o.Publish(c.Context, w, e)
					if err != nil {
						return err
					}
					fmt.Printf("epoch %d keys of %s published: %s\n", e, w.Name, tx)
					return nil
				})},
			{Name: "join", Usage: "the worker --to joins the fleet of the worker --from (the enclaves verify each other)",
				Flags: with(&cli.StringFlag{Name: fleetFromFlagName, Usage: "holder worker URL", Required: true, EnvVars: env("FLEET_FROM")},
					&cli.StringFlag{Name: fleetToFlagName, Usage: "joining worker URL", Required: true, EnvVars: env("FLEET_TO")}),
				Action: fleetAction(func(c *cli.Context, o *fleet.Orchestrator) error {
					opts := clientOpts(c)
					holder, err := client.New(c.String(fleetFromFlagName), opts...)
					if err != nil {
						return err
					}
					joiner, err := client.New(c.String(fleetToFlagName), opts...)
					if err != nil {
						return err
					}
					st, err := o.Join(c.Context, fleet.Worker{Name: ethrpc.Redact(c.String(fleetFromFlagName)), Client: holder},
						fleet.Worker{Name: ethrpc.Redact(c.String(fleetToFlagName)), Client: joiner})
					if err != nil {
						return err
					}
					fmt.Printf("joined: installed %v, current %d\n", st.Installed, st.Current)
					return nil
				})},
			{Name: "rotate", Usage: "after the owner's startRotation: the governor's order names the ONE worker that creates the pending epoch; the others join it; then publish",
				Flags: with(append([]cli.Flag{workers, epoch, governor}, sender...)...), Action: fleetAction(func(c *cli.Context, o *fleet.Orchestrator) error {
					w, e, err := workerAndEpoch(c, o)
					if err != nil {
						return err
					}
					if err := withGovernor(c, o, false); err != nil {
						return err
					}
					if _, err := o.Rotate(c.Context, w, e); err != nil {
						return err
					}
					fmt.Printf("%s created epoch %d\n", w.Name, e)
					if c.String(service.SenderKeyFileFlagName) == "" && c.String(service.SenderKeyFlagName) == "" {
						fmt.Printf("publish it with `relayer fleet publish --worker %s --epoch %d`\n", w.Name, e)
						return nil
					}
					if err := withSimpleSender(c, o); err != nil {
						return err
					}
					tx, err := o.Publish(c.Context, w, e)
					if err != nil {
						return err
					}
					fmt.Printf("epoch %d keys published: %s\n", e, tx)
					return nil
				})},
			{Name: "retire", Usage: "the owner retires the epoch on-chain (retireEpoch, unless done) and each worker deletes it for good on the governor's order",
				Flags: with(workers, governor, &cli.UintFlag{Name: fleetEpochFlagName, Usage: "epoch to retire", Required: true, EnvVars: env("FLEET_EPOCH")}),
				Action: fleetAction(func(c *cli.Context, o *fleet.Orchestrator) error {
					if err := withGovernor(c, o, true); err != nil {
						return err
					}
					chain, err := fleet.ReadChain(c.Context, o.Chain, o.Router)
					if err != nil {
						return err
					}
					e := uint32(c.Uint(fleetEpochFlagName))
					if chain.Epoch(e).Status != fleet.EpochRetired {
						if e >= chain.Current {
							return fmt.Errorf("epoch %d is the chain's current epoch (%d) or later: rotate first", e, chain.Current)
						}
						tx, err := o.Sender.Send(c.Context, o.Router, fleet.PackRetireEpoch(e), "retire_epoch")
						if err != nil {
							return fmt.Errorf("retireEpoch(%d): %w", e, err)
						}
						fmt.Printf("retireEpoch(%d): %s\n", e, tx)
					}
					order, err := o.RetireOrder(chain.FleetID, e)
					if err != nil {
						return err
					}
					for _, w := range o.Workers {
						if _, err := o.Retire(c.Context, w, order); err != nil {
							return err
						}
						fmt.Printf("%s retired epoch %d\n", w.Name, e)
					}
					return nil
				})},
		},
	}
}

func clientOpts(c *cli.Context) []client.Option {
	if c.Bool(service.AllowSimulationFlagName) {
		return []client.Option{client.AllowSimulation()}
	}
	return nil
}

// fleetAction builds the orchestrator of the flags (RPC, router, workers) and runs f.
func fleetAction(f func(c *cli.Context, o *fleet.Orchestrator) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		log, err := service.NewLogger(c)
		if err != nil {
			return err
		}
		router, err := service.Address(c, service.RouterFlagName)
		if err != nil {
			return err
		}
		rpc, err := ethrpc.Dial(c.Context, ethrpc.ReadCLIConfig(c), log, nil)
		if err != nil {
			return err
		}
		defer rpc.Close()
		id, err := rpc.ChainID(c.Context)
		if err != nil {
			return err
		}
		o := &fleet.Orchestrator{ChainID: id, Router: router, Chain: rpc, Log: log}
		for _, u := range c.StringSlice(workerFlagName) {
			wc, err := client.New(u, clientOpts(c)...)
			if err != nil {
				return err
			}
			o.Workers = append(o.Workers, fleet.Worker{Name: ethrpc.Redact(u), Client: wc})
		}
		return f(c, o)
	}
}

func oneWorker(o *fleet.Orchestrator) (fleet.Worker, error) {
	if len(o.Workers) != 1 {
		return fleet.Worker{}, fmt.Errorf("exactly one --%s is needed (got %d)", workerFlagName, len(o.Workers))
	}
	return o.Workers[0], nil
}

func epochOrPending(c *cli.Context, o *fleet.Orchestrator) (uint32, error) {
	if c.IsSet(fleetEpochFlagName) {
		return uint32(c.Uint(fleetEpochFlagName)), nil
	}
	chain, err := fleet.ReadChain(c.Context, o.Chain, o.Router)
	if err != nil {
		return 0, err
	}
	if chain.Pending == 0 {
		return 0, fmt.Errorf("no epoch is pending on-chain (current %d): give --%s, or the owner calls startRotation", chain.Current, fleetEpochFlagName)
	}
	return chain.Pending, nil
}

// withGovernor reads the governor key file into o; with asSender, the governor (the router
// owner) also sends o's transactions (setFleetId, retireEpoch).
func withGovernor(c *cli.Context, o *fleet.Orchestrator, asSender bool) error {
	path := c.String(fleetGovernorKeyFlagName)
	if path == "" {
		return fmt.Errorf("--%s is required: the fleet obeys only orders signed by the router owner", fleetGovernorKeyFlagName)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("--%s: %w", fleetGovernorKeyFlagName, err)
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
	if err != nil {
		return fmt.Errorf("--%s: not a hex private key", fleetGovernorKeyFlagName) // never echo the file
	}
	o.Governor = key
	if !asSender {
		return nil
	}
	urls := ethrpc.ReadCLIConfig(c).URLs
	if len(urls) == 0 {
		return fmt.Errorf("--%s is required", ethrpc.URLsFlagName)
	}
	backend, err := ethclient.DialContext(c.Context, urls[0])
	if err != nil {
		return err
	}
	o.Sender = fleet.SimpleSender{Backend: backend, Key: key, ChainID: new(big.Int).Set(o.ChainID)}
	return nil
}

// withSimpleSender gives o a plain signed-transaction sender from the sender key flags.
func withSimpleSender(c *cli.Context, o *fleet.Orchestrator) error {
	key, err := service.ReadKey(c, service.SenderKeyFileFlagName, service.SenderKeyFlagName)
	if err != nil {
		return err
	}
	urls := ethrpc.ReadCLIConfig(c).URLs
	if len(urls) == 0 {
		return fmt.Errorf("--%s is required", ethrpc.URLsFlagName)
	}
	backend, err := ethclient.DialContext(c.Context, urls[0])
	if err != nil {
		return err
	}
	o.Sender = fleet.SimpleSender{Backend: backend, Key: key, ChainID: new(big.Int).Set(o.ChainID)}
	return nil
}

// workerAndEpoch is the one --worker of a command and its --epoch (default: the pending one).
func workerAndEpoch(c *cli.Context, o *fleet.Orchestrator) (fleet.Worker, uint32, error) {
	w, err := oneWorker(o)
	if err != nil {
		return fleet.Worker{}, 0, err
	}
	e, err := epochOrPending(c, o)
	return w, e, err
}

// statusError makes `fleet status` exit non-zero when the chain or a worker could not be read, or a
// worker's keys differ from the chain's.
func statusError(st fleet.Status) error {
	var errs []error
	if st.Chain.Error != "" {
		errs = append(errs, fmt.Errorf("chain: %s", st.Chain.Error))
	}
	for _, w := range st.Workers {
		if w.Error != "" {
			errs = append(errs, fmt.Errorf("worker %s: %s", w.Name, w.Error))
		}
		for e, ok := range w.Match {
			if !ok {
				errs = append(errs, fmt.Errorf("worker %s: its epoch %d keys differ from the chain's", w.Name, e))
			}
		}
	}
	return errors.Join(errs...)
}
