package dispatch_test

import (
	"bytes"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/relayer/dispatch"
	"github.com/teeoracle/teeoracle/relayer/jobs"
)

// lockedBuffer is a log sink the dispatcher's goroutines may write to concurrently.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestWaitingJobIsLoggedAtWarnOnce (issue 18, item 8): a job no worker can serve used to wait with
// nothing at warn. The first wait for a reason is a warning naming the job and the reason; the
// retries every RetryBase with the same reason are not (no warning flood); the job shows the reason.
func TestWaitingJobIsLoggedAtWarnOnce(t *testing.T) {
	e := newEnv(t)
	e.register(e.w.Signer, time.Now().Add(time.Hour))
	unknown := e.addJobs(1, common.Hash{0xee}, 1000, time.Now().Add(time.Hour))
	var logs lockedBuffer
	cfg := dispatch.Config{ChainID: chainID, Router: router, Owner: "r1", BatchSize: 8, Concurrency: 4,
		PollInterval: 20 * time.Millisecond, RetryBase: 50 * time.Millisecond, RefreshEvery: 100 * time.Millisecond}
	d, err := dispatch.New(cfg, e.db, []dispatch.NamedWorker{{Name: "w1", Worker: e.w.Client(t)}},
		slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn})), nil)
	if err != nil {
		t.Fatal(err)
	}
	e.start(d)
	time.Sleep(time.Second) // ~20 waits of 50ms
	j := e.state(unknown[0])
	if j.State != jobs.StateRequested || !strings.Contains(j.LastError, "program not registered") {
		t.Fatalf("job %s %q", j.State, j.LastError)
	}
	out := logs.String()
	if n := strings.Count(out, "job waits"); n != 1 || !strings.Contains(out, "level=WARN") ||
		!strings.Contains(out, unknown[0].Hex()) || !strings.Contains(out, "program not registered") {
		t.Fatalf("%d warnings, want 1 naming the job and the reason:\n%s", n, out)
	}
}
