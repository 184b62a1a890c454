// Package voucher is the client side of private payment links (contracts/src/VoucherEscrow.sol,
// docs/vouchers.md): the secrets a sender makes for one deposit, the sealed input of the voucher
// job, the voucher and claim digests, and the link that carries a voucher to whoever claims it.
//
// A sender's secrets for a deposit derive from a seed (Derive): with the seed taken from a wallet
// signature over a fixed message (SeedMessage) a sender who lost a link can make it again from the
// wallet alone, and refund the deposit. Nothing here talks to a chain.
package voucher

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/hkdf"

	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// EIP-712 names of the escrow's domain and types (VoucherEscrow.sol).
var (
	domainTypeHash  = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	nameHash        = crypto.Keccak256Hash([]byte("TeeOracleVoucher"))
	versionHash     = crypto.Keccak256Hash([]byte("1"))
	voucherTypeHash = crypto.Keccak256Hash([]byte("Voucher(uint256 amount,address claimKey)"))
	claimTypeHash   = crypto.Keccak256Hash([]byte("Claim(address recipient,uint256 fee)"))
)

// Errors.
var (
	ErrBadLink    = errors.New("voucher: malformed link")
	ErrBadVoucher = errors.New("voucher: the voucher does not verify")
)

// Secrets are what a sender makes for one deposit: the claim key (its address is sealed in the job
// input and named by the voucher; its private key travels in the link), the commitment's salt
// (opens the deposit for a refund) and the output key the voucher comes back encrypted to.
type Secrets struct {
	ClaimKey  *ecdsa.PrivateKey
	Salt      [32]byte
	OutputKey *hpke.PrivateKey
}

// SeedMessage is the text a sender's wallet signs (EIP-191 personal_sign) to make the seed of its
// n-th deposit at an escrow: keccak256 of the signature is the seed. Wallet signatures are
// deterministic (RFC 6979), so the same wallet makes the same secrets again.
func SeedMessage(chainID *big.Int, escrow common.Address, n uint64) string {
	return fmt.Sprintf("TeeOracle voucher deposit #%d at %s on chain %s.\nSign only on a page you trust: this signature opens the deposit.", n, escrow.Hex(), chainID)
}

// Derive makes a deposit's secrets from a seed (32 random bytes, or keccak256 of a wallet signature
// over SeedMessage): HKDF-SHA256(seed, info = "teeoracle/v3/voucher/" + part).
func Derive(seed []byte) (*Secrets, error) {
	if len(seed) < 32 {
		return nil, fmt.Errorf("voucher: seed of %d bytes, want at least 32", len(seed))
	}
	part := func(name string, n int) []byte {
		out := make([]byte, n)
		if _, err := io.ReadFull(hkdf.New(sha256.New, seed, nil, []byte("teeoracle/v3/voucher/"+name)), out); err != nil {
			panic(err) // only for n > 255*32
		}
		return out
	}
	// A 48-byte HKDF output reduced mod n-1, plus 1: a valid scalar with negligible bias.
	nMinus1 := new(big.Int).Sub(crypto.S256().Params().N, big.NewInt(1))
	d := new(big.Int).Mod(new(big.Int).SetBytes(part("claim-key", 48)), nMinus1)
	d.Add(d, big.NewInt(1))
	claim, err := crypto.ToECDSA(common.LeftPadBytes(d.Bytes(), 32))
	if err != nil {
		return nil, err
	}
	out, err := hpke.DeriveKeyPair(hpke.SuiteX25519, part("output-key", 32))
	if err != nil {
		return nil, err
	}
	s := &Secrets{ClaimKey: claim, OutputKey: out}
	copy(s.Salt[:], part("salt", 32))
	return s, nil
}

// ClaimAddress is the address the voucher names.
func (s *Secrets) ClaimAddress() common.Address { return crypto.PubkeyToAddress(s.ClaimKey.PublicKey) }

// Commitment is what the deposit stores: keccak256(abi.encode(claimKey, salt, sender, amount)).
func (s *Secrets) Commitment(sender common.Address, amount *big.Int) [32]byte {
	return crypto.Keccak256Hash(
		common.LeftPadBytes(s.ClaimAddress().Bytes(), 32), s.Salt[:],
		common.LeftPadBytes(sender.Bytes(), 32), common.LeftPadBytes(amount.Bytes(), 32))
}

// AmountUser is the job's user field of a deposit of amount: the denomination as an address.
func AmountUser(amount *big.Int) common.Address { return common.BigToAddress(amount) }

// Input is the voucher job's input: the claim address sealed to the fleet key, bound to the escrow
// as requester and the denomination as user, with the sender's output key in the header.
func (s *Secrets) Input(fleetKey *hpke.PublicKey, epoch uint32, chainID *big.Int, router, escrow common.Address, programID [32]byte, amount *big.Int) ([]byte, error) {
	b := protocol.InputBinding{ChainID: chainID, Router: router, Requester: escrow, User: AmountUser(amount), ProgramID: programID}
	return protocol.EncryptInput(fleetKey, epoch, b, s.ClaimAddress().Bytes(), s.OutputKey.Public())
}

// OpenVoucher decrypts the output of the deposit's voucher job (the VoucherIssued event's output).
func (s *Secrets) OpenVoucher(chainID *big.Int, router common.Address, jobID [32]byte, output []byte) ([]byte, error) {
	return protocol.DecryptOutput(s.OutputKey, protocol.Domain{ChainID: chainID, Router: router}, jobID, output)
}

