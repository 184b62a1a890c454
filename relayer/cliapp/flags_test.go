package cliapp_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/internal/flagenv"
	"github.com/teeoracle/teeoracle/relayer/cliapp"
	"github.com/teeoracle/teeoracle/relayer/dispatch"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/service"
	"github.com/teeoracle/teeoracle/relayer/submit"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// commands returns every command of the app with the flags it accepts: its own and its parents'
// (a flag a command declares again, as the database URL that goes before or after the subcommand,
// counts once).
func commands(app *cli.App) map[string][]cli.Flag {
	out := map[string][]cli.Flag{}
	var walk func(prefix string, inherited []cli.Flag, cmds []*cli.Command)
	walk = func(prefix string, inherited []cli.Flag, cmds []*cli.Command) {
		for _, c := range cmds {
			name := strings.TrimSpace(prefix + " " + c.Name)
			own := map[string]bool{}
			for _, f := range c.Flags {
				own[f.Names()[0]] = true
			}
			var flags []cli.Flag
			for _, f := range inherited {
				if !own[f.Names()[0]] {
					flags = append(flags, f)
				}
			}
			flags = append(flags, c.Flags...)
			if len(c.Subcommands) == 0 {
				out[name] = flags
			}
			walk(name, flags, c.Subcommands)
		}
	}
	walk("", app.Flags, app.Commands)
	return out
}

// TestEveryFlagHasOneEnvTwin: each flag has exactly one environment variable, under the one
// prefix; no command has two flags of one name or two flags on one variable; the help line of
// each flag names its variable and carries no default of its own making (urfave prints the value).
func TestEveryFlagHasOneEnvTwin(t *testing.T) {
	for cmd, flags := range commands(cliapp.New("test")) {
		names, envs := map[string]bool{}, map[string]string{}
		for _, f := range flags {
			name := f.Names()[0]
			if names[name] {
				t.Errorf("%s: flag --%s twice", cmd, name)
			}
			names[name] = true
			twins := flagenv.EnvVars(f)
			if len(twins) != 1 {
				t.Errorf("%s --%s: env twins %v, want exactly one", cmd, name, twins)
				continue
			}
			env := twins[0]
			if !strings.HasPrefix(env, service.EnvPrefix+"_") {
				t.Errorf("%s --%s: %s is not under %s_", cmd, name, env, service.EnvPrefix)
			}
			if other, dup := envs[env]; dup {
				t.Errorf("%s: --%s and --%s share %s", cmd, name, other, env)
			}
			envs[env] = name
			help := f.String()
			if !strings.Contains(help, "$"+env) {
				t.Errorf("%s --%s: help %q does not name %s", cmd, name, help, env)
			}
			if u, ok := f.(interface{ GetUsage() string }); ok && strings.Contains(strings.ToLower(u.GetUsage()), "default") &&
				!strings.Contains(u.GetUsage(), "(empty:") {
				t.Errorf("%s --%s: usage %q states a default: let the flag's value say it", cmd, name, u.GetUsage())
			}
		}
	}
}

// parse runs flags with no arguments and no environment and hands the context to read.
func parse(t *testing.T, flags []cli.Flag, read func(c *cli.Context)) {
	t.Helper()
	app := &cli.App{Name: "t", Flags: flags, Action: func(c *cli.Context) error { read(c); return nil }}
	if err := app.Run([]string{"t"}); err != nil {
		t.Fatal(err)
	}
}

