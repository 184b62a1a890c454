package cliapp

// `relayer config`: the effective configuration of `relayer run` (every flag after the command line,
// the environment and the defaults), with where each value came from and secrets hidden: private
// keys are shown only as set/unset, URLs lose their credentials, paths and tokens in them.

import (
	"fmt"
	"net/url"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/internal/flagenv"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/service"
)

func configCommand() *cli.Command {
	flags := append(service.CLIFlags(prefix), service.DatabaseFlag(prefix))
	return &cli.Command{
		Name:  "config",
		Usage: "print the effective configuration of `relayer run` (value and source of every flag; secrets hidden)",
		Flags: flags,
		Action: func(c *cli.Context) error {
			w := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "FLAG\tVALUE\tSOURCE")
			for _, f := range flags {
				name := f.Names()[0]
				fmt.Fprintf(w, "--%s\t%s\t%s\n", name, shown(name, c.Value(name)), source(c, f))
			}
			return w.Flush()
		},
	}
}

// source says where a flag's value came from: the command line, its environment variable, or the
// default.
func source(c *cli.Context, f cli.Flag) string {
	name := f.Names()[0]
	if flagenv.Explicit(c, name) {
		return "flag"
	}
	for _, e := range flagenv.EnvVars(f) {
		if v, ok := os.LookupEnv(e); ok && v != "" {
			return "env $" + e
		}
	}
	return "default"
}

// secretFlags hold secrets themselves (a file flag holds a path, which is shown).
var secretFlags = map[string]bool{service.SenderKeyFlagName: true, registrarKeyFlagName: true}

// shown is a flag's value as printed: secrets as set/unset, URLs without credentials or paths.
func shown(name string, v any) string {
	s := fmt.Sprint(v)
	if sl, ok := v.(cli.StringSlice); ok {
		v = sl.Value()
	}
	if sl, ok := v.([]string); ok {
		out := make([]string, len(sl))
		for i, x := range sl {
			out[i] = redactURL(x)
		}
		return strings.Join(out, ",")
	}
	switch {
	case secretFlags[name]:
		if s == "" {
			return "(unset)"
		}
		return "(set, hidden)"
	case strings.Contains(s, "://"):
		return redactURL(s)
	case s == "":
		return `""`
	}
	return s
}

// redactURL keeps a URL's scheme, host and (for databases) the database name; user, password,
// query and an RPC URL's path (providers put API keys there) are dropped.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return s
	}
	if strings.HasPrefix(u.Scheme, "postgres") {
		out := u.Scheme + "://"
		if u.User != nil {
			out += u.User.Username() + "@"
		}
		return out + u.Host + u.Path
	}
	return ethrpc.Redact(s)
}
