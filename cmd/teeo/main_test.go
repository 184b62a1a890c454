package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/enclave/ipfs/ipfstest"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/enclave/service"
	"github.com/teeoracle/teeoracle/protocol"
)

// teeo runs the CLI in-process and returns its stdout.
func teeo(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	app := newApp()
	app.Writer, app.ErrWriter = &out, &errOut
	err := app.Run(append([]string{"teeo"}, args...))
	return out.String(), err
}

func field(t *testing.T, out, name string) string {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if v, ok := strings.CutPrefix(line, name+"="); ok {
			return v
		}
	}
	t.Fatalf("no %s= in %q", name, out)
	return ""
}

func TestAuthorAndRequesterFlow(t *testing.T) {
	kubo := ipfstest.Start(t)
	svc, err := service.Start(context.Background(), service.Config{
		Listen: "127.0.0.1:0", DataDir: t.TempDir(), IPFSAPI: kubo.API, InsecureSimulation: true, TLS: service.TLSOn,
	}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Stop(context.Background())
	dir := t.TempDir()
	wasm := filepath.Join(dir, "cat.wasm")
	if err := os.WriteFile(wasm, sandbox.MinimalModule(), 0o644); err != nil {
		t.Fatal(err)
	}

	// program-id
	out, err := teeo(t, "legacy", "program-id", "--wasm", wasm)
	if err != nil {
		t.Fatal(err)
	}
	wantID := protocol.ProgramID(sandbox.MinimalModule())
	if strings.TrimSpace(out) != hexutil.Encode(wantID[:]) {
		t.Fatalf("program-id %q", out)
	}

	// A simulation worker is refused unless allowed.
	if _, err := teeo(t, "enclave", "--worker", svc.URL()); err == nil || !strings.Contains(err.Error(), "simulation") {
		t.Fatalf("simulation worker accepted without --allow-simulation: %v", err)
	}
	out, err = teeo(t, "enclave", "--worker", svc.URL(), "--allow-simulation")
	if err != nil {
		t.Fatal(err)
	}
	signer := svc.Identity().Signer
	if field(t, out, "signer") != signer.Hex() || field(t, out, "insecure") != "true" {
		t.Fatalf("enclave: %q", out)
	}
	encKeyHex := field(t, out, "encryption_key")

	// encrypt-program with the key in hex gives a blob that is not the module.
	blobPath := filepath.Join(dir, "cat.enc")
	if _, err := teeo(t, "legacy", "encrypt-program", "--wasm", wasm, "--enclave-key", encKeyHex, "--out", blobPath); err != nil {
		t.Fatal(err)
	}
	blob, _ := os.ReadFile(blobPath)
	if len(blob) != 1+len(sandbox.MinimalModule())+protocol.ECIESOverhead || bytes.Contains(blob, sandbox.MinimalModule()[8:]) {
		t.Fatal("encrypted module looks wrong")
	}
	out, err = teeo(t, "upload", "--file", blobPath, "--ipfs-api", kubo.API)
	if err != nil {
		t.Fatal(err)
	}
	cid := strings.TrimSpace(out)

	// Requester: output key, encrypted input, job, decrypted output.
	keyFile := filepath.Join(dir, "out.key")
	outPub, err := teeo(t, "legacy", "output-key", "--out", keyFile)
	if err != nil {
		t.Fatal(err)
	}
	requester := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	out, err = teeo(t, "legacy", "encrypt-input", "--requester", requester.Hex(), "--program-id", hexutil.Encode(wantID[:]),
		"--enclave-key", encKeyHex, "--data", "the secret question", "--output-key", strings.TrimSpace(outPub))
	if err != nil {
		t.Fatal(err)
	}
	input, err := hexutil.Decode(strings.TrimSpace(out))
	if err != nil || input[0] != 0x13 || bytes.Contains(input, []byte("secret")) {
		t.Fatalf("envelope %x %v", input, err)
	}
	chainID, router := big.NewInt(31337), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	job := api.Job{
		ChainID: (*hexutil.Big)(chainID), Router: router, JobID: protocol.JobID(chainID, router, 1),
		Requester: requester, ProgramID: wantID, Input: input, CallbackGasLimit: 1, Fee: (*hexutil.Big)(big.NewInt(0)),
		Deadline: 2_000_000_000, ProgramCID: cid,
	}
	wc, _ := client.New(svc.URL(), client.AllowSimulation())
	res, err := wc.Execute(context.Background(), []api.Job{job})
	if err != nil || !res[0].Signed() || res[0].Status != protocol.StatusOK {
		t.Fatalf("job: %+v %v", res, err)
	}
	out, err = teeo(t, "decrypt-output", "--key-file", keyFile, "--job-id", job.JobID.Hex(), "--output", hexutil.Encode(res[0].Output))
	if err != nil {
		t.Fatal(err)
	}
	if out != "the secret question" {
		t.Fatalf("decrypted output %q", out)
	}

	// A plaintext (v2) envelope needs no key.
	out, err = teeo(t, "encrypt-input", "--plaintext", "--data", "hi")
	if err != nil || strings.TrimSpace(out) != "0x206869" {
		t.Fatalf("plaintext envelope %q %v", out, err)
	}
	// Encrypting without a requester binding is refused.
	if _, err := teeo(t, "legacy", "encrypt-input", "--program-id", hexutil.Encode(wantID[:]), "--enclave-key", encKeyHex, "--data", "x"); err == nil {
		t.Fatal("encrypted input without --requester accepted")
	}
}

// TestHelpShowsCurrentCommands: the top-level help lists the current commands by group and keeps
// the v1 ones inside the legacy group only.
func TestHelpShowsCurrentCommands(t *testing.T) {
	out, err := teeo(t, "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"authors:", "requesters:", "fleet:", "legacy (v1 format, retired):", "program ", "encrypt-input", "fleet-key", "seal-program"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) > 0 && (f[0] == "encrypt-program" || f[0] == "program-id" || f[0] == "publish") {
			t.Errorf("top-level help shows the v1 command %q:\n%s", f[0], out)
		}
	}
	// A command a helper adds registers with one line and appears in its group.
	registered = append(registered, func() *cli.Command { return &cli.Command{Name: "zz-test", Category: groupFleet, Usage: "test"} })
	defer func() { registered = registered[:len(registered)-1] }()
	if out, _ := teeo(t, "--help"); !strings.Contains(out, "zz-test") {
		t.Errorf("registered command missing from help:\n%s", out)
	}
}

// TestExplicitFlagBeatsEnvironment: alternatives read from the environment (TEEO_FILE from a
// sourced env file) never beat the one given on the command line.
func TestExplicitFlagBeatsEnvironment(t *testing.T) {
	t.Setenv("TEEO_FILE", filepath.Join(t.TempDir(), "absent"))
	out, err := teeo(t, "encrypt-input", "--plaintext", "--data", "hi")
	if err != nil || strings.TrimSpace(out) != "0x206869" {
		t.Fatalf("--data with TEEO_FILE set: %q %v", out, err)
	}
	// Without the flag, the environment counts (the file does not exist).
	if _, err := teeo(t, "encrypt-input", "--plaintext"); err == nil || !strings.Contains(err.Error(), "absent") {
		t.Fatalf("TEEO_FILE alone: %v", err)
	}
	// A flag error names the flag in one line.
	if _, err := teeo(t, "fleet-key", "--epoch", "x"); err == nil || !strings.Contains(err.Error(), "--epoch") {
		t.Fatalf("bad --epoch: %v", err)
	}
}
