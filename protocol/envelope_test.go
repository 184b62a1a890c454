package protocol

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/teeoracle/teeoracle/protocol/hpke"
)

func hkey(t testing.TB, s hpke.Suite, fill byte) *hpke.PrivateKey {
	t.Helper()
	k, err := hpke.DeriveKeyPair(s, bytes.Repeat([]byte{fill}, hpke.SeedSize))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// fleetKeys holds epochs 1 and 2 of both suites (epoch e, suite s: key derived from byte 16*e+s).
func fleetKeys(t testing.TB) KeyFunc {
	keys := map[[2]uint32]*hpke.PrivateKey{}
	for _, e := range []uint32{1, 2} {
		for _, s := range hpke.Suites {
			keys[[2]uint32{e, uint32(s)}] = hkey(t, s, byte(16*e)+byte(s))
		}
	}
	return func(e uint32, s hpke.Suite) (*hpke.PrivateKey, error) {
		if k := keys[[2]uint32{e, uint32(s)}]; k != nil {
			return k, nil
		}
		return nil, errors.New("epoch not held")
	}
}

func fleetPub(t testing.TB, keys KeyFunc, e uint32, s hpke.Suite) *hpke.PublicKey {
	k, err := keys(e, s)
	if err != nil {
		t.Fatal(err)
	}
	return k.Public()
}

func testBinding() InputBinding {
	return InputBinding{
		ChainID:   big.NewInt(31337),
		Router:    common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
		Requester: common.HexToAddress("0x1111111111111111111111111111111111111111"),
		User:      common.HexToAddress("0x2222222222222222222222222222222222222222"),
		ProgramID: ProgramIDOf(common.HexToAddress("0x3333333333333333333333333333333333333333"), "art"),
	}
}

func TestInputRoundTrip(t *testing.T) {
	keys := fleetKeys(t)
	b := testBinding()
	payload := []byte("secret input for the program")
	outKeys := []*hpke.PublicKey{nil, hkey(t, hpke.SuiteX25519, 0xaa).Public(), hkey(t, hpke.SuiteXWing, 0xab).Public()}
	for _, fleet := range append([]hpke.Suite{0}, hpke.Suites...) {
		for _, ok := range outKeys {
			var pk *hpke.PublicKey
			if fleet != 0 {
				pk = fleetPub(t, keys, 2, fleet)
			}
			input, err := EncryptInput(pk, 2, b, payload, ok)
			if err != nil {
				t.Fatal(err)
			}
			want := byte(0x20)
			if pk != nil {
				want |= FlagEncrypted
			}
			hdrLen := 1
			if ok != nil {
				want |= FlagOutputKey
				hdrLen += 2 + ok.Suite().PublicKeySize()
			}
			if input[0] != want {
				t.Fatalf("header 0x%02x, want 0x%02x", input[0], want)
			}
			wantLen := hdrLen + len(payload)
			if pk != nil {
				wantLen += fleet.Overhead()
			}
			if len(input) != wantLen {
				t.Errorf("fleet %s out %v: %d bytes, want %d", fleet, ok != nil, len(input), wantLen)
			}
			if (pk != nil) == bytes.Contains(input, payload) {
				t.Fatalf("payload visibility wrong (encrypted=%v)", pk != nil)
			}
			epoch, enc, err := InputEpoch(input)
			if err != nil || enc != (pk != nil) || (enc && epoch != 2) || (!enc && epoch != 0) {
				t.Errorf("InputEpoch = %d %v %v", epoch, enc, err)
			}
			got, gotKey, err := OpenInput(keys, b, input)
			if err != nil || !bytes.Equal(got, payload) {
				t.Fatalf("OpenInput = %q, %v", got, err)
			}
			if (gotKey == nil) != (ok == nil) || (ok != nil && !gotKey.Equal(ok)) {
				t.Fatalf("output key %v, want %v", gotKey, ok)
			}
		}
	}
	// The empty input is an empty plaintext payload; plaintext inputs need no keys.
	if got, k, err := OpenInput(nil, b, nil); err != nil || len(got) != 0 || got == nil || k != nil {
		t.Fatalf("empty input: %q %v %v", got, k, err)
	}
	if got, _, err := OpenInput(nil, b, PlainInput([]byte("x"), nil)); err != nil || string(got) != "x" {
		t.Fatalf("plain input: %q %v", got, err)
	}
}

// TestInputRefusals: a ciphertext copied or re-bound anywhere else fails, each with its error.
func TestInputRefusals(t *testing.T) {
	keys := fleetKeys(t)
	b := testBinding()
	outKey := hkey(t, hpke.SuiteX25519, 0xaa).Public()
	attackerKey := hkey(t, hpke.SuiteX25519, 0xee).Public()
	for _, s := range hpke.Suites {
		t.Run(s.String(), func(t *testing.T) {
			input, err := EncryptInput(fleetPub(t, keys, 1, s), 1, b, []byte("bid: 100"), outKey)
			if err != nil {
				t.Fatal(err)
			}
			hdr := 1 + 2 + outKey.Suite().PublicKeySize() // input header length
			with := func(f func(*InputBinding)) InputBinding { c := b; f(&c); return c }
			edit := func(f func([]byte) []byte) []byte { return f(bytes.Clone(input)) }
			setEpoch := func(e uint32) []byte {
				return edit(func(in []byte) []byte { binary.BigEndian.PutUint32(in[hdr+7:], e); return in })
			}
			other := s + 1
			if other > hpke.SuiteXWing {
				other = hpke.SuiteX25519
			}
			cases := []struct {
				name  string
				b     InputBinding
				input []byte
				want  error
			}{
				{"other requester", with(func(c *InputBinding) { c.Requester[0] ^= 1 }), input, ErrDecrypt},
				{"other user", with(func(c *InputBinding) { c.User = common.Address{} }), input, ErrDecrypt},
				{"other program", with(func(c *InputBinding) { c.ProgramID[31] ^= 1 }), input, ErrDecrypt},
				{"other chain", with(func(c *InputBinding) { c.ChainID = big.NewInt(1) }), input, ErrDecrypt},
				{"other router", with(func(c *InputBinding) { c.Router[19] ^= 1 }), input, ErrDecrypt},
				{"header graft: attacker's output key", b, edit(func(in []byte) []byte {
					copy(in[3:], attackerKey.Bytes())
					return in
				}), ErrDecrypt},
				{"header graft: output key dropped", b, append([]byte{0x21}, input[hdr:]...), ErrDecrypt},
				{"header graft: marked plaintext", b, edit(func(in []byte) []byte { in[0] &^= FlagEncrypted; return in }), nil},
				{"epoch relabel to another held epoch", b, setEpoch(2), ErrDecrypt},
				{"epoch relabel to an unknown epoch", b, setEpoch(9), ErrNoEpochKey},
				{"epoch relabel to 0", b, setEpoch(0), ErrBadEnvelope},
				{"suite relabel", b, edit(func(in []byte) []byte {
					k, d, a := other.IDs()
					binary.BigEndian.PutUint16(in[hdr+1:], k)
					binary.BigEndian.PutUint16(in[hdr+3:], d)
					binary.BigEndian.PutUint16(in[hdr+5:], a)
					return in
				}), nil},
				{"truncated by one byte", b, input[:len(input)-1], ErrDecrypt},
				{"truncated into the hpke header", b, input[:hdr+5], ErrBadEnvelope},
				{"truncated into the output key", b, input[:hdr-1], ErrBadEnvelope},
				{"flipped ciphertext byte", b, edit(func(in []byte) []byte { in[len(in)-20] ^= 0x80; return in }), ErrDecrypt},
				{"reserved flag", b, edit(func(in []byte) []byte { in[0] |= 0x04; return in }), ErrBadEnvelope},
				{"version 1 header", b, edit(func(in []byte) []byte { in[0] = 0x13; return in }), ErrUnsupportedInput},
				{"unknown output key kem", b, edit(func(in []byte) []byte { in[1], in[2] = 0, 0x10; return in }), ErrBadEnvelope},
			}
			for _, c := range cases {
				pt, _, err := OpenInput(keys, c.b, c.input)
				if err == nil {
					if c.want == nil && !bytes.Equal(pt, []byte("bid: 100")) {
						continue // marked plaintext: the "payload" is ciphertext bytes, never the secret
					}
					t.Errorf("%s: opened %q", c.name, pt)
					continue
				}
				if c.want != nil && !errors.Is(err, c.want) {
					t.Errorf("%s: %v, want %v", c.name, err, c.want)
				}
				if c.want != ErrNoEpochKey && errors.Is(err, ErrNoEpochKey) {
					t.Errorf("%s: %v must be the requester's fault, not a missing epoch", c.name, err)
				}
			}
			// The right binding still opens the original.
			if _, _, err := OpenInput(keys, b, input); err != nil {
				t.Fatal(err)
			}
			if _, _, err := OpenInput(nil, b, input); !errors.Is(err, ErrNoEpochKey) {
				t.Errorf("no keys: %v", err)
			}
		})
	}
	if _, err := EncryptInput(fleetPub(t, keys, 1, hpke.SuiteX25519), 0, b, []byte("x"), nil); !errors.Is(err, ErrBadEnvelope) {
		t.Errorf("epoch 0 input: %v", err)
	}
}

func TestOutput(t *testing.T) {
	d := Domain{ChainID: big.NewInt(31337), Router: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	job := crypto.Keccak256Hash([]byte("job"))
	for _, s := range hpke.Suites {
		k := hkey(t, s, 0x44)
		for _, out := range [][]byte{{}, []byte("result")} {
			ct, err := EncryptOutput(k.Public(), d, job, out)
			if err != nil {
				t.Fatal(err)
			}
			if len(ct) != len(out)+s.Overhead() {
				t.Errorf("%s: %d bytes", s, len(ct))
			}
			if got, err := DecryptOutput(k, d, job, ct); err != nil || !bytes.Equal(got, out) {
				t.Fatalf("%s: %q %v", s, got, err)
			}
		}
		ct, _ := EncryptOutput(k.Public(), d, job, []byte("result"))
		relabel := bytes.Clone(ct)
		relabel[10] = 1
		for name, c := range map[string]struct {
			k   *hpke.PrivateKey
			d   Domain
			job [32]byte
			ct  []byte
			err error
		}{
			"other job":    {k, d, crypto.Keccak256Hash([]byte("job2")), ct, ErrDecrypt},
			"other router": {k, Domain{ChainID: d.ChainID, Router: common.Address{1}}, job, ct, ErrDecrypt},
			"other chain":  {k, Domain{ChainID: big.NewInt(1), Router: d.Router}, job, ct, ErrDecrypt},
			"other key":    {hkey(t, s, 0x45), d, job, ct, ErrDecrypt},
			"epoch label":  {k, d, job, relabel, ErrBadEnvelope},
			"truncated":    {k, d, job, ct[:len(ct)-1], ErrDecrypt},
			"empty":        {k, d, job, nil, ErrBadEnvelope},
		} {
			if _, err := DecryptOutput(c.k, c.d, c.job, c.ct); !errors.Is(err, c.err) {
				t.Errorf("%s %s: %v, want %v", s, name, err, c.err)
			}
		}
	}
}

func TestSecret(t *testing.T) {
	keys := fleetKeys(t)
	requester := common.HexToAddress("0x1111111111111111111111111111111111111111")
	b := SecretBinding{ChainID: big.NewInt(31337), Router: common.Address{9}, ProgramID: ProgramIDOf(common.Address{3}, "oracle")}
	bound := b
	bound.Requester = &requester
	if len(b.AAD()) != 84 || len(bound.AAD()) != 104 {
		t.Fatalf("aad lengths %d %d", len(b.AAD()), len(bound.AAD()))
	}
	for _, s := range hpke.Suites {
		for _, bind := range []SecretBinding{b, bound} {
			ct, err := SealSecret(fleetPub(t, keys, 1, s), 1, bind, []byte("api-key"))
			if err != nil {
				t.Fatal(err)
			}
			if got, err := OpenSecret(keys, bind, ct); err != nil || string(got) != "api-key" {
				t.Fatalf("%s: %q %v", s, got, err)
			}
			otherReq := common.Address{7}
			for name, c := range map[string]SecretBinding{
				"other program":   {ChainID: bind.ChainID, Router: bind.Router, ProgramID: [32]byte{1}, Requester: bind.Requester},
				"other router":    {ChainID: bind.ChainID, Router: common.Address{8}, ProgramID: bind.ProgramID, Requester: bind.Requester},
				"other chain":     {ChainID: big.NewInt(5), Router: bind.Router, ProgramID: bind.ProgramID, Requester: bind.Requester},
				"other requester": {ChainID: bind.ChainID, Router: bind.Router, ProgramID: bind.ProgramID, Requester: &otherReq},
			} {
				if _, err := OpenSecret(keys, c, ct); !errors.Is(err, ErrDecrypt) {
					t.Errorf("%s %s: %v", s, name, err)
				}
			}
			flip := SecretBinding{ChainID: bind.ChainID, Router: bind.Router, ProgramID: bind.ProgramID}
			if bind.Requester == nil {
				flip.Requester = &requester
			}
			if _, err := OpenSecret(keys, flip, ct); !errors.Is(err, ErrDecrypt) {
				t.Errorf("%s: requester binding added/removed: %v", s, err)
			}
			if _, err := OpenSecret(SingleKey(2, hkey(t, s, 1)), bind, ct); !errors.Is(err, ErrNoEpochKey) {
				t.Errorf("%s: epoch not held: %v", s, err)
			}
		}
	}
}

func TestProgram(t *testing.T) {
	keys := fleetKeys(t)
	author, _ := crypto.HexToECDSA("0101010101010101010101010101010101010101010101010101010101010101")
	mallory, _ := crypto.HexToECDSA("0606060606060606060606060606060606060606060606060606060606060606")
	d := Domain{ChainID: big.NewInt(31337), Router: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	module := []byte("\x00asm\x01\x00\x00\x00 secret generative art")
	for _, s := range hpke.Suites {
		t.Run(s.String(), func(t *testing.T) {
			pk := fleetPub(t, keys, 1, s)
			blob, m, err := SealProgram(pk, 1, d, author, "art", 3, module)
			if err != nil {
				t.Fatal(err)
			}
			pid := ProgramIDOf(crypto.PubkeyToAddress(author.PublicKey), "art")
			if m.ProgramID != pid || m.CodeHash != CodeHash(module) || m.Version != 3 {
				t.Fatalf("manifest %+v", m)
			}
			if len(blob) != 1+ManifestSize+len(module)+s.Overhead() || bytes.Contains(blob, module[8:]) {
				t.Fatalf("blob of %d bytes", len(blob))
			}
			if e, err := ProgramEpoch(blob); err != nil || e != 1 {
				t.Fatalf("ProgramEpoch %d %v", e, err)
			}
			got, gm, err := OpenProgram(keys, d, pid, 3, blob)
			if err != nil || !bytes.Equal(got, module) || gm.Digest() != m.Digest() {
				t.Fatalf("OpenProgram: %v", err)
			}

			// Mallory's own blob of the same name is another program (namespaced by author).
			mBlob, mm, err := SealProgram(pk, 1, d, mallory, "art", 3, []byte("evil"))
			if err != nil {
				t.Fatal(err)
			}
			if mm.ProgramID == pid {
				t.Fatal("two authors got the same programId")
			}
			// Mallory re-signs the author's manifest (programId kept, author changed).
			forged := func() []byte {
				p, _ := ParseProgramBlob(blob)
				p.Manifest.Author = crypto.PubkeyToAddress(mallory.PublicKey)
				p.Signature, _ = SignProgramManifest(p.Manifest, mallory)
				return p.Encode()
			}()
			// Mallory grafts her ciphertext under the author's manifest.
			grafted := append(bytes.Clone(blob[:1+ManifestSize]), mBlob[1+ManifestSize:]...)
			// Another version of the same program, by the author: its ciphertext under this manifest.
			v4, _, _ := SealProgram(pk, 1, d, author, "art", 4, module)
			swapped := append(bytes.Clone(blob[:1+ManifestSize]), v4[1+ManifestSize:]...)
			// The author signs codeHash of one module but encrypts another.
			lying := func() []byte {
				p, _ := ParseProgramBlob(blob)
				dg := p.Manifest.Digest()
				p.Ciphertext, _ = hpke.Seal(pk, 1, hpke.PurposeProgram, dg[:], []byte("other module"), nil)
				return p.Encode()
			}()
			highS := func() []byte {
				p, _ := ParseProgramBlob(blob)
				sig := MalleateRSV(p.Signature)
				p.Signature = sig
				return p.Encode()
			}()
			edit := func(i int) []byte { b := bytes.Clone(blob); b[i] ^= 1; return b }
			epochRelabel := bytes.Clone(blob)
			epochRelabel[1+ManifestSize+10] = 2
			cases := []struct {
				name    string
				d       Domain
				pid     [32]byte
				version uint32
				blob    []byte
				want    error
			}{
				{"other chain", Domain{ChainID: big.NewInt(1), Router: d.Router}, pid, 3, blob, ErrProgramManifest},
				{"other router", Domain{ChainID: d.ChainID, Router: common.Address{1}}, pid, 3, blob, ErrProgramManifest},
				{"other program", d, mm.ProgramID, 3, blob, ErrProgramManifest},
				{"other version", d, pid, 4, blob, ErrProgramManifest},
				{"codeHash edited", d, pid, 3, edit(1 + 141), ErrProgramManifest},
				{"nameHash edited", d, pid, 3, edit(1 + 105), ErrProgramManifest},
				{"re-signed by another key", d, pid, 3, forged, ErrProgramManifest},
				{"high-s signature", d, pid, 3, highS, ErrProgramManifest},
				{"ciphertext grafted from another author", d, pid, 3, grafted, ErrDecrypt},
				{"ciphertext of another version", d, pid, 3, swapped, ErrDecrypt},
				{"module does not match codeHash", d, pid, 3, lying, ErrProgramHash},
				{"epoch relabel", d, pid, 3, epochRelabel, ErrDecrypt},
				{"truncated", d, pid, 3, blob[:len(blob)-1], ErrDecrypt},
				{"truncated manifest", d, pid, 3, blob[:100], ErrBadProgramBlob},
				{"version 1 blob", d, pid, 3, append([]byte{1}, blob[1:]...), ErrBadProgramBlob},
			}
			for _, c := range cases {
				if _, _, err := OpenProgram(keys, c.d, c.pid, c.version, c.blob); !errors.Is(err, c.want) {
					t.Errorf("%s: %v, want %v", c.name, err, c.want)
				}
			}
			if _, _, err := OpenProgram(SingleKey(2, hkey(t, s, 1)), d, pid, 3, blob); !errors.Is(err, ErrNoEpochKey) {
				t.Errorf("epoch not held: %v", err)
			}
		})
	}
}

// TestProgramIDAndDigest checks programId and the EIP-712 digest of ProgramVersion against an
// independent computation (go-ethereum's apitypes.TypedDataAndHash, what wallets sign).
func TestProgramIDAndDigest(t *testing.T) {
	author := common.HexToAddress("0x3333333333333333333333333333333333333333")
	var buf []byte
	buf = append(buf, common.LeftPadBytes(author[:], 32)...)
	buf = append(buf, crypto.Keccak256([]byte("art"))...)
	if ProgramIDOf(author, "art") != crypto.Keccak256Hash(buf) {
		t.Fatal("programId is not keccak256(abi.encode(author, keccak256(name)))")
	}
	m := NewProgramManifest(Domain{ChainID: big.NewInt(31337), Router: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}, author, "art", 7, []byte("module"))
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain":   {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"ProgramVersion": {{Name: "programId", Type: "bytes32"}, {Name: "version", Type: "uint32"}, {Name: "codeHash", Type: "bytes32"}},
		},
		PrimaryType: "ProgramVersion",
		Domain:      apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion, ChainId: (*math.HexOrDecimal256)(big.NewInt(31337)), VerifyingContract: m.Router.Hex()},
		Message:     apitypes.TypedDataMessage{"programId": hexutil.Encode(m.ProgramID[:]), "version": "7", "codeHash": hexutil.Encode(m.CodeHash[:])},
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Digest(); !bytes.Equal(got[:], digest) {
		t.Fatalf("digest %x, apitypes %x", got, digest)
	}
}
