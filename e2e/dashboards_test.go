package e2e_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/e2e/stack"
)

// TestDashboards runs a real Prometheus with deploy/prometheus (targets pointed at the stack) and
// checks that every query of the Grafana dashboard in deploy/grafana returns data, that the alert
// rules load and evaluate, and that exactly the alert an operator should see here fires: the
// worker runs in simulation mode.
func TestDashboards(t *testing.T) {
	ctx := testCtx(t, 4*time.Minute)
	if st.Info.PrometheusURL == "" {
		t.Fatal("the stack runs no Prometheus")
	}
	dash := readDashboard(t)
	// Fresh traffic, so that every rate and histogram has something in its window: rounds a few
	// scrapes apart (a labelled series appears at its first observation, and a rate needs an
	// increase after that). With two workers the relayer may send consecutive rounds to different
	// workers, so a per-worker series can need more rounds: keep going (up to 6) until every panel
	// query has a finite sample.
	for round := 1; ; round++ {
		mints, err := st.MintTokens(ctx, stack.AcctCollector, 2)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.WaitTokens(ctx, mints, 2*time.Minute); err != nil {
			t.Fatal(err)
		}
		time.Sleep(2 * time.Second)
		if round >= 2 && (round == 6 || dash.allFinite(ctx)) {
			t.Logf("%d rounds of traffic", round)
			break
		}
	}

	// Every scrape target is up (one per worker for the worker job).
	for job, targets := range st.PrometheusTargets() {
		eventually(t, 30*time.Second, func() error {
			v, err := promQuery(ctx, fmt.Sprintf(`up{job=%q}`, job))
			if err != nil {
				return err
			}
			if len(v) != len(targets) {
				return fmt.Errorf("up{job=%q} = %v, want %d targets", job, v, len(targets))
			}
			for _, s := range v {
				if s.value != 1 {
					return fmt.Errorf("up{job=%q} = %v", job, v)
				}
			}
			return nil
		})
	}
	// Prometheus has scraped the worker after the last job.
	workerJobs := workerOKCIDJobs(t, ctx)
	eventually(t, 30*time.Second, func() error {
		v, err := promQuery(ctx, `sum(teeoracle_worker_jobs_total{status="ok_cid"})`)
		if err != nil {
			return err
		}
		if len(v) != 1 || v[0].value < workerJobs {
			return fmt.Errorf("ok_cid jobs scraped: %v, the worker counts %g", v, workerJobs)
		}
		return nil
	})

	queries := 0
	for _, p := range dash.Panels {
		if p.Type == "row" {
			continue
		}
		if len(p.Targets) == 0 {
			t.Errorf("panel %q has no query", p.Title)
		}
		for i, tg := range p.Targets {
			queries++
			expr := grafanaExpr(tg.Expr)
			t.Run(fmt.Sprintf("%s/%c", p.Title, 'A'+i), func(t *testing.T) {
				eventually(t, 20*time.Second, func() error {
					v, err := promQuery(ctx, expr)
					if err != nil {
						return err
					}
					for _, s := range v {
						if !math.IsNaN(s.value) && !math.IsInf(s.value, 0) {
							return nil
						}
					}
					return fmt.Errorf("%s: no finite sample in %v", expr, v)
				})
			})
		}
	}
	if queries < 25 {
		t.Errorf("only %d dashboard queries", queries)
	}

	// The money and outcome figures are there and sane for this stack: the sender has funds and paid
	// fees, the enclave's registration (720h) is far from expiring, jobs were fulfilled ok, and the
	// counters the first-event alerts read exist before any such event.
	for _, c := range []struct {
		expr string
		ok   func(float64) bool
		want string
	}{
		{`max(teeoracle_relayer_sender_balance_wei)`, func(v float64) bool { return v > 0 }, "> 0"},
		{`sum(teeoracle_relayer_tx_fees_wei_total)`, func(v float64) bool { return v > 0 }, "> 0"},
		{`sum(teeoracle_relayer_tx_gas_used_total)`, func(v float64) bool { return v > 0 }, "> 0"},
		{`min(teeoracle_relayer_enclave_registration_expiry_seconds)`, func(v float64) bool { return v > 86400 }, "> 1 day"},
		{`sum(teeoracle_relayer_jobs_fulfilled{status=~"ok|ok_cid", callback="ok"})`, func(v float64) bool { return v > 0 }, "> 0"},
		{`max(teeoracle_relayer_oldest_open_job_age_seconds)`, func(v float64) bool { return v >= 0 && v < 900 }, "in [0, 900)"},
		{`count(teeoracle_relayer_indexer_reorgs_total)`, func(v float64) bool { return v >= 1 }, ">= 1 series"},
		{`count(teeoracle_relayer_tx_final_total{state="failed"})`, func(v float64) bool { return v >= 1 }, ">= 1 series"},
	} {
		eventually(t, 30*time.Second, func() error {
			v, err := promQuery(ctx, c.expr)
			if err != nil {
				return err
			}
			if len(v) != 1 || !c.ok(v[0].value) {
				return fmt.Errorf("%s = %v, want %s", c.expr, v, c.want)
			}
			return nil
		})
	}

	// The rules load and evaluate without errors.
	var rules struct {
		Data struct {
			Groups []struct {
				Name  string `json:"name"`
				Rules []struct {
					Name      string `json:"name"`
					Health    string `json:"health"`
					LastError string `json:"lastError"`
				} `json:"rules"`
			} `json:"groups"`
		} `json:"data"`
	}
	getJSON(t, ctx, st.Info.PrometheusURL+"/api/v1/rules", &rules)
	n := 0
	for _, g := range rules.Data.Groups {
		for _, r := range g.Rules {
			n++
			if r.Health != "ok" {
				t.Errorf("rule %s/%s: health %q %s", g.Name, r.Name, r.Health, r.LastError)
			}
		}
	}
	if n < 15 {
		t.Errorf("%d rules loaded, want the whole of deploy/prometheus/alerts.yml", n)
	}
	// The simulation-mode alert fires for each worker (no `for`), and nothing else does on this
	// healthy stack.
	eventually(t, 30*time.Second, func() error {
		var alerts struct {
			Data struct {
				Alerts []struct {
					Labels map[string]string `json:"labels"`
					State  string            `json:"state"`
				} `json:"alerts"`
			} `json:"data"`
		}
		getJSON(t, ctx, st.Info.PrometheusURL+"/api/v1/alerts", &alerts)
		var firing []string
		simulated := map[string]bool{}
		for _, a := range alerts.Data.Alerts {
			if a.State != "firing" {
				continue
			}
			if a.Labels["alertname"] == "TeeOracleWorkerInsecureSimulation" {
				simulated[a.Labels["instance"]] = true
				continue
			}
			firing = append(firing, a.Labels["alertname"])
		}
		sort.Strings(firing)
		if len(firing) > 0 || len(simulated) != len(st.Info.Workers) {
			return fmt.Errorf("firing alerts %v and TeeOracleWorkerInsecureSimulation for %v, want only the latter, once per worker (%d)",
				firing, simulated, len(st.Info.Workers))
		}
		return nil
	})
}

