package cliapp_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/cliapp"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// run runs the CLI and returns what it printed.
func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	app := cliapp.New("test")
	var out bytes.Buffer
	app.Writer = &out
	err := app.Run(append([]string{"relayer"}, args...))
	return out.String(), err
}

// TestDatabaseFlagBeforeOrAfterTheSubcommand: the README writes `relayer migrate --database-url`.
func TestDatabaseFlagBeforeOrAfterTheSubcommand(t *testing.T) {
	for _, tc := range []struct {
		name string
		args func(url string) []string
	}{
		{"after", func(url string) []string { return []string{"migrate", "--database-url", url} }},
		{"before", func(url string) []string { return []string{"--database-url", url, "migrate"} }},
		{"both: the subcommand's wins", func(url string) []string {
			return []string{"--database-url", "postgres://nobody@127.0.0.1:1/x?connect_timeout=1", "migrate", "--database-url", url}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			url := pgtest.URL(t)
			if _, err := run(t, tc.args(url)...); err != nil {
				t.Fatal(err)
			}
			if v, err := migrations.Current(context.Background(), pgtest.Connect(t, url)); err != nil || v != migrations.Latest() {
				t.Fatalf("version %d err %v", v, err)
			}
		})
	}
}

// TestFailuresShowAsFailuresInHex: a job fulfilled with a signed failure status, one whose callback
// reverted and one that failed are shown as such by `jobs list` and `jobs show`; bytes are 0x hex.
func TestFailuresShowAsFailuresInHex(t *testing.T) {
	ctx := context.Background()
	url := pgtest.URL(t)
	db := pgtest.Connect(t, url)
	if _, err := run(t, "migrate", "--database-url", url); err != nil {
		t.Fatal(err)
	}
	st := jobs.NewStore(nil)
	input := []byte{0xfb, 0xff, 0xfe, 0x01, 0x02}
	var ids []common.Hash
	for i := 0; i < 3; i++ {
		id := common.Hash{byte(i + 1)}
		ids = append(ids, id)
		if _, err := st.Insert(ctx, db, &jobs.Job{JobID: id, ChainID: 31337, Requester: common.Address{1}, Input: input,
			Fee: big.NewInt(7), Deadline: 1 << 40, BlockNumber: uint64(i + 1)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.FulfilledMany(ctx, db, []jobs.Fulfillment{
		{JobID: ids[0], Ours: true, Block: 9, Status: protocol.StatusBadInput, CallbackOK: true, Enclave: common.Address{9}},
		{JobID: ids[1], Ours: true, Block: 9, Status: protocol.StatusOK, CallbackOK: false, Enclave: common.Address{9}},
	}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(ctx, db, ids[2:], jobs.StateFailed, "result refused on-chain (reason 2: request mismatch)"); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, "jobs", "list", "--database-url", url)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"program_failed", "bad_input", "callback_failed", "reverted", "request mismatch"} {
		if !strings.Contains(out, want) {
			t.Errorf("jobs list lacks %q:\n%s", want, out)
		}
	}
	for i, want := range []string{`"outcome": "program_failed"`, `"callbackOk": false`, `"outcome": "failed"`} {
		out, err := run(t, "jobs", "show", "--database-url", url, ids[i].Hex())
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, want) || !strings.Contains(out, `"input": "0xfbfffe0102"`) ||
			strings.Contains(out, base64.StdEncoding.EncodeToString(input)) {
			t.Errorf("jobs show %s lacks %s or hex:\n%s", ids[i], want, out)
		}
	}
	txID, err := txmgr.NewStore(nil).Enqueue(ctx, db, 31337, common.Address{4}, txmgr.Candidate{To: common.Address{1}, Data: input})
	if err != nil {
		t.Fatal(err)
	}
	out, err = run(t, "tx", "inspect", "--database-url", url, big.NewInt(txID).String())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"Data": "0xfbfffe0102"`) || strings.Contains(out, base64.StdEncoding.EncodeToString(input)) {
		t.Errorf("tx inspect does not print the calldata in hex:\n%s", out)
	}
}
