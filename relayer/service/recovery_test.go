package service_test

import (
	"context"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
)

// TestCrashedRelayersJobsTakenOverInSeconds: a relayer killed while its jobs are on a worker leaves
// them leased; a live relayer takes them over once the short lease runs out (it was renewed while
// the worker ran them), not after a lease as long as a worker call. Its sender lease goes as fast.
func TestCrashedRelayersJobsTakenOverInSeconds(t *testing.T) {
	e := oracletest.New(t, oracletest.Options{})
	// The crashing relayer's worker answers its identity but never finishes a batch.
	target, err := url.Parse(e.Workers[0].URL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	release := make(chan struct{})
	stall := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			_, _ = io.Copy(io.Discard, r.Body)
			select {
			case <-r.Context().Done():
			case <-release:
			}
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(func() { close(release); stall.Close() })
	p := startProcessWith(t, e, "crashing", []string{stall.URL}, "--worker-timeout", "10m")
	ids := e.Request(oracletest.Requester, 20, big.NewInt(1e12), 3600)
	ctx := context.Background()
	st := jobs.NewStore(nil)
	db := pgtest.Connect(t, e.DBURL)
	deadline := time.Now().Add(60 * time.Second)
	for {
		list, err := st.List(ctx, db, jobs.Filter{States: []jobs.State{jobs.StateDispatched}})
		if err == nil && len(list) == len(ids) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d jobs dispatched by the crashing relayer (err %v)", len(list), len(ids), err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(6 * time.Second) // the leases were renewed at least once: they outlast the first lease
	p.kill()
	crashed := time.Now()
	e.StartRelayer(e.Config())
	e.WaitSettled(ids, 60*time.Second)
	took := time.Since(crashed)
	t.Logf("jobs of the crashed relayer settled %v after the crash", took)
	if took > 40*time.Second {
		t.Fatalf("settled %v after the crash: the leases held the jobs too long", took)
	}
}
