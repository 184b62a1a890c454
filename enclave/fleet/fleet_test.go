package fleet

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/attest"
	"github.com/teeoracle/teeoracle/protocol"
)

func testSigningKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func simFleet(t testing.TB, dir string) *Fleet {
	t.Helper()
	p, err := attest.InsecureSimulation(slog.New(slog.DiscardHandler), true)
	if err != nil {
		t.Fatal(err)
	}
	if dir == "" {
		dir = t.TempDir()
	}
	f, err := Open(Config{Dir: dir, Platform: p, Signing: testSigningKey(t)})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// The test chain's router and its owner (the fleet's governor).
var (
	testDomain   = protocol.Domain{ChainID: big.NewInt(31337), Router: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	testGovernor = crypto.ToECDSAUnsafe(crypto.Keccak256([]byte("test governor")))
)

func genesisOrder(t testing.TB, key *ecdsa.PrivateKey) api.GenesisOrder {
	t.Helper()
	gov := crypto.PubkeyToAddress(key.PublicKey)
	sig, err := protocol.SignOrder(testDomain.GenesisDigest(gov), key)
	if err != nil {
		t.Fatal(err)
	}
	return api.GenesisOrder{ChainID: (*hexutil.Big)(testDomain.ChainID), Router: testDomain.Router, Governor: gov, Signature: sig}
}

// genesis creates a fleet on f on the test governor's order.
func genesis(t testing.TB, f *Fleet) {
	t.Helper()
	if _, err := f.Genesis(genesisOrder(t, testGovernor)); err != nil {
		t.Fatal(err)
	}
}

func rotateOrder(t testing.TB, fleetID [32]byte, epoch uint32, creator common.Address, key *ecdsa.PrivateKey) api.RotateOrder {
	t.Helper()
	sig, err := protocol.SignOrder(testDomain.RotateDigest(fleetID, epoch, creator), key)
	if err != nil {
		t.Fatal(err)
	}
	return api.RotateOrder{FleetID: fleetID, Epoch: epoch, Creator: creator, Signature: sig}
}

// rotate gives f the governor's order naming f itself as the creator of epoch.
func rotate(t testing.TB, f *Fleet, epoch uint32) (*EpochKeys, error) {
	t.Helper()
	return f.Rotate(rotateOrder(t, f.FleetID(), epoch, f.Signer(), testGovernor))
}

func retireOrder(t testing.TB, fleetID [32]byte, epoch uint32, key *ecdsa.PrivateKey) api.RetireOrder {
	t.Helper()
	sig, err := protocol.SignOrder(testDomain.RetireDigest(fleetID, epoch), key)
	if err != nil {
		t.Fatal(err)
	}
	return api.RetireOrder{FleetID: fleetID, Epoch: epoch, Signature: sig}
}

func retire(t testing.TB, f *Fleet, epoch uint32) error {
	t.Helper()
	return f.Retire(retireOrder(t, f.FleetID(), epoch, testGovernor))
}

// join runs the three messages between two fleets: the joiner joins the holder's fleet.
func join(holder, joiner *Fleet) ([]uint32, error) {
	req, err := joiner.MakeJoinRequest(holder.FleetID())
	if err != nil {
		return nil, err
	}
	resp, err := holder.Offer(req)
	if err != nil {
		return nil, err
	}
	return joiner.Accept(resp)
}

func sameKeys(t *testing.T, a, b *Fleet, epoch uint32) {
	t.Helper()
	ka, err := a.Keys(epoch)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := b.Keys(epoch)
	if err != nil {
		t.Fatal(err)
	}
	if !ka.X25519.Public().Equal(kb.X25519.Public()) || !ka.XWing.Public().Equal(kb.XWing.Public()) {
		t.Fatalf("epoch %d: public keys differ between enclaves", epoch)
	}
}

func TestGenesisJoinRotateRetire_simulation(t *testing.T) {
	a, b := simFleet(t, ""), simFleet(t, "")
	if _, err := b.Keys(1); !errors.Is(err, ErrEpochUnavailable) {
		t.Fatalf("fresh enclave Keys(1) = %v, want ErrEpochUnavailable", err)
	}
	genesis(t, a)
	if _, err := a.Genesis(genesisOrder(t, testGovernor)); !errors.Is(err, ErrFleetExists) {
		t.Fatalf("second genesis: %v, want ErrFleetExists", err)
	}
	if _, err := b.MakeJoinRequest([32]byte{}); !errors.Is(err, ErrBadMessage) {
		t.Fatalf("a fresh enclave's join request naming no fleet: %v, want ErrBadMessage", err)
	}
	req, _ := simFleet(t, "").MakeJoinRequest(a.FleetID())
	if _, err := b.Offer(req); !errors.Is(err, ErrNoFleet) {
		t.Fatalf("offer from an empty enclave: %v, want ErrNoFleet", err)
	}
	inst, err := join(a, b)
	if err != nil || !slices.Equal(inst, []uint32{1}) {
		t.Fatalf("join: %v %v", inst, err)
	}
	sameKeys(t, a, b, 1)
	if _, err := b.Genesis(genesisOrder(t, testGovernor)); !errors.Is(err, ErrFleetExists) {
		t.Fatalf("genesis after join: %v", err)
	}
	if a.FleetID() != b.FleetID() || a.FleetID() == ([32]byte{}) {
		t.Fatal("the joiner did not adopt the fleet id")
	}
	id, _ := b.Identity()
	if id.Governor != crypto.PubkeyToAddress(testGovernor.PublicKey) || id.Router != testDomain.Router || id.ChainID.Cmp(testDomain.ChainID) != 0 {
		t.Fatalf("joiner's identity %+v", id)
	}

	// Same randomness and program keys on both (root.go), before and after rotations.
	d := testDomain
	randA, _ := a.Rand(d, [32]byte{1}, [32]byte{2})
	randB, _ := b.Rand(d, [32]byte{1}, [32]byte{2})
	randC, _ := a.Rand(d, [32]byte{3}, [32]byte{2})
	if randA != randB || randA == randC {
		t.Fatal("job randomness: must match across enclaves, differ across jobs")
	}
	progA, _ := a.ProgramKey([32]byte{9})
	progB, _ := b.ProgramKey([32]byte{9})
	progC, _ := a.ProgramKey([32]byte{8})
	if !progA.Equal(progB) || progA.Equal(progC) {
		t.Fatal("program keys: same program must match across enclaves, differ across programs")
	}
	code1, _ := a.CodeKey([32]byte{9}, [32]byte{1})
	code2, _ := b.CodeKey([32]byte{9}, [32]byte{2})
	code1b, _ := b.CodeKey([32]byte{9}, [32]byte{1})
	if !code1.Equal(code1b) || code1.Equal(code2) || code1.Equal(progA) {
		t.Fatal("code keys: same code must match across enclaves, differ across code and from the program key")
	}
	pks, err := b.ProgramKeys([32]byte{9}, [32]byte{1})
	if err != nil || pks.ProgramKey != crypto.PubkeyToAddress(progA.PublicKey) || pks.CodeKey != crypto.PubkeyToAddress(code1.PublicKey) {
		t.Fatalf("ProgramKeys: %+v %v", pks, err)
	}
	if got, err := protocol.RecoverDigestSigner(d.ProgramKeysDigest(pks.FleetID, pks.ProgramID, pks.CodeHash, pks.ProgramKey, pks.CodeKey), pks.Signature); err != nil || got != b.Signer() {
		t.Fatalf("ProgramKeys signer %s %v", got, err)
	}

	// Statements: each enclave signs the same FleetKey (naming the fleet), recoverable to its signer.
	sa, err := a.Statement(1)
	if err != nil {
		t.Fatal(err)
	}
	sb, _ := b.Statement(1)
	if sa.Key != sb.Key || sa.Key.FleetID != a.FleetID() {
		t.Fatal("statements differ")
	}
	if got, err := protocol.RecoverDigestSigner(d.FleetKeyDigest(sa.Key), sa.Signature); err != nil || got != a.Signer() {
		t.Fatalf("statement signer %s %v, want %s", got, err, a.Signer())
	}

	// Rotation: only highest+1; the joiner syncs by joining again.
	if _, err := rotate(t, a, 3); !errors.Is(err, ErrBadEpoch) {
		t.Fatalf("rotate to 3: %v", err)
	}
	if _, err := rotate(t, a, 2); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Keys(2); !errors.Is(err, ErrEpochUnavailable) {
		t.Fatal("b holds epoch 2 before syncing")
	}
	if inst, err := join(a, b); err != nil || !slices.Equal(inst, []uint32{2}) {
		t.Fatalf("sync join: %v %v", inst, err)
	}
	sameKeys(t, a, b, 2)
	if a.Current() != 2 || b.Current() != 2 {
		t.Fatal("current epoch not 2")
	}

	if p2, _ := b.ProgramKey([32]byte{9}); !p2.Equal(progA) {
		t.Fatal("a rotation changed a program key")
	}

	// Retirement: current refused; epoch 1 deleted for good; not re-installed by a join from a
	// holder that still has it; a holder's retirement propagates to its joiners.
	if err := retire(t, a, 3); !errors.Is(err, ErrBadEpoch) {
		t.Fatalf("retire a future epoch: %v", err)
	}
	if err := retire(t, a, 2); !errors.Is(err, ErrBadEpoch) {
		t.Fatalf("retire current: %v", err)
	}
	if err := retire(t, b, 1); err != nil {
		t.Fatal(err)
	}
	if p2, _ := b.ProgramKey([32]byte{9}); !p2.Equal(progA) {
		t.Fatal("a retirement changed a program key")
	}
	if _, err := b.Keys(1); !errors.Is(err, ErrEpochRetired) || !errors.Is(err, ErrEpochUnavailable) {
		t.Fatalf("Keys(retired) = %v", err)
	}
	if inst, err := join(a, b); err != nil || len(inst) != 0 {
		t.Fatalf("join after retire: %v %v", inst, err)
	}
	if _, err := b.Keys(1); !errors.Is(err, ErrEpochRetired) {
		t.Fatal("retired epoch came back through a join")
	}
	c := simFleet(t, "")
	if _, err := join(b, c); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Keys(1); !errors.Is(err, ErrEpochRetired) {
		t.Fatalf("c Keys(1) = %v, want retired (learnt from its holder)", err)
	}
	if _, err := join(c, a); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Keys(1); !errors.Is(err, ErrEpochRetired) {
		t.Fatalf("a Keys(1) = %v, want retired (learnt when syncing from c)", err)
	}
}

func TestSealedReload(t *testing.T) {
	dir := t.TempDir()
	a := simFleet(t, dir)
	genesis(t, a)
	if _, err := rotate(t, a, 2); err != nil {
		t.Fatal(err)
	}
	if err := retire(t, a, 1); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, InsecureFile))
	if err != nil || !bytes.HasPrefix(raw, []byte("TEEORACLE INSECURE SIMULATION DATA")) {
		t.Fatalf("simulation epoch file: %v %q", err, raw[:min(len(raw), 40)])
	}
	if _, err := os.Stat(filepath.Join(dir, SealedFile)); !errors.Is(err, fs.ErrNotExist) {
		t.Fatal("simulation wrote a sealed-mode file")
	}
	b := simFleet(t, dir)
	if b.Current() != 2 || !slices.Equal(b.Epochs(), []uint32{2}) || !slices.Equal(b.Retired(), []uint32{1}) {
		t.Fatalf("reloaded: current %d epochs %v retired %v", b.Current(), b.Epochs(), b.Retired())
	}
	sameKeys(t, a, b, 2)
	if b.FleetID() != a.FleetID() || len(b.RetireOrders()) != 1 {
		t.Fatal("the reload lost the identity or the retirement order")
	}
	if _, err := b.Genesis(genesisOrder(t, testGovernor)); !errors.Is(err, ErrFleetExists) {
		t.Fatal("genesis after reload")
	}
}

