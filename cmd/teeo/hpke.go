package main

// The requesters' commands (encrypt-input to a fleet epoch key, output keys, decrypt-output) and
// the authors' seal-program, all in the HPKE format (docs/formats.md). Keys are written as text "SUITE:HEX" (suite x25519 or xwing), so
// one string or file names both the suite and the key. The fleet key is read from the chain
// (--rpc-url --router: the router's current epoch, fleet.go) unless --fleet-key or --fleet-key-file
// and --epoch give it.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
	"github.com/teeoracle/teeoracle/protocol/wasmmod"
)

var (
	chainIDFlag      = &cli.Uint64Flag{Name: "chain-id", Usage: "chain id of the JobRouter (bound into the ciphertext)", EnvVars: env("CHAIN_ID")}
	fleetKeyFlag     = &cli.StringFlag{Name: "fleet-key", Usage: "fleet epoch public key, SUITE:HEX (or HEX with --suite)", EnvVars: env("FLEET_KEY")}
	fleetKeyFileFlag = &cli.StringFlag{Name: "fleet-key-file", Usage: "file holding the fleet epoch public key as SUITE:HEX", EnvVars: env("FLEET_KEY_FILE")}
	suiteFlag        = &cli.StringFlag{Name: "suite", Value: "x25519", Usage: "HPKE suite of a key given as bare HEX: x25519 (classical) or xwing (post-quantum hybrid)", EnvVars: env("SUITE")}
	epochFlag        = &cli.UintFlag{Name: "epoch", Usage: "fleet epoch of --fleet-key (>= 1); with --rpc-url, the epoch to read (default: the router's current one)", EnvVars: env("EPOCH")}
)

func init() {
	register(func() *cli.Command {
		return &cli.Command{
			Name:     "encrypt-input",
			Category: groupRequesters,
			Usage: "build the input of requestJob (hex on stdout): encrypted to the fleet epoch key (read from the chain with " +
				"--rpc-url --router, or --fleet-key/--fleet-key-file with --epoch) and bound to the chain, --router, --requester, " +
				"--user and --program-id; or in clear with --plaintext",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "requester", Usage: "address that will call requestJob", EnvVars: env("REQUESTER")},
				&cli.StringFlag{Name: "user", Usage: "end user the dapp names in the request (empty: none, the zero address)", EnvVars: env("USER_ADDRESS")},
				&cli.StringFlag{Name: "program-id", Usage: "programId (hex; `teeo program show` prints it)", EnvVars: env("PROGRAM_ID")},
				&cli.StringFlag{Name: "data", Usage: "input payload (string)", EnvVars: env("DATA")},
				&cli.StringFlag{Name: "file", Usage: "input payload file ('-' for stdin)", EnvVars: env("FILE")},
				&cli.StringFlag{Name: "output-key", Usage: "public key to encrypt the output to: SUITE:HEX from `teeo output-key`", EnvVars: env("OUTPUT_KEY")},
				&cli.BoolFlag{Name: "plaintext", Usage: "do not encrypt the payload (it will be public on-chain)", EnvVars: env("PLAINTEXT")},
				rpcFlag, routerFlag, timeoutFlag, chainIDFlag, fleetKeyFlag, fleetKeyFileFlag, suiteFlag, epochFlag,
			},
			Action: func(c *cli.Context) error {
				payload, err := readPayload(c)
				if err != nil {
					return err
				}
				return encryptInputV2(c, payload)
			},
		}
	})
	register(func() *cli.Command {
		return &cli.Command{
			Name:     "output-key",
			Category: groupRequesters,
			Usage:    "generate a key pair to receive encrypted outputs: private key to --out, public key (SUITE:HEX) on stdout",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "out", Usage: "file for the private key (SUITE:HEX, mode 0600)", EnvVars: env("OUT"), Required: true},
				&cli.StringFlag{Name: "suite", Value: "x25519", Usage: "x25519 (classical) or xwing (post-quantum hybrid)", EnvVars: env("SUITE")},
			},
			Action: func(c *cli.Context) error {
				suite, err := hpke.ParseSuite(c.String("suite"))
				if err != nil {
					return err
				}
				return outputKeyV2(c, suite)
			},
		}
	})
	register(func() *cli.Command {
		return &cli.Command{
			Name:     "decrypt-output",
			Category: groupRequesters,
			Usage:    "decrypt a job output encrypted to your output key (fetching it from IPFS when it is a CID)",
			Flags: []cli.Flag{ipfsFlag, timeoutFlag, chainIDFlag, routerFlag,
				&cli.StringFlag{Name: "key-file", Usage: "private output key file (from output-key)", EnvVars: env("KEY_FILE"), Required: true},
				&cli.StringFlag{Name: "job-id", Usage: "jobId (hex)", EnvVars: env("JOB_ID"), Required: true},
				&cli.StringFlag{Name: "output", Usage: "signed output (hex)", EnvVars: env("OUTPUT"), Required: true},
				&cli.BoolFlag{Name: "cid", Usage: "the output is a CID (status ok_cid): fetch it from IPFS first", EnvVars: env("CID")},
			},
			Action: decryptOutput,
		}
	})
	register(func() *cli.Command {
		return &cli.Command{
			Name:     "seal-program",
			Category: groupAuthors,
			Usage: "make the program blob of one version by hand (`teeo program publish` does it for you): a manifest signed by the " +
				"author (EIP-712 ProgramVersion) and the module encrypted to the fleet epoch key; prints programId, codeHash and the blob file",
			Flags: []cli.Flag{wasmFlag, chainIDFlag, rpcFlag, routerFlag, timeoutFlag, fleetKeyFlag, fleetKeyFileFlag, suiteFlag, epochFlag,
				&cli.StringFlag{Name: "name", Usage: "program name (programId = keccak256(abi.encode(author, keccak256(name))))", EnvVars: env("NAME")},
				&cli.UintFlag{Name: "version", Usage: "version number (1, 2, ...)", EnvVars: env("VERSION")},
				authorKeyFileFlag, authorKeyFlag,
				&cli.StringFlag{Name: "out", Usage: "output file for the program blob (upload it to IPFS)", EnvVars: env("OUT"), Required: true},
			},
			Action: sealProgram,
		}
	})
}

