// Package cliapp is the relayer command line (cmd/relayer is its main): `run` indexes the router's
// events, dispatches jobs to enclave workers and submits their signed results; the other commands
// are the operator's tools (migrate, enclave register, jobs list/show, replay, tx
// inspect/bump/abandon). Every flag has one environment variable twin (TEEORACLE_...): the packages
// declare their flags (CLIFlags) and read them back (ReadCLIConfig); secrets come from files or the
// environment and are never logged.
package cliapp

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/internal/flagenv"
	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/service"
)

const prefix = service.EnvPrefix

func env(name string) []string { return service.Env(prefix, name) }

// alternatives are flags of which a command uses one (a key from a file or given directly): the one
// given on the command line wins over the other's environment variable.
var alternatives = []flagenv.Alternatives{
	{service.SenderKeyFileFlagName, service.SenderKeyFlagName},
	{registrarKeyFileFlagName, registrarKeyFlagName},
}

// New returns the relayer application of that version. Flags beat their TEEORACLE_* twins
// everywhere, also a flag given before the subcommand over the subcommand's variable
// (internal/flagenv).
func New(version string) *cli.App {
	return flagenv.Apply(&cli.App{
		Name:    "relayer",
		Usage:   "TEE oracle relayer: chain <-> Postgres <-> enclave workers",
		Version: version,
		Flags:   append([]cli.Flag{service.DatabaseFlag(prefix)}, service.LogFlags(prefix)...),
		// Every command rejects a bad log level before doing anything.
		Before: func(c *cli.Context) error {
			_, err := service.NewLogger(c)
			return err
		},
		Commands: []*cli.Command{
			runCommand(version), migrateCommand(), enclaveCommand(), jobsCommand(), replayCommand(), txCommand(), fleetCommand(),
			doctorCommand(), configCommand(),
		},
	}, alternatives...)
}

// withDB runs f with a pool on the database flag's URL.
func withDB(f func(c *cli.Context, db *pgxpool.Pool) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		pool, err := pgxpool.New(c.Context, service.DatabaseURL(c))
		if err != nil {
			return err
		}
		defer pool.Close()
		if err := pool.Ping(c.Context); err != nil {
			return fmt.Errorf("database: %w", err)
		}
		return f(c, pool)
	}
}

const shutdownTimeoutFlagName = "shutdown-timeout"

func runCommand(version string) *cli.Command {
	return &cli.Command{
		Name:  "run",
		Usage: "run the relayer",
		Flags: append(service.CLIFlags(prefix), service.DatabaseFlag(prefix),
			&cli.DurationFlag{Name: shutdownTimeoutFlagName, Usage: "graceful shutdown limit", EnvVars: env("SHUTDOWN_TIMEOUT"), Value: 30 * time.Second}),
		Action: func(c *cli.Context) error {
			log, err := service.NewLogger(c)
			if err != nil {
				return err
			}
			cfg, err := service.ReadCLIConfig(c)
			if err != nil {
				return err
			}
			cfg.Version = version
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
			defer stop()
			svc, err := service.Start(ctx, cfg, log)
			if err != nil {
				return err
			}
			<-ctx.Done()
			log.Info("shutting down")
			sctx, cancel := context.WithTimeout(context.Background(), c.Duration(shutdownTimeoutFlagName))
			defer cancel()
			return svc.Stop(sctx)
		},
	}
}

func migrateCommand() *cli.Command {
	return &cli.Command{
		Name:  "migrate",
		Usage: "apply the database migrations (idempotent; safe with other relayers running it)",
		Flags: []cli.Flag{service.DatabaseFlag(prefix)},
		Action: withDB(func(c *cli.Context, db *pgxpool.Pool) error {
			log, err := service.NewLogger(c)
			if err != nil {
				return err
			}
			done, err := migrations.Migrate(c.Context, db, log)
			if err != nil {
				return err
			}
			v, _ := migrations.Current(c.Context, db)
			fmt.Fprintf(c.App.Writer, "schema at version %d (applied now: %v)\n", v, done)
			return nil
		}),
	}
}

const fromBlockFlagName = "from-block"

func replayCommand() *cli.Command {
	return &cli.Command{
		Name: "replay",
		Usage: "index again from a block (stored rows are kept; events re-apply idempotently); with --router, also make the " +
			"indexing position belong to that router (after a start with the wrong one)",
		Flags: []cli.Flag{service.DatabaseFlag(prefix),
			&cli.Uint64Flag{Name: fromBlockFlagName, Usage: "first block to index again (the router's deployment block)", Required: true, EnvVars: env("REPLAY_FROM_BLOCK")},
			&cli.Int64Flag{Name: service.ChainIDFlagName, Usage: "chain whose indexer to rewind", Required: true, EnvVars: env("CHAIN_ID")},
			&cli.StringFlag{Name: service.RouterFlagName, Usage: "JobRouter the position belongs to from now on (empty: keep the recorded one)", EnvVars: env("ROUTER")},
		},
		Action: withDB(func(c *cli.Context, db *pgxpool.Pool) error {
			from, chainID := c.Uint64(fromBlockFlagName), c.Int64(service.ChainIDFlagName)
			if c.String(service.RouterFlagName) != "" {
				router, err := service.Address(c, service.RouterFlagName)
				if err != nil {
					return err
				}
				if err := indexer.NewStore(nil).Repoint(c.Context, db, chainID, service.IndexerName, []common.Address{router}, from); err != nil {
					return err
				}
				fmt.Fprintf(c.App.Writer, "indexer %q on chain %d now follows router %s from block %d\n", service.IndexerName, chainID, router, from)
				return nil
			}
			if err := indexer.NewStore(nil).Replay(c.Context, db, chainID, service.IndexerName, from); err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "indexer %q rewound: blocks from %d will be indexed again\n", service.IndexerName, from)
			return nil
		}),
	}
}

func printJSON(c *cli.Context, v any) error {
	enc := json.NewEncoder(c.App.Writer)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}