func TestJoin_replayAndSwap(t *testing.T) {
	h, j1, j2 := simFleet(t, ""), simFleet(t, ""), simFleet(t, "")
	genesis(t, h)
	req1, _ := j1.MakeJoinRequest(h.FleetID())
	req2, _ := j2.MakeJoinRequest(h.FleetID())
	resp1, err := h.Offer(req1)
	if err != nil {
		t.Fatal(err)
	}
	resp2, err := h.Offer(req2)
	if err != nil {
		t.Fatal(err)
	}
	// Swapped: j2's response delivered to j1.
	if _, err := j1.Accept(resp2); !errors.Is(err, ErrNotForThisJoiner) {
		t.Fatalf("swapped response: %v, want ErrNotForThisJoiner", err)
	}
	// Re-targeted: j2's response with j1's nonce put into its body breaks the holder's binding.
	var body api.JoinResponseBody
	_ = json.Unmarshal(resp2.Body, &body)
	body.Nonce = req1.Nonce
	forged := resp2
	forged.Body, _ = json.Marshal(body)
	if _, err := j1.Accept(forged); !errors.Is(err, ErrWrongJoiner) {
		t.Fatalf("re-targeted nonce: %v, want ErrWrongJoiner", err)
	}
	body.JoinerEvidenceHash = evidenceHash(req1.Evidence)
	forged.Body, _ = json.Marshal(body)
	if _, err := j1.Accept(forged); !errors.Is(err, ErrBinding) {
		t.Fatalf("re-targeted body: %v, want ErrBinding", err)
	}
	// A tampered ciphertext fails, and the attempt survives for the genuine response.
	bad := resp1
	bad.Ciphertext = bytes.Clone(resp1.Ciphertext)
	bad.Ciphertext[len(bad.Ciphertext)-1] ^= 1
	if _, err := j1.Accept(bad); !errors.Is(err, ErrTransport) {
		t.Fatalf("tampered ciphertext: %v, want ErrTransport", err)
	}
	if _, err := j1.Accept(resp1); err != nil {
		t.Fatal(err)
	}
	// Replayed.
	if _, err := j1.Accept(resp1); !errors.Is(err, ErrReplayed) {
		t.Fatalf("replayed response: %v, want ErrReplayed", err)
	}
	// A request whose transport key was swapped (host substitutes its own key) breaks the binding.
	req3, _ := j2.MakeJoinRequest(h.FleetID())
	evil, _ := j1.MakeJoinRequest(h.FleetID())
	req3.TransportKey = evil.TransportKey
	if _, err := h.Offer(req3); !errors.Is(err, ErrBinding) {
		t.Fatalf("swapped transport key: %v, want ErrBinding", err)
	}
}

