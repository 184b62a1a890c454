// Package flagenv gives every command line of the project one precedence rule: a flag given on the
// command line wins, then its environment variable twin, then its default. urfave/cli v2 alone does
// not keep it: it reads the environment into every command's copy of a flag, so a subcommand's
// environment value hides a flag given to its parent (`relayer --database-url X jobs list` read
// $TEEORACLE_DATABASE_URL), and a program that prefers one of two alternative flags (--program-id
// over --name) lets an environment variable beat the alternative given explicitly.
//
// Apply takes the environment away from urfave: it records each flag's variables (its help still
// names them), clears them from the flag, and fills values from the environment itself, in each
// command's Before, only for flags the command line left unset:
//   - a flag given to a parent command (the same name declared again on the subcommand) is copied
//     down instead, so the innermost explicit value is what every command reads;
//   - flags declared as alternatives (Alternatives) take no environment value when one of them is on
//     the command line;
//   - required flags are checked after the environment is read, and the error names the flag and its
//     variable.
//
// Apply also makes usage errors short (the error and the flag it names, then "see --help"; not the
// whole help) and shows "(required)" instead of a default for required flags.
package flagenv

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"strings"
	"sync"

	"github.com/urfave/cli/v2"
)

// Alternatives names flags of which a command uses one (e.g. --program-id, or --name with --author):
// when any of them is given on the command line, none of them is read from the environment.
type Alternatives []string

// info is what Apply removed from a flag.
type info struct {
	envs     []string
	required bool
}

// registry maps each flag (by pointer: flags are shared between commands and apps) to its info;
// Apply may run again on the same flags (tests build the app many times).
var registry sync.Map // cli.Flag -> info

func init() { cli.FlagStringer = stringify }

// EnvVars returns the environment variables of a flag (empty when it has none).
func EnvVars(f cli.Flag) []string {
	if i, ok := registry.Load(f); ok {
		return i.(info).envs
	}
	if ev, ok := f.(interface{ GetEnvVars() []string }); ok {
		return ev.GetEnvVars()
	}
	return nil
}

// Required reports whether a flag is required (Apply moves the check out of urfave).
func Required(f cli.Flag) bool {
	if i, ok := registry.Load(f); ok {
		return i.(info).required
	}
	if r, ok := f.(cli.RequiredFlag); ok {
		return r.IsRequired()
	}
	return false
}

// take records and clears the flag's environment variables and required mark (once per flag).
func take(f cli.Flag) info {
	if i, ok := registry.Load(f); ok {
		return i.(info)
	}
	i := info{envs: EnvVars(f), required: Required(f)}
	v := reflect.ValueOf(f)
	if v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct {
		if e := v.Elem().FieldByName("EnvVars"); e.IsValid() && e.CanSet() {
			e.Set(reflect.Zero(e.Type()))
		}
		if r := v.Elem().FieldByName("Required"); r.IsValid() && r.CanSet() {
			r.SetBool(false)
		}
	}
	registry.Store(f, i)
	return i
}

// Apply installs the precedence rule on app and all its commands (see the package comment) and
// returns app.
func Apply(app *cli.App, alts ...Alternatives) *cli.App {
	for _, f := range app.Flags {
		take(f)
	}
	app.Before = wrap(app.Before, app.Flags, alts, true)
	app.OnUsageError = usageError
	var walk func(cmds []*cli.Command)
	walk = func(cmds []*cli.Command) {
		for _, c := range cmds {
			for _, f := range c.Flags {
				take(f)
			}
			c.Before = wrap(c.Before, c.Flags, alts, false)
			c.OnUsageError = usageError
			walk(c.Subcommands)
		}
	}
	walk(app.Commands)
	return app
}

// usageError replaces urfave's "Incorrect Usage" and full help with the parse error itself, which
// names the flag.
func usageError(c *cli.Context, err error, isSubcommand bool) error {
	name := c.App.Name
	if isSubcommand && c.Command != nil && c.Command.Name != "" {
		name = c.Command.HelpName
	}
	msg := strings.Replace(err.Error(), " -", " --", 1) // flag's messages name "-x"; ours say "--x"
	return fmt.Errorf("%s (see %s --help)", msg, name)
}

// runKey keeps, per run of the app, the (context, flag) pairs filled from the environment or copied
// from a parent, so that only flags given on the command line count as explicit.
type runKey struct{}

type runState struct {
	mu     sync.Mutex
	filled map[*cli.Context]map[string]bool
}

func (s *runState) mark(c *cli.Context, name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.filled[c] == nil {
		s.filled[c] = map[string]bool{}
	}
	s.filled[c][name] = true
}

func (s *runState) isFilled(c *cli.Context, name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.filled[c][name]
}

func wrap(before cli.BeforeFunc, flags []cli.Flag, alts []Alternatives, root bool) cli.BeforeFunc {
	return func(c *cli.Context) error {
		if root || c.Context.Value(runKey{}) == nil {
			c.Context = context.WithValue(c.Context, runKey{}, &runState{filled: map[*cli.Context]map[string]bool{}})
		}
		if err := fill(c, flags, alts); err != nil {
			return err
		}
		if before != nil {
			return before(c)
		}
		return nil
	}
}

// explicit reports whether the flag of that name was given on x's own command line.
func explicit(s *runState, x *cli.Context, f cli.Flag) bool {
	local := x.LocalFlagNames()
	for _, n := range f.Names() {
		for _, l := range local {
			if l == n && !s.isFilled(x, f.Names()[0]) {
				return true
			}
		}
	}
	return false
}

