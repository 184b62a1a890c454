package stack

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// PrometheusConfig renders deploy/prometheus/prometheus.yml for this stack: the same jobs and
// rule files, with the targets pointed at this stack's relayer, worker and Kubo and a 1-second
// scrape and evaluation interval.
func PrometheusConfig(root string, targets map[string][]string) ([]byte, error) {
	dir := filepath.Join(root, "deploy", "prometheus")
	raw, err := os.ReadFile(filepath.Join(dir, "prometheus.yml"))
	if err != nil {
		return nil, err
	}
	var cfg map[string]any
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		return nil, fmt.Errorf("prometheus.yml: %w", err)
	}
	global, _ := cfg["global"].(map[string]any)
	if global == nil {
		global = map[string]any{}
		cfg["global"] = global
	}
	global["scrape_interval"], global["evaluation_interval"] = "1s", "1s"
	rules, _ := cfg["rule_files"].([]any)
	for i, r := range rules {
		if p, ok := r.(string); ok && !filepath.IsAbs(p) {
			rules[i] = filepath.Join(dir, p)
		}
	}
	scrapes, _ := cfg["scrape_configs"].([]any)
	seen := map[string]bool{}
	for _, sc := range scrapes {
		m, _ := sc.(map[string]any)
		job, _ := m["job_name"].(string)
		ts, ok := targets[job]
		if !ok || len(ts) == 0 {
			return nil, fmt.Errorf("prometheus.yml: job %q has no target in this stack", job)
		}
		list := make([]any, len(ts))
		for i, t := range ts {
			list[i] = t
		}
		m["static_configs"] = []any{map[string]any{"targets": list}}
		seen[job] = true
	}
	for job := range targets {
		if !seen[job] {
			return nil, fmt.Errorf("prometheus.yml: no scrape job %q", job)
		}
	}
	return yaml.Marshal(cfg)
}

// PrometheusTargets are the scrape targets of this stack by job name of deploy/prometheus (one
// per worker for the worker job).
func (s *Stack) PrometheusTargets() map[string][]string {
	workers := make([]string, len(s.Info.Workers))
	for i, w := range s.Info.Workers {
		workers[i] = w.Metrics
	}
	return map[string][]string{
		"teeoracle-relayer": {strings.TrimPrefix(s.Info.RelayerURL, "http://")},
		"teeoracle-worker":  workers,
		"ipfs":              {s.Info.IPFSAPI},
	}
}

func (s *Stack) startPrometheus(ctx context.Context) error {
	bin := s.cfg.PrometheusBin
	if bin == "" {
		var err error
		if bin, err = exec.LookPath("prometheus"); err != nil {
			out, serr := run(ctx, s.cfg.Root, nil, filepath.Join(s.cfg.Root, "scripts", "prometheus.sh"))
			if serr != nil {
				return serr
			}
			bin = filepath.Join(strings.TrimSpace(out), "prometheus")
		}
	}
	cfg, err := PrometheusConfig(s.cfg.Root, s.PrometheusTargets())
	if err != nil {
		return err
	}
	dir := filepath.Join(s.cfg.Dir, "prometheus")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	cfgPath := filepath.Join(dir, "prometheus.yml")
	if err := os.WriteFile(cfgPath, cfg, 0o644); err != nil {
		return err
	}
	var last error
	for attempt := 0; attempt < 3; attempt++ {
		port, err := freePort()
		if err != nil {
			return err
		}
		p, err := s.spawn("prometheus", nil, bin, "--config.file="+cfgPath, "--storage.tsdb.path="+filepath.Join(dir, "data"),
			fmt.Sprintf("--web.listen-address=127.0.0.1:%d", port), "--storage.tsdb.retention.time=1d")
		if err != nil {
			return err
		}
		s.Info.PrometheusURL = fmt.Sprintf("http://127.0.0.1:%d", port)
		last = waitFor(ctx, p, 30*time.Second, "prometheus", httpOK(s.Info.PrometheusURL+"/-/ready"))
		if last == nil {
			return nil
		}
		p.stop(3 * time.Second)
	}
	return last
}
