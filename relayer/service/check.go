package service

import (
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/relayer/dispatch"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/submit"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// positiveFlags must be above zero when given: in the packages' configurations 0 means "the
// default", so `--dispatch-batch 0` or `--max-fee-gwei 0` would silently run with something else.
var positiveFlags = []string{
	dispatch.BatchSizeFlagName, dispatch.ConcurrencyFlagName, dispatch.MaxAttemptsFlagName, dispatch.LeaseFlagName,
	submit.MaxBatchFlagName, submit.MaxBatchGasFlagName,
	indexer.PollIntervalFlagName, indexer.MaxRangeFlagName,
	ethrpc.CallTimeoutFlagName,
	txmgr.PollIntervalFlagName, txmgr.MaxFeeGweiFlagName,
	WorkerTimeoutFlagName,
}

// nonNegativeFlags may be zero (it means "off" or "none") but never negative.
var nonNegativeFlags = []string{dispatch.FeeMarginFlagName, txmgr.MaxTipGweiFlagName, txmgr.MinTipGweiFlagName}

// checkFlagValues refuses nonsense values of the flags above, naming the flag.
func checkFlagValues(c *cli.Context) error {
	for _, names := range []struct {
		list []string
		zero bool
	}{{positiveFlags, false}, {nonNegativeFlags, true}} {
		for _, name := range names.list {
			if !c.IsSet(name) {
				continue
			}
			var sign int
			switch v := c.Value(name).(type) {
			case int:
				sign = cmp(float64(v))
			case int64:
				sign = cmp(float64(v))
			case uint64:
				sign = cmp(float64(v))
			case uint:
				sign = cmp(float64(v))
			case float64:
				sign = cmp(v)
			case time.Duration:
				sign = cmp(float64(v))
			default:
				continue
			}
			switch {
			case sign < 0:
				return fmt.Errorf("--%s %v: must not be negative", name, c.Value(name))
			case sign == 0 && !names.zero:
				return fmt.Errorf("--%s 0: must be above zero (leave the flag out for the default)", name)
			}
		}
	}
	return nil
}

func cmp(f float64) int {
	switch {
	case f < 0:
		return -1
	case f > 0:
		return 1
	}
	return 0
}

// checkValues is the part of Config.Check on the packages' numbers (0 = their default, so only
// negative values are wrong here; the flags refuse 0 themselves).
func (c Config) checkValues() []error {
	var errs []error
	neg := func(name string, v int64) {
		if v < 0 {
			errs = append(errs, fmt.Errorf("%s %d: must not be negative", name, v))
		}
	}
	neg("dispatch batch", int64(c.Dispatch.BatchSize))
	neg("dispatch concurrency", int64(c.Dispatch.Concurrency))
	neg("max attempts", int64(c.Dispatch.MaxAttempts))
	neg("fulfil batch", int64(c.Submit.MaxBatch))
	neg("worker timeout", int64(c.WorkerTimeout))
	return errs
}
