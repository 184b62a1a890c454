package service

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
)

// TestHTTPServerClosesIdleAndSlowConnections (issue 17): keep-alive connections left idle are
// closed after the idle timeout (before: never, 3,000 of them held 3,019 descriptors), a client
// that never finishes its headers is cut off, and oversized headers are refused.
func TestHTTPServerClosesIdleAndSlowConnections(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newHTTPServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "ok") }),
		300*time.Millisecond, testutil.Logger())
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	addr := ln.Addr().String()

	const n = 200
	conns := make([]net.Conn, n)
	for i := range conns {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if _, err := io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
			t.Fatal(err)
		}
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		conns[i] = c
	}
	time.Sleep(time.Second)
	for i, c := range conns {
		_ = c.SetReadDeadline(time.Now().Add(2 * time.Second))
		if _, err := c.Read(make([]byte, 1)); !errors.Is(err, io.EOF) {
			t.Fatalf("idle connection %d still open after the idle timeout: %v", i, err)
		}
	}

	slow, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	_, _ = io.WriteString(slow, "GET /healthz HTTP/1.1\r\nHost: x\r\n") // never finishes
	_ = slow.SetReadDeadline(time.Now().Add(httpReadHeaderTimeout + 3*time.Second))
	start := time.Now()
	if _, err := io.ReadAll(slow); err != nil && !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Logf("slow client read: %v", err)
	}
	if took := time.Since(start); took > httpReadHeaderTimeout+2*time.Second {
		t.Fatalf("a client that never sent its headers was held %s", took)
	}

	big, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer big.Close()
	_, _ = io.WriteString(big, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Fill: "+strings.Repeat("a", 64<<10)+"\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(big), nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Fatalf("64 KiB of headers: status %d, want 431", resp.StatusCode)
	}
}
