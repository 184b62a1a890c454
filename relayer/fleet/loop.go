package fleet

import (
	"context"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/relayer/runloop"
)

// Flag names (CLIFlags).
const (
	LoopIntervalFlagName = "fleet-interval"
	NoLoopFlagName       = "no-fleet-loop"
)

// DefaultLoopInterval is how often `relayer run` reconciles the fleet.
const DefaultLoopInterval = 30 * time.Second

// Config configures the fleet loop of `relayer run`.
type Config struct {
	Interval time.Duration // default DefaultLoopInterval
	Disabled bool
}

// WithDefaults returns c with every zero field set to its default.
func (c Config) WithDefaults() Config {
	if c.Interval == 0 {
		c.Interval = DefaultLoopInterval
	}
	return c
}

// CLIFlags are the fleet loop's flags, each with one environment twin under envPrefix.
func CLIFlags(envPrefix string) []cli.Flag {
	return []cli.Flag{
		&cli.DurationFlag{Name: LoopIntervalFlagName, Usage: "how often to join workers lacking an on-chain epoch and publish a pending epoch's keys",
			EnvVars: []string{envPrefix + "_FLEET_INTERVAL"}, Value: DefaultLoopInterval},
		&cli.BoolFlag{Name: NoLoopFlagName, Usage: "do not orchestrate the fleet (joins, key publication) in `run`",
			EnvVars: []string{envPrefix + "_NO_FLEET_LOOP"}},
	}
}

// ReadCLIConfig reads the fleet loop's flags.
func ReadCLIConfig(c *cli.Context) Config {
	return Config{Interval: c.Duration(LoopIntervalFlagName), Disabled: c.Bool(NoLoopFlagName)}
}

// Loop runs Reconcile periodically.
type Loop struct {
	o          *Orchestrator
	canPublish func(context.Context) (bool, error)
	loop       *runloop.Loop
	lastErr    string
}

// NewLoop returns a loop over o; canPublish (may be nil) gates publication (e.g. no publication
// already in flight).
func NewLoop(cfg Config, o *Orchestrator, canPublish func(context.Context) (bool, error)) *Loop {
	cfg = cfg.WithDefaults()
	return &Loop{o: o, canPublish: canPublish, loop: runloop.New(runloop.Options{Interval: cfg.Interval})}
}

// Start runs the loop until ctx ends or Stop.
func (l *Loop) Start(ctx context.Context) {
	l.loop.Start(ctx, func(ctx context.Context) {
		_, err := l.o.Reconcile(ctx, l.canPublish)
		switch {
		case err != nil && err.Error() != l.lastErr && ctx.Err() == nil:
			l.o.Log.Warn("fleet reconcile", "err", err)
			l.lastErr = err.Error()
		case err == nil:
			l.lastErr = ""
		}
	})
}

// Poke runs a round now.
func (l *Loop) Poke() { l.loop.Poke() }

// Stop ends the loop after its round.
func (l *Loop) Stop(ctx context.Context) error { return l.loop.Stop(ctx) }
