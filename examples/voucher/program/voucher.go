package main

import (
	"errors"
	"fmt"
	"math/big"

	"golang.org/x/crypto/sha3"
)

var (
	domainTypeHash  = keccak([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	nameHash        = keccak([]byte("TeeOracleVoucher"))
	versionHash     = keccak([]byte("1"))
	voucherTypeHash = keccak([]byte("Voucher(uint256 amount,address claimKey)"))
	// secp256k1's group order n; a compact signature needs s <= n/2 (the host signs low-s).
	halfN, _ = new(big.Int).SetString("7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0", 16)
)

// voucherDigest is the EIP-712 digest of Voucher(amount = user as a number, claimKey = input) in
// the escrow's (the requester's) domain on chainID.
func voucherDigest(chainID *big.Int, escrow, user [20]byte, input []byte) ([32]byte, error) {
	if len(input) != 20 {
		return [32]byte{}, fmt.Errorf("input is %d bytes, want a 20-byte claim address", len(input))
	}
	var claim [20]byte
	copy(claim[:], input)
	if claim == ([20]byte{}) {
		return [32]byte{}, errors.New("zero claim address")
	}
	amount := new(big.Int).SetBytes(user[:])
	if amount.Sign() == 0 {
		return [32]byte{}, errors.New("zero amount: the requester is not a voucher escrow")
	}
	if chainID == nil || chainID.Sign() <= 0 || chainID.BitLen() > 256 {
		return [32]byte{}, errors.New("bad chain id")
	}
	domain := keccak(domainTypeHash[:], nameHash[:], versionHash[:], word(chainID.Bytes()), word(escrow[:]))
	structHash := keccak(voucherTypeHash[:], word(amount.Bytes()), word(claim[:]))
	return keccak([]byte{0x19, 0x01}, domain[:], structHash[:]), nil
}

// compact turns a 65-byte r || s || v (v = 27 or 28, low s) signature into EIP-2098's r || vs.
func compact(sig [65]byte) ([]byte, error) {
	v := sig[64]
	if v != 27 && v != 28 {
		return nil, fmt.Errorf("signature v = %d", v)
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(halfN) > 0 {
		return nil, errors.New("high-s signature")
	}
	out := make([]byte, 64)
	copy(out, sig[:64])
	if v == 28 {
		out[32] |= 0x80
	}
	return out, nil
}

func word(b []byte) []byte {
	w := make([]byte, 32)
	copy(w[32-len(b):], b)
	return w
}

func keccak(parts ...[]byte) (h [32]byte) {
	k := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		k.Write(p)
	}
	k.Sum(h[:0])
	return h
}
