package indexer

import (
	"time"

	"github.com/urfave/cli/v2"
)

// Flag names (CLIFlags).
const (
	PollIntervalFlagName    = "poll-interval"
	MaxRangeFlagName        = "max-log-range"
	VerifyAllBlocksFlagName = "verify-all-blocks"
)

// Defaults: a zero Config field takes them, and so do the flags.
const (
	DefaultMaxRange     = 1000
	DefaultPollInterval = 2 * time.Second
	DefaultKeepBlocks   = 1024
	DefaultReorgAlarm   = 10 * time.Minute
	DefaultMaxLag       = 100
	// DefaultVerifyAllBlocks is the flag's default (the zero Config leaves the check off).
	DefaultVerifyAllBlocks = true
)

// CLIFlags are the indexer's flags, each with one environment twin under envPrefix.
func CLIFlags(envPrefix string) []cli.Flag {
	return []cli.Flag{
		&cli.DurationFlag{Name: PollIntervalFlagName, Usage: "indexer poll interval",
			EnvVars: []string{envPrefix + "_POLL_INTERVAL"}, Value: DefaultPollInterval},
		&cli.Uint64Flag{Name: MaxRangeFlagName, Usage: "blocks per eth_getLogs",
			EnvVars: []string{envPrefix + "_MAX_LOG_RANGE"}, Value: DefaultMaxRange},
		&cli.BoolFlag{Name: VerifyAllBlocksFlagName, Usage: "check every block with events against its receipts (catches an RPC that drops some of a block's events; one receipts call per such block)",
			EnvVars: []string{envPrefix + "_VERIFY_ALL_BLOCKS"}, Value: DefaultVerifyAllBlocks},
	}
}

// ReadCLIConfig reads the indexer's flags (the caller fills in name, chain and contracts).
func ReadCLIConfig(c *cli.Context) Config {
	return Config{PollInterval: c.Duration(PollIntervalFlagName), MaxRange: c.Uint64(MaxRangeFlagName),
		VerifyAllBlocks: c.Bool(VerifyAllBlocksFlagName)}
}

// WithDefaults returns c with every zero field set to its default.
func (c Config) WithDefaults() Config {
	c.defaults()
	return c
}
