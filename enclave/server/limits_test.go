package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/server"
)

// Issue 17: /v1/execute only for the relayer, with bounded bodies and requests.

const token = "relayer-token-0123456789abcdef"

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func executeBody(t *testing.T, n, inputBytes int) []byte {
	t.Helper()
	jobs := make([]api.Job, n)
	for i := range jobs {
		jobs[i] = api.Job{JobID: common.Hash{byte(i + 1)}, ChainID: (*hexutil.Big)(big.NewInt(1)), Fee: (*hexutil.Big)(big.NewInt(1)),
			AuthorFee: (*hexutil.Big)(big.NewInt(1)), Input: bytes.Repeat([]byte{0xab}, inputBytes),
			ProgramCID: "bafkreih5ha5glbwgkvshpnxpvoxwj4ngq7qkmwm6kuutjbpjpxlzsdhuve", SecretsCID: "bafkreih5ha5glbwgkvshpnxpvoxwj4ngq7qkmwm6kuutjbpjpxlzsdhuve",
			Version: 1 << 31, Epoch: 1 << 31, Deadline: 1 << 40, CallbackGasLimit: 1 << 31, Attempt: 1 << 31}
	}
	b, err := json.Marshal(api.ExecuteRequest{Jobs: jobs})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func post(t *testing.T, url string, body []byte, auth string) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url+api.PathExecute, bytes.NewReader(body))
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// TestExecuteNeedsTheRelayersToken: with a token set, only a request carrying exactly it runs
// jobs; the others are refused before their body is read and nothing executes.
func TestExecuteNeedsTheRelayersToken(t *testing.T) {
	exec := &slowExec{}
	s := server.New(server.Config{ExecuteToken: token}, exec, api.Identity{}, nil, quiet())
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	body := executeBody(t, 1, 10)
	for name, auth := range map[string]string{
		"none":         "",
		"wrong":        "Bearer relayer-token-0123456789abcdeX",
		"prefix":       "Bearer " + token[:len(token)-1],
		"longer":       "Bearer " + token + "x",
		"no scheme":    token,
		"basic scheme": "Basic " + token,
	} {
		if code := post(t, ts.URL, body, auth); code != http.StatusUnauthorized {
			t.Errorf("%s: status %d, want 401", name, code)
		}
	}
	if n := exec.max.Load(); n != 0 {
		t.Fatalf("a refused request executed %d jobs", n)
	}
	if code := post(t, ts.URL, body, "Bearer "+token); code != http.StatusOK {
		t.Fatalf("the relayer's request: status %d", code)
	}
	if err := (server.Config{ExecuteToken: "short"}).Check(); err == nil {
		t.Fatal("a 5-byte token accepted")
	}
}

// TestExecuteBodyMatchesTheRouterCaps: a full batch of inputs at the router's 16 KiB cap fits the
// default body limit; a larger body is refused (413) whether or not it announces its length.
func TestExecuteBodyMatchesTheRouterCaps(t *testing.T) {
	full := executeBody(t, api.MaxBatch, server.RouterMaxInputBytes)
	if int64(len(full)) > server.DefaultMaxBodyBytes {
		t.Fatalf("a full batch at the router's input cap is %d bytes, over the %d-byte limit", len(full), server.DefaultMaxBodyBytes)
	}
	if server.DefaultMaxBodyBytes > 16<<20 {
		t.Fatalf("body limit %d is far above what a relayer sends", server.DefaultMaxBodyBytes)
	}
	s := server.New(server.Config{}, &slowExec{}, api.Identity{}, nil, quiet())
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	if code := post(t, ts.URL, full, ""); code != http.StatusOK {
		t.Fatalf("full batch: %d", code)
	}
	big := append(bytes.Repeat([]byte(" "), int(server.DefaultMaxBodyBytes)), full...)
	if code := post(t, ts.URL, big, ""); code != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversized body with a length: %d, want 413", code)
	}
	req, _ := http.NewRequest(http.MethodPost, ts.URL+api.PathExecute, io.NopCloser(bytes.NewReader(big))) // chunked: no length
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversized chunked body: %d, want 413", resp.StatusCode)
	}
}

// TestExecuteRequestsBounded: however many execute requests arrive, at most MaxRequests are read
// and run at once (the others wait with their bodies unread).
func TestExecuteRequestsBounded(t *testing.T) {
	exec := &slowExec{}
	s := server.New(server.Config{Concurrency: 16, MaxRequests: 2}, exec, api.Identity{}, nil, quiet())
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	body := executeBody(t, 1, 10)
	var wg sync.WaitGroup
	for range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if code := post(t, ts.URL, body, ""); code != http.StatusOK {
				t.Errorf("status %d", code)
			}
		}()
	}
	wg.Wait()
	if m := exec.max.Load(); m > 2 || m < 1 {
		t.Fatalf("%d requests ran at once, want at most 2", m)
	}
}
