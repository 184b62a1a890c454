package ethrpc

import (
	"time"

	"github.com/urfave/cli/v2"
)

// Flag names (CLIFlags).
const (
	URLsFlagName        = "rpc-url"
	CallTimeoutFlagName = "rpc-timeout"
)

// Defaults: a zero Config field takes them, and so do the flags.
const (
	DefaultURL         = "http://127.0.0.1:8545"
	DefaultCallTimeout = 10 * time.Second
	DefaultLogsTimeout = 30 * time.Second
	DefaultCooldown    = 5 * time.Second
	DefaultMaxLag      = 3
	DefaultHeadPoll    = 2 * time.Second
)

// CLIFlags are the client's flags, each with one environment twin under envPrefix.
func CLIFlags(envPrefix string) []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: URLsFlagName, Usage: "JSON-RPC endpoint (repeat for failover, in order of preference)",
			EnvVars: []string{envPrefix + "_RPC_URLS"}, Value: cli.NewStringSlice(DefaultURL)},
		&cli.DurationFlag{Name: CallTimeoutFlagName, Usage: "timeout of one RPC call",
			EnvVars: []string{envPrefix + "_RPC_TIMEOUT"}, Value: DefaultCallTimeout},
	}
}

// ReadCLIConfig reads the client's configuration from the flags of CLIFlags.
func ReadCLIConfig(c *cli.Context) Config {
	return Config{URLs: c.StringSlice(URLsFlagName), CallTimeout: c.Duration(CallTimeoutFlagName)}
}

// WithDefaults returns c with every zero field set to its default.
func (c Config) WithDefaults() Config {
	c.defaults()
	return c
}
