package submit

import (
	"time"

	"github.com/urfave/cli/v2"
)

// Flag names (CLIFlags).
const (
	MaxBatchFlagName = "fulfil-batch"
	LingerFlagName   = "fulfil-linger"
	// MaxBatchGasFlagName: the gas limit a batch may reach (summed from its entries' callback limits).
	MaxBatchGasFlagName = "fulfil-batch-gas"
)

// Defaults: a zero Config field takes them, and so do the flags.
const (
	DefaultMaxBatch     = 100 // ~4.5M gas with quick callbacks
	DefaultLinger       = 100 * time.Millisecond
	DefaultPollInterval = 100 * time.Millisecond
	DefaultMaxSubmits   = 3
	DefaultMaxInFlight  = 8
	DefaultMaxBatchGas  = 25_000_000 // below common block gas limits (30M and up)
)

// CLIFlags are the submitter's flags, each with one environment twin under envPrefix.
func CLIFlags(envPrefix string) []cli.Flag {
	return []cli.Flag{
		&cli.IntFlag{Name: MaxBatchFlagName, Usage: "results per fulfillBatch transaction",
			EnvVars: []string{envPrefix + "_FULFIL_BATCH"}, Value: DefaultMaxBatch},
		&cli.DurationFlag{Name: LingerFlagName, Usage: "wait this long for a fuller batch",
			EnvVars: []string{envPrefix + "_FULFIL_LINGER"}, Value: DefaultLinger},
		&cli.Uint64Flag{Name: MaxBatchGasFlagName, Usage: "gas limit a fulfillBatch may reach, summed from its callbacks' limits",
			EnvVars: []string{envPrefix + "_FULFIL_BATCH_GAS"}, Value: DefaultMaxBatchGas},
	}
}

// ReadCLIConfig reads the submitter's flags (the caller fills in chain and router).
func ReadCLIConfig(c *cli.Context) Config {
	return Config{MaxBatch: c.Int(MaxBatchFlagName), Linger: c.Duration(LingerFlagName), MaxBatchGas: c.Uint64(MaxBatchGasFlagName)}
}

// WithDefaults returns c with every zero field set to its default.
func (c Config) WithDefaults() Config {
	c.defaults()
	return c
}
