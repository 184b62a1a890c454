package protocol

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/protocol/hpke"
)

var updateSecrets = flag.Bool("update-secrets", false, "rewrite protocol/testdata/secrets_vectors.json")

const secretsVectorsFile = "testdata/secrets_vectors.json"

type secretsFixture struct {
	d         Domain
	author    common.Address
	authorKey []byte
	fleet     *hpke.PrivateKey
	dapp      common.Address
	other     common.Address
}

func newSecretsFixture(t *testing.T) secretsFixture {
	t.Helper()
	k, _ := crypto.HexToECDSA("0101010101010101010101010101010101010101010101010101010101010101")
	sk, err := hpke.DeriveKeyPair(hpke.SuiteX25519, vecIKM("secrets/fleet"))
	if err != nil {
		t.Fatal(err)
	}
	return secretsFixture{
		d:         Domain{ChainID: big.NewInt(31337), Router: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")},
		author:    crypto.PubkeyToAddress(k.PublicKey),
		authorKey: crypto.FromECDSA(k),
		fleet:     sk,
		dapp:      common.HexToAddress("0x1111111111111111111111111111111111111111"),
		other:     common.HexToAddress("0x3333333333333333333333333333333333333333"),
	}
}

func (f secretsFixture) seal(t *testing.T, name string, secrets []SecretValue) ([]byte, [32]byte) {
	t.Helper()
	k, _ := crypto.ToECDSA(f.authorKey)
	raw, h, err := SealSecretsBundle(f.fleet.Public(), 1, f.d, k, name, secrets)
	if err != nil {
		t.Fatal(err)
	}
	return raw, h
}

func testSecrets(f secretsFixture) []SecretValue {
	return []SecretValue{
		{Name: "api-key", Value: []byte("AKIA-test-key")},
		{Name: "api-secret", Requester: f.dapp, Value: []byte("s3cr3t-for-the-dapp")},
		{Name: "api-secret", Value: []byte("s3cr3t-for-anyone")},
	}
}

func TestSecretsBundleOpensForItsJob(t *testing.T) {
	f := newSecretsFixture(t)
	raw, h := f.seal(t, "trade", testSecrets(f))
	pid := ProgramIDOf(f.author, "trade")
	b, err := VerifySecretsBundle(SecretsJob{Domain: f.d, ProgramID: pid, Requester: f.dapp, BundleHash: h}, raw)
	if err != nil {
		t.Fatal(err)
	}
	keys := SingleKey(1, f.fleet)
	got, err := b.Open(keys, f.dapp)
	if err != nil {
		t.Fatal(err)
	}
	if string(got["api-key"]) != "AKIA-test-key" || string(got["api-secret"]) != "s3cr3t-for-the-dapp" || len(got) != 2 {
		t.Fatalf("dapp's secrets = %q", got)
	}
	// Another requester gets only the general entries: never the dapp's secret.
	got, err = b.Open(keys, f.other)
	if err != nil {
		t.Fatal(err)
	}
	if string(got["api-secret"]) != "s3cr3t-for-anyone" || len(got) != 2 {
		t.Fatalf("other requester's secrets = %q", got)
	}
	if eps := b.Epochs(); len(eps) != 1 || eps[0] != 1 {
		t.Fatalf("epochs = %v", eps)
	}
	// Not held: ErrNoEpochKey (unsigned, retried elsewhere), never a decrypt error.
	_, err = b.Open(SingleKey(2, f.fleet), f.dapp)
	if !errors.Is(err, ErrNoEpochKey) {
		t.Fatalf("open without the epoch: %v, want ErrNoEpochKey", err)
	}
}

// Attack tests: a bundle (or an entry) moved to another program, requester, chain or router,
// one not signed by the author, a swapped bundle, renamed entries: all refused.
func TestSecretsBundleBindingsRefused(t *testing.T) {
	f := newSecretsFixture(t)
	raw, h := f.seal(t, "trade", testSecrets(f))
	pid := ProgramIDOf(f.author, "trade")
	job := SecretsJob{Domain: f.d, ProgramID: pid, Requester: f.dapp, BundleHash: h}

	otherRaw, otherHash := f.seal(t, "credit", testSecrets(f)) // the author's other program
	strangerKey, _ := crypto.GenerateKey()
	forged, forgedHash, err := SealSecretsBundle(f.fleet.Public(), 1, f.d, strangerKey, "trade", testSecrets(f))
	if err != nil {
		t.Fatal(err)
	}
	// A stranger re-signs the author's bundle body under its own key: the author field stays the
	// author's, the signature is not.
	b0, _ := ParseSecretsBundle(raw)
	sig, _ := SignDigest(b0.Digest(), strangerKey)
	resigned := append(b0.Body(), append(sig.RSV()[:64], sig.RSV()[64]+27)...)

	otherChain := job
	otherChain.Domain = Domain{ChainID: big.NewInt(1), Router: f.d.Router}
	otherRouter := job
	otherRouter.Domain = Domain{ChainID: f.d.ChainID, Router: f.other}
	otherProgram := job
	otherProgram.ProgramID = ProgramIDOf(f.author, "credit")

	cases := []struct {
		name string
		job  SecretsJob
		raw  []byte
		want error
	}{
		{"other chain", otherChain, raw, ErrSecretsBundleRefused},
		{"other router", otherRouter, raw, ErrSecretsBundleRefused},
		{"other program's bundle under this program's hash", job, otherRaw, ErrSecretsBundleRefused},
		{"other program's bundle with its own hash", SecretsJob{Domain: f.d, ProgramID: pid, BundleHash: otherHash}, otherRaw, ErrSecretsBundleRefused},
		{"bundle of a stranger for a program id it cannot own", SecretsJob{Domain: f.d, ProgramID: pid, BundleHash: forgedHash}, forged, ErrSecretsBundleRefused},
		{"author's bundle re-signed by a stranger", job, resigned, ErrSecretsBundleRefused},
		{"swapped bundle (hash on-chain differs)", SecretsJob{Domain: f.d, ProgramID: pid, BundleHash: crypto.Keccak256Hash([]byte("x"))}, raw, ErrSecretsBundleRefused},
		{"truncated", job, raw[:100], ErrSecretsBundleRefused},
		{"empty", job, nil, ErrBadSecretsBundle},
		{"this program's bundle for a job of another program", otherProgram, raw, ErrSecretsBundleRefused},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := VerifySecretsBundle(c.job, c.raw)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}

	// An entry moved into a bundle of another program (the author re-signs it, so the bundle
	// checks pass) does not decrypt there: the aad binds the program.
	ob, _ := ParseSecretsBundle(otherRaw)
	b, _ := ParseSecretsBundle(raw)
	ob.Entries[0].Envelope = b.Entries[0].Envelope
	if _, err := ob.Open(SingleKey(1, f.fleet), f.dapp); !errors.Is(err, ErrDecrypt) {
		t.Fatalf("entry moved to another program: %v, want ErrDecrypt", err)
	}
	// Renaming an entry (api-key <-> api-secret) makes it undecryptable: the name is bound.
	rb, _ := ParseSecretsBundle(raw)
	rb.Entries[0].Name, rb.Entries[2].Name = rb.Entries[2].Name, rb.Entries[0].Name
	if _, err := rb.Open(SingleKey(1, f.fleet), f.other); !errors.Is(err, ErrDecrypt) {
		t.Fatalf("renamed entry: %v, want ErrDecrypt", err)
	}
	// Re-labelling the dapp's entry as one for any requester: the aad has no requester then.
	lb, _ := ParseSecretsBundle(raw)
	lb.Entries = []SecretEntry{{Name: "api-secret", Envelope: lb.Entries[1].Envelope}}
	if _, err := lb.Open(SingleKey(1, f.fleet), f.other); !errors.Is(err, ErrDecrypt) {
		t.Fatalf("requester entry relabelled for anyone: %v, want ErrDecrypt", err)
	}
	// ... and re-labelling it for another requester.
	lb2, _ := ParseSecretsBundle(raw)
	lb2.Entries[1].Requester = f.other
	if _, err := lb2.Open(SingleKey(1, f.fleet), f.other); !errors.Is(err, ErrDecrypt) {
		t.Fatalf("requester entry relabelled for another requester: %v, want ErrDecrypt", err)
	}
}

func TestSecretsBundleMalformed(t *testing.T) {
	f := newSecretsFixture(t)
	k, _ := crypto.ToECDSA(f.authorKey)
	for _, c := range []struct {
		name    string
		secrets []SecretValue
	}{
		{"none", nil},
		{"bad name", []SecretValue{{Name: "a b", Value: []byte("x")}}},
		{"empty name", []SecretValue{{Name: "", Value: []byte("x")}}},
		{"duplicate", []SecretValue{{Name: "a", Value: []byte("x")}, {Name: "a", Value: []byte("y")}}},
		{"too long", []SecretValue{{Name: "a", Value: make([]byte, MaxSecretBytes+1)}}},
	} {
		if _, _, err := SealSecretsBundle(f.fleet.Public(), 1, f.d, k, "p", c.secrets); !errors.Is(err, ErrBadSecretsBundle) {
			t.Errorf("%s: %v, want ErrBadSecretsBundle", c.name, err)
		}
	}
	raw, _ := f.seal(t, "p", []SecretValue{{Name: "a", Value: []byte("x")}})
	for i := 0; i < len(raw)-65; i++ {
		if _, err := ParseSecretsBundle(append(raw[:i:i], raw[len(raw)-65:]...)); err == nil && i != len(raw)-65 {
			t.Fatalf("truncated to %d body bytes: parsed", i)
		}
	}
	bad := append([]byte{}, raw...)
	bad[0] = 2
	if _, err := ParseSecretsBundle(bad); !errors.Is(err, ErrBadSecretsBundle) {
		t.Fatalf("version 2: %v", err)
	}
}

func TestSecretsInputSplit(t *testing.T) {
	pt, err := EncodeSecretsInput([]UserSecret{{Name: "bank-token", Value: []byte("tok-alice")}}, []byte(`{"amount":500}`))
	if err != nil {
		t.Fatal(err)
	}
	if !IsSecretsInput(pt) {
		t.Fatal("not recognised")
	}
	secrets, stdin, err := SplitSecretsInput(pt)
	if err != nil {
		t.Fatal(err)
	}
	if string(secrets["bank-token"]) != "tok-alice" || string(stdin) != `{"amount":500}` {
		t.Fatalf("split = %q, %q", secrets, stdin)
	}
	if _, err := MergeSecrets(map[string][]byte{"bank-token": []byte("author")}, secrets); !errors.Is(err, ErrBadSecretsInput) {
		t.Fatalf("user secret shadowing an author secret: %v", err)
	}
	m, err := MergeSecrets(map[string][]byte{"api-key": []byte("k")}, secrets)
	if err != nil || len(m) != 2 {
		t.Fatalf("merge = %v, %v", m, err)
	}
	dup := append([]byte{}, SecretsInputMagic...)
	dup = append(dup, 1, 2, 1, 'a', 0, 1, 'x', 1, 'a', 0, 1, 'y')
	for name, in := range map[string][]byte{
		"duplicate name": dup,
		"truncated":      pt[:12],
		"bad version":    append(append(append([]byte{}, SecretsInputMagic...), 9, 0), 'x'),
		"bad name":       append(append([]byte{}, SecretsInputMagic...), 1, 1, 1, ' ', 0, 0),
		"header only":    SecretsInputMagic,
	} {
		if _, _, err := SplitSecretsInput(in); !errors.Is(err, ErrBadSecretsInput) {
			t.Errorf("%s: %v, want ErrBadSecretsInput", name, err)
		}
	}
	if IsSecretsInput([]byte(`{"tokenId":1}`)) {
		t.Fatal("a JSON input taken for secrets-and-input")
	}
}

// secretsVectors is protocol/testdata/secrets_vectors.json (docs/formats.md, "Program secrets
// bundle" and "Secrets and input").
type secretsVectors struct {
	About  string `json:"about"`
	Bundle struct {
		ChainID      *hexutil.Big   `json:"chainId"`
		Router       common.Address `json:"router"`
		AuthorKey    hexutil.Bytes  `json:"authorPrivateKey"`
		Author       common.Address `json:"author"`
		Name         string         `json:"name"`
		NameHash     common.Hash    `json:"nameHash"`
		ProgramID    common.Hash    `json:"programId"`
		FleetIKM     hexutil.Bytes  `json:"fleetIkm"`
		FleetPK      hexutil.Bytes  `json:"fleetPk"`
		Epoch        uint32         `json:"epoch"`
		Rand         hexutil.Bytes  `json:"rand"` // 32 bytes per entry, in order
		Entries      []vectorEntry  `json:"entries"`
		BundleHash   common.Hash    `json:"bundleHash"`
		SignedDigest common.Hash    `json:"signedDigest"`
		Signature    hexutil.Bytes  `json:"signature"`
		Encoded      hexutil.Bytes  `json:"encoded"`
	} `json:"bundle"`
	SecretsInput struct {
		Secrets   map[string]string `json:"secrets"`
		Order     []string          `json:"order"`
		Stdin     string            `json:"stdin"`
		Plaintext hexutil.Bytes     `json:"plaintext"`
	} `json:"secretsInput"`
}

type vectorEntry struct {
	Name      string         `json:"name"`
	Requester common.Address `json:"requester"`
	Value     string         `json:"value"`
	AAD       hexutil.Bytes  `json:"aad"`
	Envelope  hexutil.Bytes  `json:"envelope"`
}

func computeSecretsVectors(t *testing.T) secretsVectors {
	f := newSecretsFixture(t)
	var v secretsVectors
	v.About = "teeoracle program secrets bundle and secrets-and-input known-answer vectors (docs/formats.md). Keys and randomness are public test values."
	k, _ := crypto.ToECDSA(f.authorKey)
	secrets := testSecrets(f)
	rnd := vecRand("secrets/bundle/0", 32)
	for i := 1; i < len(secrets); i++ {
		rnd = append(rnd, vecRand("secrets/bundle/"+string(rune('0'+i)), 32)...)
	}
	raw, h, err := sealSecretsBundle(f.fleet.Public(), 1, f.d, k, "trade", secrets, bytes.NewReader(rnd))
	if err != nil {
		t.Fatal(err)
	}
	b, err := ParseSecretsBundle(raw)
	if err != nil {
		t.Fatal(err)
	}
	bv := &v.Bundle
	bv.ChainID, bv.Router, bv.AuthorKey, bv.Author = (*hexutil.Big)(f.d.ChainID), f.d.Router, f.authorKey, f.author
	bv.Name, bv.NameHash, bv.ProgramID = "trade", b.NameHash, b.ProgramID
	bv.FleetIKM, bv.FleetPK, bv.Epoch, bv.Rand = vecIKM("secrets/fleet"), f.fleet.Public().Bytes(), 1, rnd
	for i, e := range b.Entries {
		bv.Entries = append(bv.Entries, vectorEntry{
			Name: e.Name, Requester: e.Requester, Value: string(secrets[i].Value),
			AAD: NamedSecretAAD(e.binding(f.d, b.ProgramID), e.Name), Envelope: e.Envelope,
		})
	}
	bv.BundleHash, bv.SignedDigest, bv.Signature, bv.Encoded = h, b.Digest(), b.Signature, raw

	si := &v.SecretsInput
	si.Secrets = map[string]string{"bank-token": "tok-alice-4242"}
	si.Order = []string{"bank-token"}
	si.Stdin = `{"amount":500}`
	pt, err := EncodeSecretsInput([]UserSecret{{Name: "bank-token", Value: []byte("tok-alice-4242")}}, []byte(si.Stdin))
	if err != nil {
		t.Fatal(err)
	}
	si.Plaintext = pt
	return v
}

func TestSecretsVectors(t *testing.T) {
	got := computeSecretsVectors(t)
	if *updateSecrets {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(secretsVectorsFile, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(secretsVectorsFile)
	if err != nil {
		t.Fatal(err)
	}
	var want secretsVectors
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	gb, _ := json.Marshal(got)
	wb, _ := json.Marshal(want)
	if !bytes.Equal(gb, wb) {
		t.Fatal("secrets vectors changed: a deliberate format change runs go test ./protocol -run TestSecretsVectors -update-secrets")
	}
	// The file's bundle verifies and opens with the public API.
	sk, err := hpke.DeriveKeyPair(hpke.SuiteX25519, want.Bundle.FleetIKM)
	if err != nil {
		t.Fatal(err)
	}
	b, err := VerifySecretsBundle(SecretsJob{Domain: Domain{ChainID: want.Bundle.ChainID.ToInt(), Router: want.Bundle.Router},
		ProgramID: want.Bundle.ProgramID, Requester: want.Bundle.Entries[1].Requester, BundleHash: want.Bundle.BundleHash}, want.Bundle.Encoded)
	if err != nil {
		t.Fatal(err)
	}
	opened, err := b.Open(SingleKey(want.Bundle.Epoch, sk), want.Bundle.Entries[1].Requester)
	if err != nil || string(opened["api-secret"]) != want.Bundle.Entries[1].Value {
		t.Fatalf("open vector bundle: %q, %v", opened, err)
	}
	s, stdin, err := SplitSecretsInput(want.SecretsInput.Plaintext)
	if err != nil || string(s["bank-token"]) != want.SecretsInput.Secrets["bank-token"] || string(stdin) != want.SecretsInput.Stdin {
		t.Fatalf("split vector input: %q %q %v", s, stdin, err)
	}
}
