// Command relayer runs and operates the TEE oracle relayer: `run` indexes the router's events,
// dispatches jobs to enclave workers and submits their signed results; the other commands are the
// operator's tools (migrate, enclave register, jobs list/show, replay, tx inspect/bump/abandon).
// Every flag has an environment variable twin (TEEORACLE_...); secrets come from files or the
// environment and are never logged.
package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/dcap"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/registrar"
	"github.com/teeoracle/teeoracle/relayer/service"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

var version = "dev"

func env(name string) []string { return []string{"TEEORACLE_" + name} }

var (
	flagDB       = &cli.StringFlag{Name: "database-url", Usage: "PostgreSQL URL", EnvVars: env("DATABASE_URL"), Value: "postgres://postgres@127.0.0.1:5432/teeoracle?sslmode=disable"}
	flagLogLevel = &cli.StringFlag{Name: "log-level", Usage: "debug, info, warn or error", EnvVars: env("LOG_LEVEL"), Value: "info"}
	flagLogJSON  = &cli.BoolFlag{Name: "log-json", Usage: "log as JSON", EnvVars: env("LOG_JSON")}
	flagRPC      = &cli.StringSliceFlag{Name: "rpc-url", Usage: "JSON-RPC endpoint (repeat for failover, in order of preference)", EnvVars: env("RPC_URLS"), Value: cli.NewStringSlice("http://127.0.0.1:8545")}
	flagChainID  = &cli.Int64Flag{Name: "chain-id", Usage: "expected chain id (0: whatever the RPC says)", EnvVars: env("CHAIN_ID")}
	flagRouter   = &cli.StringFlag{Name: "router", Usage: "JobRouter address", EnvVars: env("ROUTER")}
	flagPrograms = &cli.StringFlag{Name: "program-registry", Usage: "ProgramRegistry address", EnvVars: env("PROGRAM_REGISTRY")}
	flagKeyFile  = &cli.StringFlag{Name: "sender-key-file", Usage: "file holding the hex private key that sends fulfilments", EnvVars: env("SENDER_KEY_FILE")}
	flagKeyEnv   = &cli.StringFlag{Name: "sender-key", Usage: "hex private key that sends fulfilments (prefer the file)", EnvVars: env("SENDER_KEY")}
)

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "relayer:", err)
		os.Exit(1)
	}
}

func newApp() *cli.App {
	return &cli.App{
		Name:    "relayer",
		Usage:   "TEE oracle relayer: chain <-> Postgres <-> enclave workers",
		Version: version,
		Flags:   []cli.Flag{flagDB, flagLogLevel, flagLogJSON},
		Commands: []*cli.Command{
			runCommand(), migrateCommand(), enclaveCommand(), jobsCommand(), replayCommand(), txCommand(),
		},
	}
}

func logger(c *cli.Context) *slog.Logger {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(c.String(flagLogLevel.Name))); err != nil {
		lvl = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: lvl}
	if c.Bool(flagLogJSON.Name) {
		return slog.New(slog.NewJSONHandler(os.Stderr, opts))
	}
	return slog.New(slog.NewTextHandler(os.Stderr, opts))
}

func openDB(c *cli.Context) (*pgxpool.Pool, error) {
	pool, err := pgxpool.New(c.Context, c.String(flagDB.Name))
	if err != nil {
		return nil, err
	}
	if err := pool.Ping(c.Context); err != nil {
		pool.Close()
		return nil, fmt.Errorf("database: %w", err)
	}
	return pool, nil
}

func address(c *cli.Context, f *cli.StringFlag) (common.Address, error) {
	s := c.String(f.Name)
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("--%s: %q is not an address", f.Name, s)
	}
	return common.HexToAddress(s), nil
}

// readKey reads a hex private key from the file flag or the env/flag value.
func readKey(c *cli.Context, file, direct string) (*ecdsa.PrivateKey, error) {
	raw := c.String(direct)
	if path := c.String(file); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", file, err)
		}
		raw = string(b)
	}
	raw = strings.TrimPrefix(strings.TrimSpace(raw), "0x")
	if raw == "" {
		return nil, fmt.Errorf("a private key is required (--%s or --%s)", file, direct)
	}
	k, err := crypto.HexToECDSA(raw)
	if err != nil {
		return nil, errors.New("the private key is not valid hex secp256k1") // never echo the key
	}
	return k, nil
}

