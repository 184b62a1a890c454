package hpke

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"testing"
)

func mustKey(t testing.TB, s Suite, fill byte) *PrivateKey {
	t.Helper()
	sk, err := DeriveKeyPair(s, bytes.Repeat([]byte{fill}, SeedSize))
	if err != nil {
		t.Fatal(err)
	}
	return sk
}

func TestSuites(t *testing.T) {
	for _, tt := range []struct {
		s                Suite
		kem, kdf, aead   uint16
		pub, enc, overhd int
	}{
		{SuiteX25519, 0x0020, 0x0001, 0x0001, 32, 32, 59},
		{SuiteXWing, 0x647a, 0x0001, 0x0002, 1216, 1120, 1147},
	} {
		k, d, a := tt.s.IDs()
		if k != tt.kem || d != tt.kdf || a != tt.aead {
			t.Errorf("%s: ids %#x %#x %#x", tt.s, k, d, a)
		}
		if got, err := SuiteFromIDs(k, d, a); err != nil || got != tt.s {
			t.Errorf("SuiteFromIDs(%s) = %v, %v", tt.s, got, err)
		}
		if got, err := ParseSuite(tt.s.String()); err != nil || got != tt.s {
			t.Errorf("ParseSuite(%s) = %v, %v", tt.s, got, err)
		}
		if tt.s.PublicKeySize() != tt.pub || tt.s.EncSize() != tt.enc || tt.s.Overhead() != tt.overhd {
			t.Errorf("%s: sizes %d %d %d", tt.s, tt.s.PublicKeySize(), tt.s.EncSize(), tt.s.Overhead())
		}
	}
	if _, err := ParseSuite("p256"); !errors.Is(err, ErrUnknownSuite) {
		t.Errorf("ParseSuite(p256) = %v", err)
	}
	if _, err := SuiteFromIDs(0x20, 1, 2); !errors.Is(err, ErrUnknownSuite) {
		t.Errorf("mixed ids = %v", err)
	}
	if s, _ := ParseSuite(""); s != DefaultSuite {
		t.Errorf("default suite %s", s)
	}
	if _, err := DeriveKeyPair(Suite(0), make([]byte, 32)); !errors.Is(err, ErrUnknownSuite) {
		t.Errorf("zero suite = %v", err)
	}
}

