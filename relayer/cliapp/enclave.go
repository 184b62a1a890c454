package cliapp

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/reverts"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/registrar"
	"github.com/teeoracle/teeoracle/relayer/service"
)

// Flag names of `enclave register` (the verification policy's are registrar's).
const (
	workerFlagName           = "worker"
	registrarKeyFileFlagName = "registrar-key-file"
	registrarKeyFlagName     = "registrar-key"
	payeeFlagName            = "payee"
	validForFlagName         = "valid-for"
	dryRunFlagName           = "dry-run"
)

func enclaveCommand() *cli.Command {
	flags := append(ethrpc.CLIFlags(prefix), service.ChainFlags(prefix)...)
	flags = append(flags,
		&cli.StringFlag{Name: workerFlagName, Usage: "worker API URL", Required: true, EnvVars: env("WORKER")},
		&cli.StringFlag{Name: registrarKeyFileFlagName, Usage: "file holding the registrar's hex private key", EnvVars: env("REGISTRAR_KEY_FILE")},
		&cli.StringFlag{Name: registrarKeyFlagName, Usage: "registrar's hex private key (prefer the file)", EnvVars: env("REGISTRAR_KEY")},
		&cli.StringFlag{Name: payeeFlagName, Usage: "address paid the fees the enclave earns", Required: true, EnvVars: env("PAYEE")},
		&cli.DurationFlag{Name: validForFlagName, Usage: "registration lifetime", Value: 30 * 24 * time.Hour, EnvVars: env("REGISTRATION_TTL")},
		&cli.BoolFlag{Name: dryRunFlagName, Usage: "verify and print the registration without sending it", EnvVars: env("DRY_RUN")},
	)
	return &cli.Command{
		Name:  "enclave",
		Usage: "enclave registry operations",
		Subcommands: []*cli.Command{{
			Name:   "register",
			Usage:  "verify a worker's attestation and register its enclave key in the registry",
			Flags:  append(flags, registrar.CLIFlags(prefix)...),
			Action: registerEnclave,
		}},
	}
}

func registerEnclave(c *cli.Context) error {
	ctx := c.Context
	log, err := service.NewLogger(c)
	if err != nil {
		return err
	}
	router, err := service.Address(c, service.RouterFlagName)
	if err != nil {
		return err
	}
	payee, err := service.Address(c, payeeFlagName)
	if err != nil {
		return err
	}
	o, err := registrar.ReadCLIConfig(c)
	if err != nil {
		return err
	}
	opts := []client.Option{}
	if o.AllowSimulation {
		opts = append(opts, client.AllowSimulation())
	}
	wc, err := client.New(c.String(workerFlagName), opts...)
	if err != nil {
		return err
	}
	id, err := wc.Identity(ctx)
	if err != nil {
		return err
	}
	reg, err := registrar.Registration(ctx, id, payee, time.Now().Add(c.Duration(validForFlagName)), o)
	if err != nil {
		return err
	}
	if reg.Simulated {
		log.Warn("registering a SIMULATION-mode enclave: nothing it runs is confidential")
	}
	out, _ := json.MarshalIndent(map[string]any{"signer": reg.Signer, "payee": reg.Payee, "expiresAt": reg.ExpiresAt,
		"simulated": reg.Simulated, "mrEnclave": hexutil.Encode(reg.MrEnclave[:]), "mrSigner": hexutil.Encode(reg.MrSigner[:]),
		"productId": reg.ProductId, "svn": reg.Svn, "evidenceDigest": hexutil.Encode(reg.EvidenceDigest[:]),
		"encryptionKey": hexutil.Encode(reg.EncryptionKey)}, "", "  ")
	fmt.Println(string(out))
	if c.Bool(dryRunFlagName) {
		return nil
	}
	key, err := service.ReadKey(c, registrarKeyFileFlagName, registrarKeyFlagName)
	if err != nil {
		return err
	}
	rpcCfg := ethrpc.ReadCLIConfig(c)
	rpc, err := ethrpc.Dial(ctx, rpcCfg, log, nil)
	if err != nil {
		return err
	}
	defer rpc.Close()
	chainID, err := rpc.ChainID(ctx)
	if err != nil {
		return err
	}
	// Registration is a one-off operator action: a plain client (no failover) for the binding calls.
	backend, err := ethclient.DialContext(ctx, rpcCfg.URLs[0])
	if err != nil {
		return err
	}
	defer backend.Close()
	r := bindings.NewJobRouter()
	tx, err := bind.Transact(r.Instance(backend, router), bind.NewKeyedTransactor(key, chainID), r.PackRegisterEnclave(reg))
	if err != nil {
		return fmt.Errorf("registerEnclave refused: %w", reverts.Wrap(err))
	}
	fmt.Println("sent", tx.Hash().Hex())
	receipt, err := bind.WaitMined(ctx, backend, tx.Hash())
	if err != nil {
		return err
	}
	if receipt.Status != 1 {
		return fmt.Errorf("registerEnclave reverted in block %d", receipt.BlockNumber)
	}
	fmt.Println("registered in block", receipt.BlockNumber)
	return nil
}