// Explicit reports whether the flag was given on the command line (of this command or a parent),
// as opposed to read from the environment or left at its default.
func Explicit(c *cli.Context, name string) bool {
	s, _ := c.Context.Value(runKey{}).(*runState)
	for _, x := range c.Lineage() {
		if x.Command == nil {
			continue
		}
		for _, f := range flagsOf(x) {
			if has(f, name) {
				if s == nil {
					return x.IsSet(name)
				}
				if explicit(s, x, f) {
					return true
				}
			}
		}
	}
	return false
}

func has(f cli.Flag, name string) bool {
	for _, n := range f.Names() {
		if n == name {
			return true
		}
	}
	return false
}

// flagsOf returns the flags a context parsed (the root context's command holds the app's).
func flagsOf(x *cli.Context) []cli.Flag {
	if x.Command == nil {
		return nil
	}
	return x.Command.Flags
}

func fill(c *cli.Context, flags []cli.Flag, alts []Alternatives) error {
	s := c.Context.Value(runKey{}).(*runState)
	given := map[string]bool{}
	for _, f := range flags {
		if explicit(s, c, f) {
			given[f.Names()[0]] = true
		}
	}
	for _, f := range flags {
		name := f.Names()[0]
		if given[name] {
			continue
		}
		// Given to a parent: copy the innermost explicit value down.
		if v, ok := parentValue(s, c, name); ok {
			if err := set(c, name, v); err != nil {
				return err
			}
			s.mark(c, name)
			continue
		}
		if altGiven(c, s, name, alts, given) {
			continue
		}
		i := take(f)
		found := false
		for _, e := range i.envs {
			v, ok := os.LookupEnv(e)
			if !ok || v == "" {
				continue
			}
			if err := set(c, name, []string{v}); err != nil {
				return fmt.Errorf("$%s (for --%s): %w", e, name, err)
			}
			s.mark(c, name)
			found = true
			break
		}
		if !found && i.required {
			if len(i.envs) > 0 {
				return fmt.Errorf("required flag --%s not set (nor $%s) (see %s --help)", name, i.envs[0], c.Command.HelpName)
			}
			return fmt.Errorf("required flag --%s not set (see %s --help)", name, c.Command.HelpName)
		}
	}
	return nil
}

// altGiven reports whether an alternative of name was given explicitly, here or in a parent.
func altGiven(c *cli.Context, s *runState, name string, alts []Alternatives, given map[string]bool) bool {
	for _, a := range alts {
		in := false
		for _, n := range a {
			in = in || n == name
		}
		if !in {
			continue
		}
		for _, n := range a {
			if n != name && (given[n] || Explicit(c, n)) {
				return true
			}
		}
	}
	return false
}

// parentValue returns the value of the flag given explicitly to the innermost parent command.
func parentValue(s *runState, c *cli.Context, name string) ([]string, bool) {
	for _, x := range c.Lineage()[1:] {
		if x.Command == nil {
			continue
		}
		for _, f := range flagsOf(x) {
			if has(f, name) && explicit(s, x, f) {
				return values(x.Value(name)), true
			}
		}
	}
	return nil, false
}

// values turns a parsed flag value back into what Set accepts.
func values(v any) []string {
	switch t := v.(type) {
	case cli.StringSlice:
		return t.Value()
	case *cli.StringSlice:
		return t.Value()
	case []string:
		return t
	case nil:
		return nil
	}
	return []string{fmt.Sprint(v)}
}

func set(c *cli.Context, name string, vs []string) error {
	for _, v := range vs {
		if err := c.Set(name, v); err != nil {
			return fmt.Errorf("invalid value %q for --%s: %w", v, name, err)
		}
	}
	return nil
}

// stringify is cli.FlagStringer: urfave's help line, with the recorded environment variables, and
// "(required)" instead of a default for required flags.
func stringify(f cli.Flag) string {
	df, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return ""
	}
	usage := df.GetUsage()
	placeholder := ""
	if a := strings.Index(usage, "`"); a >= 0 {
		if b := strings.Index(usage[a+1:], "`"); b >= 0 {
			placeholder = usage[a+1 : a+1+b]
			usage = usage[:a] + placeholder + usage[a+1+b+1:]
		}
	}
	if df.TakesValue() && placeholder == "" {
		placeholder = "value"
	}
	suffix := ""
	if Required(f) {
		suffix = " (required)"
	} else if bf, ok := f.(*cli.BoolFlag); !ok || !bf.DisableDefaultText {
		if s := df.GetDefaultText(); s != "" && s != `""` {
			suffix = fmt.Sprintf(" (default: %s)", s)
		}
	}
	var names []string
	for _, n := range df.Names() {
		p := "--"
		if len(n) == 1 {
			p = "-"
		}
		if placeholder != "" {
			names = append(names, p+n+" "+placeholder)
		} else {
			names = append(names, p+n)
		}
	}
	pn := strings.Join(names, ", ")
	if sf, ok := f.(cli.DocGenerationSliceFlag); ok && sf.IsSliceFlag() {
		pn += " [ " + pn + " ]"
	}
	line := fmt.Sprintf("%s\t%s", pn, strings.TrimSpace(usage+suffix))
	if envs := EnvVars(f); len(envs) > 0 {
		line += " [$" + strings.Join(envs, ", $") + "]"
	}
	return line
}