// suiteKey parses "SUITE:HEX" (or bare HEX of suite def).
func suiteKey(s, def string) (hpke.Suite, []byte, error) {
	s = strings.TrimSpace(s)
	name := def
	if i := strings.IndexByte(s, ':'); i >= 0 {
		name, s = s[:i], s[i+1:]
	}
	suite, err := hpke.ParseSuite(name)
	if err != nil {
		return 0, nil, err
	}
	b, err := decodeHex(s)
	if err != nil {
		return 0, nil, fmt.Errorf("key hex: %w", err)
	}
	return suite, b, nil
}

func formatKey(suite hpke.Suite, b []byte) string { return fmt.Sprintf("%s:%#x", suite, b) }

func parsePublicKey(s, def string) (*hpke.PublicKey, error) {
	suite, b, err := suiteKey(s, def)
	if err != nil {
		return nil, err
	}
	return hpke.ParsePublicKey(suite, b)
}

// fleetKey reads --fleet-key or --fleet-key-file; nil when neither is given.
func fleetKey(c *cli.Context) (*hpke.PublicKey, error) {
	s := c.String("fleet-key")
	if f := c.String("fleet-key-file"); f != "" {
		if s != "" {
			return nil, errors.New("give --fleet-key or --fleet-key-file, not both")
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		s = string(b)
	}
	if s == "" {
		return nil, nil
	}
	k, err := parsePublicKey(s, c.String("suite"))
	if err != nil {
		return nil, fmt.Errorf("fleet key: %w", err)
	}
	return k, nil
}

func domain(c *cli.Context) (protocol.Domain, error) { return domainOf(c, nil) }

// domainOf is the router's EIP-712 domain: --router and --chain-id, or the chain id the node at
// --rpc-url reported (chainID, when not nil).
func domainOf(c *cli.Context, chainID *big.Int) (protocol.Domain, error) {
	if chainID == nil && c.Uint64("chain-id") != 0 {
		chainID = new(big.Int).SetUint64(c.Uint64("chain-id"))
	}
	if chainID == nil || !common.IsHexAddress(c.String("router")) {
		return protocol.Domain{}, errors.New("--chain-id (or --rpc-url) and --router are needed (the ciphertext is bound to them)")
	}
	return protocol.Domain{ChainID: chainID, Router: common.HexToAddress(c.String("router"))}, nil
}

func epoch(c *cli.Context) (uint32, error) {
	e := c.Uint("epoch")
	if e == 0 || e > 1<<32-1 {
		return 0, errors.New("--epoch must be the fleet epoch (>= 1) of the key")
	}
	return uint32(e), nil
}

func address(c *cli.Context, name string, required bool) (common.Address, error) {
	s := c.String(name)
	if s == "" && !required {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("--%s must be an address (the ciphertext is bound to it)", name)
	}
	return common.HexToAddress(s), nil
}

func bytes32(c *cli.Context, name string) ([32]byte, error) {
	b, err := decodeHex(c.String(name))
	if err != nil || len(b) != 32 {
		return [32]byte{}, fmt.Errorf("--%s must be 32 bytes of hex", name)
	}
	return [32]byte(b), nil
}

func readPayload(c *cli.Context) ([]byte, error) {
	switch {
	case c.IsSet("data") && c.IsSet("file"):
		return nil, errors.New("give either --data or --file")
	case c.IsSet("file") && c.String("file") == "-":
		return io.ReadAll(os.Stdin)
	case c.IsSet("file"):
		return os.ReadFile(c.String("file"))
	}
	return []byte(c.String("data")), nil
}

// encryptInputV2 builds a version 2 input envelope: in clear with --plaintext, else encrypted to
// the fleet key of --epoch and bound to chain, router, requester, user and program.
func encryptInputV2(c *cli.Context, payload []byte) error {
	var outKey *hpke.PublicKey
	if s := c.String("output-key"); s != "" {
		k, err := parsePublicKey(s, "x25519")
		if err != nil {
			return fmt.Errorf("--output-key: %w", err)
		}
		outKey = k
	}
	if c.Bool("plaintext") {
		fmt.Fprintf(c.App.Writer, "%#x\n", protocol.PlainInput(payload, outKey))
		return nil
	}
	fk, e, chainID, err := resolveFleetKey(c)
	if err != nil {
		return err
	}
	d, err := domainOf(c, chainID)
	if err != nil {
		return err
	}
	b := protocol.InputBinding{ChainID: d.ChainID, Router: d.Router}
	if b.Requester, err = address(c, "requester", true); err != nil {
		return err
	}
	if b.User, err = address(c, "user", false); err != nil {
		return err
	}
	if b.ProgramID, err = bytes32(c, "program-id"); err != nil {
		return err
	}
	input, err := protocol.EncryptInput(fk, e, b, payload, outKey)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "%#x\n", input)
	return nil
}

