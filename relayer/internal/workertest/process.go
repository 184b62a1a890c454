package workertest

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// Binary builds the worker command (enclave/cmd/worker) once per test binary and returns its path.
func Binary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "worker-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "worker")
		cmd := exec.Command("go", "build", "-o", binPath, "github.com/teeoracle/teeoracle/enclave/cmd/worker")
		cmd.Dir = testutil.RepoRoot()
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build worker: %v: %s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// Process is a simulated worker running as its own OS process (kill -9 it to test a crash).
type Process struct {
	URL     string
	Port    int
	DataDir string
	IPFSAPI string
	args    []string
	cmd     *exec.Cmd
	done    chan struct{}
	t       testing.TB
}

// StartProcess starts the worker command in insecure simulation mode without TLS on a free port
// (port 0) or the given one, with its key in dataDir ("" makes a new directory), and waits until it
// answers its health check. extra are more flags.
func StartProcess(t testing.TB, ipfsAPI, dataDir string, port int, extra ...string) *Process {
	t.Helper()
	if dataDir == "" {
		dataDir = t.TempDir()
	}
	if port == 0 {
		port = testutil.FreePort(t)
	}
	p := &Process{URL: "http://127.0.0.1:" + strconv.Itoa(port), Port: port, DataDir: dataDir, IPFSAPI: ipfsAPI, args: extra, t: t}
	p.start()
	return p
}

func (p *Process) start() {
	p.t.Helper()
	args := append([]string{"--listen", "127.0.0.1:" + strconv.Itoa(p.Port), "--data-dir", p.DataDir, "--ipfs-api", p.IPFSAPI,
		"--insecure-simulation", "--tls", "off", "--log-level", "warn"}, p.args...)
	cmd := exec.Command(Binary(p.t), args...)
	if os.Getenv("TEEORACLE_TEST_LOG") != "" {
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	}
	if err := cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
	p.cmd, p.done = cmd, make(chan struct{})
	go func() { _ = cmd.Wait(); close(p.done) }()
	p.t.Cleanup(p.Kill)
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.URL+api.PathHealth, nil)
		resp, err := http.DefaultClient.Do(req)
		cancel()
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		select {
		case <-p.done:
			p.t.Fatalf("worker process exited before answering")
		default:
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("worker process not healthy: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Kill sends SIGKILL and waits for the process to exit.
func (p *Process) Kill() {
	if p.cmd == nil || p.cmd.Process == nil {
		return
	}
	_ = p.cmd.Process.Kill()
	<-p.done
}

// Restart starts the process again on the same port and data directory (same key).
func (p *Process) Restart() {
	p.t.Helper()
	p.Kill()
	p.start()
}
