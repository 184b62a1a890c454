// Command teeo is the program author's and requester's tool for the TEE oracle: it reads the fleet
// key from the chain (fleet-key), seals program versions (author-signed manifest, module encrypted
// to the fleet key; seal-program), publishes and manages programs on the router (program ...),
// builds input envelopes encrypted to the fleet key (encrypt-input), makes output keys and decrypts
// outputs (formats: docs/formats.md). The v1 commands (encrypt-program, publish, and encrypt-input with an
// enclave source) still encrypt to one enclave's own key and are deprecated.
//
// The enclave key comes from the on-chain EnclaveRegistry (--rpc --router --enclave-signer: the
// chain decides which keys count, so prefer this), from a worker's identity endpoint (--worker,
// checked against the worker's attestation report data) or is given in hex (--enclave-key).
package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// Version is set at build time.
var Version = "dev"

func env(name string) []string { return []string{"TEEO_" + name} }

var (
	wasmFlag       = &cli.StringFlag{Name: "wasm", Usage: "plaintext WASM module file", EnvVars: env("WASM"), Required: true}
	workerFlag     = &cli.StringFlag{Name: "worker", Usage: "worker API URL to read the enclave identity from", EnvVars: env("WORKER_URL")}
	enclaveKeyFlag = &cli.StringFlag{Name: "enclave-key", Usage: "enclave encryption public key, hex (33 or 65 bytes)", EnvVars: env("ENCLAVE_KEY")}
	signerFlag     = &cli.StringFlag{Name: "enclave-signer", Usage: "enclave signer address (with --enclave-key; read from the worker otherwise)", EnvVars: env("ENCLAVE_SIGNER")}
	rpcFlag        = &cli.StringFlag{Name: "rpc-url", Aliases: []string{"rpc"}, Usage: "Ethereum JSON-RPC URL: the fleet key (with --router) or, v1, an enclave key (with --router and --enclave-signer) is read from the chain", EnvVars: env("RPC_URL")}
	routerFlag     = &cli.StringFlag{Name: "router", Usage: "JobRouter (EnclaveRegistry) address", EnvVars: env("ROUTER")}
	allowSimFlag   = &cli.BoolFlag{Name: "allow-simulation", Usage: "accept a worker in insecure simulation mode (development only)", EnvVars: env("ALLOW_SIMULATION")}
	ipfsFlag       = &cli.StringFlag{Name: "ipfs-api", Value: "127.0.0.1:5001", Usage: "Kubo HTTP API address", EnvVars: env("IPFS_API")}
	timeoutFlag    = &cli.DurationFlag{Name: "timeout", Value: time.Minute, Usage: "time limit of network calls", EnvVars: env("TIMEOUT")}
)

var enclaveFlags = []cli.Flag{workerFlag, enclaveKeyFlag, rpcFlag, routerFlag, signerFlag, allowSimFlag, timeoutFlag}

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "teeo:", err)
		os.Exit(1)
	}
}

