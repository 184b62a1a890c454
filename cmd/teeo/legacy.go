package main

// The legacy group: the retired v1 format, where programs and inputs were encrypted (ECIES) to one
// enclave's own secp256k1 key and a program was identified by the hash of its module. The router
// registers v3 programs only (`teeo program publish`); these commands remain to read and test old
// material and are kept out of the current groups. decrypt-output still opens v1 outputs (a key
// file without a suite prefix).

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/protocol"
)

func init() { register(legacyCommand) }

func legacyCommand() *cli.Command {
	return &cli.Command{
		Name:     "legacy",
		Category: groupLegacy,
		Usage:    "commands of the retired v1 format, which encrypted to one enclave's own key (teeo legacy --help)",
		Subcommands: []*cli.Command{
			{
				Name:   "program-id",
				Usage:  "print the v1 programId of a WASM module (keccak256 of the module; v3 ids name author and program instead)",
				Flags:  []cli.Flag{wasmFlag},
				Action: programID,
			},
			{
				Name:  "encrypt-program",
				Usage: "encrypt a WASM module to one enclave's key (v1)",
				Flags: append([]cli.Flag{wasmFlag,
					&cli.StringFlag{Name: "out", Usage: "output file for the encrypted module", EnvVars: env("OUT"), Required: true},
				}, enclaveFlags...),
				Action: encryptProgram,
			},
			{
				Name:  "encrypt-input",
				Usage: "build a v1 input envelope encrypted to one enclave's key and bound to --requester and --program-id",
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "requester", Usage: "address that will call requestJob", EnvVars: env("REQUESTER")},
					&cli.StringFlag{Name: "program-id", Usage: "programId (hex)", EnvVars: env("PROGRAM_ID")},
					&cli.StringFlag{Name: "data", Usage: "input payload (string)", EnvVars: env("DATA")},
					&cli.StringFlag{Name: "file", Usage: "input payload file ('-' for stdin)", EnvVars: env("FILE")},
					&cli.StringFlag{Name: "output-key", Usage: "secp256k1 public key (hex) to encrypt the output to", EnvVars: env("OUTPUT_KEY")},
					&cli.BoolFlag{Name: "plaintext", Usage: "do not encrypt the payload (it will be public on-chain)", EnvVars: env("PLAINTEXT")},
				}, enclaveFlags...),
				Action: legacyEncryptInput,
			},
			{
				Name:  "output-key",
				Usage: "generate a secp256k1 key pair to receive v1 outputs: private key to --out, public key on stdout",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "out", Usage: "file for the private key (hex, mode 0600)", EnvVars: env("OUT"), Required: true},
				},
				Action: legacyOutputKey,
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

func legacyEncryptInput(c *cli.Context) error {
	payload, err := readPayload(c)
	if err != nil {
		return err
	}
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

func legacyOutputKey(c *cli.Context) error {
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
