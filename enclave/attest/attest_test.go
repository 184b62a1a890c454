package attest

import (
	"bytes"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"
)

func discard() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func TestInsecureSimulationNeedsOptIn(t *testing.T) {
	if _, err := InsecureSimulation(discard(), false); !errors.Is(err, ErrSimulationRefused) {
		t.Fatalf("err = %v, want ErrSimulationRefused", err)
	}
	var logs bytes.Buffer
	p, err := InsecureSimulation(slog.New(slog.NewTextHandler(&logs, nil)), true)
	if err != nil {
		t.Fatal(err)
	}
	if p.Issuer.Mode() != ModeSimulation {
		t.Fatalf("mode %q", p.Issuer.Mode())
	}
	if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "INSECURE SIMULATION") {
		t.Fatalf("no loud warning logged: %q", logs.String())
	}
}

func TestSimulatedReport(t *testing.T) {
	p, err := InsecureSimulation(discard(), true)
	if err != nil {
		t.Fatal(err)
	}
	var rd [64]byte
	copy(rd[:], bytes.Repeat([]byte{0xab}, 64))
	rep, err := p.Issuer.Issue(rd)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(rep, []byte(SimulatedReportPrefix)) {
		t.Fatalf("report does not say it is simulated: %q", rep)
	}
	got, err := ReportData(ModeSimulation, rep)
	if err != nil || got != rd {
		t.Fatalf("report data %x %v", got, err)
	}
	for name, bad := range map[string][]byte{
		"truncated":  rep[:len(rep)-1],
		"prefix off": append([]byte("X"), rep[1:]...),
	} {
		if _, err := ReportData(ModeSimulation, bad); !errors.Is(err, ErrBadReport) {
			t.Fatalf("%s: err = %v, want ErrBadReport", name, err)
		}
	}
	if _, err := ReportData(ModeSGX, rep); !errors.Is(err, ErrBadReport) {
		t.Fatalf("simulated report parsed as SGX: %v", err)
	}
	if _, err := ReportData("tdx", rep); !errors.Is(err, ErrBadReport) {
		t.Fatalf("unknown mode accepted: %v", err)
	}
}

func TestInsecureSealer(t *testing.T) {
	p, err := InsecureSimulation(discard(), true)
	if err != nil {
		t.Fatal(err)
	}
	sealed, err := p.Sealer.Seal([]byte("keys"), []byte("ad"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(sealed), "TEEORACLE INSECURE SIMULATION DATA") {
		t.Fatalf("insecure file is not clearly marked: %q", sealed)
	}
	got, err := p.Sealer.Unseal(sealed, []byte("ad"))
	if err != nil || string(got) != "keys" {
		t.Fatalf("unseal: %q %v", got, err)
	}
	if _, err := p.Sealer.Unseal([]byte("keys"), nil); err == nil {
		t.Fatal("unmarked file accepted")
	}
}

// This machine has no SGX: the EGo platform must refuse to open (with cgo, EGo's calls fail
// outside an enclave; without cgo, EGo is not built in). Nothing may be sealed then.
func TestSGXRefusedOutsideEnclave(t *testing.T) {
	if _, err := SGX(discard()); !errors.Is(err, ErrNoEnclave) {
		t.Fatalf("err = %v, want ErrNoEnclave (EGo built in: %v)", err, EGoAvailable)
	}
	if inEnclave() {
		t.Fatal("inEnclave() true on a machine without SGX")
	}
}

// A real DCAP quote v3 (oasis-core test vector) wrapped in an Open Enclave header.
func TestQuoteParsing(t *testing.T) {
	quote, err := os.ReadFile("testdata/oasis_quote_v3_ecdsa_p256_pck_chain.bin")
	if err != nil {
		t.Fatal(err)
	}
	report := append(make([]byte, oeHeaderLen), quote...)
	m, err := QuoteMeasurement(report)
	if err != nil {
		t.Fatal(err)
	}
	if got := hex.EncodeToString(m.UniqueID); got != "68823bc62f409ee33a32ea270cfe45d4b19a6fb3c8570d7bc186cbe062398e8f" {
		t.Fatalf("MRENCLAVE %s", got)
	}
	if got := hex.EncodeToString(m.SignerID); got != "9affcfae47b848ec2caf1c49b4b283531e1cc425f93582b36806e52a43d78d1a" {
		t.Fatalf("MRSIGNER %s", got)
	}
	if m.ProductID != 0 || m.SecurityVersion != 0 || m.Debug {
		t.Fatalf("measurement %+v", m)
	}
	rd, err := ReportData(ModeSGX, report)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(rd[:], quote[368:432]) {
		t.Fatalf("report data %x", rd)
	}
	if _, err := QuoteMeasurement(report[:100]); !errors.Is(err, ErrBadReport) {
		t.Fatalf("short report: %v", err)
	}
}
