// Package attest is the worker's only contact with the trusted execution environment: it issues
// attestation reports over 64 bytes of report data and seals data to the enclave. Two
// implementations exist: EGo on Intel SGX (built whenever cgo is on, which ego-go always turns on)
// and an insecure simulation for machines without SGX, which must be asked for explicitly and
// says so on every start and in every report.
package attest

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
)

// Mode names an attestation implementation; it is also the report type in the worker's identity.
type Mode string

const (
	// ModeSGX: EGo inside an Intel SGX enclave; reports are Open Enclave remote reports (a 16-byte
	// header followed by an SGX DCAP quote).
	ModeSGX Mode = "sgx"
	// ModeSimulation: no enclave; reports are SimulatedReport bytes that prove nothing.
	ModeSimulation Mode = "simulation"
)

// Issuer issues attestation reports. Issue binds exactly the 64 bytes it is given into the report;
// it may be slow (an SGX quote takes tens of milliseconds) and is safe for concurrent use.
type Issuer interface {
	Mode() Mode
	Issue(reportData [64]byte) ([]byte, error)
}

// Sealer encrypts data so that only this enclave (or, with the EGo product key, a later version
// of it from the same signer) can decrypt it. additionalData is authenticated, not stored. Seal is
// randomised; both methods are safe for concurrent use and have no side effects.
type Sealer interface {
	Seal(plaintext, additionalData []byte) ([]byte, error)
	Unseal(sealed, additionalData []byte) ([]byte, error)
}

// Measurement describes the running enclave (zero values in simulation).
type Measurement struct {
	UniqueID        []byte // MRENCLAVE
	SignerID        []byte // MRSIGNER
	ProductID       uint16 // ISVPRODID
	SecurityVersion uint   // ISVSVN
	Debug           bool
}

// Platform bundles what the worker needs from the TEE.
type Platform struct {
	Issuer      Issuer
	Sealer      Sealer
	Measurement Measurement
}

// Errors.
var (
	// ErrNoEnclave: the process could not prove that it runs inside an SGX enclave.
	ErrNoEnclave = errors.New("attest: not running inside an SGX enclave")
	// ErrSimulationRefused: simulation was asked for without the explicit insecure opt-in, or
	// inside a real enclave.
	ErrSimulationRefused = errors.New("attest: insecure simulation refused")
	// ErrBadReport: report bytes do not parse.
	ErrBadReport = errors.New("attest: malformed report")
)

// SGX opens the EGo platform. It fails with ErrNoEnclave unless the process proves it runs in a
// real (not simulated) SGX enclave: EGo hands out an all-zero seal key outside one, so nothing
// may be sealed before that proof.
func SGX(log *slog.Logger) (Platform, error) { return openEGo(log) }

// InsecureSimulation opens the simulation platform. insecureOptIn must be the operator's explicit
// --insecure-simulation flag; it is refused inside a real enclave (use SGX there). It logs a
// warning that nothing is confidential.
func InsecureSimulation(log *slog.Logger, insecureOptIn bool) (Platform, error) {
	if !insecureOptIn {
		return Platform{}, fmt.Errorf("%w: pass --insecure-simulation to run without SGX (development only)", ErrSimulationRefused)
	}
	if inEnclave() {
		return Platform{}, fmt.Errorf("%w: this process runs inside an SGX enclave", ErrSimulationRefused)
	}
	log.Warn("INSECURE SIMULATION MODE: no SGX enclave; keys are stored in plaintext, reports prove nothing, " +
		"programs, inputs and outputs are NOT confidential. Never use this with real secrets or on a production chain.")
	return Platform{Issuer: simulatedIssuer{}, Sealer: insecureSealer{}}, nil
}

// SimulatedReportPrefix starts every simulated report; the 64 bytes of report data follow it.
const SimulatedReportPrefix = "TEEORACLE INSECURE SIMULATED REPORT v1: NOT AN SGX QUOTE\n"

type simulatedIssuer struct{}

func (simulatedIssuer) Mode() Mode { return ModeSimulation }

func (simulatedIssuer) Issue(reportData [64]byte) ([]byte, error) {
	return append([]byte(SimulatedReportPrefix), reportData[:]...), nil
}

// insecureFileHeader marks what the simulation "sealer" writes: the data itself, in clear.
const insecureFileHeader = "TEEORACLE INSECURE SIMULATION DATA: NOT SEALED, READABLE BY ANYONE\n"

type insecureSealer struct{}

func (insecureSealer) Seal(plaintext, _ []byte) ([]byte, error) {
	return append([]byte(insecureFileHeader), plaintext...), nil
}

func (insecureSealer) Unseal(sealed, _ []byte) ([]byte, error) {
	if !bytes.HasPrefix(sealed, []byte(insecureFileHeader)) {
		return nil, errors.New("attest: not an insecure simulation file")
	}
	return bytes.Clone(sealed[len(insecureFileHeader):]), nil
}

// Offsets in an Open Enclave SGX remote report: a 16-byte OE header, then a DCAP quote v3 whose
// report body starts at byte 48.
const (
	oeHeaderLen        = 16
	quoteReportDataOff = 368
	quoteMinLen        = 432
	quoteMREnclaveOff  = 112
	quoteMRSignerOff   = 176
	quoteProdIDOff     = 304
	quoteSVNOff        = 306
	quoteAttrFlagsOff  = 96 // attributes.flags; bit 1 = DEBUG
)

// ReportData extracts the 64 bytes of report data from a report of the given type. It does NOT
// verify the report: verifying an SGX quote (signature chain, TCB status, measurement) is the
// registrar's and relayer's job.
func ReportData(mode Mode, report []byte) ([64]byte, error) {
	var rd [64]byte
	switch mode {
	case ModeSimulation:
		if len(report) != len(SimulatedReportPrefix)+64 || !bytes.HasPrefix(report, []byte(SimulatedReportPrefix)) {
			return rd, fmt.Errorf("%w: not a simulated report", ErrBadReport)
		}
		copy(rd[:], report[len(SimulatedReportPrefix):])
	case ModeSGX:
		if len(report) < oeHeaderLen+quoteMinLen {
			return rd, fmt.Errorf("%w: %d bytes is too short for an SGX quote", ErrBadReport, len(report))
		}
		q := report[oeHeaderLen:]
		copy(rd[:], q[quoteReportDataOff:quoteReportDataOff+64])
	default:
		return rd, fmt.Errorf("%w: unknown report type %q", ErrBadReport, mode)
	}
	return rd, nil
}

// QuoteMeasurement reads (without verifying) MRENCLAVE, MRSIGNER, ISVPRODID and ISVSVN from an
// SGX remote report.
func QuoteMeasurement(report []byte) (Measurement, error) {
	if len(report) < oeHeaderLen+quoteMinLen {
		return Measurement{}, fmt.Errorf("%w: too short for an SGX quote", ErrBadReport)
	}
	q := report[oeHeaderLen:]
	return Measurement{
		UniqueID:        bytes.Clone(q[quoteMREnclaveOff : quoteMREnclaveOff+32]),
		SignerID:        bytes.Clone(q[quoteMRSignerOff : quoteMRSignerOff+32]),
		ProductID:       binary.LittleEndian.Uint16(q[quoteProdIDOff:]),
		SecurityVersion: uint(binary.LittleEndian.Uint16(q[quoteSVNOff:])),
		Debug:           q[quoteAttrFlagsOff]&0x02 != 0,
	}, nil
}
