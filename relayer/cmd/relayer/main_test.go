package main

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/relayer/anviltest"
	"github.com/teeoracle/teeoracle/relayer/cliapp"
	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
	"github.com/teeoracle/teeoracle/relayer/internal/workertest"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func run(t *testing.T, args ...string) error {
	t.Helper()
	return cliapp.New("test").Run(append([]string{"relayer"}, args...))
}

func TestMigrateIsIdempotent(t *testing.T) {
	url := pgtest.URL(t)
	for i := 0; i < 2; i++ {
		if err := run(t, "--database-url", url, "migrate"); err != nil {
			t.Fatal(err)
		}
	}
	db := pgtest.Connect(t, url)
	if v, err := migrations.Current(context.Background(), db); err != nil || v != migrations.Latest() {
		t.Fatalf("version %d err %v", v, err)
	}
	if err := run(t, "--database-url", "postgres://nobody@127.0.0.1:1/x?connect_timeout=1", "migrate"); err == nil {
		t.Fatal("migrate against an unreachable database succeeded")
	}
}

func TestOperatorCommands(t *testing.T) {
	ctx := context.Background()
	e := oracletest.New(t, oracletest.Options{})
	// A second worker, not registered yet: the operator registers it with the CLI.
	w := workertest.Start(t, e.IPFS, "")
	keyFile := filepath.Join(t.TempDir(), "registrar.key")
	if err := os.WriteFile(keyFile, []byte(anviltest.DevKeys[oracletest.Owner]+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	register := []string{"enclave", "register", "--rpc-url", e.Anvil.URL, "--router", e.Deployment.Router.Hex(),
		"--worker", w.URL, "--payee", anviltest.Address(3).Hex(), "--registrar-key-file", keyFile}
	if err := run(t, register...); err == nil || !strings.Contains(err.Error(), "simulation") {
		t.Fatalf("a simulation worker was registered without --allow-simulation: %v", err)
	}
	if isActive(t, e, w.Signer) {
		t.Fatal("registered anyway")
	}
	if err := run(t, append(register, "--allow-simulation")...); err != nil {
		t.Fatal(err)
	}
	if !isActive(t, e, w.Signer) {
		t.Fatal("enclave not active after enclave register")
	}

	// Run the relayer through the CLI for a while, then stop it with the context (as SIGTERM does).
	db := e.DBURL
	addr := freeAddr(t)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		args := []string{"relayer", "--database-url", db, "--log-level", "error", "run", "--rpc-url", e.Anvil.URL,
			"--router", e.Deployment.Router.Hex(),
			"--start-block", fmt.Sprint(e.StartBlock), "--confirmations", "0", "--tx-confirmations", "1",
			"--worker", e.Workers[0].URL, "--allow-simulation", "--listen", addr, "--migrate",
			"--poll-interval", "100ms", "--tx-poll-interval", "100ms", "--sender-key", anviltest.DevKeys[oracletest.Sender]}
		done <- cliapp.New("test").RunContext(runCtx, args)
	}()
	ids := e.Request(oracletest.Requester, 5, big.NewInt(1e12), 3600)
	e.WaitSettled(ids, 60*time.Second)
	waitHTTP(t, "http://"+addr+"/readyz", 200)
	pool := pgtest.Connect(t, db)
	deadline := time.Now().Add(30 * time.Second)
	for {
		var open int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM txs WHERE state <> 'confirmed'`).Scan(&open); err != nil {
			t.Fatal(err)
		}
		if open == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d transactions not confirmed", open)
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("relayer did not shut down")
	}
	var leases int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM tx_senders`).Scan(&leases); err != nil || leases != 0 {
		t.Fatalf("sender lease not released on shutdown: %d (err %v)", leases, err)
	}

	// relayer doctor (issue 18, item 9): what the run needed passes; a wrong router or a worker that
	// cannot be reached fails its line and the exit status.
	doctor := func(extra ...string) (string, error) {
		var out bytes.Buffer
		app := cliapp.New("test")
		app.Writer = &out
		err := app.Run(append([]string{"relayer", "--database-url", db, "doctor", "--rpc-url", e.Anvil.URL,
			"--router", e.Deployment.Router.Hex(), "--worker", e.Workers[0].URL, "--allow-simulation", "--confirmations", "0",
			"--sender-key", anviltest.DevKeys[oracletest.Sender]}, extra...))
		return out.String(), err
	}
	out, err := doctor()
	if err != nil || strings.Contains(out, "FAIL") {
		t.Fatalf("doctor on a working setup: %v\n%s", err, out)
	}
	for name, want := range map[string]string{"database": "PASS", "database schema": "PASS", "chain id": "PASS", "router": "PASS",
		"index": "PASS", "worker": "WARN" /* simulation */, "sender balance": "PASS", "collateral": "SKIP"} {
		if got := checkResult(out, name); got != want {
			t.Errorf("doctor %q: %q, want %q\n%s", name, got, want, out)
		}
	}
	if out, err = doctor("--router", e.Deployment.Admin.Hex()); err == nil || checkResult(out, "router") != "FAIL" {
		t.Errorf("doctor with the router's admin as router: %v\n%s", err, out)
	}
	if out, err = doctor("--worker", "http://127.0.0.1:1"); err == nil || !strings.Contains(out, "FAIL  worker http://127.0.0.1:1") {
		t.Errorf("doctor with an unreachable worker: %v\n%s", err, out)
	}

	// relayer config: values and sources, secrets hidden.
	t.Setenv("TEEORACLE_ROUTER", e.Deployment.Router.Hex())
	var cfgOut bytes.Buffer
	app := cliapp.New("test")
	app.Writer = &cfgOut
	secretKey := strings.TrimPrefix(anviltest.DevKeys[oracletest.Sender], "0x")
	if err := app.Run([]string{"relayer", "config", "--sender-key", secretKey, "--database-url", "postgres://u:pw-secret@127.0.0.1:5432/db",
		"--rpc-url", "https://rpc.example/v3/apikey-secret"}); err != nil {
		t.Fatal(err)
	}
	cfg := cfgOut.String()
	for _, secret := range []string{secretKey, "pw-secret", "apikey-secret"} {
		if strings.Contains(cfg, secret) {
			t.Errorf("relayer config shows a secret %q:\n%s", secret, cfg)
		}
	}
	for _, want := range []string{"env $TEEORACLE_ROUTER", "(set, hidden)", "postgres://u@127.0.0.1:5432/db", "https://rpc.example "} {
		if !strings.Contains(cfg, want) {
			t.Errorf("relayer config lacks %q:\n%s", want, cfg)
		}
	}

	for _, args := range [][]string{
		{"jobs", "list"}, {"jobs", "list", "--state", "confirmed"}, {"jobs", "show", ids[0].Hex()},
		{"tx", "list"}, {"tx", "inspect", "1"},
		{"replay", "--from-block", fmt.Sprint(e.StartBlock), "--chain-id", "31337"},
	} {
		if err := run(t, append([]string{"--database-url", db}, args...)...); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
	}
	if err := run(t, "--database-url", db, "jobs", "show", "0x12"); err == nil {
		t.Fatal("jobs show accepted a bad id")
	}
	if err := run(t, "--database-url", db, "tx", "bump", "1"); err == nil {
		t.Fatal("bumped a confirmed transaction")
	}
	// Abandon a queued transaction.
	id, err := txmgr.NewStore(nil).Enqueue(ctx, pool, 31337, anviltest.Address(4), txmgr.Candidate{To: common.Address{1}})
	if err != nil {
		t.Fatal(err)
	}
	if err := run(t, "--database-url", db, "tx", "abandon", fmt.Sprint(id)); err != nil {
		t.Fatal(err)
	}
	if tx, _ := txmgr.NewStore(nil).Get(ctx, pool, id); tx.State != txmgr.StateAbandoned {
		t.Fatalf("state %s", tx.State)
	}
	var cp int64
	if err := pool.QueryRow(ctx, `SELECT block_number FROM indexer_checkpoints`).Scan(&cp); err != nil || cp != int64(e.StartBlock)-1 {
		t.Fatalf("replay: checkpoint %d (err %v)", cp, err)
	}
	// Secrets never appear in errors.
	err = run(t, "--database-url", db, "run", "--router", e.Deployment.Router.Hex(),
		"--sender-key", "zz"+anviltest.DevKeys[2][2:])
	if err == nil || strings.Contains(err.Error(), anviltest.DevKeys[2][2:]) {
		t.Fatalf("bad key: %v", err)
	}
}

func isActive(t *testing.T, e *oracletest.Env, signer common.Address) bool {
	t.Helper()
	r := bindings.NewJobRouter()
	out, err := e.Client.CallContract(context.Background(), ethereum.CallMsg{To: &e.Deployment.Router, Data: r.PackIsActive(signer)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ok, err := r.UnpackIsActive(out)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func waitHTTP(t *testing.T, url string, code int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == code {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET %s never answered %d (last %v)", url, code, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestFlagBeatsEnvironment (issue 18, item 6): `relayer --database-url X jobs list` with
// TEEORACLE_DATABASE_URL set read the environment's database. A flag, before or after the
// subcommand, always wins; the variable counts only when no flag is given.
func TestFlagBeatsEnvironment(t *testing.T) {
	url := pgtest.URL(t)
	if err := run(t, "--database-url", url, "migrate"); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TEEORACLE_DATABASE_URL", "postgres://nobody@127.0.0.1:1/x?connect_timeout=1")
	for _, args := range [][]string{
		{"--database-url", url, "jobs", "list"},
		{"jobs", "list", "--database-url", url},
		{"--database-url", url, "tx", "list"},
	} {
		if err := run(t, args...); err != nil {
			t.Errorf("%v with TEEORACLE_DATABASE_URL set elsewhere: %v", args, err)
		}
	}
	if err := run(t, "jobs", "list"); err == nil {
		t.Error("jobs list without a flag did not use TEEORACLE_DATABASE_URL (unreachable)")
	}
	// A state that does not exist is an error naming it, not an empty list and exit 0.
	for _, cmd := range []string{"jobs", "tx"} {
		if err := run(t, "--database-url", url, cmd, "list", "--state", "bogus"); err == nil || !strings.Contains(err.Error(), `"bogus"`) {
			t.Errorf("%s list --state bogus: %v", cmd, err)
		}
	}
	if err := run(t, "--database-url", url, "jobs", "list", "--state", "confirmed"); err != nil {
		t.Errorf("jobs list --state confirmed: %v", err)
	}
}

// checkResult is the result column of the doctor line whose check name starts with name.
func checkResult(out, name string) string {
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) > 1 && strings.HasPrefix(strings.TrimSpace(strings.TrimPrefix(line, f[0])), name+" ") {
			return f[0]
		}
	}
	return ""
}