func gwei(v float64) *big.Int {
	f := new(big.Float).Mul(big.NewFloat(v), big.NewFloat(1e9))
	i, _ := f.Int(nil)
	return i
}

func runCommand() *cli.Command {
	return &cli.Command{
		Name:  "run",
		Usage: "run the relayer",
		Flags: []cli.Flag{flagRPC, flagChainID, flagRouter, flagPrograms, flagKeyFile, flagKeyEnv,
			&cli.Uint64Flag{Name: "start-block", Usage: "first block to index on an empty database (the router's deployment block)", EnvVars: env("START_BLOCK")},
			&cli.Uint64Flag{Name: "confirmations", Usage: "blocks an event must be buried under before it is indexed", EnvVars: env("CONFIRMATIONS"), Value: 3},
			&cli.Uint64Flag{Name: "tx-confirmations", Usage: "blocks a fulfilment must be buried under before it counts as confirmed", EnvVars: env("TX_CONFIRMATIONS"), Value: 3},
			&cli.StringSliceFlag{Name: "worker", Usage: "enclave worker API URL (repeat)", EnvVars: env("WORKERS")},
			&cli.BoolFlag{Name: "allow-simulation", Usage: "accept simulation-mode workers: NOTHING is confidential (dev chains only)", EnvVars: env("ALLOW_SIMULATION")},
			&cli.StringFlag{Name: "listen", Usage: "address for /metrics, /healthz, /readyz and /v1/jobs", EnvVars: env("LISTEN"), Value: "127.0.0.1:9100"},
			&cli.StringFlag{Name: "owner", Usage: "lease owner id of this process (default host:pid:random)", EnvVars: env("OWNER")},
			&cli.BoolFlag{Name: "migrate", Usage: "apply database migrations at start", EnvVars: env("MIGRATE")},
			&cli.StringFlag{Name: "min-fee", Usage: "do not run jobs paying less (wei)", EnvVars: env("MIN_FEE"), Value: "0"},
			&cli.IntFlag{Name: "dispatch-batch", Usage: "jobs per worker call", EnvVars: env("DISPATCH_BATCH"), Value: 16},
			&cli.IntFlag{Name: "dispatch-concurrency", Usage: "worker calls in flight", EnvVars: env("DISPATCH_CONCURRENCY"), Value: 8},
			&cli.IntFlag{Name: "max-attempts", Usage: "dispatch attempts before a job fails", EnvVars: env("MAX_ATTEMPTS"), Value: 8},
			&cli.DurationFlag{Name: "job-lease", Usage: "how long a job stays claimed by this process", EnvVars: env("JOB_LEASE"), Value: 3 * time.Minute},
			&cli.DurationFlag{Name: "worker-timeout", Usage: "timeout of one worker call", EnvVars: env("WORKER_TIMEOUT"), Value: 2 * time.Minute},
			&cli.IntFlag{Name: "fulfil-batch", Usage: "results per fulfilBatch transaction", EnvVars: env("FULFIL_BATCH"), Value: 100},
			&cli.DurationFlag{Name: "fulfil-linger", Usage: "wait this long for a fuller batch", EnvVars: env("FULFIL_LINGER"), Value: 200 * time.Millisecond},
			&cli.DurationFlag{Name: "poll-interval", Usage: "indexer poll interval", EnvVars: env("POLL_INTERVAL"), Value: 2 * time.Second},
			&cli.DurationFlag{Name: "tx-poll-interval", Usage: "transaction manager poll interval", EnvVars: env("TX_POLL_INTERVAL"), Value: time.Second},
			&cli.DurationFlag{Name: "resubmit-after", Usage: "bump the fees of a transaction not mined after this long", EnvVars: env("RESUBMIT_AFTER"), Value: 30 * time.Second},
			&cli.Float64Flag{Name: "max-fee-gwei", Usage: "fee cap per gas", EnvVars: env("MAX_FEE_GWEI"), Value: 500},
			&cli.Float64Flag{Name: "max-tip-gwei", Usage: "priority fee cap per gas (0: none)", EnvVars: env("MAX_TIP_GWEI")},
			&cli.Float64Flag{Name: "min-tip-gwei", Usage: "priority fee floor per gas", EnvVars: env("MIN_TIP_GWEI"), Value: 1},
			&cli.DurationFlag{Name: "rpc-timeout", Usage: "timeout of one RPC call", EnvVars: env("RPC_TIMEOUT"), Value: 10 * time.Second},
			&cli.Uint64Flag{Name: "max-log-range", Usage: "blocks per eth_getLogs", EnvVars: env("MAX_LOG_RANGE"), Value: 1000},
			&cli.BoolFlag{Name: "verify-all-blocks", Usage: "check every block with events against its receipts (catches an RPC that drops some of a block's events; one receipts call per such block)", EnvVars: env("VERIFY_ALL_BLOCKS"), Value: true},
			&cli.DurationFlag{Name: "shutdown-timeout", Usage: "graceful shutdown limit", EnvVars: env("SHUTDOWN_TIMEOUT"), Value: 30 * time.Second},
		},
		Action: func(c *cli.Context) error {
			log := logger(c)
			router, err := address(c, flagRouter)
			if err != nil {
				return err
			}
			programs, err := address(c, flagPrograms)
			if err != nil {
				return err
			}
			key, err := readKey(c, flagKeyFile.Name, flagKeyEnv.Name)
			if err != nil {
				return err
			}
			minFee, ok := new(big.Int).SetString(c.String("min-fee"), 10)
			if !ok {
				return errors.New("--min-fee: not a decimal number of wei")
			}
			fees := txmgr.FeePolicy{MinTipCap: gwei(c.Float64("min-tip-gwei")), MaxFeeCap: gwei(c.Float64("max-fee-gwei"))}
			if v := c.Float64("max-tip-gwei"); v > 0 {
				fees.MaxTipCap = gwei(v)
			}
			cfg := service.Config{
				DatabaseURL: c.String(flagDB.Name),
				RPC:         ethrpc.Config{URLs: c.StringSlice(flagRPC.Name), CallTimeout: c.Duration("rpc-timeout")},
				ChainID:     c.Int64(flagChainID.Name), Router: router, ProgramRegistry: programs,
				StartBlock: c.Uint64("start-block"), Confirmations: c.Uint64("confirmations"), SenderKey: key,
				Workers: c.StringSlice("worker"), AllowSimulation: c.Bool("allow-simulation"), Listen: c.String("listen"),
				Owner: c.String("owner"), Migrate: c.Bool("migrate"), Version: version, WorkerTimeout: c.Duration("worker-timeout"),
				Indexer: indexer.Config{PollInterval: c.Duration("poll-interval"), MaxRange: c.Uint64("max-log-range"),
					VerifyAllBlocks: c.Bool("verify-all-blocks")},
			}
			cfg.Dispatch.BatchSize, cfg.Dispatch.Concurrency = c.Int("dispatch-batch"), c.Int("dispatch-concurrency")
			cfg.Dispatch.MaxAttempts, cfg.Dispatch.MinFee = c.Int("max-attempts"), minFee
			cfg.Dispatch.Lease = c.Duration("job-lease")
			cfg.Submit.MaxBatch, cfg.Submit.Linger = c.Int("fulfil-batch"), c.Duration("fulfil-linger")
			cfg.Tx = txmgr.Config{Confirmations: c.Uint64("tx-confirmations"), PollInterval: c.Duration("tx-poll-interval"),
				ResubmitAfter: c.Duration("resubmit-after"), Fees: fees}
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
			defer stop()
			svc, err := service.Start(ctx, cfg, log)
			if err != nil {
				return err
			}
			<-ctx.Done()
			log.Info("shutting down")
			sctx, cancel := context.WithTimeout(context.Background(), c.Duration("shutdown-timeout"))
			defer cancel()
			return svc.Stop(sctx)
		},
	}
}

