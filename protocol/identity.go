package protocol

// # Enclave identity (attestation report data)
//
// The 64-byte SGX report data of a worker's attestation report is
//
//	[0:32]  IdentityHash = keccak256("teeoracle/identity/v1" || signer address (20) ||
//	        compressed encryption public key (33))
//	[32:64] SHA-256 of the DER SubjectPublicKeyInfo of the worker's TLS certificate, or 32 zero
//	        bytes when the worker serves no TLS
//
// A registrar checks [0:32] against the signer and encryption key it registers; an API client
// checks [32:64] against the certificate of the TLS connection it got the report on.

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const identityTag = "teeoracle/identity/v1"

// IdentityHash binds an enclave's signing address and encryption key: the first half of its
// attestation report data.
func IdentityHash(signer common.Address, encryptionKey *ecdsa.PublicKey) [32]byte {
	return crypto.Keccak256Hash([]byte(identityTag), signer[:], crypto.CompressPubkey(encryptionKey))
}

// ReportData returns the 64-byte report data of an enclave attestation: IdentityHash followed by
// tlsKeyHash (SHA-256 of the TLS certificate's DER SubjectPublicKeyInfo, zero without TLS).
func ReportData(signer common.Address, encryptionKey *ecdsa.PublicKey, tlsKeyHash [32]byte) [64]byte {
	var rd [64]byte
	id := IdentityHash(signer, encryptionKey)
	copy(rd[:32], id[:])
	copy(rd[32:], tlsKeyHash[:])
	return rd
}

// CheckReportData reports whether reportData binds signer and encryptionKey (its first half).
func CheckReportData(reportData []byte, signer common.Address, encryptionKey *ecdsa.PublicKey) error {
	if len(reportData) != 64 {
		return fmt.Errorf("protocol: report data is %d bytes, want 64", len(reportData))
	}
	id := IdentityHash(signer, encryptionKey)
	if !bytes.Equal(reportData[:32], id[:]) {
		return errors.New("protocol: report data does not bind this signer and encryption key")
	}
	return nil
}

// ParsePublicKey parses a secp256k1 public key, compressed (33 bytes) or uncompressed (65 bytes).
func ParsePublicKey(b []byte) (*ecdsa.PublicKey, error) {
	var (
		pub *ecdsa.PublicKey
		err error
	)
	switch len(b) {
	case CompressedKeyLen:
		pub, err = crypto.DecompressPubkey(b)
	case 65:
		pub, err = crypto.UnmarshalPubkey(b)
	default:
		err = fmt.Errorf("length %d", len(b))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadPublicKey, err)
	}
	return pub, nil
}
