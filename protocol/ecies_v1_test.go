package protocol

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

func testKey(t *testing.T, hexKey string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestInputEnvelopeRoundTrip(t *testing.T) {
	enclave := testKey(t, "0101010101010101010101010101010101010101010101010101010101010101")
	outKey := testKey(t, "0202020202020202020202020202020202020202020202020202020202020202")
	requester := common.HexToAddress("0x1111111111111111111111111111111111111111")
	programID := ProgramID([]byte("program"))
	payload := []byte("secret input")

	tests := []struct {
		name      string
		encrypt   bool
		outputKey *ecdsa.PublicKey
		header    byte
	}{
		{"plaintext", false, nil, 0x10},
		{"plaintext with output key", false, &outKey.PublicKey, 0x12},
		{"encrypted", true, nil, 0x11},
		{"encrypted with output key", true, &outKey.PublicKey, 0x13},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ek *ecdsa.PublicKey
			if tt.encrypt {
				ek = &enclave.PublicKey
			}
			input, err := SealInput(ek, requester, programID, payload, tt.outputKey)
			if err != nil {
				t.Fatal(err)
			}
			if input[0] != tt.header {
				t.Fatalf("header 0x%02x, want 0x%02x", input[0], tt.header)
			}
			if tt.encrypt == bytes.Contains(input, payload) {
				t.Fatalf("payload visible = %v in %x", !tt.encrypt, input)
			}
			got, gotKey, err := OpenInputV1(ecies.ImportECDSA(enclave), requester, programID, input)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, payload) {
				t.Fatalf("payload %q, want %q", got, payload)
			}
			if (gotKey == nil) != (tt.outputKey == nil) || (gotKey != nil && !gotKey.Equal(tt.outputKey)) {
				t.Fatalf("output key %v, want %v", gotKey, tt.outputKey)
			}
		})
	}
}

