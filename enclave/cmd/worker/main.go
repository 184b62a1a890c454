// Command worker is the TEE oracle's enclave worker: it runs secret WebAssembly programs on
// (optionally encrypted) inputs inside an Intel SGX enclave and signs the results. Build it with
// ego-go and sign it with `ego sign enclave.json` for production (see enclave/README.md); built
// with plain Go it runs only with --insecure-simulation, for development.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/dcap"
	"github.com/teeoracle/teeoracle/enclave/egress"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/enclave/server"
	"github.com/teeoracle/teeoracle/enclave/service"
	"github.com/teeoracle/teeoracle/enclave/worker"
	"github.com/teeoracle/teeoracle/internal/buildinfo"
	"github.com/teeoracle/teeoracle/internal/flagenv"
)

const envPrefix = "TEEO_WORKER_"

func env(name string) []string { return []string{envPrefix + name} }

var flags = []cli.Flag{
	&cli.StringFlag{Name: "listen", Value: "127.0.0.1:7800", EnvVars: env("LISTEN"), Usage: "API address"},
	&cli.StringFlag{Name: "metrics-listen", EnvVars: env("METRICS_LISTEN"), Usage: "optional plain-HTTP address for /metrics and /healthz (Prometheus); empty = served on the API only"},
	&cli.StringFlag{Name: "data-dir", Value: "worker-data", EnvVars: env("DATA_DIR"), Usage: "directory of the sealed key file (in the enclave: the hostfs mount of enclave.json)"},
	&cli.StringFlag{Name: "ipfs-api", Value: "127.0.0.1:5001", EnvVars: env("IPFS_API"), Usage: "Kubo HTTP API address (use an IP: an enclave has no /etc/hosts)"},
	&cli.StringFlag{Name: "pccs-url", Value: dcap.IntelPCSBaseURL, EnvVars: env("PCCS_URL"), Usage: "PCCS (or Intel PCS) for the collateral of this enclave's quotes, sent to fleet peers (SGX; untrusted: peers verify it against Intel's root)"},
	&cli.BoolFlag{Name: "insecure-simulation", EnvVars: env("INSECURE_SIMULATION"), Usage: "run WITHOUT SGX: keys in a plaintext file, fake reports, nothing confidential (development only)"},
	&cli.StringFlag{Name: "tls", Value: service.TLSAuto, EnvVars: env("TLS"), Usage: "API over TLS bound to the attestation: auto (on in SGX mode), on, off (simulation only)"},
	&cli.IntFlag{Name: "concurrency", EnvVars: env("CONCURRENCY"), Usage: "jobs executed at once (0 = number of CPUs)"},
	&cli.StringFlag{Name: "execute-token-file", EnvVars: env("EXECUTE_TOKEN_FILE"), Usage: "file holding the bearer token the relayer must send to have jobs run (the relayer's --worker-token-file); empty: anyone may (a warning is logged)"},
	&cli.Int64Flag{Name: "max-request-bytes", Value: server.DefaultMaxBodyBytes, EnvVars: env("MAX_REQUEST_BYTES"), Usage: "largest execute request body (a full batch of inputs at the router's 16 KiB cap)"},
	&cli.IntFlag{Name: "max-requests", Value: server.DefaultMaxRequests, EnvVars: env("MAX_REQUESTS"), Usage: "execute requests read and run at once (more wait, their bodies unread)"},
	&cli.IntFlag{Name: "output-cid-threshold", Value: worker.DefaultOutputCIDThreshold, EnvVars: env("OUTPUT_CID_THRESHOLD"), Usage: "outputs longer than this many bytes go to IPFS and the signed output is their CID"},
	&cli.IntFlag{Name: "max-input-bytes", Value: worker.DefaultMaxInputBytes, EnvVars: env("MAX_INPUT_BYTES"), Usage: "largest input envelope accepted"},
	&cli.DurationFlag{Name: "fetch-timeout", Value: worker.DefaultFetchTimeout, EnvVars: env("FETCH_TIMEOUT"), Usage: "time limit to fetch a program from IPFS"},
	&cli.StringFlag{Name: "sandbox-engine", Value: "auto", EnvVars: env("SANDBOX_ENGINE"), Usage: "wazero engine: auto, compiler (needs executableHeap in SGX) or interpreter"},
	&cli.DurationFlag{Name: "sandbox-timeout", Value: sandbox.DefaultTimeout, EnvVars: env("SANDBOX_TIMEOUT"), Usage: "execution time limit per job"},
	&cli.Uint64Flag{Name: "sandbox-memory-bytes", Value: sandbox.DefaultMemoryLimitBytes, EnvVars: env("SANDBOX_MEMORY_BYTES"), Usage: "linear memory limit per job"},
	&cli.IntFlag{Name: "sandbox-max-output-bytes", Value: service.DefaultMaxOutputBytes, EnvVars: env("SANDBOX_MAX_OUTPUT_BYTES"), Usage: "stdout limit per job (keep it below the 1 MiB IPFS block minus 113 bytes of encryption)"},
	&cli.IntFlag{Name: "sandbox-cache-entries", Value: sandbox.DefaultCacheMaxEntries, EnvVars: env("SANDBOX_CACHE_ENTRIES"), Usage: "compiled programs kept in the cache"},
	&cli.Int64Flag{Name: "egress-max-requests", Value: egress.DefaultMaxRequests, EnvVars: env("EGRESS_MAX_REQUESTS"), Usage: "most HTTPS requests a job's program may make (caps its declared budget)"},
	&cli.Int64Flag{Name: "egress-max-request-bytes", Value: egress.DefaultMaxRequestBytes, EnvVars: env("EGRESS_MAX_REQUEST_BYTES"), Usage: "most bytes a job's program may send over HTTPS (URLs, headers, bodies)"},
	&cli.Int64Flag{Name: "egress-max-response-bytes", Value: egress.DefaultMaxResponseBytes, EnvVars: env("EGRESS_MAX_RESPONSE_BYTES"), Usage: "most bytes a job's program may receive over HTTPS (headers, bodies)"},
	&cli.DurationFlag{Name: "egress-timeout", Value: egress.DefaultTimeout, EnvVars: env("EGRESS_TIMEOUT"), Usage: "most network time a job's program may spend in HTTPS requests"},
	&cli.StringFlag{Name: "sim-extra-ca", EnvVars: env("SIM_EXTRA_CA"), Usage: "PEM file of a CA programs' HTTPS trusts besides the compiled-in roots (only with --insecure-simulation: local test servers)"},
	&cli.StringFlag{Name: "log-level", Value: "info", EnvVars: env("LOG_LEVEL"), Usage: "debug, info, warn or error"},
	&cli.StringFlag{Name: "log-format", Value: "text", EnvVars: env("LOG_FORMAT"), Usage: "text or json"},
}

