package cliapp

import (
	"errors"
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// Flag names of the list commands.
const (
	stateFlagName = "state"
	limitFlagName = "limit"
)

// listFlags are the flags of `jobs list` and `tx list`.
func listFlags() []cli.Flag {
	return []cli.Flag{
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
				Action:    withDB(showJob),
			},
		},
	}
}

func listJobs(c *cli.Context, db *pgxpool.Pool) error {
	list, err := jobs.NewStore(nil).List(c.Context, db, jobs.Filter{States: states[jobs.State](c), Limit: c.Int(limitFlagName)})
	if err != nil {
		return err
	}
	return table("JOB\tSTATE\tBLOCK\tFEE\tATTEMPTS\tUPDATED\tERROR", list, func(j *jobs.Job) []any {
		return []any{j.JobID.Hex(), j.State, j.BlockNumber, j.Fee, j.Attempts, j.UpdatedAt.Format(time.RFC3339), truncate(j.LastError, 60)}
	})
}

// states reads the state filter of a list command.
func states[S ~string](c *cli.Context) []S {
	var out []S
	for _, s := range c.StringSlice(stateFlagName) {
		out = append(out, S(s))
	}
	return out
}

// table prints rows under a tab-separated header, one row per item, aligned.
func table[T any](header string, items []T, row func(T) []any) error {
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
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
	j, r, err := jobs.NewStore(nil).Get(c.Context, db, common.BytesToHash(b))
	if err != nil {
		return err
	}
	out := map[string]any{"job": j}
	if r != nil {
		out["result"] = map[string]any{"status": r.Status.String(), "outputBytes": len(r.Output), "signer": r.Signer, "worker": r.Worker}
	}
	txs, err := txmgr.NewStore(nil).Carrying(c.Context, db, j.JobID)
	if err != nil {
		return err
	}
	ids := []int64{}
	for _, t := range txs {
		ids = append(ids, t.ID)
	}
	out["transactions"] = ids
	return printJSON(out)
}
