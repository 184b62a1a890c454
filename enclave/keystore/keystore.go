// Package keystore holds the enclave worker's two long-lived keys: the secp256k1 signing key
// (its address is the enclave's on-chain identity) and the secp256k1 ECIES key pair that program
// authors and requesters encrypt to. Keys are generated inside the enclave and persist only
// through an attest.Sealer: sealed to the enclave in SGX mode, in a clearly marked insecure file in
// simulation mode. They are never logged or written in clear by this package.
package keystore

import (
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/teeoracle/teeoracle/enclave/attest"
)

// File names in the data directory, one per mode, so that a simulation run never reads or
// overwrites the keys of an SGX run and the insecure file says what it is.
const (
	SealedFile   = "worker-keys.sealed"
	InsecureFile = "worker-keys.INSECURE-SIMULATION-PLAINTEXT"
)

// sealAD is the additional data the key file is sealed with, and the plaintext format version.
const (
	sealAD      = "teeoracle/worker-keys/v1"
	fileVersion = 1
	plainLen    = 1 + 32 + 32
)

// Keys are the worker's long-lived keys.
type Keys struct {
	Signing    *ecdsa.PrivateKey
	Encryption *ecies.PrivateKey
}

// Address is the signer address (the enclave's on-chain identity).
func (k *Keys) Address() common.Address { return crypto.PubkeyToAddress(k.Signing.PublicKey) }

// EncryptionPublicKey is the public half of the ECIES key.
func (k *Keys) EncryptionPublicKey() *ecdsa.PublicKey { return &k.Encryption.ExportECDSA().PublicKey }

// Generate creates fresh keys from crypto/rand (inside the enclave: RDRAND via EGo).
func Generate() (*Keys, error) {
	sk, err := ecdsa.GenerateKey(crypto.S256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("keystore: signing key: %w", err)
	}
	ek, err := ecies.GenerateKey(rand.Reader, crypto.S256(), nil)
	if err != nil {
		return nil, fmt.Errorf("keystore: encryption key: %w", err)
	}
	return &Keys{Signing: sk, Encryption: ek}, nil
}

// FileName returns the key file name for a platform mode.
func FileName(mode attest.Mode) string {
	if mode == attest.ModeSGX {
		return SealedFile
	}
	return InsecureFile
}

// LoadOrCreate loads the keys sealed in dir, or generates, seals and stores new ones when there is
// no key file yet. created says which happened. An existing file that does not unseal is an error
// (never silently replaced: that would change the enclave's identity). Not safe to call from two
// processes on one directory at once.
func LoadOrCreate(dir string, mode attest.Mode, sealer attest.Sealer) (keys *Keys, created bool, err error) {
	path := filepath.Join(dir, FileName(mode))
	sealed, err := os.ReadFile(path)
	switch {
	case err == nil:
		keys, err := open(sealed, sealer)
		if err != nil {
			return nil, false, fmt.Errorf("keystore: %s: %w", path, err)
		}
		return keys, false, nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil, false, fmt.Errorf("keystore: %w", err)
	}
	keys, err = Generate()
	if err != nil {
		return nil, false, err
	}
	if err := Store(dir, mode, sealer, keys); err != nil {
		return nil, false, err
	}
	return keys, true, nil
}

// Store seals keys and writes them to dir atomically (0600).
func Store(dir string, mode attest.Mode, sealer attest.Sealer, keys *Keys) error {
	plain := make([]byte, 0, plainLen)
	plain = append(plain, fileVersion)
	plain = append(plain, crypto.FromECDSA(keys.Signing)...)
	plain = append(plain, crypto.FromECDSA(keys.Encryption.ExportECDSA())...)
	sealed, err := sealer.Seal(plain, []byte(sealAD))
	clear(plain)
	if err != nil {
		return fmt.Errorf("keystore: seal: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("keystore: %w", err)
	}
	f, err := os.CreateTemp(dir, ".keys-*")
	if err != nil {
		return fmt.Errorf("keystore: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op after the rename
	if _, err := f.Write(sealed); err != nil {
		f.Close()
		return fmt.Errorf("keystore: write: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("keystore: sync: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("keystore: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, FileName(mode))); err != nil {
		return fmt.Errorf("keystore: %w", err)
	}
	return nil
}

func open(sealed []byte, sealer attest.Sealer) (*Keys, error) {
	plain, err := sealer.Unseal(sealed, []byte(sealAD))
	if err != nil {
		return nil, fmt.Errorf("unseal: %w", err)
	}
	defer clear(plain)
	if len(plain) != plainLen || plain[0] != fileVersion {
		return nil, errors.New("unsealed key file has an unknown format")
	}
	sk, err := crypto.ToECDSA(plain[1:33])
	if err != nil {
		return nil, fmt.Errorf("signing key: %w", err)
	}
	ek, err := crypto.ToECDSA(plain[33:65])
	if err != nil {
		return nil, fmt.Errorf("encryption key: %w", err)
	}
	return &Keys{Signing: sk, Encryption: ecies.ImportECDSA(ek)}, nil
}
