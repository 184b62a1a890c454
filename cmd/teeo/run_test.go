package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/enclave/sandbox/sandboxtest"
)

// TestRun runs real WASI programs locally with `teeo run`: the same sandbox, limits and statuses as
// the worker (a well-behaved program, an endless loop stopped at the time limit, a memory bomb, a
// crash, an output over the limit), so an author sees a program's outcome before publishing it.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	mods, err := sandboxtest.Build(dir, "./enclave/testdata/programs/upper", "./enclave/testdata/programs/loop",
		"./enclave/testdata/programs/membomb", "./enclave/testdata/programs/crash")
	if err != nil {
		t.Fatal(err)
	}
	wasm := func(name string) string {
		p := filepath.Join(dir, name+".wasm")
		if err := os.WriteFile(p, mods[name], 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	run := func(args ...string) (string, string, error) {
		var out, errOut strings.Builder
		app := newApp()
		app.Writer, app.ErrWriter = &out, &errOut
		err := app.Run(append([]string{"teeo", "run"}, args...))
		return out.String(), errOut.String(), err
	}

	out, info, err := run("--wasm", wasm("upper"), "--input", "hello sandbox")
	if err != nil || out != "HELLO SANDBOX" || !strings.Contains(info, "status=ok (0)") || !strings.Contains(info, "exit_code=0") {
		t.Fatalf("upper: %q %q %v", out, info, err)
	}
	if out, _, err := run("--wasm", wasm("upper"), "--input-hex", "0x6869", "--hex"); err != nil || strings.TrimSpace(out) != "0x4849" {
		t.Fatalf("upper --hex: %q %v", out, err)
	}
	if _, _, err := run("--wasm", wasm("upper"), "--input", "a", "--input-hex", "0x61"); err == nil || !strings.Contains(err.Error(), "one of") {
		t.Fatalf("two inputs accepted: %v", err)
	}
	// Output over the limit: output_too_large, nothing printed.
	if out, info, err := run("--wasm", wasm("upper"), "--input", strings.Repeat("x", 100), "--max-output-bytes", "10"); !errors.Is(err, errRunStatus) || out != "" || !strings.Contains(info, "status=output_too_large (5)") {
		t.Fatalf("output limit: %q %q %v", out, info, err)
	}

	t0 := time.Now()
	_, info, err = run("--wasm", wasm("loop"), "--time-limit", "300ms")
	if !errors.Is(err, errRunStatus) || !strings.Contains(info, "status=timeout (3)") || time.Since(t0) > time.Minute {
		t.Fatalf("loop: %q %v", info, err)
	}
	if _, info, err := run("--wasm", wasm("membomb"), "--memory-limit-mb", "16"); !errors.Is(err, errRunStatus) || !strings.Contains(info, "status=memory_limit (4)") {
		t.Fatalf("membomb: %q %v", info, err)
	}
	if _, info, err := run("--wasm", wasm("crash")); !errors.Is(err, errRunStatus) || !strings.Contains(info, "status=program_error (2)") {
		t.Fatalf("crash: %q %v", info, err)
	}
	// Not WebAssembly: program_error, as the worker would sign.
	junk := filepath.Join(dir, "junk.wasm")
	if err := os.WriteFile(junk, []byte("not wasm"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, info, err := run("--wasm", junk); !errors.Is(err, errRunStatus) || !strings.Contains(info, "status=program_error") {
		t.Fatalf("junk: %q %v", info, err)
	}
}
