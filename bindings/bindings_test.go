package bindings_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/teeoracle/teeoracle/bindings/gen"
)

// TestBindingsUpToDate rebuilds the contracts and fails when regenerating the bindings would
// change bindings/teeoracle.go (run `make bindings` and commit the result).
func TestBindingsUpToDate(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	forge := filepath.Join(root, "tools/npm/node_modules/@foundry-rs/forge-linux-amd64/bin/forge")
	if _, err := os.Stat(forge); err != nil {
		if out, err := exec.Command(filepath.Join(root, "scripts/tools.sh")).CombinedOutput(); err != nil {
			t.Fatalf("installing tools: %v\n%s", err, out)
		}
	}
	build := exec.Command(forge, "build")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("forge build: %v\n%s", err, out)
	}
	want, err := gen.Generate(filepath.Join(root, "contracts/out"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(root, gen.OutputFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: run `make bindings` and commit it", gen.OutputFile)
	}
}
