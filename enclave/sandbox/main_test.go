package sandbox_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"testing"

	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/enclave/sandbox/sandboxtest"
)

// modules holds the test programs compiled to wasip1 once per test binary, by name.
var modules map[string][]byte

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "sandbox-programs-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	modules, err = sandboxtest.Build(dir, append(sandboxtest.HostilePrograms, "./examples/art/program", "./enclave/testdata/programs/hostcalls")...)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	modules["art"] = modules["program"]
	delete(modules, "program")
	modules["minimal"] = sandbox.MinimalModule()
	return m.Run()
}

// engines are the engines every behaviour test runs on.
var engines = []sandbox.Engine{sandbox.EngineCompiler, sandbox.EngineInterpreter}

// newSandbox creates a sandbox closed at the end of the test. Its logs are discarded: they
// would split benchmark result lines, which scripts/bench.sh parses.
func newSandbox(t testing.TB, cfg sandbox.Config) *sandbox.Sandbox {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	sb, err := sandbox.New(context.Background(), cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() { _ = sb.Close(context.Background()) })
	return sb
}

// run runs the named test program and fails the test on a Go error.
func run(t testing.TB, sb *sandbox.Sandbox, name string, input string, seed [32]byte) sandbox.Outcome {
	t.Helper()
	mod, ok := modules[name]
	if !ok {
		t.Fatalf("no module %q", name)
	}
	out, err := sb.Run(context.Background(), sandboxtest.ID(mod), sandboxtest.Loader(mod, nil), []byte(input), seed)
	if err != nil {
		t.Fatalf("Run(%s): %v", name, err)
	}
	return out
}