// dashboard is the Grafana dashboard of deploy/grafana.
type dashboard struct {
	Panels []struct {
		Title   string `json:"title"`
		Type    string `json:"type"`
		Targets []struct {
			Expr string `json:"expr"`
		} `json:"targets"`
	} `json:"panels"`
}

func readDashboard(t *testing.T) dashboard {
	t.Helper()
	var dash dashboard
	raw, err := os.ReadFile(filepath.Join(st.Root(), "deploy", "grafana", "teeoracle.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &dash); err != nil {
		t.Fatal(err)
	}
	return dash
}

// allFinite says whether every panel query has a finite sample now.
func (d dashboard) allFinite(ctx context.Context) bool {
	for _, p := range d.Panels {
		for _, tg := range p.Targets {
			v, err := promQuery(ctx, grafanaExpr(tg.Expr))
			if err != nil {
				return false
			}
			finite := false
			for _, s := range v {
				finite = finite || !math.IsNaN(s.value) && !math.IsInf(s.value, 0)
			}
			if !finite {
				return false
			}
		}
	}
	return true
}

// grafanaExpr replaces the Grafana variables the dashboard uses with what Grafana would send.
func grafanaExpr(expr string) string {
	return strings.NewReplacer("$__rate_interval", "2m", "$__interval", "15s", "$__range", "1h").Replace(expr)
}

type sample struct {
	labels map[string]string
	value  float64
}

func (s sample) String() string { return fmt.Sprintf("%v=%g", s.labels, s.value) }

// promQuery runs an instant query and returns its vector (or scalar) samples.
func promQuery(ctx context.Context, expr string) ([]sample, error) {
	u := st.Info.PrometheusURL + "/api/v1/query?query=" + url.QueryEscape(expr)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r struct {
		Status string `json:"status"`
		Error  string `json:"error"`
		Data   struct {
			ResultType string          `json:"resultType"`
			Result     json.RawMessage `json:"result"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	if r.Status != "success" {
		return nil, fmt.Errorf("query %s: %s", expr, r.Error)
	}
	parse := func(v []any) (float64, error) {
		s, _ := v[1].(string)
		return strconv.ParseFloat(s, 64)
	}
	switch r.Data.ResultType {
	case "vector":
		var vec []struct {
			Metric map[string]string `json:"metric"`
			Value  []any             `json:"value"`
		}
		if err := json.Unmarshal(r.Data.Result, &vec); err != nil {
			return nil, err
		}
		out := make([]sample, 0, len(vec))
		for _, v := range vec {
			f, err := parse(v.Value)
			if err != nil {
				return nil, err
			}
			out = append(out, sample{v.Metric, f})
		}
		return out, nil
	case "scalar":
		var v []any
		if err := json.Unmarshal(r.Data.Result, &v); err != nil {
			return nil, err
		}
		f, err := parse(v)
		return []sample{{nil, f}}, err
	}
	return nil, fmt.Errorf("query %s: result type %s", expr, r.Data.ResultType)
}

// eventually retries fn until it succeeds or d passes, then fails the test with its last error.
func eventually(t *testing.T, d time.Duration, fn func() error) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		err := fn()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal(err)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// workerOKCIDJobs reads teeoracle_worker_jobs_total{status="ok_cid"} from the workers themselves
// (summed: either worker may have served a job).
func workerOKCIDJobs(t *testing.T, ctx context.Context) float64 {
	t.Helper()
	total := 0.0
	for _, w := range st.Info.Workers {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+w.Metrics+"/metrics", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(body), "\n") {
			if v, ok := strings.CutPrefix(line, `teeoracle_worker_jobs_total{status="ok_cid"} `); ok {
				f, err := strconv.ParseFloat(v, 64)
				if err != nil {
					t.Fatalf("%s metrics: %q (%v)", w.Name, line, err)
				}
				total += f
			}
		}
	}
	if total < 2 {
		t.Fatalf("the workers count %g ok_cid jobs, want at least the 2 just minted", total)
	}
	return total
}
