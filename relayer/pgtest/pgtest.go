// Package pgtest gives tests a real PostgreSQL: one throwaway cluster per test binary (started by
// scripts/pg.sh unless TEEORACLE_TEST_DATABASE_URL names a server) and one fresh database per test.
//
// Use it from TestMain:
//
//	func TestMain(m *testing.M) { pgtest.Main(m) }
//
// then pgtest.NewPool(t) in each test. Tests that stop or restart Postgres start their own cluster
// with pgtest.StartCluster(t).
package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
)

// EnvURL names a server to use instead of a throwaway cluster. Its role needs CREATEDB.
const EnvURL = "TEEORACLE_TEST_DATABASE_URL"

var (
	mu        sync.Mutex
	serverURL string // admin URL of the server tests create their databases on
	dbSeq     atomic.Int64
)

// Main starts the shared cluster (unless EnvURL is set), runs the tests and stops the cluster.
func Main(m *testing.M) {
	code := func() int {
		if u := os.Getenv(EnvURL); u != "" {
			serverURL = u
			return m.Run()
		}
		c, err := startCluster()
		if err != nil {
			fmt.Fprintln(os.Stderr, "pgtest:", err)
			return 1
		}
		serverURL = c.URL()
		defer c.remove()
		return m.Run()
	}()
	os.Exit(code)
}

// URL returns a connection URL to a fresh, empty database that is dropped when the test ends.
func URL(t testing.TB) string {
	t.Helper()
	mu.Lock()
	base := serverURL
	mu.Unlock()
	if base == "" {
		t.Fatal("pgtest: no server; call pgtest.Main(m) from TestMain")
	}
	return createDatabase(t, base)
}

// NewPool returns a pool on a fresh, empty database; pool and database go away when the test ends.
func NewPool(t testing.TB) *pgxpool.Pool {
	t.Helper()
	return Connect(t, URL(t))
}

// Connect opens a pool on dbURL and closes it when the test ends.
func Connect(t testing.TB, dbURL string) *pgxpool.Pool {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	pool, err := pgxpool.New(ctx, dbURL)
	if err != nil {
		t.Fatalf("pgtest: connect: %v", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		t.Fatalf("pgtest: ping: %v", err)
	}
	t.Cleanup(pool.Close)
	return pool
}

func createDatabase(t testing.TB, base string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	name := fmt.Sprintf("t_%d_%d_%s", os.Getpid(), dbSeq.Add(1), sanitize(t.Name()))
	if len(name) > 60 {
		name = name[:60]
	}
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("pgtest: connect admin: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			return // server gone (a test stopped it); the cluster directory is removed anyway
		}
		defer conn.Close(ctx)
		_, _ = conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("pgtest: parse url: %v", err)
	}
	u.Path = "/" + name
	return u.String()
}

func sanitize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// Cluster is a throwaway PostgreSQL cluster run by scripts/pg.sh.
type Cluster struct {
	dir string
	url string
}

// StartCluster starts a dedicated cluster for a test that stops or restarts Postgres.
// It is removed when the test ends.
func StartCluster(t testing.TB) *Cluster {
	t.Helper()
	c, err := startCluster()
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	t.Cleanup(c.remove)
	return c
}

func startCluster() (*Cluster, error) {
	dir, err := os.MkdirTemp("", "teeoracle-pg-")
	if err != nil {
		return nil, err
	}
	var out []byte
	for attempt := 0; attempt < 3; attempt++ { // a free port can be taken between pick and bind
		out, err = pgScript("start", dir, "", fmt.Sprint(os.Getpid()))
		if err == nil {
			break
		}
	}
	if err != nil {
		_ = os.RemoveAll(dir)
		return nil, fmt.Errorf("start cluster: %w: %s", err, out)
	}
	return &Cluster{dir: dir, url: strings.TrimSpace(lastLine(string(out)))}, nil
}

// URL is the admin URL (database postgres, user postgres).
func (c *Cluster) URL() string { return c.url }

// DatabaseURL creates a fresh database on this cluster and returns its URL.
func (c *Cluster) DatabaseURL(t testing.TB) string { return createDatabase(t, c.url) }

// Stop stops the server (mode "fast" or "immediate"); the data stays for Start.
func (c *Cluster) Stop(t testing.TB, mode string) {
	t.Helper()
	if out, err := pgScript("stop", c.dir, mode); err != nil {
		t.Fatalf("pgtest: stop: %v: %s", err, out)
	}
}

// Start starts a stopped cluster again on the same port.
func (c *Cluster) Start(t testing.TB) {
	t.Helper()
	port, err := os.ReadFile(filepath.Join(c.dir, "port"))
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	if out, err := pgScript("start", c.dir, strings.TrimSpace(string(port))); err != nil {
		t.Fatalf("pgtest: start: %v: %s", err, out)
	}
}

func (c *Cluster) remove() {
	_, _ = pgScript("stop", c.dir, "immediate")
	_ = os.RemoveAll(c.dir)
}

func pgScript(args ...string) ([]byte, error) {
	cmd := exec.Command(filepath.Join(testutil.RepoRoot(), "scripts", "pg.sh"), args...)
	cmd.Stderr = nil
	out, err := cmd.CombinedOutput()
	return out, err
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