func domain(chainID *big.Int, escrow common.Address) common.Hash {
	return crypto.Keccak256Hash(domainTypeHash[:], nameHash[:], versionHash[:],
		common.LeftPadBytes(chainID.Bytes(), 32), common.LeftPadBytes(escrow.Bytes(), 32))
}

func typed(d, structHash common.Hash) [32]byte {
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, d[:], structHash[:])
}

// VoucherDigest is what the program's code key signs.
func VoucherDigest(chainID *big.Int, escrow common.Address, amount *big.Int, claimKey common.Address) [32]byte {
	return typed(domain(chainID, escrow), crypto.Keccak256Hash(voucherTypeHash[:],
		common.LeftPadBytes(amount.Bytes(), 32), common.LeftPadBytes(claimKey.Bytes(), 32)))
}

// ClaimDigest is what the claim key signs: the recipient and the submitter's fee.
func ClaimDigest(chainID *big.Int, escrow, recipient common.Address, fee *big.Int) [32]byte {
	return typed(domain(chainID, escrow), crypto.Keccak256Hash(claimTypeHash[:],
		common.LeftPadBytes(recipient.Bytes(), 32), common.LeftPadBytes(fee.Bytes(), 32)))
}

// Link is everything a claim needs. Whoever holds it can claim: send it like cash.
type Link struct {
	ChainID  *big.Int
	Escrow   common.Address
	Amount   *big.Int
	ClaimKey *ecdsa.PrivateKey
	Voucher  [64]byte // EIP-2098 compact signature r || vs of the program's code key
}

const linkVersion = 1

// Encode is the link's text: "v1." + base64url (no padding) of chainId (u64) || escrow (20) ||
// amount (32) || claim private key (32) || voucher (64). Put it in a URL fragment (after #): browsers
// never send fragments to servers.
func (l *Link) Encode() string {
	b := make([]byte, 0, 8+20+32+32+64)
	b = binary.BigEndian.AppendUint64(b, l.ChainID.Uint64())
	b = append(b, l.Escrow.Bytes()...)
	b = append(b, common.LeftPadBytes(l.Amount.Bytes(), 32)...)
	b = append(b, crypto.FromECDSA(l.ClaimKey)...)
	b = append(b, l.Voucher[:]...)
	return fmt.Sprintf("v%d.%s", linkVersion, base64.RawURLEncoding.EncodeToString(b))
}

// ParseLink reads an encoded link (a whole URL is accepted: the part after '#').
func ParseLink(s string) (*Link, error) {
	if i := strings.LastIndexByte(s, '#'); i >= 0 {
		s = s[i+1:]
	}
	rest, ok := strings.CutPrefix(strings.TrimSpace(s), fmt.Sprintf("v%d.", linkVersion))
	if !ok {
		return nil, fmt.Errorf("%w: not a v%d link", ErrBadLink, linkVersion)
	}
	b, err := base64.RawURLEncoding.DecodeString(rest)
	if err != nil || len(b) != 8+20+32+32+64 {
		return nil, fmt.Errorf("%w: %d bytes", ErrBadLink, len(b))
	}
	key, err := crypto.ToECDSA(b[60:92])
	if err != nil {
		return nil, fmt.Errorf("%w: claim key: %v", ErrBadLink, err)
	}
	l := &Link{
		ChainID:  new(big.Int).SetUint64(binary.BigEndian.Uint64(b[:8])),
		Escrow:   common.BytesToAddress(b[8:28]),
		Amount:   new(big.Int).SetBytes(b[28:60]),
		ClaimKey: key,
	}
	copy(l.Voucher[:], b[92:])
	return l, nil
}

// ClaimAddress is the address the voucher names.
func (l *Link) ClaimAddress() common.Address { return crypto.PubkeyToAddress(l.ClaimKey.PublicKey) }

// Signer recovers who signed the voucher (the escrow accepts only its voucherSigner).
func (l *Link) Signer() (common.Address, error) {
	d := VoucherDigest(l.ChainID, l.Escrow, l.Amount, l.ClaimAddress())
	return Recover(d, l.Voucher)
}

// SignClaim signs the claim of this link to recipient with a submitter's fee out of the voucher;
// it returns the compact signature (r, vs).
func (l *Link) SignClaim(recipient common.Address, fee *big.Int) ([64]byte, error) {
	return SignCompact(ClaimDigest(l.ChainID, l.Escrow, recipient, fee), l.ClaimKey)
}

// SignCompact signs a digest and returns the EIP-2098 compact form (go-ethereum signs low s).
func SignCompact(digest [32]byte, key *ecdsa.PrivateKey) ([64]byte, error) {
	var out [64]byte
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return out, err
	}
	copy(out[:], sig[:64])
	if sig[64] == 1 {
		out[32] |= 0x80
	}
	return out, nil
}

// Recover returns the signer of a compact signature (zero-address error for a bad one).
func Recover(digest [32]byte, c [64]byte) (common.Address, error) {
	sig := make([]byte, 65)
	copy(sig, c[:])
	sig[32] &= 0x7f
	sig[64] = c[32] >> 7
	pub, err := crypto.SigToPub(digest[:], sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadVoucher, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
