package main

// The enclave command: one enclave's identity (signer, encryption key, mode), read from the chain's
// EnclaveRegistry (--rpc-url --router --enclave-signer: the chain decides which keys count, so prefer
// this), from a worker's identity endpoint (--worker, checked against the worker's attestation
// report data) or given in hex (--enclave-key). The legacy v1 commands encrypt to that key.

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/protocol"
)

var (
	workerFlag     = &cli.StringFlag{Name: "worker", Usage: "worker API URL to read the enclave identity from", EnvVars: env("WORKER_URL")}
	enclaveKeyFlag = &cli.StringFlag{Name: "enclave-key", Usage: "enclave encryption public key, hex (33 or 65 bytes)", EnvVars: env("ENCLAVE_KEY")}
	signerFlag     = &cli.StringFlag{Name: "enclave-signer", Usage: "enclave signer address (read from the registry with --rpc-url, checked against --worker)", EnvVars: env("ENCLAVE_SIGNER")}
	allowSimFlag   = &cli.BoolFlag{Name: "allow-simulation", Usage: "accept a worker in insecure simulation mode (development only)", EnvVars: env("ALLOW_SIMULATION")}
)

// enclaveFlags name one enclave: --worker, --enclave-key, or --rpc-url --router --enclave-signer.
var enclaveFlags = []cli.Flag{workerFlag, enclaveKeyFlag, rpcFlag, routerFlag, signerFlag, allowSimFlag, timeoutFlag}

func init() {
	register(func() *cli.Command {
		return &cli.Command{
			Name:     "enclave",
			Category: groupFleet,
			Usage: "print an enclave's signer, encryption key and mode: from a worker (its attestation report binding checked) " +
				"or from the registry (--rpc-url --router --enclave-signer)",
			Flags:  enclaveFlags,
			Action: showEnclave,
		}
	})
}

// enclave resolves the enclave encryption key (and signer, when known).
type enclave struct {
	key      *ecdsa.PublicKey
	signer   common.Address
	insecure bool
}

func resolveEnclave(c *cli.Context) (enclave, error) {
	sources := 0
	for _, f := range []string{"worker", "enclave-key", "rpc-url"} {
		if c.String(f) != "" {
			sources++
		}
	}
	if sources > 1 {
		return enclave{}, errors.New("give one of --worker, --enclave-key or --rpc-url")
	}
	var signer common.Address
	if s := c.String("enclave-signer"); s != "" {
		if !common.IsHexAddress(s) {
			return enclave{}, fmt.Errorf("--enclave-signer %q is not an address", s)
		}
		signer = common.HexToAddress(s)
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	switch {
	case c.String("enclave-key") != "":
		b, err := decodeHex(c.String("enclave-key"))
		if err != nil {
			return enclave{}, fmt.Errorf("--enclave-key: %w", err)
		}
		key, err := protocol.ParsePublicKey(b)
		if err != nil {
			return enclave{}, err
		}
		return enclave{key: key, signer: signer}, nil
	case c.String("rpc-url") != "":
		if !common.IsHexAddress(c.String("router")) || signer == (common.Address{}) {
			return enclave{}, errors.New("--rpc-url needs --router and --enclave-signer addresses")
		}
		backend, closeFn, err := dialRegistry(ctx, c.String("rpc-url"))
		if err != nil {
			return enclave{}, err
		}
		defer closeFn()
		e, err := registryEnclave(ctx, backend, common.HexToAddress(c.String("router")), signer)
		if err != nil {
			return enclave{}, err
		}
		if e.insecure {
			if !c.Bool("allow-simulation") {
				return enclave{}, fmt.Errorf("enclave %s is registered as a simulation-mode worker (use --allow-simulation for development)", signer)
			}
			fmt.Fprintln(c.App.ErrWriter, "WARNING: the enclave is registered in INSECURE SIMULATION mode: nothing encrypted to it is confidential")
		}
		return e, nil
	case c.String("worker") != "":
		var opts []client.Option
		if c.Bool("allow-simulation") {
			opts = append(opts, client.AllowSimulation())
		}
		wc, err := client.New(c.String("worker"), opts...)
		if err != nil {
			return enclave{}, err
		}
		id, err := wc.Identity(ctx)
		if err != nil {
			return enclave{}, err
		}
		if signer != (common.Address{}) && id.Signer != signer {
			return enclave{}, fmt.Errorf("worker signer %s is not --enclave-signer %s", id.Signer, signer)
		}
		key, err := protocol.ParsePublicKey(id.EncryptionKey)
		if err != nil {
			return enclave{}, err
		}
		if id.Insecure {
			fmt.Fprintln(c.App.ErrWriter, "WARNING: the worker runs in INSECURE SIMULATION mode: nothing encrypted to it is confidential")
		}
		return enclave{key: key, signer: id.Signer, insecure: id.Insecure}, nil
	}
	return enclave{}, errors.New("give --worker URL, --enclave-key HEX or --rpc-url URL --router ADDR --enclave-signer ADDR")
}

func showEnclave(c *cli.Context) error {
	e, err := resolveEnclave(c)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "signer=%s\nencryption_key=%#x\ninsecure=%t\n", e.signer, crypto.CompressPubkey(e.key), e.insecure)
	return nil
}