func migrateCommand() *cli.Command {
	return &cli.Command{
		Name:  "migrate",
		Usage: "apply the database migrations (idempotent; safe with other relayers running it)",
		Action: func(c *cli.Context) error {
			db, err := openDB(c)
			if err != nil {
				return err
			}
			defer db.Close()
			done, err := migrations.Migrate(c.Context, db, logger(c))
			if err != nil {
				return err
			}
			v, _ := migrations.Current(c.Context, db)
			fmt.Printf("schema at version %d (applied now: %v)\n", v, done)
			return nil
		},
	}
}

func enclaveCommand() *cli.Command {
	return &cli.Command{
		Name:  "enclave",
		Usage: "enclave registry operations",
		Subcommands: []*cli.Command{{
			Name:  "register",
			Usage: "verify a worker's attestation and register its enclave key in the registry",
			Flags: []cli.Flag{flagRPC, flagRouter,
				&cli.StringFlag{Name: "worker", Usage: "worker API URL", Required: true, EnvVars: env("WORKER")},
				&cli.StringFlag{Name: "registrar-key-file", Usage: "file holding the registrar's hex private key", EnvVars: env("REGISTRAR_KEY_FILE")},
				&cli.StringFlag{Name: "registrar-key", Usage: "registrar's hex private key (prefer the file)", EnvVars: env("REGISTRAR_KEY")},
				&cli.StringFlag{Name: "payee", Usage: "address paid the fees the enclave earns", Required: true, EnvVars: env("PAYEE")},
				&cli.DurationFlag{Name: "valid-for", Usage: "registration lifetime", Value: 30 * 24 * time.Hour, EnvVars: env("REGISTRATION_TTL")},
				&cli.BoolFlag{Name: "allow-simulation", Usage: "accept a simulation-mode worker (dev chains only)", EnvVars: env("ALLOW_SIMULATION")},
				&cli.StringFlag{Name: "simulation-mrenclave", Usage: "measurement recorded for a simulation worker", Value: common.Hash{}.Hex()},
				&cli.StringSliceFlag{Name: "mrenclave", Usage: "allowed MRENCLAVE (hex; repeat)", EnvVars: env("MRENCLAVES")},
				&cli.StringFlag{Name: "mrsigner", Usage: "allowed MRSIGNER (hex)", EnvVars: env("MRSIGNER")},
				&cli.UintFlag{Name: "product-id", Usage: "ISVPRODID for --mrsigner", EnvVars: env("PRODUCT_ID")},
				&cli.UintFlag{Name: "min-svn", Usage: "lowest ISVSVN for --mrsigner", EnvVars: env("MIN_SVN")},
				&cli.StringSliceFlag{Name: "tcb-status", Usage: "acceptable TCB statuses besides UpToDate (e.g. SWHardeningNeeded)", EnvVars: env("TCB_STATUSES")},
				&cli.StringFlag{Name: "pcs-url", Usage: "Intel PCS or PCCS base URL for collateral", EnvVars: env("PCS_URL")},
				&cli.StringFlag{Name: "collateral-file", Usage: "DCAP collateral JSON file (instead of --pcs-url)", EnvVars: env("COLLATERAL_FILE")},
				&cli.BoolFlag{Name: "dry-run", Usage: "verify and print the registration without sending it"},
			},
			Action: registerEnclave,
		}},
	}
}

