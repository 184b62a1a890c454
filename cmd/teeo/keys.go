package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/protocol"
)

// `teeo program-keys`: a program's key addresses (the program key, and the code key of one
// codeHash) as a worker of the fleet states them, checked: the statement is signed in this
// router's domain by the worker's enclave key, which must be registered and active on-chain.

func init() {
	register(func() *cli.Command {
		return &cli.Command{
			Name:     "program-keys",
			Category: groupAuthors,
			Usage:    "a program's key addresses (program key; code key of --code-hash) from a worker, checked against the chain",
			Flags: []cli.Flag{rpcFlag, routerFlag, timeoutFlag,
				&cli.StringFlag{Name: "worker", Usage: "a fleet worker's API URL", EnvVars: env("WORKER"), Required: true},
				&cli.StringFlag{Name: "program-id", Usage: "the program (0x...)", EnvVars: env("PROGRAM_ID"), Required: true},
				&cli.StringFlag{Name: "code-hash", Usage: "keccak256 of a version's module (0x...): also ask for that version's code key", EnvVars: env("CODE_HASH")},
				&cli.BoolFlag{Name: "allow-simulation", Usage: "accept a worker in INSECURE simulation mode (local development only: its keys protect nothing)", EnvVars: env("ALLOW_SIMULATION")}},
			Action: programKeys,
		}
	})
}

func programKeys(c *cli.Context) error {
	programID, err := bytes32(c, "program-id")
	if err != nil {
		return err
	}
	var codeHash [32]byte
	if c.String("code-hash") != "" {
		if codeHash, err = bytes32(c, "code-hash"); err != nil {
			return err
		}
	}
	if c.String("rpc-url") == "" || !common.IsHexAddress(c.String("router")) {
		return errors.New("--rpc-url and --router are needed: the worker's statement is checked against the registry")
	}
	router := common.HexToAddress(c.String("router"))
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	backend, closeFn, err := dialRouter(ctx, c.String("rpc-url"))
	if err != nil {
		return err
	}
	defer closeFn()
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain id: %w", err)
	}
	var opts []client.Option
	if c.Bool("allow-simulation") {
		opts = append(opts, client.AllowSimulation())
	}
	w, err := client.New(c.String("worker"), opts...)
	if err != nil {
		return fmt.Errorf("--worker: %w", err)
	}
	pk, err := w.ProgramKeys(ctx, programID, codeHash)
	if err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	if pk.ProgramID != programID || pk.CodeHash != codeHash || pk.Router != router || pk.ChainID == nil || (*big.Int)(pk.ChainID).Cmp(chainID) != 0 {
		return fmt.Errorf("the worker answered for program %s code %s on router %s chain %v: not what was asked", pk.ProgramID, pk.CodeHash, pk.Router, pk.ChainID)
	}
	digest := protocol.Domain{ChainID: chainID, Router: router}.ProgramKeysDigest(pk.FleetID, pk.ProgramID, pk.CodeHash, pk.ProgramKey, pk.CodeKey)
	signer, err := protocol.RecoverDigestSigner(digest, protocol.Signature{R: pk.Signature.R, VS: pk.Signature.VS})
	if err != nil || signer != pk.Signer {
		return fmt.Errorf("the statement is not signed by the worker's enclave %s (recovered %s, %v)", pk.Signer, signer, err)
	}
	r := bindings.NewJobRouter()
	active, err := bind.Call(r.Instance(backend, router), &bind.CallOpts{Context: ctx}, r.PackIsActive(signer), r.UnpackIsActive)
	if err != nil {
		return fmt.Errorf("registry: %w", describeRevertErr(err))
	}
	if !active {
		return fmt.Errorf("enclave %s is not registered and active on router %s: its statement counts for nothing", signer, router)
	}
	fmt.Fprintf(c.App.Writer, "program_id=%s\nfleet_id=%s\nprogram_key=%s\n", common.Hash(programID), pk.FleetID, pk.ProgramKey)
	if codeHash != ([32]byte{}) {
		fmt.Fprintf(c.App.Writer, "code_hash=%s\ncode_key=%s\n", common.Hash(codeHash), pk.CodeKey)
	}
	fmt.Fprintf(c.App.Writer, "signed_by=%s (registered, active)\n", signer)
	return nil
}

func describeRevertErr(err error) error { return errors.New(describeRevert(err)) }
