// Command teeo is the program author's and requester's tool for the TEE oracle (formats:
// docs/formats.md). Its commands, by group (`teeo --help`):
//
//	authors      program publish|policy|allow|retire|withdraw|show (program.go), seal-program (hpke.go),
//	             upload (main.go)
//	requesters   encrypt-input, output-key, decrypt-output (hpke.go)
//	fleet        fleet-key (fleet.go), enclave (enclave.go)
//	legacy       the retired v1 format (one enclave's own secp256k1 key; legacy.go)
//
// Adding a command: put it in its own file and register it there with one line,
//
//	func init() { register(secretsCommand()) }
//
// setting the command's Category to one of the groups above (or a new one). register is all the
// wiring there is: newApp collects the registered commands, sorts them, and applies the project's
// flag rule to them (internal/flagenv: an explicit flag always beats its TEEO_* environment
// variable; flags that are alternatives of each other are listed in alternatives below).
//
// Every flag has an environment variable twin TEEO_<NAME>; secrets (author keys) come from files.
package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/internal/buildinfo"
	"github.com/teeoracle/teeoracle/internal/flagenv"
)

// Command groups (cli.Command.Category).
const (
	groupAuthors    = "authors"
	groupRequesters = "requesters"
	groupFleet      = "fleet"
	groupLegacy     = "legacy (v1 format, retired)"
)

// registered holds the command constructors of every file (register, from init).
var registered []func() *cli.Command

// register adds a command to teeo. Call it from an init function of the command's file.
func register(cmd func() *cli.Command) { registered = append(registered, cmd) }

// alternatives are flags of which a command uses one: when one is given on the command line, the
// environment variables of the others are not read (TEEO_PROGRAM_ID from a sourced stack.env must not
// beat an explicit --name).
var alternatives = []flagenv.Alternatives{
	{"program-id", "name"},
	{"program-id", "author"},
	{"author-key-file", "author-key"},
	{"fleet-key", "fleet-key-file"},
	{"data", "file"},
	{"worker", "enclave-key", "rpc-url"},
}

func env(name string) []string { return []string{"TEEO_" + name} }

var (
	wasmFlag    = &cli.StringFlag{Name: "wasm", Usage: "plaintext WASM module file", EnvVars: env("WASM"), Required: true}
	rpcFlag     = &cli.StringFlag{Name: "rpc-url", Aliases: []string{"rpc"}, Usage: "Ethereum JSON-RPC URL", EnvVars: env("RPC_URL")}
	routerFlag  = &cli.StringFlag{Name: "router", Usage: "JobRouter address", EnvVars: env("ROUTER")}
	ipfsFlag    = &cli.StringFlag{Name: "ipfs-api", Value: "127.0.0.1:5001", Usage: "Kubo HTTP API address", EnvVars: env("IPFS_API")}
	timeoutFlag = &cli.DurationFlag{Name: "timeout", Value: time.Minute, Usage: "time limit of network calls", EnvVars: env("TIMEOUT")}
)

func init() {
	register(func() *cli.Command {
		return &cli.Command{
			Name:     "upload",
			Category: groupAuthors,
			Usage:    "upload a file to IPFS and print its CID",
			Flags: []cli.Flag{ipfsFlag, timeoutFlag,
				&cli.StringFlag{Name: "file", Usage: "file to upload", EnvVars: env("FILE"), Required: true}},
			Action: upload,
		}
	})
}

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "teeo:", err)
		os.Exit(1)
	}
}

func newApp() *cli.App {
	cmds := make([]*cli.Command, 0, len(registered))
	for _, mk := range registered {
		cmds = append(cmds, mk())
	}
	sort.SliceStable(cmds, func(i, j int) bool {
		if cmds[i].Category != cmds[j].Category {
			return cmds[i].Category < cmds[j].Category
		}
		return cmds[i].Name < cmds[j].Name
	})
	return flagenv.Apply(&cli.App{
		Name:     "teeo",
		Usage:    "TEE oracle tool for program authors and requesters",
		Version:  buildinfo.Version(),
		Commands: cmds,
	}, alternatives...)
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

func decodeHex(s string) ([]byte, error) {
	return hex.DecodeString(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X"))
}
