//go:build cgo

package attest

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"log/slog"

	"github.com/edgelesssys/ego/ecrypto"
	"github.com/edgelesssys/ego/enclave"
)

// EGoAvailable reports whether this binary contains the EGo implementation (built with cgo).
const EGoAvailable = true

// inEnclave reports whether the process runs inside an SGX enclave (EGo's GetSelfReport only
// succeeds there).
func inEnclave() bool {
	_, err := enclave.GetSelfReport()
	return err == nil
}

func openEGo(log *slog.Logger) (Platform, error) {
	self, err := enclave.GetSelfReport()
	if err != nil {
		return Platform{}, fmt.Errorf("%w: self report: %v", ErrNoEnclave, err)
	}
	// In Open Enclave's simulation mode (OE_SIMULATION=1) the seal key ID is all zero and every
	// seal key is predictable: that is no enclave either.
	id, err := enclave.GetSealKeyID()
	if err != nil {
		return Platform{}, fmt.Errorf("%w: seal key id: %v", ErrNoEnclave, err)
	}
	if bytes.Equal(id, make([]byte, len(id))) {
		return Platform{}, fmt.Errorf("%w: all-zero seal key id (simulated enclave)", ErrNoEnclave)
	}
	// A remote report must be obtainable, else nobody can register this worker.
	if _, err := enclave.GetRemoteReport(make([]byte, 64)); err != nil {
		return Platform{}, fmt.Errorf("%w: remote report: %v", ErrNoEnclave, err)
	}
	m := Measurement{
		UniqueID:        self.UniqueID,
		SignerID:        self.SignerID,
		SecurityVersion: self.SecurityVersion,
		Debug:           self.Debug,
	}
	if len(self.ProductID) >= 2 {
		m.ProductID = binary.LittleEndian.Uint16(self.ProductID)
	}
	if m.Debug {
		log.Warn("running in a DEBUG enclave: its memory can be read with a debugger; registrars refuse debug enclaves")
	}
	log.Info("SGX enclave", "unique_id", fmt.Sprintf("%x", m.UniqueID), "signer_id", fmt.Sprintf("%x", m.SignerID),
		"product_id", m.ProductID, "security_version", m.SecurityVersion)
	return Platform{Issuer: egoIssuer{}, Sealer: egoSealer{}, Measurement: m}, nil
}

type egoIssuer struct{}

func (egoIssuer) Mode() Mode { return ModeSGX }

func (egoIssuer) Issue(reportData [64]byte) ([]byte, error) {
	r, err := enclave.GetRemoteReport(reportData[:])
	if err != nil {
		return nil, fmt.Errorf("attest: remote report: %w", err)
	}
	return r, nil
}

// egoSealer seals with the product seal key (MRSIGNER + ISVPRODID, at this ISVSVN): an upgraded
// enclave from the same signer and product with an equal or higher security version can unseal,
// an older one cannot. Only reachable through openEGo, i.e. after the enclave proof.
type egoSealer struct{}

func (egoSealer) Seal(plaintext, additionalData []byte) ([]byte, error) {
	return ecrypto.SealWithProductKey(plaintext, additionalData)
}

func (egoSealer) Unseal(sealed, additionalData []byte) ([]byte, error) {
	return ecrypto.Unseal(sealed, additionalData)
}
