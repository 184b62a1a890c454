// Package sandboxtest helps tests run real WASI programs in the sandbox: it compiles Go main
// packages to wasip1 modules and wraps module bytes as sandbox loaders.
package sandboxtest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/sandbox"
)

// HostilePrograms are the test programs in enclave/testdata/programs: a well-behaved one (upper)
// and the hostile ones (endless loop, memory bomb, huge output, crashes, confinement probes).
var HostilePrograms = []string{
	"./enclave/testdata/programs/upper",
	"./enclave/testdata/programs/loop",
	"./enclave/testdata/programs/membomb",
	"./enclave/testdata/programs/bigoutput",
	"./enclave/testdata/programs/crash",
	"./enclave/testdata/programs/confined",
}

// Build compiles Go main packages to WASI modules (GOOS=wasip1 GOARCH=wasm) with a single
// `go build` run from the module root, into dir, and returns each module's bytes keyed by the
// last element of its package path. pkgs are relative to the module root, e.g.
// "./enclave/testdata/programs/upper" or "./examples/art/program". Go's wasip1 build takes
// seconds: call it once per test binary (TestMain) with every package needed.
func Build(dir string, pkgs ...string) (map[string][]byte, error) {
	if len(pkgs) == 0 {
		return map[string][]byte{}, nil
	}
	gomod, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return nil, fmt.Errorf("sandboxtest: go env GOMOD: %w", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(gomod)))
	outDir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	args := append([]string{"build", "-trimpath", "-o", outDir + string(filepath.Separator)}, pkgs...)
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("sandboxtest: go %s: %w\n%s", strings.Join(args, " "), err, stderr.String())
	}
	modules := make(map[string][]byte, len(pkgs))
	for _, p := range pkgs {
		name := path.Base(p)
		if _, dup := modules[name]; dup {
			return nil, fmt.Errorf("sandboxtest: two packages named %q", name)
		}
		b, err := os.ReadFile(filepath.Join(outDir, name))
		if err != nil {
			return nil, fmt.Errorf("sandboxtest: read built module: %w", err)
		}
		modules[name] = b
	}
	return modules, nil
}

// ID returns the programId of a module: keccak256 of its bytes.
func ID(module []byte) [32]byte { return crypto.Keccak256Hash(module) }

// Loader returns a sandbox.Loader that hands out module and counts its calls in calls (if not
// nil).
func Loader(module []byte, calls *atomic.Int64) sandbox.Loader {
	return func(context.Context) ([]byte, error) {
		if calls != nil {
			calls.Add(1)
		}
		return module, nil
	}
}