func newApp() *cli.App {
	return &cli.App{
		Name:    "teeo",
		Usage:   "TEE oracle tool for program authors and requesters",
		Version: Version,
		Commands: []*cli.Command{
			{
				Name:   "program-id",
				Usage:  "print the programId (keccak256) of a WASM module",
				Flags:  []cli.Flag{wasmFlag},
				Action: programID,
			},
			{
				Name:   "enclave",
				Usage:  "print an enclave's signer and encryption key (from a worker, its report binding checked, or from the registry)",
				Flags:  enclaveFlags,
				Action: showEnclave,
			},
			{
				Name:  "encrypt-program",
				Usage: "encrypt a WASM module to an enclave's key",
				Flags: append([]cli.Flag{wasmFlag,
					&cli.StringFlag{Name: "out", Usage: "output file for the encrypted module", EnvVars: env("OUT"), Required: true},
				}, enclaveFlags...),
				Action: encryptProgram,
			},
			{
				Name:   "publish",
				Usage:  "encrypt a WASM module to an enclave's key, upload it to IPFS and print what to register",
				Flags:  append([]cli.Flag{wasmFlag, ipfsFlag}, enclaveFlags...),
				Action: publish,
			},
			{
				Name:  "upload",
				Usage: "upload a file to IPFS and print its CID",
				Flags: []cli.Flag{ipfsFlag, timeoutFlag,
					&cli.StringFlag{Name: "file", Usage: "file to upload", EnvVars: env("FILE"), Required: true}},
				Action: upload,
			},
			{
				Name: "encrypt-input",
				Usage: "build the input envelope of requestJob (hex on stdout): v2, encrypted to the fleet epoch key " +
					"(--fleet-key/--fleet-key-file, --epoch) and bound to --chain-id, --router, --requester, --user, --program-id; " +
					"or in clear with --plaintext; or v1 (deprecated, one enclave's key) when --worker, --enclave-key or --rpc is given",
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "requester", Usage: "address that will call requestJob", EnvVars: env("REQUESTER")},
					&cli.StringFlag{Name: "user", Usage: "end user the dapp names in the request (default: none, the zero address)", EnvVars: env("USER_ADDRESS")},
					&cli.StringFlag{Name: "program-id", Usage: "programId (hex)", EnvVars: env("PROGRAM_ID")},
					&cli.StringFlag{Name: "data", Usage: "input payload (string)", EnvVars: env("DATA")},
					&cli.StringFlag{Name: "file", Usage: "input payload file ('-' for stdin)", EnvVars: env("FILE")},
					&cli.StringFlag{Name: "output-key", Usage: "public key to encrypt the output to: SUITE:HEX from output-key (v1: secp256k1 hex)", EnvVars: env("OUTPUT_KEY")},
					&cli.BoolFlag{Name: "plaintext", Usage: "do not encrypt the payload (it will be public on-chain)", EnvVars: env("PLAINTEXT")},
					chainIDFlag, fleetKeyFlag, fleetKeyFileFlag, suiteFlag, epochFlag,
				}, enclaveFlags...),
				Action: encryptInput,
			},
			{
				Name:  "output-key",
				Usage: "generate a key pair to receive encrypted outputs: private key to --out, public key (SUITE:HEX) on stdout",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "out", Usage: "file for the private key (SUITE:HEX, mode 0600)", EnvVars: env("OUT"), Required: true},
					&cli.StringFlag{Name: "suite", Value: "x25519", Usage: "x25519, xwing, or secp256k1 (v1 outputs, deprecated)", EnvVars: env("SUITE")},
				},
				Action: outputKey,
			},
			{
				Name:  "decrypt-output",
				Usage: "decrypt a job output encrypted to your output key (fetching it from IPFS when it is a CID)",
				Flags: []cli.Flag{ipfsFlag, timeoutFlag, chainIDFlag, routerFlag,
					&cli.StringFlag{Name: "key-file", Usage: "private output key file (from output-key)", EnvVars: env("KEY_FILE"), Required: true},
					&cli.StringFlag{Name: "job-id", Usage: "jobId (hex)", EnvVars: env("JOB_ID"), Required: true},
					&cli.StringFlag{Name: "output", Usage: "signed output (hex)", EnvVars: env("OUTPUT"), Required: true},
					&cli.BoolFlag{Name: "cid", Usage: "the output is a CID (status ok_cid): fetch it from IPFS first", EnvVars: env("CID")},
				},
				Action: decryptOutput,
			},
			programCommand(),
			runCommand(),
			{
				Name: "fleet-key",
				Usage: "print the fleet's public key recorded on-chain for the router's current epoch (or --epoch): " +
					"what inputs, programs and secrets are encrypted to",
				Flags: []cli.Flag{rpcFlag, routerFlag, chainIDFlag, timeoutFlag, epochFlag,
					&cli.StringFlag{Name: "suite", Value: "x25519", Usage: "x25519 (classical, default) or xwing (post-quantum hybrid)", EnvVars: env("SUITE")},
					&cli.StringFlag{Name: "out", Usage: "also write the key (SUITE:HEX) to this file (for --fleet-key-file)", EnvVars: env("OUT")},
				},
				Action: fleetKeyCmd,
			},
			{
				Name: "seal-program",
				Usage: "make the program blob of one version: a manifest signed by the author (EIP-712 ProgramVersion) and the module " +
					"encrypted to the fleet epoch key; prints programId, codeHash and what the author publishes",
				Flags: []cli.Flag{wasmFlag, chainIDFlag, rpcFlag, routerFlag, timeoutFlag, fleetKeyFlag, fleetKeyFileFlag, suiteFlag, epochFlag,
					&cli.StringFlag{Name: "name", Usage: "program name (programId = keccak256(abi.encode(author, keccak256(name))))", EnvVars: env("NAME")},
					&cli.UintFlag{Name: "version", Usage: "version number (1, 2, ...)", EnvVars: env("VERSION")},
					&cli.StringFlag{Name: "author-key-file", Usage: "file holding the author's secp256k1 private key (hex)", EnvVars: env("AUTHOR_KEY_FILE")},
					&cli.StringFlag{Name: "author-key", Hidden: true, EnvVars: env("AUTHOR_KEY")},
					&cli.StringFlag{Name: "out", Usage: "output file for the program blob (upload it to IPFS)", EnvVars: env("OUT"), Required: true},
				},
				Action: sealProgram,
			},
		},
	}
}

func programID(c *cli.Context) error {
	module, err := os.ReadFile(c.String("wasm"))
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "%#x\n", protocol.ProgramID(module))
	return nil
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

