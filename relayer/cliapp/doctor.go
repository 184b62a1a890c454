package cliapp

// `relayer doctor`: the checks an operator runs before (or while) the relayer runs, one line each,
// PASS, WARN, FAIL or SKIP, and a non-zero exit when any check fails. It reads the same flags and
// environment as `relayer run`, so it checks the configuration the relayer would use.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/service"
)

const (
	minBalanceFlagName = "min-sender-balance"
	maxLagFlagName     = "max-index-lag"
)

// Check results.
const (
	pass = "PASS"
	warn = "WARN"
	fail = "FAIL"
	skip = "SKIP"
)

type checkLine struct{ result, name, detail string }

func doctorCommand() *cli.Command {
	return &cli.Command{
		Name: "doctor",
		Usage: "check what `relayer run` needs: database reachable and migrated, chain id, router code answering, indexing position " +
			"(its router, within --max-index-lag of head minus depth), workers reachable, attesting and registered active, sender " +
			"balance, collateral; one PASS/WARN/FAIL line each, exit 1 on any FAIL",
		Flags: append(service.CLIFlags(prefix), service.DatabaseFlag(prefix),
			&cli.StringFlag{Name: minBalanceFlagName, Value: "0.05ether", Usage: "sender balance below this is a warning (wei, or with gwei/ether)", EnvVars: env("DOCTOR_MIN_SENDER_BALANCE")},
			&cli.Uint64Flag{Name: maxLagFlagName, Value: 100, Usage: "indexing position further than this many blocks behind head minus depth is a warning", EnvVars: env("DOCTOR_MAX_INDEX_LAG")}),
		Action: func(c *cli.Context) error {
			lines := doctor(c)
			w := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
			failed := 0
			for _, l := range lines {
				fmt.Fprintf(w, "%s\t%s\t%s\n", l.result, l.name, l.detail)
				if l.result == fail {
					failed++
				}
			}
			if err := w.Flush(); err != nil {
				return err
			}
			if failed > 0 {
				return fmt.Errorf("doctor: %d check(s) failed", failed)
			}
			return nil
		},
	}
}

