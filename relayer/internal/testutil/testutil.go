// Package testutil is the one home of the relayer's test helpers: the test logger (quiet unless
// TEEORACLE_TEST_LOG is set, then debug on stderr), the repository root and a free loopback port.
package testutil

import (
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// EnvLog switches test logs on (any non-empty value): debug level, on stderr.
const EnvLog = "TEEORACLE_TEST_LOG"

// Verbose reports whether EnvLog is set.
func Verbose() bool { return os.Getenv(EnvLog) != "" }

// Logger is the logger of the code under test.
func Logger() *slog.Logger {
	if Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// RepoRoot is the repository root (the directory holding go.mod), found from this source file, or
// else from the working directory up.
func RepoRoot() string {
	if _, file, _, ok := runtime.Caller(0); ok {
		root := filepath.Join(filepath.Dir(file), "..", "..", "..")
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			if abs, err := filepath.Abs(root); err == nil {
				return abs
			}
		}
	}
	wd, _ := os.Getwd()
	for d := wd; d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
	}
	return wd
}

// FreePort returns a loopback TCP port that was free a moment ago.
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
