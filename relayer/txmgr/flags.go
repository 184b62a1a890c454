package txmgr

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/urfave/cli/v2"
)

// Flag names (CLIFlags).
const (
	ConfirmationsFlagName  = "tx-confirmations"
	PollIntervalFlagName   = "tx-poll-interval"
	ResubmitAfterFlagName  = "resubmit-after"
	ResubmitBlocksFlagName = "resubmit-blocks"
	MaxFeeGweiFlagName     = "max-fee-gwei"
	MaxTipGweiFlagName     = "max-tip-gwei"
	MinTipGweiFlagName     = "min-tip-gwei"
)

// Defaults: a zero Config field takes them, and so do the flags.
const (
	DefaultConfirmations    = 3 // 1 = in the head block
	DefaultPollInterval     = time.Second
	DefaultResubmitAfter    = 30 * time.Second
	DefaultResubmitBlocks   = 3
	DefaultMaxInFlight      = 16
	DefaultGasMarginPercent = 20
	DefaultMinTipGwei       = 1
	DefaultMaxFeeGwei       = 500
	// DefaultLeaseDuration is short (renewed every poll): a restarted relayer takes over the sender
	// of one that crashed within seconds. The lease row lock fences nonce assignment, so a lease
	// lost to a pause never lets two processes sign with one nonce.
	DefaultLeaseDuration = 3 * time.Second
)

// CLIFlags are the transaction manager's flags, each with one environment twin under envPrefix.
func CLIFlags(envPrefix string) []cli.Flag {
	return []cli.Flag{
		&cli.Uint64Flag{Name: ConfirmationsFlagName, Usage: "blocks a fulfilment must be buried under before it counts as confirmed",
			EnvVars: []string{envPrefix + "_TX_CONFIRMATIONS"}, Value: DefaultConfirmations},
		&cli.DurationFlag{Name: PollIntervalFlagName, Usage: "transaction manager poll interval",
			EnvVars: []string{envPrefix + "_TX_POLL_INTERVAL"}, Value: DefaultPollInterval},
		&cli.Uint64Flag{Name: ResubmitBlocksFlagName, Usage: "bump the fees of a transaction not mined this many blocks after its broadcast",
			EnvVars: []string{envPrefix + "_RESUBMIT_BLOCKS"}, Value: DefaultResubmitBlocks},
		&cli.DurationFlag{Name: ResubmitAfterFlagName, Usage: "bump the fees of a transaction not mined after this long (for chains that make no blocks meanwhile)",
			EnvVars: []string{envPrefix + "_RESUBMIT_AFTER"}, Value: DefaultResubmitAfter},
		&cli.Float64Flag{Name: MaxFeeGweiFlagName, Usage: "fee cap per gas",
			EnvVars: []string{envPrefix + "_MAX_FEE_GWEI"}, Value: DefaultMaxFeeGwei},
		&cli.Float64Flag{Name: MaxTipGweiFlagName, Usage: "priority fee cap per gas (0: none)",
			EnvVars: []string{envPrefix + "_MAX_TIP_GWEI"}},
		&cli.Float64Flag{Name: MinTipGweiFlagName, Usage: "priority fee floor per gas",
			EnvVars: []string{envPrefix + "_MIN_TIP_GWEI"}, Value: DefaultMinTipGwei},
	}
}

// ReadCLIConfig reads the manager's flags (the caller fills in chain, key, owner and queue).
func ReadCLIConfig(c *cli.Context) Config {
	fees := FeePolicy{MinTipCap: Gwei(c.Float64(MinTipGweiFlagName)), MaxFeeCap: Gwei(c.Float64(MaxFeeGweiFlagName))}
	if v := c.Float64(MaxTipGweiFlagName); v > 0 {
		fees.MaxTipCap = Gwei(v)
	}
	return Config{Confirmations: c.Uint64(ConfirmationsFlagName), PollInterval: c.Duration(PollIntervalFlagName),
		ResubmitAfter: c.Duration(ResubmitAfterFlagName), ResubmitBlocks: c.Uint64(ResubmitBlocksFlagName), Fees: fees}
}

// WithDefaults returns c with every zero field set to its default.
func (c Config) WithDefaults() Config {
	c.defaults()
	return c
}

// Gwei converts gwei to wei.
func Gwei(v float64) *big.Int {
	f := new(big.Float).Mul(big.NewFloat(v), big.NewFloat(1e9))
	i, _ := f.Int(nil)
	return i
}

// NewOwnerID returns a lease owner id for this process: host:pid:random.
func NewOwnerID() string {
	host, _ := os.Hostname()
	var r [4]byte
	_, _ = rand.Read(r[:])
	return fmt.Sprintf("%s:%d:%s", host, os.Getpid(), hex.EncodeToString(r[:]))
}
