package cliapp

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/relayer/service"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

func txCommand() *cli.Command {
	st := txmgr.NewStore(nil)
	dbFlag := []cli.Flag{service.DatabaseFlag(prefix)}
	idArg := func(c *cli.Context) (int64, error) {
		var id int64
		if _, err := fmt.Sscan(c.Args().First(), &id); err != nil {
			return 0, errors.New("TX_ID must be a transaction id (see tx list)")
		}
		return id, nil
	}
	// byID runs an operation on the transaction named by the argument and prints what it did.
	byID := func(op func(c *cli.Context, db *pgxpool.Pool, id int64) error, done string) cli.ActionFunc {
		return withDB(func(c *cli.Context, db *pgxpool.Pool) error {
			id, err := idArg(c)
			if err != nil {
				return err
			}
			if err := op(c, db, id); err != nil {
				return err
			}
			if done != "" {
				fmt.Fprintf(c.App.Writer, done+"\n", id)
			}
			return nil
		})
	}
	return &cli.Command{
		Name:  "tx",
		Usage: "inspect and steer the transaction manager",
		Subcommands: []*cli.Command{
			{Name: "list", Usage: "list transactions, newest first", Flags: listFlags(), Action: withDB(listTxs)},
			{Name: "inspect", Usage: "show a transaction and all its signed attempts", ArgsUsage: "TX_ID", Flags: dbFlag,
				Action: byID(inspectTx, "")},
			{Name: "bump", Usage: "ask the sending relayer to replace a pending transaction with higher fees now", ArgsUsage: "TX_ID", Flags: dbFlag,
				Action: byID(func(c *cli.Context, db *pgxpool.Pool, id int64) error { return st.RequestBump(c.Context, db, id) },
					"bump requested for transaction %d")},
			{Name: "abandon", Usage: "give a transaction up (a pending one is replaced by a no-op to free its nonce)", ArgsUsage: "TX_ID", Flags: dbFlag,
				Action: byID(func(c *cli.Context, db *pgxpool.Pool, id int64) error { return st.Abandon(c.Context, db, id) },
					"transaction %d abandoned")},
		},
	}
}

func listTxs(c *cli.Context, db *pgxpool.Pool) error {
	st, err := states(c, txmgr.StateQueued, txmgr.StatePending, txmgr.StateIncluded, txmgr.StateConfirmed, txmgr.StateFailed, txmgr.StateAbandoned)
	if err != nil {
		return err
	}
	list, err := txmgr.NewStore(nil).List(c.Context, db, txmgr.ListFilter{States: st, Limit: c.Int(limitFlagName)})
	if err != nil {
		return err
	}
	return table(c, "ID\tKIND\tSTATE\tNONCE\tBUMPS\tHASH\tERROR", list, func(t *txmgr.Tx) []any {
		nonce := "-"
		if t.Nonce != nil {
			nonce = fmt.Sprint(*t.Nonce)
		}
		return []any{t.ID, t.Kind, t.State, nonce, t.Bumps, t.Hash.Hex(), truncate(t.Error, 60)}
	})
}

func inspectTx(c *cli.Context, db *pgxpool.Pool, id int64) error {
	st := txmgr.NewStore(nil)
	t, err := st.Get(c.Context, db, id)
	if err != nil {
		return err
	}
	atts, err := st.Attempts(c.Context, db, id)
	if err != nil {
		return err
	}
	type attempt struct {
		Hash   common.Hash `json:"hash"`
		Nonce  uint64      `json:"nonce"`
		TipCap string      `json:"tipCap"` // with its unit: "1.5 gwei"
		FeeCap string      `json:"feeCap"`
		Noop   bool        `json:"noop"`
		At     time.Time   `json:"at"`
	}
	var as []attempt
	for _, a := range atts {
		as = append(as, attempt{a.Hash, a.Nonce, formatGwei(a.TipCap), formatGwei(a.FeeCap), a.Noop, a.Created})
	}
	t.Raw = nil // bytes print as 0x hex (the calldata); the signed bytes are long and say nothing more
	return printJSON(c, map[string]any{"tx": t, "attempts": as})
}
