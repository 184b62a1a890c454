package hpke

import (
	"bytes"
	"testing"
)

// FuzzOpen: arbitrary bytes never panic Header or Open, and never open without the right aad.
func FuzzOpen(f *testing.F) {
	keys := map[Suite]*PrivateKey{}
	for _, s := range Suites {
		keys[s] = mustKey(f, s, 5)
		ct, err := Seal(keys[s].Public(), 1, PurposeInput, []byte("aad"), []byte("seed plaintext"), nil)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(ct)
		f.Add(ct[:HeaderSize+3])
	}
	f.Add([]byte{2, 0, 0x20, 0, 1, 0, 1, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, _, err := Header(b)
		if err != nil {
			return
		}
		if pt, err := Open(keys[s], PurposeInput, []byte("other aad"), b); err == nil {
			t.Fatalf("opened with the wrong aad: %q", pt)
		}
		if pt, err := Open(keys[s], PurposeInput, []byte("aad"), b); err == nil && !bytes.Equal(pt, []byte("seed plaintext")) {
			t.Fatalf("forged plaintext %q", pt)
		}
	})
}
