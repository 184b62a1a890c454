package cliapp

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/service"
)

// Flag names of the list commands.
const (
	stateFlagName = "state"
	limitFlagName = "limit"
)

// listFlags are the flags of `jobs list` and `tx list`.
func listFlags() []cli.Flag {
	return []cli.Flag{
		service.DatabaseFlag(prefix),
		&cli.StringSliceFlag{Name: stateFlagName, Usage: "only these states (repeat)", EnvVars: env("LIST_STATES")},
		&cli.IntFlag{Name: limitFlagName, Usage: "rows at most", Value: 50, EnvVars: env("LIST_LIMIT")},
	}
}

func jobsCommand() *cli.Command {
	return &cli.Command{
		Name:  "jobs",
		Usage: "inspect jobs",
		Subcommands: []*cli.Command{
			{
				Name:   "list",
				Usage:  "list jobs, newest first",
				Flags:  listFlags(),
				Action: withDB(listJobs),
			},
			{
				Name:      "show",
				Usage:     "show one job with its result and transactions",
				ArgsUsage: "JOB_ID",
				Flags:     []cli.Flag{service.DatabaseFlag(prefix)},
				Action:    withDB(showJob),
			},
		},
	}
}

func listJobs(c *cli.Context, db *pgxpool.Pool) error {
	st, err := states(c, jobs.StateRequested, jobs.StateDispatched, jobs.StateResultReady, jobs.StateSubmitted, jobs.StateConfirmed,
		jobs.StateFailed, jobs.StateExpired, jobs.StateCancelled, jobs.StateFulfilledByOther)
	if err != nil {
		return err
	}
	list, err := jobs.NewStore(nil).List(c.Context, db, jobs.Filter{States: st, Limit: c.Int(limitFlagName)})
	if err != nil {
		return err
	}
	return table(c, "JOB\tSTATE\tOUTCOME\tSTATUS\tCALLBACK\tBLOCK\tFEE\tATTEMPTS\tUPDATED\tWHY", list, func(j *jobs.Job) []any {
		status, callback := "-", "-"
		if j.ResultStatus != nil {
			status = j.ResultStatus.String()
		}
		if j.CallbackOK != nil {
			callback = map[bool]string{true: "ok", false: "reverted"}[*j.CallbackOK]
		}
		why := j.Failure()
		if why == "" {
			why = j.LastError
		}
		return []any{j.JobID.Hex(), j.State, j.Outcome(), status, callback, j.BlockNumber, formatEther(j.Fee), j.Attempts,
			j.UpdatedAt.Format(time.RFC3339), truncate(why, 60)}
	})
}

// states reads the state filter of a list command.
// states reads --state, refusing a state that is not one of known (a typo must not list nothing
// and exit 0).
func states[S ~string](c *cli.Context, known ...S) ([]S, error) {
	var out []S
	for _, s := range c.StringSlice(stateFlagName) {
		if !slices.Contains(known, S(s)) {
			names := make([]string, len(known))
			for i, k := range known {
				names[i] = string(k)
			}
			return nil, fmt.Errorf("--%s %q: not a state (one of %s)", stateFlagName, s, strings.Join(names, ", "))
		}
		out = append(out, S(s))
	}
	return out, nil
}

// table prints rows under a tab-separated header, one row per item, aligned.
func table[T any](c *cli.Context, header string, items []T, row func(T) []any) error {
	w := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, header)
	for _, it := range items {
		cells := row(it)
		for i, c := range cells {
			if i > 0 {
				fmt.Fprint(w, "\t")
			}
			fmt.Fprint(w, c)
		}
		fmt.Fprintln(w)
	}
	return w.Flush()
}

func showJob(c *cli.Context, db *pgxpool.Pool) error {
	b, err := hexutil.Decode(c.Args().First())
	if err != nil || len(b) != 32 {
		return errors.New("JOB_ID must be 0x-prefixed 32-byte hex")
	}
	id := common.BytesToHash(b)
	v, err := service.LoadJobView(c.Context, db, id)
	if err != nil {
		return err
	}
	j, _, err := jobs.NewStore(nil).Get(c.Context, db, id)
	if err != nil {
		return err
	}
	// The operator's view adds what the public API leaves out: the input (public on-chain anyway) and
	// where the job was run. Bytes print as 0x hex.
	return printJSON(c, struct {
		*service.JobView
		Input      hexutil.Bytes `json:"input"`
		ProgramCID string        `json:"programCid,omitempty"`
		LeaseOwner string        `json:"leaseOwner,omitempty"`
	}{v, j.Input, j.ProgramCID, j.LeaseOwner})
}