func TestJoin_conflictingSecret(t *testing.T) {
	a, b := simFleet(t, ""), simFleet(t, "")
	genesis(t, a)
	genesis(t, b)
	if a.FleetID() == b.FleetID() {
		t.Fatal("two geneses made one fleet id")
	}
	if _, err := join(a, b); !errors.Is(err, ErrFleetMismatch) {
		t.Fatalf("join between two geneses: %v, want ErrFleetMismatch", err)
	}
}

func TestJoin_sgx(t *testing.T) {
	si := newSynthIntel(t)
	prod := synthEnclave{MRSigner: [32]byte{0xaa}, ProductID: 1, SVN: 2}
	holder := sgxFleet(t, si, prod, prod)
	genesis(t, holder)
	joiner := sgxFleet(t, si, prod, prod)
	if inst, err := join(holder, joiner); err != nil || !slices.Equal(inst, []uint32{1}) {
		t.Fatalf("SGX join: %v %v", inst, err)
	}
	sameKeys(t, holder, joiner, 1)

	// Refusals by the holder, each with its own error.
	mod := func(f func(*synthEnclave)) synthEnclave { e := prod; f(&e); return e }
	cases := []struct {
		name string
		e    synthEnclave
		want error
	}{
		{"another MRSIGNER", mod(func(e *synthEnclave) { e.MRSigner = [32]byte{0xbb} }), ErrSignerMismatch},
		{"another product", mod(func(e *synthEnclave) { e.ProductID = 2 }), ErrSignerMismatch},
		{"SVN below the compiled floor", mod(func(e *synthEnclave) { e.SVN = 0 }), ErrSVNTooLow},
		// The holder's own SVN (2) is the floor: a patched build never hands secrets to the
		// vulnerable one (SVN 1 passes MinPeerSVN but not the holder's own).
		{"SVN below the holder's own", mod(func(e *synthEnclave) { e.SVN = 1 }), ErrSVNTooLow},
		{"debug enclave", mod(func(e *synthEnclave) { e.Debug = true }), ErrDebugEnclave},
		{"out-of-date TCB", mod(func(e *synthEnclave) { e.OutOfDate = true }), ErrTCBStatus},
		{"stale collateral", mod(func(e *synthEnclave) { e.Issued = time.Date(2028, 6, 1, 0, 0, 0, 0, time.UTC) }), ErrStaleCollateral},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			j := sgxFleet(t, si, c.e, c.e)
			_, err := join(holder, j)
			if !errors.Is(err, c.want) || !errors.Is(err, ErrRefused) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if _, err := j.Keys(1); !errors.Is(err, ErrEpochUnavailable) {
				t.Fatal("refused joiner holds the epoch")
			}
		})
	}
	t.Run("tampered collateral", func(t *testing.T) {
		j := sgxFleet(t, si, prod, prod)
		req, err := j.MakeJoinRequest(holder.FleetID())
		if err != nil {
			t.Fatal(err)
		}
		col := *req.Evidence.Collateral
		col.TCBInfo = strings.Replace(col.TCBInfo, `"OutOfDate"`, `"UpToDate"`, 1)
		req.Evidence.Collateral = &col
		if _, err := holder.Offer(req); !errors.Is(err, ErrEvidenceInvalid) {
			t.Fatalf("err = %v, want ErrEvidenceInvalid", err)
		}
	})
	t.Run("quote from another root", func(t *testing.T) {
		j := sgxFleet(t, newSynthIntel(t), prod, prod)
		if _, err := join(holder, j); !errors.Is(err, ErrEvidenceInvalid) {
			t.Fatalf("err = %v, want ErrEvidenceInvalid", err)
		}
	})
	t.Run("simulated joiner to an SGX holder", func(t *testing.T) {
		if _, err := join(holder, simFleet(t, "")); !errors.Is(err, ErrModeMismatch) {
			t.Fatalf("err = %v, want ErrModeMismatch", err)
		}
	})
	t.Run("SGX joiner to a simulated holder", func(t *testing.T) {
		sim := simFleet(t, "")
		genesis(t, sim)
		if _, err := join(sim, sgxFleet(t, si, prod, prod)); !errors.Is(err, ErrModeMismatch) {
			t.Fatalf("err = %v, want ErrModeMismatch", err)
		}
	})
	t.Run("joiner refuses a holder under its policy", func(t *testing.T) {
		// The holder's build has another signer: the joiner (policy: its own signer) refuses it.
		other := synthEnclave{MRSigner: [32]byte{0xcc}, ProductID: 1, SVN: 2}
		h := sgxFleet(t, si, other, prod) // accepts prod joiners, but is itself "other"
		genesis(t, h)
		j := sgxFleet(t, si, prod, prod)
		if _, err := join(h, j); !errors.Is(err, ErrSignerMismatch) {
			t.Fatalf("err = %v, want ErrSignerMismatch", err)
		}
	})
}