func encryptModule(c *cli.Context) ([]byte, [32]byte, enclave, error) {
	module, err := os.ReadFile(c.String("wasm"))
	if err != nil {
		return nil, [32]byte{}, enclave{}, err
	}
	if !strings.HasPrefix(string(module), "\x00asm") {
		return nil, [32]byte{}, enclave{}, fmt.Errorf("%s is not a WebAssembly module", c.String("wasm"))
	}
	e, err := resolveEnclave(c)
	if err != nil {
		return nil, [32]byte{}, enclave{}, err
	}
	blob, id, err := protocol.EncryptProgram(e.key, module)
	return blob, id, e, err
}

func encryptProgram(c *cli.Context) error {
	blob, id, _, err := encryptModule(c)
	if err != nil {
		return err
	}
	if err := os.WriteFile(c.String("out"), blob, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "program_id=%#x\nencrypted_file=%s\n", id, c.String("out"))
	return nil
}

func publish(c *cli.Context) error {
	blob, id, e, err := encryptModule(c)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	cid, err := ipfs.New(c.String("ipfs-api")).Add(ctx, blob)
	if err != nil {
		return err
	}
	w := c.App.Writer
	fmt.Fprintf(w, "program_id=%#x\ncid=%s\n", id, cid)
	signer := "<enclave signer>"
	if e.signer != (common.Address{}) {
		fmt.Fprintf(w, "enclave=%s\n", e.signer)
		signer = e.signer.Hex()
	}
	// Registration is commit-reveal (a watcher of the mempool must not be able to claim the
	// programId first): commit from the author's account, then register in a later block.
	var salt [32]byte
	if _, err := rand.Read(salt[:]); err != nil {
		return err
	}
	fmt.Fprintf(w, "salt=%#x\n", salt)
	fmt.Fprintf(w, "register with: ProgramRegistry.commitProgram(registrationCommitment(%#x, <author>, %#x)), then in a later block ProgramRegistry.registerAndPublish(%#x, %#x, %s, %q)\n",
		id, salt, id, salt, signer, cid)
	return nil
}

func upload(c *cli.Context) error {
	data, err := os.ReadFile(c.String("file"))
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	cid, err := ipfs.New(c.String("ipfs-api")).Add(ctx, data)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.App.Writer, cid)
	return nil
}

func encryptInput(c *cli.Context) error {
	payload, err := readPayload(c)
	if err != nil {
		return err
	}
	// v1 only when an enclave is named: a worker, a key, or a registered signer.
	if c.String("worker") == "" && c.String("enclave-key") == "" && c.String("enclave-signer") == "" {
		return encryptInputV2(c, payload)
	}
	// v1 (deprecated): ECIES to one enclave's own key.
	var outKey *ecdsa.PublicKey
	if s := c.String("output-key"); s != "" {
		b, err := decodeHex(s)
		if err != nil {
			return fmt.Errorf("--output-key: %w", err)
		}
		if outKey, err = protocol.ParsePublicKey(b); err != nil {
			return fmt.Errorf("--output-key: %w", err)
		}
	}
	var (
		requester common.Address
		pid       common.Hash
		encKey    *ecdsa.PublicKey
	)
	if !c.Bool("plaintext") {
		if !common.IsHexAddress(c.String("requester")) {
			return errors.New("--requester must be an address (the ciphertext is bound to it)")
		}
		requester = common.HexToAddress(c.String("requester"))
		b, err := decodeHex(c.String("program-id"))
		if err != nil || len(b) != 32 {
			return errors.New("--program-id must be 32 bytes of hex (the ciphertext is bound to it)")
		}
		pid = common.BytesToHash(b)
		e, err := resolveEnclave(c)
		if err != nil {
			return err
		}
		encKey = e.key
	}
	env, err := protocol.SealInput(encKey, requester, pid, payload, outKey)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "%#x\n", env)
	return nil
}

func outputKey(c *cli.Context) error {
	if name := c.String("suite"); name != "secp256k1" {
		suite, err := hpke.ParseSuite(name)
		if err != nil {
			return err
		}
		return outputKeyV2(c, suite)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	f, err := os.OpenFile(c.String("out"), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(f, "%x\n", crypto.FromECDSA(key)); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "%#x\n", crypto.CompressPubkey(&key.PublicKey))
	return nil
}

func decryptOutput(c *cli.Context) error {
	raw, err := os.ReadFile(c.String("key-file"))
	if err != nil {
		return err
	}
	jid, err := bytes32(c, "job-id")
	if err != nil {
		return err
	}
	if strings.Contains(string(raw), ":") {
		return decryptOutputV2(c, string(raw), jid)
	}
	// v1 (deprecated): a secp256k1 key and an ECIES output.
	key, err := crypto.HexToECDSA(strings.TrimSpace(string(raw)))
	if err != nil {
		return fmt.Errorf("--key-file: %w", err)
	}
	out, err := fetchOutput(c)
	if err != nil {
		return err
	}
	pt, err := protocol.DecryptOutputV1(key, jid, out)
	if err != nil {
		return err
	}
	_, err = c.App.Writer.Write(pt)
	return err
}

func decodeHex(s string) ([]byte, error) {
	return hex.DecodeString(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X"))
}
