package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/internal/flagenv"

	"github.com/teeoracle/teeoracle/enclave/fleet"
	"github.com/teeoracle/teeoracle/enclave/service"
)

// enclave.json is what `ego sign` measures: check the settings the worker depends on.
func TestEnclaveJSON(t *testing.T) {
	raw, err := os.ReadFile("enclave.json")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Exe             string `json:"exe"`
		Key             string `json:"key"`
		Debug           bool   `json:"debug"`
		HeapSize        int    `json:"heapSize"`
		ExecutableHeap  bool   `json:"executableHeap"`
		ProductID       int    `json:"productID"`
		SecurityVersion int    `json:"securityVersion"`
		Mounts          []struct {
			Source, Target, Type string
			ReadOnly             bool
		} `json:"mounts"`
		Env []struct {
			Name     string `json:"name"`
			Value    string `json:"value"`
			FromHost bool   `json:"fromHost"`
		} `json:"env"`
		Files []any `json:"files"`
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		t.Fatal(err)
	}
	switch {
	case cfg.Exe != "worker":
		t.Errorf("exe %q", cfg.Exe)
	case cfg.Debug:
		t.Error("production enclave.json must not be a debug enclave")
	case !cfg.ExecutableHeap:
		t.Error("wazero's compiler needs executableHeap")
	case cfg.HeapSize < 1024:
		t.Errorf("heapSize %d MB is too small for concurrent 64 MiB sandboxes and the module cache", cfg.HeapSize)
	case cfg.ProductID < 1 || cfg.SecurityVersion < 1:
		t.Errorf("productID %d securityVersion %d", cfg.ProductID, cfg.SecurityVersion)
	case cfg.SecurityVersion < fleet.MinPeerSVN:
		t.Errorf("securityVersion %d below the fleet's compiled floor %d: this build could never join its own fleet", cfg.SecurityVersion, fleet.MinPeerSVN)
	case len(cfg.Files) != 0:
		t.Error("no embedded files expected")
	}
	// The only host directory is the data directory, and the worker is pinned to it.
	for _, m := range cfg.Mounts {
		if m.Type == "hostfs" && (m.Target != "/data" || m.ReadOnly) {
			t.Errorf("unexpected host mount %+v", m)
		}
	}
	flagEnv := map[string]bool{}
	for _, f := range flags {
		for _, name := range flagenv.EnvVars(f) {
			flagEnv[name] = true
		}
	}
	dataDirPinned := false
	for _, e := range cfg.Env {
		if !flagEnv[e.Name] {
			t.Errorf("env %s is no worker flag", e.Name)
		}
		if strings.Contains(e.Name, "INSECURE") {
			t.Errorf("env %s must not be taken from the host", e.Name)
		}
		if e.Name == envPrefix+"DATA_DIR" {
			dataDirPinned = e.Value == "/data" && !e.FromHost
		}
	}
	if !dataDirPinned {
		t.Error("TEEO_WORKER_DATA_DIR must be fixed to /data, not taken from the host")
	}
}

// TestFlagBeatsEnvironment: a flag given on the command line wins over its TEEO_WORKER_* twin, and
// the twin counts when the flag is absent.
func TestFlagBeatsEnvironment(t *testing.T) {
	t.Setenv(envPrefix+"LISTEN", "10.0.0.1:1")
	t.Setenv(envPrefix+"CONCURRENCY", "3")
	got := map[string]string{}
	app := newApp()
	app.Action = func(c *cli.Context) error {
		got["listen"], got["concurrency"] = c.String("listen"), fmt.Sprint(c.Int("concurrency"))
		return nil
	}
	if err := app.Run([]string{"worker", "--listen", "127.0.0.1:9"}); err != nil {
		t.Fatal(err)
	}
	if got["listen"] != "127.0.0.1:9" || got["concurrency"] != "3" {
		t.Errorf("listen %q (want the flag's), concurrency %q (want the environment's)", got["listen"], got["concurrency"])
	}
}

// TestSimExtraCARefusedInProduction: the extra CA for programs' HTTPS is accepted only by a
// simulation-mode worker; a production worker trusts its compiled-in roots alone.
func TestSimExtraCARefusedInProduction(t *testing.T) {
	ca := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(ca, []byte("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args    []string
		wantErr string
	}{
		{[]string{"worker", "--sim-extra-ca", ca}, "--sim-extra-ca is refused without --insecure-simulation"},
		{[]string{"worker", "--insecure-simulation", "--sim-extra-ca", ca, "--egress-max-requests", "3"}, ""},
	} {
		var cfg service.Config
		app := newApp()
		app.Action = func(c *cli.Context) error {
			var err error
			cfg, err = configFrom(c, slog.New(slog.DiscardHandler))
			return err
		}
		err := app.Run(tc.args)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("%v: err %v, want %q", tc.args, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if len(cfg.Egress.SimExtraCAPEM) == 0 || cfg.Egress.Limits.MaxRequests != 3 {
			t.Fatalf("egress config %+v", cfg.Egress.Limits)
		}
	}
}
