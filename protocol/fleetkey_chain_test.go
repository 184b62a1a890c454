package protocol_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/protocol"
)

const fleetKeyVectorsFile = "../contracts/test/vectors/fleetkey.json"

// fleetKeyTypeHash is the EIP-712 type of a fleet key publication (FleetKeys.sol).
var fleetKeyTypeHash = crypto.Keccak256Hash([]byte("FleetKey(uint32 epoch,bytes32 x25519Key,bytes32 xwingKeyHash)"))

// fleetKeyVector is one shared case of an epoch's key publication. contracts/test/FleetKeys.t.sol
// (test_vectors_matchGo) deploys FleetKeys at Router on ChainID, registers Signer and submits the
// keys with this signature: Go and Solidity agree on the digest and the signature form.
// The keys are pseudo-random bytes of the right lengths, not curve points (the contract checks
// lengths only; the enclave that signs them is what vouches for them).
type fleetKeyVector struct {
	ChainID    *hexutil.Big   `json:"chainId"`
	Router     common.Address `json:"router"`
	Epoch      hexutil.Uint64 `json:"epoch"`
	X25519Key  common.Hash    `json:"x25519Key"`
	XWingKey   hexutil.Bytes  `json:"xwingKey"`
	PrivateKey common.Hash    `json:"privateKey"`
	// expected
	XWingKeyHash    common.Hash    `json:"xwingKeyHash"`
	DomainSeparator common.Hash    `json:"domainSeparator"`
	StructHash      common.Hash    `json:"structHash"`
	Digest          common.Hash    `json:"digest"`
	Signer          common.Address `json:"signer"`
	R               common.Hash    `json:"r"`
	VS              common.Hash    `json:"vs"`
}

// chainFleetKeyDigest is keccak256("\x19\x01" || domainSeparator || keccak256(abi.encode(typeHash,
// epoch, x25519Key, keccak256(xwingKey)))), written out here independently of protocol/fleetkey.go.
func chainFleetKeyDigest(d protocol.Domain, epoch uint32, x25519 [32]byte, xwingKeyHash [32]byte) (structHash, digest [32]byte) {
	var buf [4 * 32]byte
	copy(buf[0:32], fleetKeyTypeHash[:])
	binary.BigEndian.PutUint32(buf[60:64], epoch)
	copy(buf[64:96], x25519[:])
	copy(buf[96:128], xwingKeyHash[:])
	structHash = crypto.Keccak256Hash(buf[:])
	sep := d.Separator()
	digest = crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
	return structHash, digest
}

func pseudoRandom(seed string, n int) []byte {
	var out []byte
	for i := 0; len(out) < n; i++ {
		out = append(out, crypto.Keccak256([]byte(seed), []byte{byte(i)})...)
	}
	return out[:n]
}

func computeFleetKeyVectors(t *testing.T) []fleetKeyVector {
	cases := []struct {
		chain  *big.Int
		router string
		epoch  uint32
	}{
		{big.NewInt(31337), "0x5FbDB2315678afecb367f032d93F642f64180aa3", 1},
		{big.NewInt(1), "0x00000000000000000000000000000000DeaDBeef", 2},
		{new(big.Int).SetUint64(1<<63 + 7), "0xFFfFfFffFFfffFFfFFfFFFFFffFFFffffFfFFFfF", 1<<32 - 1},
	}
	var out []fleetKeyVector
	for i, c := range cases {
		key := crypto.ToECDSAUnsafe(crypto.Keccak256([]byte{byte(i), 'f'}))
		d := protocol.Domain{ChainID: c.chain, Router: common.HexToAddress(c.router)}
		x25519 := common.BytesToHash(pseudoRandom("x25519", 32+i)[i:])
		xwing := pseudoRandom("xwing"+string(rune('a'+i)), 1216)
		xwingHash := crypto.Keccak256Hash(xwing)
		structHash, digest := chainFleetKeyDigest(d, c.epoch, x25519, xwingHash)
		sig, err := protocol.SignDigest(digest, key)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fleetKeyVector{
			ChainID: (*hexutil.Big)(c.chain), Router: d.Router, Epoch: hexutil.Uint64(c.epoch),
			X25519Key: x25519, XWingKey: xwing, PrivateKey: common.BytesToHash(crypto.FromECDSA(key)),
			XWingKeyHash: xwingHash, DomainSeparator: d.Separator(), StructHash: structHash, Digest: digest,
			Signer: crypto.PubkeyToAddress(key.PublicKey), R: sig.R, VS: sig.VS,
		})
	}
	return out
}

// TestFleetKeyVectors checks that the committed fleet key vectors are what Go computes (the file is
// rewritten with -update, the flag of TestVectors); FleetKeys.t.sol submits the same vectors to the
// contract.
func TestFleetKeyVectors(t *testing.T) {
	vs := computeFleetKeyVectors(t)
	want, err := json.MarshalIndent(map[string]any{"vectors": vs}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if *update {
		if err := os.WriteFile(fleetKeyVectorsFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(fleetKeyVectorsFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from what Go computes (go test ./protocol -run TestFleetKeyVectors -update)", fleetKeyVectorsFile)
	}
	for _, v := range vs {
		signer, err := protocol.RecoverDigestSigner(v.Digest, protocol.Signature{R: v.R, VS: v.VS})
		if err != nil || signer != v.Signer {
			t.Fatalf("recover: %s %v", signer, err)
		}
		// another epoch, chain or router gives another digest, so the signature names someone else
		d := protocol.Domain{ChainID: v.ChainID.ToInt(), Router: v.Router}
		_, other := chainFleetKeyDigest(d, uint32(v.Epoch)^1, v.X25519Key, v.XWingKeyHash)
		if s, err := protocol.RecoverDigestSigner(other, protocol.Signature{R: v.R, VS: v.VS}); err == nil && s == v.Signer {
			t.Fatal("signature valid for another epoch")
		}
	}
}
