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

// TestDerivationVector pins the derivation from an epoch secret: every enclave build of the fleet
// must derive the same keys and seeds, or a rolling upgrade would split the fleet. The seed and
// the X25519 key were recomputed independently (Python: hmac/hashlib HKDF per RFC 5869, RFC 9180
// DeriveKeyPair with the cryptography package's X25519) from the formulas in derive.go.
func TestDerivationVector(t *testing.T) {
	var s [32]byte
	for i := range s {
		s[i] = byte(i)
	}
	k := newEpochKeys(7, s)
	d := protocol.Domain{ChainID: big.NewInt(31337), Router: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	seed := k.JobSeed(d, [32]byte{1}, [32]byte{2})
	p, err := k.Program([32]byte{3})
	if err != nil {
		t.Fatal(err)
	}
	st := k.Statement()
	got := map[string]string{
		"x25519":       hex.EncodeToString(st.X25519Key[:]),
		"xwingKeyHash": hex.EncodeToString(st.XWingKeyHash[:]),
		"seed":         hex.EncodeToString(seed[:]),
		"program":      p.Address().Hex(),
		"programX":     hex.EncodeToString(p.X25519.Public().Bytes()),
	}
	want := map[string]string{
		"x25519":       "14edbbb0e09f3dd9537c8963b01b2103e9c374d6530969dd74cb853ded2b0948",
		"xwingKeyHash": "aa705f80365e321804f9e234fe8e46ab498d0a3b7e5af6f51b03beb49c1dc786",
		"seed":         "f2e8e38f269b8955a573616dbd0b0a35a45c29bcd053189f7a1002f13aaf333b",
		"program":      "0x0D66dAF7e8CB5c8A8d10d5F59CA6eB7101041404",
		"programX":     "7a5f7108c371f19be239ce080956ac63e426d6f9448d232b0959b78e97f0e746",
	}
	for name := range want {
		if got[name] != want[name] {
			t.Errorf("%s = %s, want %s", name, got[name], want[name])
		}
	}
}

// TestFleetKeyDigest checks protocol.Domain.FleetKeyDigest against go-ethereum's EIP-712 encoder
// (apitypes), so the contract, the relayer and the enclave agree on what is signed.
func TestFleetKeyDigest(t *testing.T) {
	d := protocol.Domain{ChainID: big.NewInt(31337), Router: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	k := protocol.FleetKey{Epoch: 42, X25519Key: [32]byte{1, 2, 3}, XWingKeyHash: [32]byte{9, 8, 7}}
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"FleetKey": {{Name: "epoch", Type: "uint32"}, {Name: "x25519Key", Type: "bytes32"}, {Name: "xwingKeyHash", Type: "bytes32"}},
		},
		PrimaryType: "FleetKey",
		Domain: apitypes.TypedDataDomain{Name: "TeeOracle", Version: "1",
			ChainId: (*math.HexOrDecimal256)(big.NewInt(31337)), VerifyingContract: d.Router.Hex()},
		Message: apitypes.TypedDataMessage{"epoch": "42", "x25519Key": k.X25519Key[:], "xwingKeyHash": k.XWingKeyHash[:]},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.FleetKeyDigest(k); !bytes.Equal(got[:], want) {
		t.Fatalf("FleetKeyDigest %x, EIP-712 encoder %x", got, want)
	}
}
