// Package deploy_test checks the operator files in deploy/: promtool accepts the Prometheus
// configuration and rules and passes the alert unit tests; every metric and label the alerts and
// the Grafana dashboard use is one the worker or the relayer exports; the dashboard is well formed;
// the environment files of the systemd units only set variables the binaries read. (The e2e tests
// run the same configuration against a live stack.)
package deploy_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	dto "github.com/prometheus/client_model/go"
	"github.com/urfave/cli/v2"

	workermetrics "github.com/teeoracle/teeoracle/enclave/metrics"
	"github.com/teeoracle/teeoracle/internal/flagenv"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/cliapp"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	relayermetrics "github.com/teeoracle/teeoracle/relayer/metrics"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

func TestPromtool(t *testing.T) {
	out, err := exec.Command("../scripts/prometheus.sh").Output()
	if err != nil {
		t.Fatalf("scripts/prometheus.sh: %v", err)
	}
	promtool := filepath.Join(strings.TrimSpace(string(out)), "promtool")
	for _, args := range [][]string{
		{"check", "config", "prometheus.yml"},
		{"check", "rules", "alerts.yml"},
		{"test", "rules", "alerts_test.yml"},
	} {
		cmd := exec.Command(promtool, args...)
		cmd.Dir = "prometheus"
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("promtool %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// exported gathers every metric family the two processes export, with each one's label names,
// after touching every series so that labelled vectors show up.
func exported(t *testing.T) map[string]map[string]bool {
	t.Helper()
	w := workermetrics.New("test", "sgx")
	w.RecordJob(protocol.StatusOKCID, time.Second, time.Millisecond)
	w.RecordJobError("program_unavailable")
	w.RecordProgramCache(true)
	w.RecordProgramCache(false)
	w.JobStarted()

	r := relayermetrics.New("test")
	boom := errors.New("boom")
	r.RPCCall("http://node", "eth_getLogs", time.Millisecond, boom)
	r.RPCHead("http://node", 1)
	r.IndexedBlock("oracle", 1)
	r.IndexedLogs("oracle", 1)
	r.Reorg("oracle", 2)
	r.RangeShrunk("oracle")
	r.RPCInconsistent("oracle")
	r.JobDispatched("w", 1)
	r.JobResult("w", "failed")
	r.WorkerCall("w", time.Millisecond, boom)
	r.InFlight(1)
	tx := r.Tx()
	tx.TxSent("fulfill_batch")
	tx.TxBumped("fulfill_batch")
	tx.TxReorged("fulfill_batch")
	tx.TxFinal("fulfill_batch", txmgr.StateConfirmed, time.Second)
	tx.InFlight(1)
	r.BatchEnqueued(3)
	r.JobsDropped("expired", 1)
	r.SetJobStates(map[jobs.State]int{jobs.StateRequested: 1})
	r.Zero(relayermetrics.Labels{Indexer: "oracle", Endpoints: []string{"http://node"}, Workers: []string{"w"}, TxKinds: []string{"fulfill_batch"}})
	r.SetJobStats(jobs.Stats{Earned: map[common.Address]*big.Int{{1}: big.NewInt(5)}, OldestOpen: time.Now()})
	r.SetEnclaveExpiries(map[common.Address]int64{{1}: time.Now().Unix() + 3600}, time.Now())
	r.SetWithdrawable(common.Address{1}, big.NewInt(5))
	r.SetSenderBalance(common.Address{2}, big.NewInt(1e18))
	tx.TxCost("fulfill_batch", 21000, big.NewInt(21000e9))
	r.DBQuery("jobs", "Claim", time.Millisecond, boom)
	r.WorkerHealth("w", false)
	r.FulfilSkipped("expired", 1, 40000)
	tx.TxDropped("fulfill_batch")

	names := map[string]map[string]bool{"up": {"job": true, "instance": true}}
	for _, g := range []interface {
		Gather() ([]*dto.MetricFamily, error)
	}{w.Registry(), r.Registry()} {
		mfs, err := g.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, mf := range mfs {
			labels := map[string]bool{"job": true, "instance": true}
			for _, m := range mf.GetMetric() {
				for _, l := range m.GetLabel() {
					labels[l.GetName()] = true
				}
			}
			add := func(name string, extra ...string) {
				ls := map[string]bool{}
				for k := range labels {
					ls[k] = true
				}
				for _, e := range extra {
					ls[e] = true
				}
				names[name] = ls
			}
			add(mf.GetName())
			if mf.GetType() == dto.MetricType_HISTOGRAM {
				add(mf.GetName()+"_bucket", "le")
				add(mf.GetName() + "_sum")
				add(mf.GetName() + "_count")
			}
		}
	}
	return names
}

var (
	metricRef  = regexp.MustCompile(`\b((?:teeoracle_|process_|go_)[a-z0-9_]+|up)\b(\{[^}]*\})?`)
	matcherRef = regexp.MustCompile(`([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)\s*"`)
)

// TestMetricNames: every metric (and every label matched on it) in the alerts and the dashboard
// exists in the worker's or the relayer's registry. Queries ending in `or vector(0)` always return
// data, so only this test catches a misspelt name in them.
func TestMetricNames(t *testing.T) {
	names := exported(t)
	var exprs []string
	alerts, err := os.ReadFile("prometheus/alerts.yml")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(alerts), "\n") {
		if e, ok := strings.CutPrefix(strings.TrimSpace(line), "expr:"); ok {
			exprs = append(exprs, e)
		}
	}
	if len(exprs) < 15 {
		t.Fatalf("found %d alert expressions", len(exprs))
	}
	for _, e := range dashboardExprs(t) {
		exprs = append(exprs, e)
	}
	used := 0
	for _, e := range exprs {
		refs := metricRef.FindAllStringSubmatch(e, -1)
		if len(refs) == 0 {
			t.Errorf("%s: uses no known metric", e)
		}
		for _, ref := range refs {
			name, matchers := ref[1], ref[2]
			if strings.HasPrefix(name, "process_") || strings.HasPrefix(name, "go_") {
				continue // standard collectors, registered by both processes
			}
			used++
			labels, ok := names[name]
			if !ok {
				t.Errorf("%s: metric %s is not exported by the worker or the relayer", e, name)
				continue
			}
			for _, m := range matcherRef.FindAllStringSubmatch(matchers, -1) {
				if !labels[m[1]] {
					t.Errorf("%s: metric %s has no label %q", e, name, m[1])
				}
			}
		}
	}
	t.Logf("%d metric references checked in %d expressions", used, len(exprs))
}

func dashboardExprs(t *testing.T) []string {
	t.Helper()
	d := dashboard(t)
	var out []string
	for _, p := range d.Panels {
		for _, tg := range p.Targets {
			out = append(out, tg.Expr)
		}
	}
	return out
}

type panel struct {
	ID         int             `json:"id"`
	Type       string          `json:"type"`
	Title      string          `json:"title"`
	Datasource json.RawMessage `json:"datasource"`
	GridPos    struct{ H, W, X, Y int }
	Targets    []struct {
		RefID      string          `json:"refId"`
		Expr       string          `json:"expr"`
		Datasource json.RawMessage `json:"datasource"`
	} `json:"targets"`
}

func dashboard(t *testing.T) struct {
	UID    string  `json:"uid"`
	Title  string  `json:"title"`
	Panels []panel `json:"panels"`
} {
	t.Helper()
	raw, err := os.ReadFile("grafana/teeoracle.json")
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		UID    string  `json:"uid"`
		Title  string  `json:"title"`
		Panels []panel `json:"panels"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatalf("grafana/teeoracle.json: %v", err)
	}
	return d
}

// TestDashboardLayout: unique ids, every panel has a Prometheus query through the dashboard's
// datasource input, and no two panels overlap on Grafana's 24-column grid.
func TestDashboardLayout(t *testing.T) {
	d := dashboard(t)
	if d.UID == "" || d.Title == "" || len(d.Panels) < 20 {
		t.Fatalf("dashboard %q (%q) with %d panels", d.Title, d.UID, len(d.Panels))
	}
	ids := map[int]bool{}
	type cell struct{ x, y int }
	taken := map[cell]string{}
	for _, p := range d.Panels {
		if ids[p.ID] {
			t.Errorf("panel id %d repeats", p.ID)
		}
		ids[p.ID] = true
		g := p.GridPos
		if g.W <= 0 || g.H <= 0 || g.X < 0 || g.X+g.W > 24 || g.Y < 0 {
			t.Errorf("panel %q: grid position %+v", p.Title, g)
		}
		for x := g.X; x < g.X+g.W; x++ {
			for y := g.Y; y < g.Y+g.H; y++ {
				if other, ok := taken[cell{x, y}]; ok {
					t.Errorf("panels %q and %q overlap at %d,%d", p.Title, other, x, y)
				}
				taken[cell{x, y}] = p.Title
			}
		}
		if p.Type == "row" {
			continue
		}
		if !strings.Contains(string(p.Datasource), "${DS_PROMETHEUS}") {
			t.Errorf("panel %q: datasource %s", p.Title, p.Datasource)
		}
		refs := map[string]bool{}
		for _, tg := range p.Targets {
			if tg.Expr == "" || tg.RefID == "" || refs[tg.RefID] {
				t.Errorf("panel %q: target %+v", p.Title, tg)
			}
			refs[tg.RefID] = true
		}
		if len(p.Targets) == 0 {
			t.Errorf("panel %q has no query", p.Title)
		}
	}
}

// TestSystemdEnvironment: the variables the env files set are ones the binaries read.
func TestSystemdEnvironment(t *testing.T) {
	// The relayer's variables are its flags' environment twins (declared by its packages).
	relayerEnv := map[string]bool{}
	var walk func(flags []cli.Flag, cmds []*cli.Command)
	walk = func(flags []cli.Flag, cmds []*cli.Command) {
		for _, f := range flags {
			// flagenv.Apply keeps each flag's variables itself (urfave no longer reads them).
			for _, e := range flagenv.EnvVars(f) {
				relayerEnv[e] = true
			}
		}
		for _, c := range cmds {
			walk(c.Flags, c.Subcommands)
		}
	}
	app := cliapp.New("test")
	walk(app.Flags, app.Commands)
	for _, c := range []struct{ env, source, prefix string }{
		{"systemd/worker.env", "../enclave/cmd/worker/main.go", "TEEO_WORKER_"},
		{"systemd/relayer.env", "", "TEEORACLE_"},
	} {
		var src []byte
		if c.source != "" {
			var err error
			if src, err = os.ReadFile(c.source); err != nil {
				t.Fatal(err)
			}
		}
		env, err := os.ReadFile(c.env)
		if err != nil {
			t.Fatal(err)
		}
		var set []string
		for _, line := range strings.Split(string(env), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			name, _, ok := strings.Cut(line, "=")
			if !ok || !strings.HasPrefix(name, c.prefix) {
				t.Errorf("%s: %q is not a %s* assignment", c.env, line, c.prefix)
				continue
			}
			set = append(set, name)
			if c.source == "" && !relayerEnv[name] {
				t.Errorf("%s sets %s, which no relayer flag reads", c.env, name)
			}
			if c.source != "" && !strings.Contains(string(src), `env("`+strings.TrimPrefix(name, c.prefix)+`")`) {
				t.Errorf("%s sets %s, which %s does not read", c.env, name, c.source)
			}
		}
		sort.Strings(set)
		if len(set) < 5 {
			t.Errorf("%s sets only %v", c.env, set)
		}
	}
	// The units point at those files and at binaries, never at simulation mode.
	for _, unit := range []string{"teeoracle-worker.service", "teeoracle-relayer.service", "teeoracle-ipfs.service"} {
		b, err := os.ReadFile(filepath.Join("systemd", unit))
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for _, section := range []string{"[Unit]", "[Service]", "[Install]", "ExecStart=/"} {
			if !strings.Contains(s, section) {
				t.Errorf("%s: no %s", unit, section)
			}
		}
		for _, line := range strings.Split(s, "\n") {
			if strings.HasPrefix(line, "ExecStart=") && strings.Contains(line, "simulation") {
				t.Errorf("%s runs in simulation mode: %s", unit, line)
			}
		}
	}
}
