package service_test

import (
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
	"github.com/teeoracle/teeoracle/relayer/service"
)

// TestFailuresShowAsFailures: a job whose input the enclave cannot read is fulfilled with a signed
// bad_input status. The job API says so (outcome, status), with a CORS header for the dapp's page;
// the metrics count it as a failure, not a success.
func TestFailuresShowAsFailures(t *testing.T) {
	e := oracletest.New(t, oracletest.Options{})
	cfg := e.Config()
	cfg.CORSOrigins = []string{"https://dapp.example"}
	svc := e.StartRelayer(cfg)
	data := bindings.NewEchoConsumer().PackRequest(e.Program, 0, []byte("not an input envelope"), 200_000, 3600)
	r := e.Transact(oracletest.Requester, e.Consumer, data, big.NewInt(1e15))
	var id common.Hash
	for _, l := range r.Logs {
		if ev, err := e.Router.UnpackJobRequestedEvent(l); err == nil {
			id = ev.JobId
		}
	}
	e.WaitSettled([]common.Hash{id}, 60*time.Second)

	var view service.JobView
	deadline := time.Now().Add(30 * time.Second)
	for {
		req, _ := http.NewRequest(http.MethodGet, "http://"+svc.Addr()+"/v1/jobs/"+id.Hex(), nil)
		req.Header.Set("Origin", "https://dapp.example")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "https://dapp.example" {
			t.Fatalf("CORS header %q", got)
		}
		err = json.NewDecoder(resp.Body).Decode(&view)
		resp.Body.Close()
		if err == nil && view.Outcome != "open" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("job view %+v (err %v)", view, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if view.Outcome != "program_failed" || view.ResultStatus != "bad_input" || view.Failure == "" ||
		view.Result == nil || view.Result.StatusName != "bad_input" {
		t.Fatalf("a signed bad_input shows as %+v", view)
	}
	// Another origin gets no CORS header.
	req, _ := http.NewRequest(http.MethodGet, "http://"+svc.Addr()+"/v1/jobs/"+id.Hex(), nil)
	req.Header.Set("Origin", "https://evil.example")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "" {
		t.Fatalf("CORS header %q for another origin", got)
	}
	deadline = time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + svc.Addr() + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		text := string(body)
		if strings.Contains(text, `teeoracle_relayer_jobs_fulfilled{callback="ok",status="bad_input"} 1`) &&
			strings.Contains(text, `teeoracle_relayer_jobs_by_outcome{outcome="program_failed"} 1`) &&
			strings.Contains(text, `outcome="signed_failure"`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the metrics do not show the failure:\n%s", grep(text, "jobs_fulfilled", "jobs_by_outcome", "dispatch_outcomes"))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func grep(text string, subs ...string) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for _, s := range subs {
			if strings.Contains(line, s) {
				out = append(out, line)
			}
		}
	}
	return strings.Join(out, "\n")
}
