package protocol

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// FuzzOpenInputAndProgram: arbitrary input envelopes and program blobs never panic the enclave's
// parsers, and every refusal carries one of the documented errors.
func FuzzOpenInputAndProgram(f *testing.F) {
	keys := fleetKeys(f)
	b := testBinding()
	d := Domain{ChainID: big.NewInt(31337), Router: b.Router}
	author, _ := crypto.HexToECDSA("0101010101010101010101010101010101010101010101010101010101010101")
	for _, s := range hpke.Suites {
		in, err := EncryptInput(fleetPub(f, keys, 1, s), 1, b, []byte("x"), hkey(f, s, 9).Public())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(in)
		blob, _, err := SealProgram(fleetPub(f, keys, 1, s), 1, d, author, "p", 1, []byte("\x00asm"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(blob)
	}
	f.Add([]byte{0x22, 0x64, 0x7a})
	pid := ProgramIDOf(crypto.PubkeyToAddress(author.PublicKey), "p")
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, _, err := OpenInput(keys, b, data); err != nil && !isDocumented(err) {
			t.Fatalf("OpenInput: undocumented error %v", err)
		}
		if _, _, err := OpenProgram(keys, d, pid, 1, data); err != nil && !isDocumented(err) {
			t.Fatalf("OpenProgram: undocumented error %v", err)
		}
		_, _, _ = InputEpoch(data)
		_, _ = ProgramEpoch(data)
	})
}

func isDocumented(err error) bool {
	for _, e := range []error{ErrBadEnvelope, ErrUnsupportedInput, ErrDecrypt, ErrNoEpochKey, ErrBadProgramBlob, ErrProgramManifest, ErrProgramHash} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}
