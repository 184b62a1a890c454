package service_test

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
	"github.com/teeoracle/teeoracle/relayer/service"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func TestEndToEndJobsSettleOnChain(t *testing.T) {
	e := oracletest.New(t, oracletest.Options{})
	svc := e.StartRelayer(e.Config())
	ids := e.Request(oracletest.Requester, 20, big.NewInt(1e15), 3600)
	e.WaitSettled(ids, 60*time.Second)

	ctx := context.Background()
	byName, fulfilled := e.RouterEvents(e.StartBlock)
	for _, id := range ids {
		if fulfilled[id] != 1 {
			t.Fatalf("job %s fulfilled %d times", id, fulfilled[id])
		}
		if e.DeliveredResult(id) == (common.Hash{}) {
			t.Fatalf("job %s: the consumer's callback did not run", id)
		}
	}
	if byName["FulfillmentSkipped"] != 0 {
		t.Fatalf("%d wasted fulfilments", byName["FulfillmentSkipped"])
	}
	// The relayer's own view converges: every job confirmed (its JobFulfilled came from our tx).
	deadline := time.Now().Add(30 * time.Second)
	for _, id := range ids {
		for {
			j, _, err := jobs.NewStore(nil).Get(ctx, svc.DB, id)
			if err == nil && j.State == jobs.StateConfirmed {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("job %s state %v (err %v)", id, j, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	// Job API, health and metrics.
	resp, err := http.Get("http://" + svc.Addr() + "/v1/jobs/" + ids[0].Hex())
	if err != nil {
		t.Fatal(err)
	}
	var view service.JobView
	if err := json.NewDecoder(resp.Body).Decode(&view); err != nil || resp.StatusCode != 200 {
		t.Fatalf("job api: %d %v", resp.StatusCode, err)
	}
	resp.Body.Close()
	if view.State != jobs.StateConfirmed || view.Result == nil || view.Result.Signer != e.Workers[0].Signer || len(view.Transactions) != 1 {
		t.Fatalf("job view: %+v", view)
	}
	// The job is confirmed by its indexed event; the transaction manager confirms its transaction on
	// its own poll: wait for that too.
	var body []byte
	for deadline := time.Now().Add(10 * time.Second); ; {
		resp, err = http.Get("http://" + svc.Addr() + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		body, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(body), `state="confirmed"`) || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, want := range []string{`teeoracle_relayer_info{version="test"} 1`, "teeoracle_relayer_jobs_dispatched_total",
		`teeoracle_relayer_tx_final_total{kind="fulfill_batch",state="confirmed"}`, "teeoracle_relayer_indexer_checkpoint_block",
		// Counters alerts read with increase() exist at zero before their first event.
		`teeoracle_relayer_indexer_reorgs_total{indexer="oracle"} 0`, `teeoracle_relayer_tx_final_total{kind="fulfill_batch",state="failed"} 0`,
		`teeoracle_relayer_job_dispatch_outcomes_total{outcome="failed",worker=""} 0`,
		`teeoracle_relayer_jobs_fulfilled{callback="ok",status="ok"}`, "teeoracle_relayer_sender_balance_wei",
		"teeoracle_relayer_tx_fees_wei_total", "teeoracle_relayer_db_query_duration_seconds_bucket",
		`teeoracle_relayer_rpc_calls_total`, `teeoracle_relayer_fulfil_batch_jobs_bucket`} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	for path, want := range map[string]int{"/healthz": 200, "/readyz": 200, "/metrics": 200, "/v1/jobs/0x1234": 400,
		"/v1/jobs/" + common.Hash{1}.Hex(): 404} {
		resp, err := http.Get("http://" + svc.Addr() + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Fatalf("GET %s: %d, want %d", path, resp.StatusCode, want)
		}
	}
}
