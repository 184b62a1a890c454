// Package ipfstest starts real Kubo daemons for tests: it builds kubo through the project's
// scripts/kubo.sh when tools/bin/ipfs is missing (once, about 2 minutes), then runs
// `ipfs daemon --offline` in a temporary IPFS_PATH on free loopback ports and stops it when the
// test ends.
package ipfstest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Daemon is a running Kubo daemon.
type Daemon struct {
	// API is the HTTP API address, "127.0.0.1:PORT".
	API string
	// Path is the IPFS_PATH of the daemon's repository.
	Path string
	cmd  *exec.Cmd
	done chan struct{}
	log  *bytes.Buffer
}

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// Binary returns the path of the kubo binary, building it with scripts/kubo.sh if needed.
func Binary() (string, error) {
	binOnce.Do(func() {
		root, err := repoRoot()
		if err != nil {
			binErr = err
			return
		}
		cmd := exec.Command(filepath.Join(root, "scripts", "kubo.sh"))
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err != nil {
			binErr = fmt.Errorf("ipfstest: scripts/kubo.sh: %w", err)
			return
		}
		binPath = strings.TrimSpace(string(out))
	})
	return binPath, binErr
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "scripts", "kubo.sh")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("ipfstest: scripts/kubo.sh not found above the working directory")
		}
		dir = parent
	}
}

// Start starts an offline daemon and registers its shutdown with t.Cleanup.
func Start(t testing.TB) *Daemon {
	t.Helper()
	var (
		d   *Daemon
		err error
	)
	for attempt := 0; attempt < 3; attempt++ { // a free port can be taken before the daemon binds it
		if d, err = start(t.TempDir()); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.Stop)
	return d
}

func start(path string) (*Daemon, error) {
	bin, err := Binary()
	if err != nil {
		return nil, err
	}
	env := append(os.Environ(), "IPFS_PATH="+path)
	init := exec.Command(bin, "init", "--profile=test", "--empty-repo")
	init.Env = env
	if out, err := init.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("ipfstest: ipfs init: %w: %s", err, out)
	}
	api, err := freePort()
	if err != nil {
		return nil, err
	}
	gw, err := freePort()
	if err != nil {
		return nil, err
	}
	if err := setAddresses(filepath.Join(path, "config"), api, gw); err != nil {
		return nil, err
	}
	d := &Daemon{API: fmt.Sprintf("127.0.0.1:%d", api), Path: path, done: make(chan struct{}), log: &bytes.Buffer{}}
	d.cmd = exec.Command(bin, "daemon", "--offline")
	d.cmd.Env = env
	d.cmd.Stdout = d.log
	d.cmd.Stderr = d.log
	if err := d.cmd.Start(); err != nil {
		return nil, fmt.Errorf("ipfstest: start daemon: %w", err)
	}
	go func() { _ = d.cmd.Wait(); close(d.done) }()
	if err := d.waitUp(30 * time.Second); err != nil {
		d.Stop()
		return nil, err
	}
	return d, nil
}

func (d *Daemon) waitUp(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	url := "http://" + d.API + "/api/v0/version"
	for time.Now().Before(deadline) {
		select {
		case <-d.done:
			return fmt.Errorf("ipfstest: daemon exited: %s", d.log.String())
		default:
		}
		resp, err := http.Post(url, "", nil)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("ipfstest: daemon API not up after %s", timeout)
}

// Stop terminates the daemon (SIGTERM, then SIGKILL after 10 s). Idempotent.
func (d *Daemon) Stop() {
	select {
	case <-d.done:
		return
	default:
	}
	_ = d.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-d.done:
	case <-time.After(10 * time.Second):
		_ = d.cmd.Process.Kill()
		<-d.done
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// setAddresses points the API and gateway at fixed loopback ports (the test profile picks random
// ones that the test could not know).
func setAddresses(configPath string, api, gw int) error {
	raw, err := os.ReadFile(configPath)
	if err != nil {
		return err
	}
	var cfg map[string]any
	if err := json.Unmarshal(raw, &cfg); err != nil {
		return fmt.Errorf("ipfstest: config: %w", err)
	}
	addrs, ok := cfg["Addresses"].(map[string]any)
	if !ok {
		return fmt.Errorf("ipfstest: config has no Addresses")
	}
	addrs["API"] = fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", api)
	addrs["Gateway"] = fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", gw)
	out, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(configPath, out, 0o600)
}
