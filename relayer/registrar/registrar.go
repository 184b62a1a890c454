// Package registrar turns a worker's attested identity into an EnclaveRegistry registration, after
// verifying its evidence (`relayer enclave register`).
//
// SGX workers: the remote report is verified with dcap against Intel's root (quote signature
// chain, TCB status from the collateral), the measurement must be on the operator's policy, the
// enclave must not be a debug enclave, and the report data must bind exactly the signer, encryption
// key and TLS key the worker claims. Simulation workers prove nothing; they are accepted only when
// the operator says so (and the registry only takes them if it was deployed for a dev chain).
package registrar

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/dcap"
	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/protocol"
)

// ErrSimulation means a simulation worker was offered without AllowSimulation.
var ErrSimulation = errors.New("registrar: worker runs in insecure simulation mode")

// Options decide what is accepted.
type Options struct {
	// AllowSimulation accepts simulation workers (development chains only).
	AllowSimulation bool
	// SimulationMREnclave is the measurement recorded for a simulation worker (the registry owner
	// must have allowlisted it).
	SimulationMREnclave common.Hash
	// Policy is the measurement/TCB policy for SGX workers (ReportData is set by Verify).
	Policy dcap.Policy
	// Collateral returns the DCAP collateral for a quote (Intel PCS / a PCCS, or a file).
	Collateral func(ctx context.Context, q *dcap.Quote) (*dcap.Collateral, error)
	// Now is the verification time (default time.Now).
	Now func() time.Time
}

// Registration builds the registration of a worker identity, verifying it first.
func Registration(ctx context.Context, id api.Identity, payee common.Address, expiresAt time.Time, o Options) (bindings.EnclaveRegistryRegistration, error) {
	var reg bindings.EnclaveRegistryRegistration
	if payee == (common.Address{}) {
		return reg, errors.New("registrar: payee required")
	}
	encKey, err := protocol.ParsePublicKey(id.EncryptionKey)
	if err != nil {
		return reg, fmt.Errorf("registrar: encryption key: %w", err)
	}
	want := protocol.ReportData(id.Signer, encKey, id.TLSKeyHash)
	if len(id.ReportData) != 64 || [64]byte(id.ReportData) != want {
		return reg, errors.New("registrar: report data does not bind the claimed signer and keys")
	}
	digest := sha256.Sum256(id.Report)
	reg = bindings.EnclaveRegistryRegistration{
		Signer: id.Signer, Payee: payee, ExpiresAt: big.NewInt(expiresAt.Unix()), EvidenceDigest: digest,
		EncryptionKey: id.EncryptionKey,
	}
	now := time.Now
	if o.Now != nil {
		now = o.Now
	}
	switch id.ReportType {
	case "simulation":
		if !o.AllowSimulation || !id.Insecure {
			return reg, ErrSimulation
		}
		reg.Simulated = true
		reg.MrEnclave = o.SimulationMREnclave
		return reg, nil
	case "sgx":
	default:
		return reg, fmt.Errorf("registrar: unknown report type %q", id.ReportType)
	}
	if o.Collateral == nil {
		return reg, errors.New("registrar: SGX evidence needs collateral (PCS URL or file)")
	}
	q, err := dcap.Parse(id.Report)
	if err != nil {
		return reg, fmt.Errorf("registrar: report: %w", err)
	}
	col, err := o.Collateral(ctx, q)
	if err != nil {
		return reg, fmt.Errorf("registrar: collateral: %w", err)
	}
	vid, err := dcap.VerifyQuote(q, col, dcap.VerifyOptions{Now: now()})
	if err != nil {
		return reg, fmt.Errorf("registrar: quote: %w", err)
	}
	policy := o.Policy
	policy.ReportData = want
	if err := policy.Check(vid); err != nil {
		return reg, fmt.Errorf("registrar: policy: %w", err)
	}
	reg.MrEnclave, reg.MrSigner, reg.ProductId, reg.Svn = vid.MREnclave, vid.MRSigner, vid.ProductID, vid.SVN
	return reg, nil
}
