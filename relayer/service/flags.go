package service

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/relayer/dispatch"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/fleet"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/submit"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// EnvPrefix is the prefix of every relayer environment variable.
const EnvPrefix = "TEEORACLE"

// Flag names of the process (CLIFlags; the packages' own flags are theirs).
const (
	DatabaseURLFlagName     = "database-url"
	LogLevelFlagName        = "log-level"
	LogJSONFlagName         = "log-json"
	ChainIDFlagName         = "chain-id"
	RouterFlagName          = "router"
	SenderKeyFileFlagName   = "sender-key-file"
	SenderKeyFlagName       = "sender-key"
	StartBlockFlagName      = "start-block"
	ConfirmationsFlagName   = "confirmations"
	WorkersFlagName         = "worker"
	AllowSimulationFlagName = "allow-simulation"
	ListenFlagName          = "listen"
	CORSOriginsFlagName     = "cors-origin"
	OwnerFlagName           = "owner"
	MigrateFlagName         = "migrate"
	WorkerTimeoutFlagName   = "worker-timeout"
	WorkerTokenFileFlagName = "worker-token-file"
)

// Defaults of the process's flags.
const (
	DefaultDatabaseURL   = "postgres://postgres@127.0.0.1:5432/teeoracle?sslmode=disable"
	DefaultLogLevel      = "info"
	DefaultConfirmations = 3
	DefaultListen        = "127.0.0.1:9100"
	DefaultWorkerTimeout = 2 * time.Minute
)

// Env is the environment twin of a flag: envPrefix + "_" + name.
func Env(envPrefix, name string) []string { return []string{envPrefix + "_" + name} }

// DatabaseFlag is the database URL flag (every command that reads the database has it).
func DatabaseFlag(envPrefix string) cli.Flag {
	return &cli.StringFlag{Name: DatabaseURLFlagName, Usage: "PostgreSQL URL", EnvVars: Env(envPrefix, "DATABASE_URL"),
		Value: DefaultDatabaseURL}
}

// DatabaseURL reads the database flag given before or after the subcommand (`relayer migrate
// --database-url X` and `relayer --database-url X migrate` both work): the innermost one set wins.
func DatabaseURL(c *cli.Context) string {
	for _, x := range c.Lineage() {
		if x.IsSet(DatabaseURLFlagName) {
			return x.String(DatabaseURLFlagName)
		}
	}
	return c.String(DatabaseURLFlagName)
}

// LogFlags are the logging flags.
func LogFlags(envPrefix string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: LogLevelFlagName, Usage: "debug, info, warn or error", EnvVars: Env(envPrefix, "LOG_LEVEL"), Value: DefaultLogLevel},
		&cli.BoolFlag{Name: LogJSONFlagName, Usage: "log as JSON", EnvVars: Env(envPrefix, "LOG_JSON")},
	}
}

// NewLogger builds the logger of the log flags. A level it does not know is an error (as the
// worker's): a typo must not silently log at another level.
func NewLogger(c *cli.Context) (*slog.Logger, error) {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(c.String(LogLevelFlagName))); err != nil {
		return nil, fmt.Errorf("--%s: %w", LogLevelFlagName, err)
	}
	opts := &slog.HandlerOptions{Level: lvl}
	if c.Bool(LogJSONFlagName) {
		return slog.New(slog.NewJSONHandler(os.Stderr, opts)), nil
	}
	return slog.New(slog.NewTextHandler(os.Stderr, opts)), nil
}

// ChainFlags name the chain and the oracle contracts.
func ChainFlags(envPrefix string) []cli.Flag {
	return []cli.Flag{
		&cli.Int64Flag{Name: ChainIDFlagName, Usage: "expected chain id (0: whatever the RPC says)", EnvVars: Env(envPrefix, "CHAIN_ID")},
		&cli.StringFlag{Name: RouterFlagName, Usage: "JobRouter address (programs, enclaves and fleet keys are part of it)", EnvVars: Env(envPrefix, "ROUTER")},
	}
}

