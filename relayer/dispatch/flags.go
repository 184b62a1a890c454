package dispatch

import (
	"errors"
	"math/big"
	"time"

	"github.com/urfave/cli/v2"
)

// Flag names (CLIFlags).
const (
	MinFeeFlagName      = "min-fee"
	BatchSizeFlagName   = "dispatch-batch"
	ConcurrencyFlagName = "dispatch-concurrency"
	MaxAttemptsFlagName = "max-attempts"
	LeaseFlagName       = "job-lease"
	// FeeMarginFlagName: the fee policy's margin (issue 11), percent of the fulfilment's cost.
	FeeMarginFlagName      = "fee-margin-percent"
	FulfilOverheadFlagName = "fulfil-overhead-gas"
)

// Defaults: a zero Config field takes them, and so do the flags.
const (
	DefaultBatchSize   = 16
	DefaultConcurrency = 8
	// DefaultLease is short: the lease is renewed every third of it while a worker runs the job, so
	// a crashed relayer's jobs are taken again within seconds, whatever the worker timeout.
	DefaultLease        = 15 * time.Second
	MinLease            = 3 * time.Second
	DefaultPollInterval = 250 * time.Millisecond
	DefaultRetryBase    = time.Second
	DefaultRetryMax     = 2 * time.Minute
	DefaultWaitMax      = 5 * time.Second
	// DefaultRecheckEvery: while a worker is not usable it is checked this often (not every
	// RefreshEvery), so jobs run within seconds of its return.
	DefaultRecheckEvery   = time.Second
	DefaultMaxAttempts    = 8
	DefaultDeadlineMargin = 30 * time.Second
	DefaultExpiryMargin   = 2 * time.Minute
	DefaultWorkerBackoff  = 5 * time.Second
	DefaultRefreshEvery   = 5 * time.Second
	// DefaultFeeMarginPercent: off. The router's floor follows block.basefee (quoteFee), so every
	// job on-chain paid for its callback and fulfilment gas at its request block's price; a relayer
	// with default settings takes them all, and a requester that paid the quote is never left
	// waiting. A margin (e.g. 100: the enclave fee must cover the fulfilment at today's price) is
	// an opt-in stricter policy.
	DefaultFeeMarginPercent = 0
	// DefaultFulfilOverheadGas: gas a job costs in a batch besides its callback (router work
	// ~17,500 per job, calldata of the request, result and signature).
	DefaultFulfilOverheadGas = 30_000
)

// CLIFlags are the dispatcher's flags, each with one environment twin under envPrefix.
func CLIFlags(envPrefix string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: MinFeeFlagName, Usage: "do not run jobs paying less (wei)",
			EnvVars: []string{envPrefix + "_MIN_FEE"}, Value: "0"},
		&cli.IntFlag{Name: BatchSizeFlagName, Usage: "jobs per worker call",
			EnvVars: []string{envPrefix + "_DISPATCH_BATCH"}, Value: DefaultBatchSize},
		&cli.IntFlag{Name: ConcurrencyFlagName, Usage: "worker calls in flight",
			EnvVars: []string{envPrefix + "_DISPATCH_CONCURRENCY"}, Value: DefaultConcurrency},
		&cli.IntFlag{Name: MaxAttemptsFlagName, Usage: "dispatch attempts before a job fails",
			EnvVars: []string{envPrefix + "_MAX_ATTEMPTS"}, Value: DefaultMaxAttempts},
		&cli.DurationFlag{Name: LeaseFlagName, Usage: "how long a job stays claimed by this process",
			EnvVars: []string{envPrefix + "_JOB_LEASE"}, Value: DefaultLease},
		&cli.Int64Flag{Name: FeeMarginFlagName, Usage: "opt-in stricter fee policy: refuse jobs whose enclave fee (fee - author fee) is below (callback gas + overhead) x today's gas price x this percent (0: off, take every job: each met the router's floor at its request block's base fee)",
			EnvVars: []string{envPrefix + "_FEE_MARGIN_PERCENT"}, Value: DefaultFeeMarginPercent},
		&cli.Uint64Flag{Name: FulfilOverheadFlagName, Usage: "gas a fulfilment costs per job besides its callback (fee policy)",
			EnvVars: []string{envPrefix + "_FULFIL_OVERHEAD_GAS"}, Value: DefaultFulfilOverheadGas},
	}
}

// ReadCLIConfig reads the dispatcher's flags (the caller fills in chain, router and owner).
func ReadCLIConfig(c *cli.Context) (Config, error) {
	minFee, ok := new(big.Int).SetString(c.String(MinFeeFlagName), 10)
	if !ok || minFee.Sign() < 0 {
		return Config{}, errors.New("--" + MinFeeFlagName + ": not a decimal number of wei")
	}
	margin := c.Int64(FeeMarginFlagName) // 0: off, as the package default
	return Config{MinFee: minFee, BatchSize: c.Int(BatchSizeFlagName), Concurrency: c.Int(ConcurrencyFlagName),
		MaxAttempts: c.Int(MaxAttemptsFlagName), Lease: c.Duration(LeaseFlagName),
		FeeMarginPercent: margin, FulfilOverheadGas: c.Uint64(FulfilOverheadFlagName)}, nil
}

// WithDefaults returns c with every zero field set to its default.
func (c Config) WithDefaults() Config {
	c.defaults()
	return c
}