func TestOpenInputRejectsCopiesAndTampering(t *testing.T) {
	enclave := testKey(t, "0101010101010101010101010101010101010101010101010101010101010101")
	other := testKey(t, "0303030303030303030303030303030303030303030303030303030303030303")
	outKey := testKey(t, "0202020202020202020202020202020202020202020202020202020202020202")
	requester := common.HexToAddress("0x1111111111111111111111111111111111111111")
	programID := ProgramID([]byte("program"))
	sealed, err := SealInput(&enclave.PublicKey, requester, programID, []byte("secret"), nil)
	if err != nil {
		t.Fatal(err)
	}
	withKey, err := SealInput(&enclave.PublicKey, requester, programID, []byte("secret"), &outKey.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	// Graft another output key onto the ciphertext: the header is MAC'd, so it must fail.
	grafted := append([]byte{withKey[0]}, crypto.CompressPubkey(&other.PublicKey)...)
	grafted = append(grafted, withKey[1+CompressedKeyLen:]...)
	// Strip the output key: header changes from 0x13 to 0x11.
	stripped := append([]byte{0x11}, withKey[1+CompressedKeyLen:]...)
	flipped := bytes.Clone(sealed)
	flipped[len(flipped)-40] ^= 1

	tests := []struct {
		name      string
		key       *ecdsa.PrivateKey
		requester common.Address
		programID [32]byte
		input     []byte
		want      error
	}{
		{"other requester", enclave, common.HexToAddress("0x2222222222222222222222222222222222222222"), programID, sealed, ErrDecrypt},
		{"other program", enclave, requester, ProgramID([]byte("other program")), sealed, ErrDecrypt},
		{"other enclave key", other, requester, programID, sealed, ErrDecrypt},
		{"grafted output key", enclave, requester, programID, grafted, ErrDecrypt},
		{"stripped output key", enclave, requester, programID, stripped, ErrDecrypt},
		{"flipped ciphertext bit", enclave, requester, programID, flipped, ErrDecrypt},
		{"truncated ciphertext", enclave, requester, programID, sealed[:40], ErrDecrypt},
		{"version 2", enclave, requester, programID, []byte{0x21, 1, 2, 3}, ErrBadEnvelope},
		{"version 0", enclave, requester, programID, []byte{0x00, 1, 2, 3}, ErrBadEnvelope},
		{"reserved flag", enclave, requester, programID, []byte{0x14, 1, 2, 3}, ErrBadEnvelope},
		{"truncated output key", enclave, requester, programID, []byte{0x12, 2, 3}, ErrBadEnvelope},
		{"output key off curve", enclave, requester, programID, append([]byte{0x12, 0x02}, bytes.Repeat([]byte{0xff}, 32)...), ErrBadEnvelope},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := OpenInputV1(ecies.ImportECDSA(tt.key), tt.requester, tt.programID, tt.input)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
	// Sanity: the untampered inputs open.
	if _, _, err := OpenInputV1(ecies.ImportECDSA(enclave), requester, programID, withKey); err != nil {
		t.Fatal(err)
	}
}

func TestEmptyInput(t *testing.T) {
	payload, key, err := OpenInputV1(nil, common.Address{}, [32]byte{}, nil)
	if err != nil || len(payload) != 0 || key != nil {
		t.Fatalf("empty input: %q %v %v", payload, key, err)
	}
	enclave := testKey(t, "0101010101010101010101010101010101010101010101010101010101010101")
	if _, err := SealInput(&enclave.PublicKey, common.Address{}, [32]byte{}, nil, nil); !errors.Is(err, ErrBadEnvelope) {
		t.Fatalf("encrypting an empty payload: err = %v, want ErrBadEnvelope", err)
	}
	if _, _, err := OpenInputV1(nil, common.Address{}, [32]byte{}, []byte{0x11, 1, 2}); !errors.Is(err, ErrDecrypt) {
		t.Fatalf("encrypted input without key: err = %v, want ErrDecrypt", err)
	}
}

func TestProgramEncryption(t *testing.T) {
	enclave := testKey(t, "0101010101010101010101010101010101010101010101010101010101010101")
	other := testKey(t, "0303030303030303030303030303030303030303030303030303030303030303")
	module := []byte("\x00asm\x01\x00\x00\x00 pretend module")
	blob, id, err := EncryptProgram(&enclave.PublicKey, module)
	if err != nil {
		t.Fatal(err)
	}
	if id != crypto.Keccak256Hash(module) {
		t.Fatalf("programId %x is not keccak256 of the module", id)
	}
	if bytes.Contains(blob, module) || blob[0] != ProgramBlobVersion {
		t.Fatalf("blob does not look encrypted: %x", blob)
	}
	got, err := DecryptProgram(ecies.ImportECDSA(enclave), id, blob)
	if err != nil || !bytes.Equal(got, module) {
		t.Fatalf("decrypt: %q %v", got, err)
	}

	// A blob whose MAC binds the programId but whose module hashes to something else.
	liar, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(&enclave.PublicKey), []byte("another module"), nil, programMAC(id))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		key  *ecdsa.PrivateKey
		id   [32]byte
		blob []byte
		want error
	}{
		{"wrong key", other, id, blob, ErrDecrypt},
		{"wrong programId", enclave, ProgramID([]byte("x")), blob, ErrDecrypt},
		{"hash mismatch", enclave, id, append([]byte{ProgramBlobVersion}, liar...), ErrProgramHash},
		{"bad version", enclave, id, append([]byte{2}, blob[1:]...), ErrBadProgramBlob},
		{"too short", enclave, id, blob[:50], ErrBadProgramBlob},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := DecryptProgram(ecies.ImportECDSA(tt.key), tt.id, tt.blob); !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestOutputEncryption(t *testing.T) {
	key := testKey(t, "0202020202020202020202020202020202020202020202020202020202020202")
	job := [32]byte{1}
	ct, err := EncryptOutputV1(&key.PublicKey, job, []byte("result"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ct) != len("result")+ECIESOverhead {
		t.Fatalf("ciphertext length %d", len(ct))
	}
	pt, err := DecryptOutputV1(key, job, ct)
	if err != nil || string(pt) != "result" {
		t.Fatalf("decrypt: %q %v", pt, err)
	}
	if _, err := DecryptOutputV1(key, [32]byte{2}, ct); !errors.Is(err, ErrDecrypt) {
		t.Fatalf("other job: err = %v, want ErrDecrypt", err)
	}
	empty, err := EncryptOutputV1(&key.PublicKey, job, nil)
	if err != nil || len(empty) != 0 {
		t.Fatalf("empty output: %x %v", empty, err)
	}
}

func TestReportData(t *testing.T) {
	signKey := testKey(t, "0101010101010101010101010101010101010101010101010101010101010101")
	encKey := testKey(t, "0202020202020202020202020202020202020202020202020202020202020202")
	signer := crypto.PubkeyToAddress(signKey.PublicKey)
	tlsHash := [32]byte{9, 9, 9}
	rd := ReportData(signer, &encKey.PublicKey, tlsHash)
	if !bytes.Equal(rd[32:], tlsHash[:]) {
		t.Fatalf("tls half %x", rd[32:])
	}
	// Fixed vector: registrars in other languages must compute the same bytes.
	const want = "keccak256(\"teeoracle/identity/v1\" || signer || compressed enc key)"
	exp := crypto.Keccak256([]byte("teeoracle/identity/v1"), signer[:], crypto.CompressPubkey(&encKey.PublicKey))
	if !bytes.Equal(rd[:32], exp) {
		t.Fatalf("identity half %x, want %s = %x", rd[:32], want, exp)
	}
	if got := hex.EncodeToString(rd[:32]); got != identityVector {
		t.Fatalf("identity hash vector changed: %s, want %s", got, identityVector)
	}
	if err := CheckReportData(rd[:], signer, &encKey.PublicKey); err != nil {
		t.Fatal(err)
	}
	if err := CheckReportData(rd[:], common.Address{1}, &encKey.PublicKey); err == nil {
		t.Fatal("report data accepted for another signer")
	}
	if err := CheckReportData(rd[:], signer, &signKey.PublicKey); err == nil {
		t.Fatal("report data accepted for another encryption key")
	}
	if err := CheckReportData(rd[:32], signer, &encKey.PublicKey); err == nil {
		t.Fatal("short report data accepted")
	}
}

// identityVector is IdentityHash(address of key 0x01..01, public key of 0x02..02).
const identityVector = "3d937ed271a2064c36e56ba7123a68ecb41b3edf296ab9fa088aa41959786038"

// TestInputEnvelopeVector pins a fixed encrypted envelope (made once by SealInput): a
// reimplementation (web frontend) can check its decryption against it, and this test fails if the
// format or its MAC binding ever changes. The enclave key is 0x01..01, the output key 0x02..02's,
// requester 0x11..11, programId keccak256("program"), payload "hello".
func TestInputEnvelopeVector(t *testing.T) {
	enclave := testKey(t, "0101010101010101010101010101010101010101010101010101010101010101")
	outKey := testKey(t, "0202020202020202020202020202020202020202020202020202020202020202")
	requester := common.HexToAddress("0x1111111111111111111111111111111111111111")
	programID := ProgramID([]byte("program"))
	input, err := hex.DecodeString(envelopeVector)
	if err != nil {
		t.Fatal(err)
	}
	pt, gotKey, err := OpenInputV1(ecies.ImportECDSA(enclave), requester, programID, input)
	if err != nil || string(pt) != "hello" {
		t.Fatalf("open: %q %v", pt, err)
	}
	if gotKey == nil || !gotKey.Equal(&outKey.PublicKey) {
		t.Fatalf("output key %v", gotKey)
	}
	if len(input) != 1+CompressedKeyLen+len("hello")+ECIESOverhead {
		t.Fatalf("envelope length %d", len(input))
	}
}

const envelopeVector = "13024d4b6cd1361032ca9bd2aeb9d900aa4d45d9ead80ac9423374c451a7254d076604495d24824cc5f51949625444a0780319631bc6607f58a9abe6a1dd0b03271f57f8a2d6d15514c392e230fce49a6540f5aef7b701fb7b3961fbf669f6215f98a60102030405060708090a0b0c0d0e0f10da931b18062dfc7502db8c6af907feac11b152f6fd22961e8c22c6a4ef486bd7ddd3e03346"

func TestParsePublicKey(t *testing.T) {
	k := testKey(t, "0202020202020202020202020202020202020202020202020202020202020202")
	for _, b := range [][]byte{crypto.CompressPubkey(&k.PublicKey), crypto.FromECDSAPub(&k.PublicKey)} {
		pub, err := ParsePublicKey(b)
		if err != nil || !pub.Equal(&k.PublicKey) {
			t.Fatalf("parse %x: %v", b, err)
		}
	}
	for _, b := range [][]byte{nil, make([]byte, 33), make([]byte, 65), make([]byte, 64)} {
		if _, err := ParsePublicKey(b); !errors.Is(err, ErrBadPublicKey) {
			t.Fatalf("parse %x: err = %v, want ErrBadPublicKey", b, err)
		}
	}
}
