package fleet

import (
	"bytes"
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/teeoracle/teeoracle/protocol"
)

// TestDerivationVector pins the derivation from an epoch secret and from the root secret: every
// enclave build of the fleet must derive the same keys and seeds, or a rolling upgrade would split
// the fleet. The X25519 key was recomputed independently (Python: hmac/hashlib HKDF per RFC 5869,
// RFC 9180 DeriveKeyPair with the cryptography package's X25519) from the formulas in derive.go;
// the root-derived values (commitment, job randomness, program and code key scalars) with the same
// HKDF and (int mod (n-1)) + 1 in Python, from the formulas in root.go.
func TestDerivationVector(t *testing.T) {
	var s, r [32]byte
	for i := range s {
		s[i], r[i] = byte(i), byte(32+i)
	}
	k := newEpochKeys(7, s)
	st := k.Statement([32]byte{})
	d := protocol.Domain{ChainID: big.NewInt(31337), Router: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	f := simFleet(t, "")
	f.root, f.ident = &r, identityOf(d.ChainID, d.Router, common.Address{1}, r)
	seed, err := f.Rand(d, [32]byte{1}, [32]byte{2})
	if err != nil {
		t.Fatal(err)
	}
	pk, err := f.ProgramKey([32]byte{3})
	if err != nil {
		t.Fatal(err)
	}
	ck, err := f.CodeKey([32]byte{3}, [32]byte{4})
	if err != nil {
		t.Fatal(err)
	}
	commit := RootCommit(r)
	got := map[string]string{
		"x25519":        hex.EncodeToString(st.X25519Key[:]),
		"xwingKeyHash":  hex.EncodeToString(st.XWingKeyHash[:]),
		"rootCommit":    hex.EncodeToString(commit[:]),
		"rand":          hex.EncodeToString(seed[:]),
		"programScalar": hex.EncodeToString(pk.D.FillBytes(make([]byte, 32))),
		"codeScalar":    hex.EncodeToString(ck.D.FillBytes(make([]byte, 32))),
	}
	want := map[string]string{
		"x25519":        "14edbbb0e09f3dd9537c8963b01b2103e9c374d6530969dd74cb853ded2b0948",
		"xwingKeyHash":  "aa705f80365e321804f9e234fe8e46ab498d0a3b7e5af6f51b03beb49c1dc786",
		"rootCommit":    "37aef76349504b070e5194051d31decc1eeafe47b3e1de6ad7070496f4d2ef19",
		"rand":          "6f91ce8e184b8fe9c61398a52b17cf48f063cb251b2226b0e4820cf33034b7eb",
		"programScalar": "af58ecbaea6d7414ab1f14f9612ba7605953ef8c1357935813c96137917ac767",
		"codeScalar":    "f764979a5588a67922fe9a65bac63128a4260f5398af2421797a9b2d8e35a477",
	}
	for name := range want {
		if got[name] != want[name] {
			t.Errorf("%s = %s, want %s", name, got[name], want[name])
		}
	}
}

// TestTypedDataDigests checks the FleetKey statement, the governor's orders and the ProgramKeys
// statement (protocol) against go-ethereum's EIP-712 encoder (apitypes), so the contract, the
// relayer, the enclave and any wallet that signs typed data agree on what is signed.
func TestTypedDataDigests(t *testing.T) {
	d := protocol.Domain{ChainID: big.NewInt(31337), Router: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	fid := [32]byte{0xf1, 0xee}
	k := protocol.FleetKey{FleetID: fid, Epoch: 42, X25519Key: [32]byte{1, 2, 3}, XWingKeyHash: [32]byte{9, 8, 7}}
	gov, creator := common.HexToAddress("0x00000000000000000000000000000000000000aa"), common.HexToAddress("0x00000000000000000000000000000000000000cc")
	pk, ck := common.HexToAddress("0x0000000000000000000000000000000000000011"), common.HexToAddress("0x0000000000000000000000000000000000000022")
	domainType := []apitypes.Type{{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}}
	cases := []struct {
		name, domainName string
		fields           []apitypes.Type
		msg              apitypes.TypedDataMessage
		got              [32]byte
	}{
		{"FleetKey", "TeeOracle", []apitypes.Type{{Name: "fleetId", Type: "bytes32"}, {Name: "epoch", Type: "uint32"}, {Name: "x25519Key", Type: "bytes32"}, {Name: "xwingKeyHash", Type: "bytes32"}},
			apitypes.TypedDataMessage{"fleetId": fid[:], "epoch": "42", "x25519Key": k.X25519Key[:], "xwingKeyHash": k.XWingKeyHash[:]}, d.FleetKeyDigest(k)},
		{"FleetGenesis", "TeeOracleFleet", []apitypes.Type{{Name: "governor", Type: "address"}},
			apitypes.TypedDataMessage{"governor": gov.Hex()}, d.GenesisDigest(gov)},
		{"FleetRotate", "TeeOracleFleet", []apitypes.Type{{Name: "fleetId", Type: "bytes32"}, {Name: "epoch", Type: "uint32"}, {Name: "creator", Type: "address"}},
			apitypes.TypedDataMessage{"fleetId": fid[:], "epoch": "7", "creator": creator.Hex()}, d.RotateDigest(fid, 7, creator)},
		{"FleetRetire", "TeeOracleFleet", []apitypes.Type{{Name: "fleetId", Type: "bytes32"}, {Name: "epoch", Type: "uint32"}},
			apitypes.TypedDataMessage{"fleetId": fid[:], "epoch": "3"}, d.RetireDigest(fid, 3)},
		{"ProgramKeys", "TeeOracle", []apitypes.Type{{Name: "fleetId", Type: "bytes32"}, {Name: "programId", Type: "bytes32"}, {Name: "codeHash", Type: "bytes32"}, {Name: "programKey", Type: "address"}, {Name: "codeKey", Type: "address"}},
			apitypes.TypedDataMessage{"fleetId": fid[:], "programId": []byte{5, 31: 0}, "codeHash": []byte{6, 31: 0}, "programKey": pk.Hex(), "codeKey": ck.Hex()},
			d.ProgramKeysDigest(fid, [32]byte{5}, [32]byte{6}, pk, ck)},
	}
	for _, c := range cases {
		td := apitypes.TypedData{
			Types:       apitypes.Types{"EIP712Domain": domainType, c.name: c.fields},
			PrimaryType: c.name,
			Domain: apitypes.TypedDataDomain{Name: c.domainName, Version: "1",
				ChainId: (*math.HexOrDecimal256)(big.NewInt(31337)), VerifyingContract: d.Router.Hex()},
			Message: c.msg,
		}
		want, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !bytes.Equal(c.got[:], want) {
			t.Errorf("%s digest %x, EIP-712 encoder %x", c.name, c.got, want)
		}
	}
}
