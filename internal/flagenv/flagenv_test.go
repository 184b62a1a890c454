package flagenv_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/internal/flagenv"
)

// app has the shapes that broke: a flag declared on the app and again on a subcommand (the
// database URL), a pair of alternatives (--program-id or --name), a required flag and an int.
func app(got map[string]string) *cli.App {
	db := func() cli.Flag {
		return &cli.StringFlag{Name: "database-url", Value: "default-db", EnvVars: []string{"T_DATABASE_URL"}}
	}
	read := func(c *cli.Context) error {
		for _, n := range []string{"database-url", "program-id", "name", "key", "batch"} {
			got[n] = c.String(n)
		}
		got["explicit-name"] = map[bool]string{true: "yes", false: "no"}[flagenv.Explicit(c, "name")]
		return nil
	}
	a := &cli.App{
		Name:  "t",
		Flags: []cli.Flag{db()},
		Commands: []*cli.Command{{
			Name: "jobs",
			Subcommands: []*cli.Command{{
				Name: "list",
				Flags: []cli.Flag{db(),
					&cli.StringFlag{Name: "program-id", EnvVars: []string{"T_PROGRAM_ID"}},
					&cli.StringFlag{Name: "name", EnvVars: []string{"T_NAME"}},
					&cli.StringFlag{Name: "key", EnvVars: []string{"T_KEY"}, Required: true},
					&cli.IntFlag{Name: "batch", Value: 4, EnvVars: []string{"T_BATCH"}},
				},
				Action: read,
			}},
		}},
	}
	a.Writer, a.ErrWriter = &bytes.Buffer{}, &bytes.Buffer{}
	return flagenv.Apply(a, flagenv.Alternatives{"program-id", "name"})
}

func TestPrecedence(t *testing.T) {
	env := map[string]string{"T_DATABASE_URL": "env-db", "T_PROGRAM_ID": "env-pid", "T_NAME": "env-name", "T_KEY": "env-key", "T_BATCH": "9"}
	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
		want map[string]string
	}{
		{"env fills what the command line leaves", env, []string{"jobs", "list"},
			map[string]string{"database-url": "env-db", "program-id": "env-pid", "name": "env-name", "key": "env-key", "batch": "9", "explicit-name": "no"}},
		{"nothing set: defaults", map[string]string{"T_KEY": "k"}, []string{"jobs", "list"},
			map[string]string{"database-url": "default-db", "program-id": "", "batch": "4"}},
		{"flag on the subcommand beats env", env, []string{"jobs", "list", "--database-url", "flag-db", "--key", "flag-key", "--batch", "2"},
			map[string]string{"database-url": "flag-db", "key": "flag-key", "batch": "2"}},
		{"flag on the app beats the subcommand's env", env, []string{"--database-url", "flag-db", "jobs", "list"},
			map[string]string{"database-url": "flag-db"}},
		{"innermost explicit flag wins", env, []string{"--database-url", "outer", "jobs", "list", "--database-url", "inner"},
			map[string]string{"database-url": "inner"}},
		{"an explicit alternative suppresses the other's env", env, []string{"jobs", "list", "--name", "mine"},
			map[string]string{"name": "mine", "program-id": "", "explicit-name": "yes"}},
		{"and the other way round", env, []string{"jobs", "list", "--program-id", "0x01"},
			map[string]string{"name": "", "program-id": "0x01"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, k := range []string{"T_DATABASE_URL", "T_PROGRAM_ID", "T_NAME", "T_KEY", "T_BATCH"} {
				t.Setenv(k, tc.env[k])
			}
			got := map[string]string{}
			if err := app(got).Run(append([]string{"t"}, tc.args...)); err != nil {
				t.Fatal(err)
			}
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("%s = %q, want %q", k, got[k], v)
				}
			}
		})
	}
}

func TestRequiredFromEnvOrError(t *testing.T) {
	t.Setenv("T_KEY", "")
	err := app(map[string]string{}).Run([]string{"t", "jobs", "list"})
	if err == nil || !strings.Contains(err.Error(), "--key") || !strings.Contains(err.Error(), "$T_KEY") {
		t.Fatalf("err %v, want one naming --key and $T_KEY", err)
	}
}

func TestBadValues(t *testing.T) {
	t.Setenv("T_KEY", "k")
	t.Setenv("T_BATCH", "lots")
	err := app(map[string]string{}).Run([]string{"t", "jobs", "list"})
	if err == nil || !strings.Contains(err.Error(), "$T_BATCH") || !strings.Contains(err.Error(), "--batch") {
		t.Fatalf("err %v, want one naming $T_BATCH and --batch", err)
	}
	t.Setenv("T_BATCH", "")
	a := app(map[string]string{})
	err = a.Run([]string{"t", "jobs", "list", "--batch", "x"})
	if err == nil || !strings.Contains(err.Error(), "--batch") {
		t.Fatalf("err %v, want one naming --batch", err)
	}
	if out := a.Writer.(*bytes.Buffer).String(); strings.Count(out, "\n") > 2 {
		t.Errorf("a usage error printed %d lines:\n%s", strings.Count(out, "\n"), out)
	}
	err = app(map[string]string{}).Run([]string{"t", "jobs", "list", "--nope"})
	if err == nil || !strings.Contains(err.Error(), "--nope") {
		t.Fatalf("err %v, want one naming --nope", err)
	}
}

func TestHelpNamesEnvAndRequired(t *testing.T) {
	a := app(map[string]string{})
	if err := a.Run([]string{"t", "jobs", "list", "--help"}); err != nil {
		t.Fatal(err)
	}
	out := a.Writer.(*bytes.Buffer).String()
	for _, want := range []string{"$T_DATABASE_URL", "(required) [$T_KEY]", "(default: 4) [$T_BATCH]"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "(required) (default") {
		t.Errorf("a required flag shows a default:\n%s", out)
	}
}
