package stack

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Bins are the programs the stack runs.
type Bins struct {
	Worker  string // enclave/cmd/worker
	Relayer string // relayer/cmd/relayer
	Teeo    string // cmd/teeo
	IPFS    string // Kubo, built by scripts/kubo.sh
	Anvil   string // from tools/npm (scripts/tools.sh)
	Cast    string // from tools/npm
	ArtWasm string // examples/art/program compiled to wasip1
	// TradeWasm and CreditWasm are examples/trade/program and examples/credit/program (wasip1,
	// without egress declarations: the stack adds them for its loopback servers).
	TradeWasm, CreditWasm string
}

// Build installs what is missing (Foundry from npm, Kubo from the Go proxy) and builds the worker,
// the relayer, teeo and the art program (wasip1) into outDir. Go's build cache makes it quick
// after the first time.
func Build(ctx context.Context, root, outDir string) (Bins, error) {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return Bins{}, err
	}
	outDir, err := filepath.Abs(outDir)
	if err != nil {
		return Bins{}, err
	}
	foundry := filepath.Join(root, "tools", "npm", "node_modules", "@foundry-rs")
	b := Bins{
		Worker:     filepath.Join(outDir, "worker"),
		Relayer:    filepath.Join(outDir, "relayer"),
		Teeo:       filepath.Join(outDir, "teeo"),
		Anvil:      filepath.Join(foundry, "anvil-linux-amd64", "bin", "anvil"),
		Cast:       filepath.Join(foundry, "cast-linux-amd64", "bin", "cast"),
		ArtWasm:    filepath.Join(outDir, "art.wasm"),
		TradeWasm:  filepath.Join(outDir, "trade.wasm"),
		CreditWasm: filepath.Join(outDir, "credit.wasm"),
	}
	// One-time installs say what they do (kubo takes about 2 minutes the first time).
	if _, err := runShow(ctx, root, filepath.Join(root, "scripts", "tools.sh")); err != nil {
		return b, err
	}
	ipfs, err := runShow(ctx, root, filepath.Join(root, "scripts", "kubo.sh"))
	if err != nil {
		return b, err
	}
	b.IPFS = strings.TrimSpace(ipfs)
	// The binaries report the version `make build` would stamp (internal/buildinfo).
	version := "dev"
	if v, err := run(ctx, root, nil, "git", "describe", "--tags", "--always", "--dirty"); err == nil && strings.TrimSpace(v) != "" {
		version = strings.TrimSpace(v)
	}
	if _, err := run(ctx, root, nil, "go", "build", "-trimpath", "-ldflags", "-X github.com/teeoracle/teeoracle/internal/buildinfo.version="+version,
		"-o", outDir+string(filepath.Separator), "./enclave/cmd/worker", "./cmd/teeo", "./relayer/cmd/relayer"); err != nil {
		return b, err
	}
	if _, err := run(ctx, root, []string{"GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0"}, "go", "build", "-trimpath",
		"-o", b.ArtWasm, "./examples/art/program"); err != nil {
		return b, err
	}
	for out, pkg := range map[string]string{b.TradeWasm: "./examples/trade/program", b.CreditWasm: "./examples/credit/program"} {
		if _, err := run(ctx, root, []string{"GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0"}, "go", "build", "-trimpath", "-o", out, pkg); err != nil {
			return b, err
		}
	}
	return b, nil
}

// BuildWeb installs the web page's npm packages and bundles it (scripts/web.sh).
func BuildWeb(ctx context.Context, root string) error {
	_, err := run(ctx, root, nil, filepath.Join(root, "scripts", "web.sh"))
	return err
}

// run runs a command in dir and returns its stdout; stderr is shown on failure.
func run(ctx context.Context, dir string, env []string, bin string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("%s %s: %w\n%s", bin, strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return stdout.String(), nil
}

// runShow runs an install script with its stderr on ours and returns its stdout.
func runShow(ctx context.Context, dir, bin string) (string, error) {
	cmd := exec.CommandContext(ctx, bin)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("%s: %w", bin, err)
	}
	return string(out), nil
}

// RepoRoot finds the repository root (the directory holding go.mod) from the working directory.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			if _, err := os.Stat(filepath.Join(dir, "scripts", "pg.sh")); err == nil {
				return dir, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("stack: repository root not found above the working directory")
		}
		dir = parent
	}
}
