package protocol_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/protocol"
)

const fleetKeyVectorsFile = "../contracts/test/vectors/fleetkey.json"

// fleetKeyTypeHash is the EIP-712 type of a fleet key publication (FleetKeys.sol).
var fleetKeyTypeHash = crypto.Keccak256Hash([]byte("FleetKey(bytes32 fleetId,uint32 epoch,bytes32 x25519Key,bytes32 xwingKeyHash)"))

// fleetKeyVector is one shared case of an epoch's key publication. contracts/test/FleetKeys.t.sol
// (test_vectors_matchGo) deploys FleetKeys at Router on ChainID, registers Signer and submits the
// keys with this signature: Go and Solidity agree on the digest and the signature form.
// The keys are pseudo-random bytes of the right lengths, not curve points (the contract checks
// lengths only; the enclave that signs them is what vouches for them).
type fleetKeyVector struct {
	ChainID    *hexutil.Big   `json:"chainId"`
	Router     common.Address `json:"router"`
	FleetID    common.Hash    `json:"fleetId"`
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
// fleetId, epoch, x25519Key, keccak256(xwingKey)))), written out here independently of protocol/fleetkey.go.
func chainFleetKeyDigest(d protocol.Domain, fleetID [32]byte, epoch uint32, x25519 [32]byte, xwingKeyHash [32]byte) (structHash, digest [32]byte) {
	var buf [5 * 32]byte
	copy(buf[0:32], fleetKeyTypeHash[:])
	copy(buf[32:64], fleetID[:])
	binary.BigEndian.PutUint32(buf[92:96], epoch)
	copy(buf[96:128], x25519[:])
	copy(buf[128:160], xwingKeyHash[:])
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
		fleetID := common.BytesToHash(pseudoRandom("fleet id", 32+i)[i:])
		structHash, digest := chainFleetKeyDigest(d, fleetID, c.epoch, x25519, xwingHash)
		sig, err := protocol.SignDigest(digest, key)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fleetKeyVector{
			ChainID: (*hexutil.Big)(c.chain), Router: d.Router, FleetID: fleetID, Epoch: hexutil.Uint64(c.epoch),
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
		// protocol/fleetkey.go (what enclaves sign with) computes the same hashes
		d := protocol.Domain{ChainID: v.ChainID.ToInt(), Router: v.Router}
		k := protocol.FleetKey{FleetID: v.FleetID, Epoch: uint32(v.Epoch), X25519Key: v.X25519Key, XWingKeyHash: protocol.XWingKeyHash(v.XWingKey)}
		if k.XWingKeyHash != v.XWingKeyHash || k.StructHash() != v.StructHash || d.FleetKeyDigest(k) != v.Digest {
			t.Fatalf("protocol.FleetKey disagrees with the vector of chain %s router %s", v.ChainID, v.Router)
		}
		signer, err := protocol.RecoverDigestSigner(v.Digest, protocol.Signature{R: v.R, VS: v.VS})
		if err != nil || signer != v.Signer {
			t.Fatalf("recover: %s %v", signer, err)
		}
		// another epoch, chain or router gives another digest, so the signature names someone else
		_, other := chainFleetKeyDigest(d, v.FleetID, uint32(v.Epoch)^1, v.X25519Key, v.XWingKeyHash)
		if s, err := protocol.RecoverDigestSigner(other, protocol.Signature{R: v.R, VS: v.VS}); err == nil && s == v.Signer {
			t.Fatal("signature valid for another epoch")
		}
	}
}

// TestFleetKeysOnChain publishes an epoch's keys signed with protocol.Domain.FleetKeyDigest through the
// router (bindings.JobRouter: its fallback runs JobRouterAdmin's setEpochKeys), and checks that the
// epoch becomes the one new requests commit to.
func TestFleetKeysOnChain(t *testing.T) {
	f := newFixture(t, false)
	ctx := context.Background()
	call := &bind.CallOpts{Context: ctx}
	r, inst := f.Router, f.RouterContract()
	xwing := pseudoRandom("xwing on chain", 1216)
	fleetID := [32]byte(pseudoRandom("fleet on chain", 32))
	k := protocol.FleetKey{FleetID: fleetID, Epoch: 1, X25519Key: [32]byte(pseudoRandom("x25519 on chain", 32)), XWingKeyHash: protocol.XWingKeyHash(xwing)}
	f.Send(t, f.Owner, f.Deployment.Router, nil, r.PackSetFleetId(fleetID), 200_000)

	// a key that is not a registered enclave is refused
	stranger, _ := crypto.GenerateKey()
	sig, err := protocol.SignDigest(f.domain.FleetKeyDigest(k), stranger)
	if err != nil {
		t.Fatal(err)
	}
	rc := f.Send(t, f.Users[userRelayer], f.Deployment.Router, nil, r.PackSetEpochKeys(k.FleetID, k.Epoch, k.X25519Key, xwing, sig.R, sig.VS), 2_000_000)
	if rc.Status != types.ReceiptStatusFailed {
		t.Fatal("keys signed by a stranger were accepted")
	}

	sig, err = protocol.SignDigest(f.domain.FleetKeyDigest(k), f.enclaveKey)
	if err != nil {
		t.Fatal(err)
	}
	rc = f.Send(t, f.Users[userRelayer], f.Deployment.Router, nil, r.PackSetEpochKeys(k.FleetID, k.Epoch, k.X25519Key, xwing, sig.R, sig.VS), 2_000_000)
	if rc.Status != types.ReceiptStatusSuccessful {
		t.Fatal("setEpochKeys reverted")
	}
	t.Logf("setEpochKeys through the router's fallback: %d gas", rc.GasUsed)
	var set *bindings.JobRouterEpochKeySet
	for _, l := range rc.Logs {
		if ev, err := r.UnpackEpochKeySetEvent(l); err == nil {
			set = ev
		}
	}
	if set == nil || set.Epoch != 1 || set.Signer != f.enclave || set.X25519Key != k.X25519Key || set.XwingKeyHash != k.XWingKeyHash {
		t.Fatalf("EpochKeySet: %+v", set)
	}
	cur, err := bind.Call(inst, call, r.PackCurrentEpoch(), r.UnpackCurrentEpoch)
	if err != nil || cur != 1 {
		t.Fatalf("currentEpoch = %d, %v", cur, err)
	}
	keys, err := bind.Call(inst, call, r.PackEpochKeys(1), r.UnpackEpochKeys)
	if err != nil || keys.X25519Key != k.X25519Key || !bytes.Equal(keys.XwingKey, xwing) {
		t.Fatalf("epochKeys: %+v, %v", keys, err)
	}
	cfg, err := bind.Call(inst, call, r.PackConfig(), r.UnpackConfig)
	if err != nil || cfg.CurrentEpoch != 1 {
		t.Fatalf("config().currentEpoch = %d, %v", cfg.CurrentEpoch, err)
	}
	ev := f.requestViaConsumer(t, []byte("in"), 0, 600, deploy.Ether(1))
	if ev.Epoch != 1 {
		t.Fatalf("request committed to epoch %d, want 1", ev.Epoch)
	}
}