// doctor runs the checks in order; a check whose prerequisite failed is skipped with the reason.
func doctor(c *cli.Context) []checkLine {
	ctx, cancel := context.WithTimeout(c.Context, 2*time.Minute)
	defer cancel()
	var out []checkLine
	add := func(result, name, format string, args ...any) {
		out = append(out, checkLine{result, name, fmt.Sprintf(format, args...)})
	}

	// Database.
	var db *pgxpool.Pool
	if pool, err := pgxpool.New(ctx, service.DatabaseURL(c)); err != nil {
		add(fail, "database", "%v", err)
	} else if err := pool.Ping(ctx); err != nil {
		pool.Close()
		add(fail, "database", "unreachable: %v", err)
	} else {
		db = pool
		defer db.Close()
		add(pass, "database", "reachable")
		if v, err := migrations.Current(ctx, db); err != nil || v < migrations.Latest() {
			add(fail, "database schema", "at version %d, need %d: run `relayer migrate` (%v)", v, migrations.Latest(), err)
		} else {
			add(pass, "database schema", "version %d", v)
		}
	}

	// Chain.
	rpcCfg := ethrpc.ReadCLIConfig(c)
	rpc, err := ethrpc.Dial(ctx, rpcCfg, discardLog(), nil)
	if err != nil {
		add(fail, "rpc", "%v", err)
		return append(out, checkLine{skip, "chain, router, index, workers, sender", "no RPC"})
	}
	defer rpc.Close()
	id, err := rpc.ChainID(ctx)
	if err != nil {
		add(fail, "chain id", "%v", err)
		return append(out, checkLine{skip, "router, index, workers, sender", "no chain id"})
	}
	chainID := id.Int64()
	if want := c.Int64(service.ChainIDFlagName); want != 0 && want != chainID {
		add(fail, "chain id", "RPC is on chain %d, configured for %d", chainID, want)
	} else {
		add(pass, "chain id", "%d", chainID)
	}
	head, err := rpc.BlockNumber(ctx)
	if err != nil {
		add(fail, "chain head", "%v", err)
	}

	// Router.
	routerOK := false
	router, err := service.Address(c, service.RouterFlagName)
	switch {
	case err != nil:
		add(fail, "router", "%v", err)
	default:
		code, err := rpc.CodeAt(ctx, router, nil)
		switch {
		case err != nil:
			add(fail, "router", "code at %s: %v", router, err)
		case len(code) == 0:
			add(fail, "router", "no contract at %s on chain %d", router, chainID)
		default:
			r := bindings.NewJobRouter()
			raw, err := rpc.CallContract(ctx, ethereum.CallMsg{To: &router, Data: r.PackConfig()}, nil)
			if _, uerr := r.UnpackConfig(raw); err != nil || uerr != nil {
				add(fail, "router", "%s does not answer JobRouter.config(): not a JobRouter (%v)", router, errors.Join(err, uerr))
			} else {
				routerOK = true
				add(pass, "router", "%s answers JobRouter.config() (%d bytes of code)", router, len(code))
			}
		}
	}

	// Indexing position.
	switch {
	case db == nil:
		add(skip, "index", "no database")
	default:
		block, addrs, found, err := indexer.NewStore(nil).Position(ctx, db, chainID, service.IndexerName)
		depth := c.Uint64(service.ConfirmationsFlagName)
		target := int64(head) - int64(depth)
		switch {
		case err != nil:
			add(fail, "index", "%v", err)
		case !found:
			add(warn, "index", "nothing indexed yet on chain %d (the relayer starts at --start-block %d)", chainID, c.Uint64(service.StartBlockFlagName))
		case addrs != nil && routerOK && !indexer.SameSource(addrs, []common.Address{router}):
			add(fail, "index", "the position (block %d) belongs to %v, not to router %s: `relayer replay --router`", block, addrs, router)
		case target-block > int64(c.Uint64(maxLagFlagName)):
			add(warn, "index", "at block %d, %d blocks behind head %d minus depth %d", block, target-block, head, depth)
		default:
			add(pass, "index", "at block %d (head %d, depth %d)", block, head, depth)
		}
	}

	// Workers: reachable, attesting (the identity's report binding checked), registered and active.
	urls := c.StringSlice(service.WorkersFlagName)
	if len(urls) == 0 {
		add(fail, "workers", "no --worker given")
	}
	for _, u := range urls {
		name := "worker " + ethrpc.Redact(u)
		opts := []client.Option{client.WithTimeout(15 * time.Second)}
		if c.Bool(service.AllowSimulationFlagName) {
			opts = append(opts, client.AllowSimulation())
		}
		wc, err := client.New(u, opts...)
		if err != nil {
			add(fail, name, "%v", err)
			continue
		}
		ident, err := wc.Identity(ctx)
		if err != nil {
			add(fail, name, "identity: %v", err)
			continue
		}
		mode := "sgx"
		if ident.Insecure {
			mode = "SIMULATION (nothing confidential)"
		}
		if !routerOK {
			add(warn, name, "signer %s attests (%s); registration not checked (no router)", ident.Signer, mode)
			continue
		}
		r := bindings.NewJobRouter()
		raw, err := rpc.CallContract(ctx, ethereum.CallMsg{To: &router, Data: r.PackIsActive(ident.Signer)}, nil)
		active, uerr := r.UnpackIsActive(raw)
		switch {
		case err != nil || uerr != nil:
			add(fail, name, "isActive(%s): %v", ident.Signer, errors.Join(err, uerr))
		case !active:
			add(fail, name, "signer %s attests (%s) but is not registered active on the router: `relayer enclave register`", ident.Signer, mode)
		case ident.Insecure:
			add(warn, name, "signer %s registered active, in %s", ident.Signer, mode)
		default:
			add(pass, name, "signer %s registered active, %s", ident.Signer, mode)
		}
	}

	// Sender balance.
	min, err := parseAmount(c.String(minBalanceFlagName))
	if err != nil {
		add(fail, "sender balance", "--%s: %v", minBalanceFlagName, err)
	} else if key, err := service.ReadKey(c, service.SenderKeyFileFlagName, service.SenderKeyFlagName); err != nil {
		add(fail, "sender", "%v", err)
	} else {
		from := service.SenderAddress(key)
		bal, err := rpc.BalanceAt(ctx, from, nil)
		switch {
		case err != nil:
			add(fail, "sender balance", "%s: %v", from, err)
		case bal.Sign() == 0:
			add(fail, "sender balance", "%s holds 0 ETH: it cannot send fulfilments", from)
		case bal.Cmp(min) < 0:
			add(warn, "sender balance", "%s holds %s, below --%s %s", from, formatEther(bal), minBalanceFlagName, formatEther(min))
		default:
			add(pass, "sender balance", "%s holds %s", from, formatEther(bal))
		}
	}

	// Collateral: the router keeps no on-chain quote collateral (registrars verify quotes off-chain).
	add(skip, "collateral", "not configured: the router keeps no on-chain attestation collateral (registrars verify quotes)")
	return out
}

// parseAmount reads wei, or a decimal with gwei or ether ("0.05ether").
func parseAmount(s string) (*big.Int, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	unit := new(big.Float).SetInt64(1)
	for _, u := range []struct {
		suffix string
		wei    float64
	}{{"ether", 1e18}, {"gwei", 1e9}, {"wei", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, unit = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), new(big.Float).SetFloat64(u.wei)
			break
		}
	}
	f, ok := new(big.Float).SetPrec(256).SetString(s)
	if !ok || f.Sign() < 0 {
		return nil, fmt.Errorf("%q is not an amount (wei, or e.g. 0.05ether, 20gwei)", s)
	}
	wei, _ := new(big.Float).Mul(f, unit).Int(nil)
	return wei, nil
}

// formatEther prints wei as ether with its unit ("0.25 ETH"; "-" for none).
func formatEther(wei *big.Int) string {
	if wei == nil {
		return "-"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18))
	s := strings.TrimRight(strings.TrimRight(f.Text('f', 18), "0"), ".")
	if s == "" {
		s = "0"
	}
	return s + " ETH"
}

func discardLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// formatGwei prints a price per gas in gwei with its unit ("1.5 gwei"; "-" for none).
func formatGwei(wei *big.Int) string {
	if wei == nil {
		return "-"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e9))
	s := strings.TrimRight(strings.TrimRight(f.Text('f', 9), "0"), ".")
	if s == "" {
		s = "0"
	}
	return s + " gwei"
}