func TestKeys(t *testing.T) {
	for _, s := range Suites {
		t.Run(s.String(), func(t *testing.T) {
			a, b := mustKey(t, s, 1), mustKey(t, s, 1)
			if !a.Public().Equal(b.Public()) || !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatal("DeriveKeyPair is not deterministic")
			}
			if c := mustKey(t, s, 2); c.Public().Equal(a.Public()) {
				t.Fatal("different ikm, same key")
			}
			if len(a.Bytes()) != SeedSize || len(a.Public().Bytes()) != s.PublicKeySize() {
				t.Fatalf("sizes %d %d", len(a.Bytes()), len(a.Public().Bytes()))
			}
			sk, err := ParsePrivateKey(s, a.Bytes())
			if err != nil || !sk.Public().Equal(a.Public()) {
				t.Fatalf("ParsePrivateKey round trip: %v", err)
			}
			pk, err := ParsePublicKey(s, a.Public().Bytes())
			if err != nil || !pk.Equal(a.Public()) {
				t.Fatalf("ParsePublicKey round trip: %v", err)
			}
			if _, err := ParsePublicKey(s, a.Public().Bytes()[1:]); !errors.Is(err, ErrMalformed) {
				t.Errorf("short public key: %v", err)
			}
			if _, err := DeriveKeyPair(s, make([]byte, 31)); !errors.Is(err, ErrMalformed) {
				t.Errorf("short ikm: %v", err)
			}
			g1, err := GenerateKeyPair(s, nil)
			if err != nil {
				t.Fatal(err)
			}
			g2, _ := GenerateKeyPair(s, nil)
			if g1.Public().Equal(g2.Public()) {
				t.Fatal("two generated keys are equal")
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	purposes := []string{PurposeInput, PurposeProgram, PurposeOutput, PurposeSecret, PurposeFleetTransport}
	for _, s := range Suites {
		sk := mustKey(t, s, 7)
		for _, p := range purposes {
			for _, n := range []int{0, 1, 64, 5000} {
				pt := bytes.Repeat([]byte{0x5a}, n)
				aad := []byte("context " + p)
				ct, err := Seal(sk.Public(), 42, p, aad, pt, nil)
				if err != nil {
					t.Fatalf("%s/%s/%d: %v", s, p, n, err)
				}
				if len(ct) != n+s.Overhead() {
					t.Errorf("%s/%s/%d: %d bytes, want %d", s, p, n, len(ct), n+s.Overhead())
				}
				gs, ge, err := Header(ct)
				if err != nil || gs != s || ge != 42 {
					t.Errorf("Header = %s %d %v", gs, ge, err)
				}
				got, err := Open(sk, p, aad, ct)
				if err != nil || !bytes.Equal(got, pt) {
					t.Fatalf("%s/%s/%d: Open = %x, %v", s, p, n, got, err)
				}
				if n == 64 && bytes.Contains(ct, pt[:16]) {
					t.Error("plaintext visible in ciphertext")
				}
			}
		}
	}
}

// TestRefusals: every way of moving a ciphertext out of its context fails with the right error.
func TestRefusals(t *testing.T) {
	for _, s := range Suites {
		t.Run(s.String(), func(t *testing.T) {
			sk := mustKey(t, s, 3)
			other := mustKey(t, s, 4)
			var otherSuite *PrivateKey
			if s == SuiteX25519 {
				otherSuite = mustKey(t, SuiteXWing, 3)
			} else {
				otherSuite = mustKey(t, SuiteX25519, 3)
			}
			aad := []byte("aad")
			ct, err := Seal(sk.Public(), 5, PurposeInput, aad, []byte("hello world"), nil)
			if err != nil {
				t.Fatal(err)
			}
			relabel := func(f func(b []byte)) []byte { b := bytes.Clone(ct); f(b); return b }
			ok, oa, ob := uint16(0), uint16(0), uint16(0)
			if s == SuiteX25519 {
				ok, oa, ob = SuiteXWing.IDs()
			} else {
				ok, oa, ob = SuiteX25519.IDs()
			}
			cases := []struct {
				name    string
				key     *PrivateKey
				purpose string
				aad     []byte
				ct      []byte
				want    error
			}{
				{"other key", other, PurposeInput, aad, ct, ErrDecrypt},
				{"other suite key", otherSuite, PurposeInput, aad, ct, ErrDecrypt},
				{"other purpose", sk, PurposeSecret, aad, ct, ErrDecrypt},
				{"other aad", sk, PurposeInput, []byte("aae"), ct, ErrDecrypt},
				{"no aad", sk, PurposeInput, nil, ct, ErrDecrypt},
				{"epoch relabel", sk, PurposeInput, aad, relabel(func(b []byte) { binary.BigEndian.PutUint32(b[7:], 6) }), ErrDecrypt},
				{"epoch zeroed", sk, PurposeInput, aad, relabel(func(b []byte) { binary.BigEndian.PutUint32(b[7:], 0) }), ErrDecrypt},
				{"suite relabel", sk, PurposeInput, aad, relabel(func(b []byte) {
					binary.BigEndian.PutUint16(b[1:], ok)
					binary.BigEndian.PutUint16(b[3:], oa)
					binary.BigEndian.PutUint16(b[5:], ob)
				}), nil}, // ErrMalformed (too short for X-Wing) or ErrDecrypt (suite mismatch)
				{"aead relabel", sk, PurposeInput, aad, relabel(func(b []byte) { b[6] ^= 3 }), ErrUnknownSuite},
				{"version", sk, PurposeInput, aad, relabel(func(b []byte) { b[0] = 1 }), ErrMalformed},
				{"enc flipped", sk, PurposeInput, aad, relabel(func(b []byte) { b[HeaderSize] ^= 1 }), ErrDecrypt},
				{"ct flipped", sk, PurposeInput, aad, relabel(func(b []byte) { b[len(b)-1] ^= 1 }), ErrDecrypt},
				{"truncated tag", sk, PurposeInput, aad, ct[:len(ct)-1], ErrDecrypt},
				{"truncated to overhead-1", sk, PurposeInput, aad, ct[:s.Overhead()-1], ErrMalformed},
				{"header only", sk, PurposeInput, aad, ct[:HeaderSize], ErrMalformed},
				{"empty", sk, PurposeInput, aad, nil, ErrMalformed},
				{"extended", sk, PurposeInput, aad, append(bytes.Clone(ct), 0), ErrDecrypt},
			}
			for _, c := range cases {
				pt, err := Open(c.key, c.purpose, c.aad, c.ct)
				if err == nil {
					t.Errorf("%s: opened: %q", c.name, pt)
					continue
				}
				if c.want != nil && !errors.Is(err, c.want) {
					t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
				}
				if c.want == nil && !errors.Is(err, ErrDecrypt) && !errors.Is(err, ErrMalformed) {
					t.Errorf("%s: err = %v", c.name, err)
				}
			}
			if _, err := Seal(sk.Public(), 1, "", nil, []byte("x"), nil); err == nil {
				t.Error("empty purpose sealed")
			}
		})
	}
}

// TestRFC9180 checks the base-mode key schedule and single-shot seal against RFC 9180 A.1.1.
func TestRFC9180(t *testing.T) {
	var v struct {
		KEM, KDF, AEAD uint16
		Info           string `json:"info"`
		IkmR, IkmE     string
		SkRm, PkRm     string
		Enc            string `json:"enc"`
		Encryptions    []struct{ Aad, Ct, Pt string }
	}
	raw, err := os.ReadFile("../testdata/rfc9180_a1_1.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	var ids struct {
		KEM  uint16 `json:"kem_id"`
		KDF  uint16 `json:"kdf_id"`
		AEAD uint16 `json:"aead_id"`
	}
	_ = json.Unmarshal(raw, &ids)
	if s, err := SuiteFromIDs(ids.KEM, ids.KDF, ids.AEAD); err != nil || s != SuiteX25519 {
		t.Fatalf("vector suite %v %v", s, err)
	}
	h := func(s string) []byte {
		b, err := hex.DecodeString(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	sk, err := DeriveKeyPair(SuiteX25519, h(v.IkmR))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(sk.Bytes(), h(v.SkRm)) || !bytes.Equal(sk.Public().Bytes(), h(v.PkRm)) {
		t.Fatalf("DeriveKeyPair: sk %x pk %x", sk.Bytes(), sk.Public().Bytes())
	}
	e := v.Encryptions[0]
	enc, ct, err := sealBase(sk.Public(), h(v.Info), h(e.Aad), h(e.Pt), bytes.NewReader(h(v.IkmE)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(enc, h(v.Enc)) || !bytes.Equal(ct, h(e.Ct)) {
		t.Fatalf("seal: enc %x ct %x", enc, ct)
	}
	pt, err := openBase(sk, h(v.Info), enc, h(e.Aad), ct)
	if err != nil || !bytes.Equal(pt, h(e.Pt)) {
		t.Fatalf("open: %x %v", pt, err)
	}
}

func TestDeterministicSeal(t *testing.T) {
	for _, s := range Suites {
		sk := mustKey(t, s, 9)
		rnd := bytes.Repeat([]byte{0x11}, 64)
		a, err := Seal(sk.Public(), 1, PurposeOutput, nil, []byte("x"), bytes.NewReader(rnd))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := Seal(sk.Public(), 1, PurposeOutput, nil, []byte("x"), bytes.NewReader(rnd))
		c, _ := Seal(sk.Public(), 1, PurposeOutput, nil, []byte("x"), nil)
		if !bytes.Equal(a, b) || bytes.Equal(a, c) {
			t.Errorf("%s: fixed randomness must give fixed output, fresh randomness a fresh one", s)
		}
		if _, err := Seal(sk.Public(), 1, PurposeOutput, nil, []byte("x"), bytes.NewReader(rnd[:10])); err == nil {
			t.Errorf("%s: short randomness accepted", s)
		}
	}
}

// TestXWingDraftVector checks the X-Wing KEM under the HPKE suite against the first test vector of
// draft-connolly-cfrg-xwing-kem-08 (Appendix C): the 32-byte seed gives the public key, the 64-byte
// encapsulation randomness gives the ciphertext (our enc), and decapsulation the shared secret.
func TestXWingDraftVector(t *testing.T) {
	raw, err := os.ReadFile("../testdata/xwing_draft08_c1.json")
	if err != nil {
		t.Fatal(err)
	}
	var v struct{ SK, PK, Eseed, CT, SS string }
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	h := func(s string) []byte {
		b, err := hex.DecodeString(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	sk, err := ParsePrivateKey(SuiteXWing, h(v.SK))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(sk.Public().Bytes(), h(v.PK)) {
		t.Fatal("public key of the draft's seed differs")
	}
	enc, ct, err := sealBase(sk.Public(), []byte("info"), nil, []byte("pt"), bytes.NewReader(h(v.Eseed)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(enc, h(v.CT)) {
		t.Fatal("encapsulation with the draft's eseed differs")
	}
	ss, err := SuiteXWing.scheme().Decapsulate(sk.sk, enc)
	if err != nil || !bytes.Equal(ss, h(v.SS)) {
		t.Fatalf("shared secret %x, %v", ss, err)
	}
	if pt, err := openBase(sk, []byte("info"), enc, nil, ct); err != nil || string(pt) != "pt" {
		t.Fatalf("open: %q %v", pt, err)
	}
}