func registerEnclave(c *cli.Context) error {
	ctx := c.Context
	log := logger(c)
	router, err := address(c, flagRouter)
	if err != nil {
		return err
	}
	if !common.IsHexAddress(c.String("payee")) {
		return errors.New("--payee: not an address")
	}
	opts := []client.Option{}
	if c.Bool("allow-simulation") {
		opts = append(opts, client.AllowSimulation())
	}
	wc, err := client.New(c.String("worker"), opts...)
	if err != nil {
		return err
	}
	id, err := wc.Identity(ctx)
	if err != nil {
		return err
	}
	o := registrar.Options{AllowSimulation: c.Bool("allow-simulation"), SimulationMREnclave: common.HexToHash(c.String("simulation-mrenclave"))}
	for _, m := range c.StringSlice("mrenclave") {
		o.Policy.MREnclaves = append(o.Policy.MREnclaves, common.HexToHash(m))
	}
	if s := c.String("mrsigner"); s != "" {
		o.Policy.Signers = append(o.Policy.Signers, dcap.SignerPolicy{MRSigner: common.HexToHash(s), ProductID: uint16(c.Uint("product-id")), MinSVN: uint16(c.Uint("min-svn"))})
	}
	for _, s := range c.StringSlice("tcb-status") {
		var st dcap.TCBStatus
		if err := st.UnmarshalText([]byte(s)); err != nil {
			return fmt.Errorf("--tcb-status %q: %w", s, err)
		}
		o.Policy.AllowedTCBStatuses = append(o.Policy.AllowedTCBStatuses, st)
	}
	if len(o.Policy.AllowedTCBStatuses) > 0 {
		o.Policy.AllowedTCBStatuses = append(o.Policy.AllowedTCBStatuses, dcap.TCBUpToDate)
	}
	switch {
	case c.String("collateral-file") != "":
		col, err := dcap.LoadCollateralFile(c.String("collateral-file"))
		if err != nil {
			return err
		}
		o.Collateral = func(context.Context, *dcap.Quote) (*dcap.Collateral, error) { return col, nil }
	case c.String("pcs-url") != "":
		pcs, err := dcap.NewPCSClient(dcap.PCSConfig{BaseURL: c.String("pcs-url")})
		if err != nil {
			return err
		}
		o.Collateral = pcs.CollateralForQuote
	}
	reg, err := registrar.Registration(ctx, id, common.HexToAddress(c.String("payee")), time.Now().Add(c.Duration("valid-for")), o)
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
	if c.Bool("dry-run") {
		return nil
	}
	key, err := readKey(c, "registrar-key-file", "registrar-key")
	if err != nil {
		return err
	}
	rpc, err := ethrpc.Dial(ctx, ethrpc.Config{URLs: c.StringSlice(flagRPC.Name)}, log, nil)
	if err != nil {
		return err
	}
	defer rpc.Close()
	chainID, err := rpc.ChainID(ctx)
	if err != nil {
		return err
	}
	backend, err := dialBackend(ctx, c.StringSlice(flagRPC.Name)[0])
	if err != nil {
		return err
	}
	defer backend.Close()
	r := bindings.NewJobRouter()
	tx, err := bind.Transact(r.Instance(backend, router), bind.NewKeyedTransactor(key, chainID), r.PackRegisterEnclave(reg))
	if err != nil {
		return fmt.Errorf("registerEnclave: %w", err)
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

func jobsCommand() *cli.Command {
	return &cli.Command{
		Name:  "jobs",
		Usage: "inspect jobs",
		Subcommands: []*cli.Command{
			{
				Name:  "list",
				Usage: "list jobs, newest first",
				Flags: []cli.Flag{
					&cli.StringSliceFlag{Name: "state", Usage: "only these states (repeat)"},
					&cli.IntFlag{Name: "limit", Value: 50},
				},
				Action: func(c *cli.Context) error {
					db, err := openDB(c)
					if err != nil {
						return err
					}
					defer db.Close()
					var states []jobs.State
					for _, s := range c.StringSlice("state") {
						states = append(states, jobs.State(s))
					}
					list, err := jobs.List(c.Context, db, jobs.Filter{States: states, Limit: c.Int("limit")})
					if err != nil {
						return err
					}
					w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
					fmt.Fprintln(w, "JOB\tSTATE\tBLOCK\tFEE\tATTEMPTS\tUPDATED\tERROR")
					for _, j := range list {
						fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%d\t%s\t%s\n", j.JobID.Hex(), j.State, j.BlockNumber, j.Fee, j.Attempts,
							j.UpdatedAt.Format(time.RFC3339), truncate(j.LastError, 60))
					}
					return w.Flush()
				},
			},
			{
				Name:      "show",
				Usage:     "show one job with its result and transactions",
				ArgsUsage: "JOB_ID",
				Action: func(c *cli.Context) error {
					db, err := openDB(c)
					if err != nil {
						return err
					}
					defer db.Close()
					b, err := hexutil.Decode(c.Args().First())
					if err != nil || len(b) != 32 {
						return errors.New("JOB_ID must be 0x-prefixed 32-byte hex")
					}
					j, r, err := jobs.Get(c.Context, db, common.BytesToHash(b))
					if err != nil {
						return err
					}
					out := map[string]any{"job": j}
					if r != nil {
						out["result"] = map[string]any{"status": r.Status.String(), "outputBytes": len(r.Output), "signer": r.Signer, "worker": r.Worker}
					}
					rows, err := db.Query(c.Context, `SELECT tx_id FROM tx_jobs WHERE job_id = $1 ORDER BY tx_id`, b)
					if err == nil {
						var ids []int64
						for rows.Next() {
							var id int64
							if rows.Scan(&id) == nil {
								ids = append(ids, id)
							}
						}
						rows.Close()
						out["transactions"] = ids
					}
					return printJSON(out)
				},
			},
		},
	}
}

func replayCommand() *cli.Command {
	return &cli.Command{
		Name:  "replay",
		Usage: "index again from a block (stored rows are kept; events re-apply idempotently)",
		Flags: []cli.Flag{
			&cli.Uint64Flag{Name: "from-block", Required: true},
			&cli.Int64Flag{Name: "chain-id", Required: true, EnvVars: env("CHAIN_ID")},
		},
		Action: func(c *cli.Context) error {
			db, err := openDB(c)
			if err != nil {
				return err
			}
			defer db.Close()
			if err := indexer.Replay(c.Context, db, c.Int64("chain-id"), service.IndexerName, c.Uint64("from-block")); err != nil {
				return err
			}
			fmt.Printf("indexer %q rewound: blocks from %d will be indexed again\n", service.IndexerName, c.Uint64("from-block"))
			return nil
		},
	}
}

func txCommand() *cli.Command {
	idArg := func(c *cli.Context) (int64, error) {
		var id int64
		if _, err := fmt.Sscan(c.Args().First(), &id); err != nil {
			return 0, errors.New("TX_ID must be a transaction id (see tx list)")
		}
		return id, nil
	}
	withDB := func(f func(c *cli.Context, db *pgxpool.Pool) error) cli.ActionFunc {
		return func(c *cli.Context) error {
			db, err := openDB(c)
			if err != nil {
				return err
			}
			defer db.Close()
			return f(c, db)
		}
	}
	return &cli.Command{
		Name:  "tx",
		Usage: "inspect and steer the transaction manager",
		Subcommands: []*cli.Command{
			{
				Name: "list", Usage: "list transactions, newest first",
				Flags: []cli.Flag{&cli.StringSliceFlag{Name: "state"}, &cli.IntFlag{Name: "limit", Value: 50}},
				Action: withDB(func(c *cli.Context, db *pgxpool.Pool) error {
					var states []txmgr.State
					for _, s := range c.StringSlice("state") {
						states = append(states, txmgr.State(s))
					}
					list, err := txmgr.List(c.Context, db, txmgr.ListFilter{States: states, Limit: c.Int("limit")})
					if err != nil {
						return err
					}
					w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
					fmt.Fprintln(w, "ID\tKIND\tSTATE\tNONCE\tBUMPS\tHASH\tERROR")
					for _, t := range list {
						nonce := "-"
						if t.Nonce != nil {
							nonce = fmt.Sprint(*t.Nonce)
						}
						fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%d\t%s\t%s\n", t.ID, t.Kind, t.State, nonce, t.Bumps, t.Hash.Hex(), truncate(t.Error, 60))
					}
					return w.Flush()
				}),
			},
			{
				Name: "inspect", Usage: "show a transaction and all its signed attempts", ArgsUsage: "TX_ID",
				Action: withDB(func(c *cli.Context, db *pgxpool.Pool) error {
					id, err := idArg(c)
					if err != nil {
						return err
					}
					t, err := txmgr.Get(c.Context, db, id)
					if err != nil {
						return err
					}
					atts, err := txmgr.Attempts(c.Context, db, id)
					if err != nil {
						return err
					}
					type attempt struct {
						Hash   common.Hash `json:"hash"`
						Nonce  uint64      `json:"nonce"`
						TipCap string      `json:"tipCap"`
						FeeCap string      `json:"feeCap"`
						Noop   bool        `json:"noop"`
						At     time.Time   `json:"at"`
					}
					var as []attempt
					for _, a := range atts {
						as = append(as, attempt{a.Hash, a.Nonce, a.TipCap.String(), a.FeeCap.String(), a.Noop, a.Created})
					}
					t.Raw = nil
					return printJSON(map[string]any{"tx": t, "attempts": as})
				}),
			},
			{
				Name: "bump", Usage: "ask the sending relayer to replace a pending transaction with higher fees now", ArgsUsage: "TX_ID",
				Action: withDB(func(c *cli.Context, db *pgxpool.Pool) error {
					id, err := idArg(c)
					if err != nil {
						return err
					}
					if err := txmgr.RequestBump(c.Context, db, id); err != nil {
						return err
					}
					fmt.Println("bump requested for transaction", id)
					return nil
				}),
			},
			{
				Name: "abandon", Usage: "give a transaction up (a pending one is replaced by a no-op to free its nonce)", ArgsUsage: "TX_ID",
				Action: withDB(func(c *cli.Context, db *pgxpool.Pool) error {
					id, err := idArg(c)
					if err != nil {
						return err
					}
					if err := txmgr.Abandon(c.Context, db, id); err != nil {
						return err
					}
					fmt.Println("transaction", id, "abandoned")
					return nil
				}),
			},
		},
	}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}

func printJSON(v any) error {
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