// newApp is the worker's command line: flags first, then their TEEO_WORKER_* twins (flagenv).
func newApp() *cli.App {
	return flagenv.Apply(&cli.App{
		Name:    "worker",
		Usage:   "TEE oracle enclave worker",
		Version: buildinfo.Version(),
		Flags:   flags,
		Action:  run,
	})
}

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		os.Exit(1)
	}
}

func newLogger(c *cli.Context) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.String("log-level"))); err != nil {
		return nil, fmt.Errorf("log level: %w", err)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch strings.ToLower(c.String("log-format")) {
	case "json":
		return slog.New(slog.NewJSONHandler(os.Stderr, opts)), nil
	case "text":
		return slog.New(slog.NewTextHandler(os.Stderr, opts)), nil
	}
	return nil, fmt.Errorf("log format %q (want text or json)", c.String("log-format"))
}

func configFrom(c *cli.Context, log *slog.Logger) (service.Config, error) {
	engine, err := sandbox.ParseEngine(c.String("sandbox-engine"))
	if err != nil {
		return service.Config{}, err
	}
	cfg := service.Config{
		Listen:             c.String("listen"),
		MetricsListen:      c.String("metrics-listen"),
		DataDir:            c.String("data-dir"),
		IPFSAPI:            c.String("ipfs-api"),
		PCCSURL:            c.String("pccs-url"),
		InsecureSimulation: c.Bool("insecure-simulation"),
		TLS:                c.String("tls"),
		Server: server.Config{Concurrency: c.Int("concurrency"), MaxBodyBytes: c.Int64("max-request-bytes"),
			MaxRequests: c.Int("max-requests")},
		Worker: worker.Config{
			OutputCIDThreshold: c.Int("output-cid-threshold"),
			MaxInputBytes:      c.Int("max-input-bytes"),
			FetchTimeout:       c.Duration("fetch-timeout"),
		},
		Sandbox: sandbox.Config{
			Engine:           engine,
			Timeout:          c.Duration("sandbox-timeout"),
			MemoryLimitBytes: c.Uint64("sandbox-memory-bytes"),
			MaxOutputBytes:   c.Int("sandbox-max-output-bytes"),
			CacheMaxEntries:  c.Int("sandbox-cache-entries"),
			Logger:           log,
		},
		Egress: egress.Config{Limits: egress.Limits{
			MaxRequests:      c.Int64("egress-max-requests"),
			MaxRequestBytes:  c.Int64("egress-max-request-bytes"),
			MaxResponseBytes: c.Int64("egress-max-response-bytes"),
			Timeout:          c.Duration("egress-timeout"),
		}, Logger: log},
		Version: buildinfo.Version(),
	}
	if f := c.String("sim-extra-ca"); f != "" {
		if !cfg.InsecureSimulation {
			return service.Config{}, errors.New("--sim-extra-ca is refused without --insecure-simulation: a production enclave trusts only its compiled-in roots")
		}
		pem, err := os.ReadFile(f)
		if err != nil {
			return service.Config{}, fmt.Errorf("--sim-extra-ca: %w", err)
		}
		cfg.Egress.SimExtraCAPEM = pem
	}
	if f := c.String("execute-token-file"); f != "" {
		raw, err := os.ReadFile(f)
		if err != nil {
			return service.Config{}, fmt.Errorf("--execute-token-file: %w", err)
		}
		cfg.Server.ExecuteToken = strings.TrimSpace(string(raw))
		if cfg.Server.ExecuteToken == "" {
			return service.Config{}, fmt.Errorf("--execute-token-file %s is empty", f)
		}
	} else {
		log.Warn("no --execute-token-file: anyone who reaches this worker can have jobs run and signed; give it the relayer's token")
	}
	if err := cfg.Server.Check(); err != nil {
		return service.Config{}, fmt.Errorf("--execute-token-file: %w", err)
	}
	return cfg, cfg.Check()
}

func run(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	cfg, err := configFrom(c, log)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	svc, err := service.Start(ctx, cfg, log)
	if err != nil {
		return err
	}
	select {
	case <-ctx.Done():
		log.Info("shutting down")
	case err := <-svc.Done():
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
	}
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return svc.Stop(sctx)
}