// CLIFlags are the flags of `relayer run`: the process's own and those of every package it runs.
func CLIFlags(envPrefix string) []cli.Flag {
	flags := append(ethrpc.CLIFlags(envPrefix), ChainFlags(envPrefix)...)
	flags = append(flags,
		&cli.StringFlag{Name: SenderKeyFileFlagName, Usage: "file holding the hex private key that sends fulfilments", EnvVars: Env(envPrefix, "SENDER_KEY_FILE")},
		&cli.StringFlag{Name: SenderKeyFlagName, Usage: "hex private key that sends fulfilments (prefer the file)", EnvVars: Env(envPrefix, "SENDER_KEY")},
		&cli.Uint64Flag{Name: StartBlockFlagName, Usage: "first block to index on an empty database (the router's deployment block)", EnvVars: Env(envPrefix, "START_BLOCK")},
		&cli.Uint64Flag{Name: ConfirmationsFlagName, Usage: "blocks an event must be buried under before it is indexed", EnvVars: Env(envPrefix, "CONFIRMATIONS"), Value: DefaultConfirmations},
		&cli.StringSliceFlag{Name: WorkersFlagName, Usage: "enclave worker API URL (repeat)", EnvVars: Env(envPrefix, "WORKERS")},
		&cli.BoolFlag{Name: AllowSimulationFlagName, Usage: "accept simulation-mode workers: NOTHING is confidential (dev chains only)", EnvVars: Env(envPrefix, "ALLOW_SIMULATION")},
		&cli.StringFlag{Name: ListenFlagName, Usage: "address for /metrics, /healthz, /readyz and /v1/jobs", EnvVars: Env(envPrefix, "LISTEN"), Value: DefaultListen},
		&cli.StringSliceFlag{Name: CORSOriginsFlagName, Usage: "origin whose pages may read /v1/jobs/{id} (repeat; * for any)", EnvVars: Env(envPrefix, "CORS_ORIGINS")},
		&cli.StringFlag{Name: OwnerFlagName, Usage: "lease owner id of this process (empty: host:pid:random)", EnvVars: Env(envPrefix, "OWNER")},
		&cli.BoolFlag{Name: MigrateFlagName, Usage: "apply database migrations at start", EnvVars: Env(envPrefix, "MIGRATE")},
		&cli.DurationFlag{Name: WorkerTimeoutFlagName, Usage: "timeout of one worker call", EnvVars: Env(envPrefix, "WORKER_TIMEOUT"), Value: DefaultWorkerTimeout},
		&cli.StringFlag{Name: WorkerTokenFileFlagName, Usage: "file holding the bearer token the workers ask for to run jobs (their --execute-token-file)", EnvVars: Env(envPrefix, "WORKER_TOKEN_FILE")},
	)
	flags = append(flags, indexer.CLIFlags(envPrefix)...)
	flags = append(flags, dispatch.CLIFlags(envPrefix)...)
	flags = append(flags, submit.CLIFlags(envPrefix)...)
	flags = append(flags, fleet.CLIFlags(envPrefix)...)
	return append(flags, txmgr.CLIFlags(envPrefix)...)
}

// Address reads an address flag.
func Address(c *cli.Context, name string) (common.Address, error) {
	s := c.String(name)
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("--%s: %q is not an address", name, s)
	}
	return common.HexToAddress(s), nil
}

// ReadKey reads a hex private key from the file flag, or else from the direct flag (or its
// environment twin). The key is never echoed, even in errors.
func ReadKey(c *cli.Context, fileFlag, directFlag string) (*ecdsa.PrivateKey, error) {
	raw := c.String(directFlag)
	if path := c.String(fileFlag); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", fileFlag, err)
		}
		raw = string(b)
	}
	raw = strings.TrimPrefix(strings.TrimSpace(raw), "0x")
	if raw == "" {
		return nil, fmt.Errorf("a private key is required (--%s or --%s)", fileFlag, directFlag)
	}
	k, err := crypto.HexToECDSA(raw)
	if err != nil {
		return nil, errors.New("the private key is not valid hex secp256k1") // never echo the key
	}
	return k, nil
}

// ReadCLIConfig reads the configuration of `relayer run` from the flags of CLIFlags (and the
// database flag).
func ReadCLIConfig(c *cli.Context) (Config, error) {
	if err := checkFlagValues(c); err != nil {
		return Config{}, err
	}
	router, err := Address(c, RouterFlagName)
	if err != nil {
		return Config{}, err
	}
	key, err := ReadKey(c, SenderKeyFileFlagName, SenderKeyFlagName)
	if err != nil {
		return Config{}, err
	}
	dc, err := dispatch.ReadCLIConfig(c)
	if err != nil {
		return Config{}, err
	}
	var token string
	if path := c.String(WorkerTokenFileFlagName); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return Config{}, fmt.Errorf("--%s: %w", WorkerTokenFileFlagName, err)
		}
		if token = strings.TrimSpace(string(b)); token == "" {
			return Config{}, fmt.Errorf("--%s: the file is empty", WorkerTokenFileFlagName)
		}
	}
	cfg := Config{
		WorkerToken: token,
		DatabaseURL: DatabaseURL(c), RPC: ethrpc.ReadCLIConfig(c), ChainID: c.Int64(ChainIDFlagName),
		Router: router, StartBlock: c.Uint64(StartBlockFlagName),
		Confirmations: c.Uint64(ConfirmationsFlagName), SenderKey: key, Workers: c.StringSlice(WorkersFlagName),
		AllowSimulation: c.Bool(AllowSimulationFlagName), Listen: c.String(ListenFlagName), Owner: c.String(OwnerFlagName),
		CORSOrigins: c.StringSlice(CORSOriginsFlagName),
		Migrate:     c.Bool(MigrateFlagName), WorkerTimeout: c.Duration(WorkerTimeoutFlagName),
		Indexer: indexer.ReadCLIConfig(c), Dispatch: dc, Submit: submit.ReadCLIConfig(c), Tx: txmgr.ReadCLIConfig(c),
		Fleet: fleet.ReadCLIConfig(c),
	}
	return cfg, nil
}
