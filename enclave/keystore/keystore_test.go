package keystore

import (
	"bytes"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/attest"
)

func simulation(t *testing.T) attest.Platform {
	t.Helper()
	p, err := attest.InsecureSimulation(slog.New(slog.NewTextHandler(io.Discard, nil)), true)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadOrCreatePersists(t *testing.T) {
	dir := t.TempDir()
	p := simulation(t)
	first, created, err := LoadOrCreate(dir, attest.ModeSimulation, p.Sealer)
	if err != nil || !created {
		t.Fatalf("first: created=%v err=%v", created, err)
	}
	second, created, err := LoadOrCreate(dir, attest.ModeSimulation, p.Sealer)
	if err != nil || created {
		t.Fatalf("second: created=%v err=%v", created, err)
	}
	if first.Address() != second.Address() || !first.EncryptionPublicKey().Equal(second.EncryptionPublicKey()) {
		t.Fatal("reloaded keys differ")
	}
	if first.Address() == crypto.PubkeyToAddress(*first.EncryptionPublicKey()) {
		t.Fatal("signing and encryption keys are the same key")
	}
	info, err := os.Stat(filepath.Join(dir, InsecureFile))
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v", info.Mode().Perm())
	}
	if _, err := os.Stat(filepath.Join(dir, SealedFile)); !os.IsNotExist(err) {
		t.Fatalf("simulation wrote the sealed file name: %v", err)
	}
}

// A sealer that really encrypts (like EGo's) must be what the file holds: the key bytes must not
// appear in it.
type xorSealer struct{}

func (xorSealer) Seal(p, ad []byte) ([]byte, error) {
	out := bytes.Clone(p)
	for i := range out {
		out[i] ^= 0x5a
	}
	return append([]byte("X"), out...), nil
}

func (xorSealer) Unseal(s, ad []byte) ([]byte, error) {
	if len(s) == 0 || s[0] != 'X' {
		return nil, errors.New("not sealed by xorSealer")
	}
	out := bytes.Clone(s[1:])
	for i := range out {
		out[i] ^= 0x5a
	}
	return out, nil
}

func TestSealedFileHoldsNoPlaintextKey(t *testing.T) {
	dir := t.TempDir()
	keys, _, err := LoadOrCreate(dir, attest.ModeSGX, xorSealer{})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, SealedFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range [][]byte{crypto.FromECDSA(keys.Signing), crypto.FromECDSA(keys.Encryption.ExportECDSA())} {
		if bytes.Contains(raw, secret) || bytes.Contains(raw, []byte(hex.EncodeToString(secret))) {
			t.Fatal("sealed file contains a private key in clear")
		}
	}
}

func TestUnsealFailureIsFatal(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := LoadOrCreate(dir, attest.ModeSGX, xorSealer{}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, SealedFile))
	// Another sealer (another enclave / another signer) cannot unseal: error, file untouched.
	if _, _, err := LoadOrCreate(dir, attest.ModeSGX, simulation(t).Sealer); err == nil {
		t.Fatal("foreign key file accepted")
	}
	after, _ := os.ReadFile(filepath.Join(dir, SealedFile))
	if !bytes.Equal(before, after) {
		t.Fatal("key file replaced after an unseal failure")
	}
	// A corrupt plaintext format is refused too.
	if err := os.WriteFile(filepath.Join(dir, SealedFile), []byte("Xshort"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadOrCreate(dir, attest.ModeSGX, xorSealer{}); err == nil {
		t.Fatal("corrupt key file accepted")
	}
}