// TestFlagDefaultsAreThePackageDefaults: with no flag given, each package's ReadCLIConfig yields the
// configuration its own defaults give a zero Config (so the help's defaults are the ones that run).
func TestFlagDefaultsAreThePackageDefaults(t *testing.T) {
	const p = service.EnvPrefix
	t.Run("ethrpc", func(t *testing.T) {
		parse(t, ethrpc.CLIFlags(p), func(c *cli.Context) {
			got := ethrpc.ReadCLIConfig(c).WithDefaults()
			want := ethrpc.Config{URLs: []string{ethrpc.DefaultURL}}.WithDefaults()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("flags %+v, package %+v", got, want)
			}
		})
	})
	t.Run("indexer", func(t *testing.T) {
		parse(t, indexer.CLIFlags(p), func(c *cli.Context) {
			got := indexer.ReadCLIConfig(c).WithDefaults()
			want := indexer.Config{VerifyAllBlocks: indexer.DefaultVerifyAllBlocks}.WithDefaults()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("flags %+v, package %+v", got, want)
			}
		})
	})
	t.Run("dispatch", func(t *testing.T) {
		parse(t, dispatch.CLIFlags(p), func(c *cli.Context) {
			cfg, err := dispatch.ReadCLIConfig(c)
			if err != nil {
				t.Fatal(err)
			}
			got, want := cfg.WithDefaults(), dispatch.Config{}.WithDefaults()
			got.Now, want.Now = nil, nil
			if !reflect.DeepEqual(got, want) {
				t.Errorf("flags %+v, package %+v", got, want)
			}
		})
	})
	t.Run("submit", func(t *testing.T) {
		parse(t, submit.CLIFlags(p), func(c *cli.Context) {
			got, want := submit.ReadCLIConfig(c).WithDefaults(), (submit.Config{}).WithDefaults()
			got.Now, want.Now = nil, nil // the chain clock (a func): compared apart
			if !reflect.DeepEqual(got, want) {
				t.Errorf("flags %+v, package %+v", got, want)
			}
		})
	})
	t.Run("txmgr", func(t *testing.T) {
		parse(t, txmgr.CLIFlags(p), func(c *cli.Context) {
			got, want := txmgr.ReadCLIConfig(c).WithDefaults(), txmgr.Config{}.WithDefaults()
			got.Owner, want.Owner = "", "" // random per process
			if !reflect.DeepEqual(got, want) {
				t.Errorf("flags %+v, package %+v", got, want)
			}
		})
	})
	t.Run("service", func(t *testing.T) {
		parse(t, append(service.CLIFlags(p), service.DatabaseFlag(p)), func(c *cli.Context) {
			if got := c.Duration(service.WorkerTimeoutFlagName); got != service.DefaultWorkerTimeout {
				t.Errorf("worker timeout %v", got)
			}
			if got := c.Duration(dispatch.LeaseFlagName); got < dispatch.MinLease {
				t.Errorf("default job lease %v is below the minimum", got)
			}
		})
	})
}

// TestBadLogLevelIsAnError: as the worker does, an unknown level stops the command instead of
// logging at some other level.
func TestBadLogLevelIsAnError(t *testing.T) {
	err := cliapp.New("test").Run([]string{"relayer", "--log-level", "verbose", "migrate"})
	if err == nil || !strings.Contains(err.Error(), "log-level") {
		t.Fatalf("err %v, want a log-level error", err)
	}
}

// TestNonsenseValuesRefused (issue 18, item 8): zero or negative values that would silently mean
// "the default" are refused by name before anything starts; 0 stays allowed where it means "off".
func TestNonsenseValuesRefused(t *testing.T) {
	base := []string{"relayer", "run", "--router", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--sender-key",
		"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "--worker", "http://127.0.0.1:1",
		"--database-url", "postgres://nobody@127.0.0.1:1/x?connect_timeout=1"}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--dispatch-batch", "0"}, "--dispatch-batch 0"},
		{[]string{"--max-fee-gwei", "0"}, "--max-fee-gwei 0"},
		{[]string{"--dispatch-concurrency", "-2"}, "--dispatch-concurrency -2"},
		{[]string{"--fulfil-batch", "0"}, "--fulfil-batch 0"},
		{[]string{"--rpc-timeout", "0s"}, "--rpc-timeout 0"},
		{[]string{"--max-tip-gwei", "-1"}, "--max-tip-gwei -1"},
	} {
		err := cliapp.New("test").Run(append(base, tc.args...))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: err %v, want one naming %q", tc.args, err, tc.want)
		}
	}
	// 0 where it means "off" passes the flag check (and fails later, on the unreachable database).
	err := cliapp.New("test").Run(append(base, "--fee-margin-percent", "0"))
	if err == nil || strings.Contains(err.Error(), "fee-margin-percent") {
		t.Errorf("--fee-margin-percent 0: %v", err)
	}
}