// outputKeyV2 writes a fresh HPKE private key ("SUITE:HEX", mode 0600) and prints its public key.
func outputKeyV2(c *cli.Context, suite hpke.Suite) error {
	sk, err := hpke.GenerateKeyPair(suite, nil)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(c.String("out"), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintln(f, formatKey(suite, sk.Bytes())); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintln(c.App.Writer, formatKey(suite, sk.Public().Bytes()))
	return nil
}

// fetchOutput returns the signed output bytes, fetched from IPFS (and checked against the CID)
// with --cid.
func fetchOutput(c *cli.Context) ([]byte, error) {
	out, err := decodeHex(c.String("output"))
	if err != nil {
		return nil, fmt.Errorf("--output: %w", err)
	}
	if !c.Bool("cid") {
		return out, nil
	}
	want := string(out)
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	if out, err = ipfs.New(c.String("ipfs-api")).Fetch(ctx, want, ipfs.MaxBlockBytes); err != nil {
		return nil, err
	}
	if got := ipfs.RawCID(out).String(); got != want {
		return nil, fmt.Errorf("IPFS content hashes to %s, not the signed CID %s", got, want)
	}
	return out, nil
}

// decryptOutputV2 decrypts an output encrypted to an HPKE output key.
func decryptOutputV2(c *cli.Context, keyText string, jobID [32]byte) error {
	suite, b, err := suiteKey(keyText, "")
	if err != nil {
		return fmt.Errorf("--key-file: %w", err)
	}
	sk, err := hpke.ParsePrivateKey(suite, b)
	if err != nil {
		return fmt.Errorf("--key-file: %w", err)
	}
	d, err := domain(c)
	if err != nil {
		return err
	}
	out, err := fetchOutput(c)
	if err != nil {
		return err
	}
	pt, err := protocol.DecryptOutput(sk, d, jobID, out)
	if err != nil {
		return err
	}
	_, err = c.App.Writer.Write(pt)
	return err
}

// sealProgram makes the program blob of one version: manifest signed by the author, module
// encrypted to the fleet key.
func sealProgram(c *cli.Context) error {
	module, err := os.ReadFile(c.String("wasm"))
	if err != nil {
		return err
	}
	if !strings.HasPrefix(string(module), "\x00asm") {
		return fmt.Errorf("%s is not a WebAssembly module", c.String("wasm"))
	}
	if err := wasmmod.CheckCommand(module); err != nil {
		return fmt.Errorf("--wasm %s: %w", c.String("wasm"), err)
	}
	keyText := c.String("author-key")
	if f := c.String("author-key-file"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		keyText = string(b)
	}
	author, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(keyText), "0x"))
	if err != nil {
		return fmt.Errorf("author key (--author-key-file or TEEO_AUTHOR_KEY): %w", err)
	}
	name := c.String("name")
	if name == "" {
		return errors.New("--name is needed (programId = keccak256(abi.encode(author, keccak256(name))))")
	}
	version := c.Uint("version")
	if version == 0 || version > 1<<32-1 {
		return errors.New("--version must be >= 1")
	}
	fk, e, chainID, err := resolveFleetKey(c)
	if err != nil {
		return err
	}
	d, err := domainOf(c, chainID)
	if err != nil {
		return err
	}
	blob, m, err := protocol.SealProgram(fk, e, d, author, name, uint32(version), module)
	if err != nil {
		return err
	}
	if err := os.WriteFile(c.String("out"), blob, 0o644); err != nil {
		return err
	}
	digest := m.Digest()
	w := c.App.Writer
	fmt.Fprintf(w, "program_id=%#x\nauthor=%s\nname_hash=%#x\nversion=%d\ncode_hash=%#x\nmanifest_digest=%#x\nepoch=%d\nsuite=%s\nblob_file=%s\n",
		m.ProgramID, m.Author, m.NameHash, m.Version, m.CodeHash, digest, e, fk.Suite(), c.String("out"))
	return nil
}
