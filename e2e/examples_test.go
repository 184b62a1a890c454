package e2e_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/teeoracle/teeoracle/e2e/stack"
)

// TestTradeExample: the trader's contract asks the trading program to place an order with the
// author's API key and HMAC secret (author secrets, bound to this contract as requester); the
// enclave signs the request, sends it over TLS that ends inside the worker, and the fill comes
// back on-chain. The exchange saw exactly one order for the job.
func TestTradeExample(t *testing.T) {
	ex := st.Examples()
	if ex == nil {
		t.Fatal("the stack runs no examples")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	before := ex.Exchange.Placed(stack.TradeKey)
	f, err := st.PlaceOrder(ctx, true, 3, 2500, 2*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if f.State != 2 || f.Status != 0 || f.FilledQty.Int64() != 3 || f.AvgPrice.Int64() != stack.TradePrice {
		t.Fatalf("order %s: state %d status %d fill %s @ %s", f.JobID, f.State, f.Status, f.FilledQty, f.AvgPrice)
	}
	if n := ex.Exchange.Placed(stack.TradeKey) - before; n != 1 {
		t.Fatalf("the exchange placed %d orders for one job, want 1", n)
	}
	if ex.Exchange.Refused("bad signature")+ex.Exchange.Refused("unknown key") != 0 {
		t.Fatal("the exchange refused a signed request")
	}
}

// TestCreditExample: the applicant seals its bank token into the input as a per-user secret;
// the credit program reads the applicant's transactions from the bank and the lender's contract
// gets approved (or denied, for a token the bank refuses: the program fails, the contract records
// a failure, never an approval).
func TestCreditExample(t *testing.T) {
	ex := st.Examples()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, err := st.ApplyForCredit(ctx, stack.AcctCollector, ex.BankToken, 500000, 2*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Approved || d.Status != 0 {
		t.Fatalf("credit decision %+v, want approved", d)
	}
	if ex.Bank.Reads("acc-collector") < 1 {
		t.Fatal("the bank served no statement")
	}
	d, err = st.ApplyForCredit(ctx, stack.AcctCollector, []byte("not-a-token"), 500000, 2*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if d.Approved || d.State != 4 || d.Status != 2 {
		t.Fatalf("refused token: %+v, want a failed application (program_error)", d)
	}
}

// TestSecretsNeverServed (attack: a host, relayer or operator reading what the system serves):
// after the examples ran, the author's HMAC secret and the applicant's bank token appear in no
// log line of any process, no metric of any worker or the relayer, and no row of any table.
func TestSecretsNeverServed(t *testing.T) {
	t.Run("examples ran", func(t *testing.T) {
		TestTradeExample(t)
		TestCreditExample(t)
	})
	ex := st.Examples()
	secrets := map[string][]byte{"hmac secret": ex.TradeSecret, "bank token": ex.BankToken}
	for name, v := range map[string][]byte{"hmac secret": ex.TradeSecret, "bank token": ex.BankToken} {
		secrets[name+" (hex)"] = []byte(hex.EncodeToString(v))
	}
	scan := func(where string, data []byte) {
		for name, s := range secrets {
			if bytes.Contains(data, s) {
				t.Errorf("%s: the %s is served", where, name)
			}
		}
	}
	logs, err := filepath.Glob(filepath.Join(st.Dir(), "logs", "*"))
	if err != nil || len(logs) == 0 {
		t.Fatalf("no logs: %v", err)
	}
	for _, f := range logs {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		scan("log "+filepath.Base(f), b)
	}
	urls := []string{st.Info.RelayerURL + "/metrics"}
	for _, w := range st.Info.Workers {
		urls = append(urls, "http://"+w.Metrics+"/metrics")
	}
	for _, u := range urls {
		resp, err := http.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if len(b) == 0 {
			t.Fatalf("%s: empty", u)
		}
		scan(u, b)
	}
	ctx := context.Background()
	db, err := pgx.Connect(ctx, st.Info.DatabaseURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	rows, err := db.Query(ctx, `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`)
	if err != nil {
		t.Fatal(err)
	}
	tables, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil || len(tables) == 0 {
		t.Fatalf("tables: %v %v", tables, err)
	}
	scanned := 0
	for _, tbl := range tables {
		rows, err := db.Query(ctx, `SELECT t::text FROM `+pgx.Identifier{tbl}.Sanitize()+` t`)
		if err != nil {
			t.Fatal(err)
		}
		vals, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range vals {
			scan("table "+tbl, []byte(v))
			scanned++
		}
	}
	if scanned == 0 {
		t.Fatal("no rows scanned")
	}
}
