package fleet

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// The attacks of issue 16, each replayed: every one of them worked before the fleet took orders
// only from its governor.

// A host asked a second worker to rotate to an epoch another worker had created and published:
// the second worker made its own secret for the same epoch number. Now a rotation names its
// creator: the second worker refuses it (and an unsigned or foreign-signed order) and gets the
// epoch by joining.
func TestAttack_forkedRotateOnSecondWorker(t *testing.T) {
	a, b := simFleet(t, ""), simFleet(t, "")
	genesis(t, a)
	if _, err := join(a, b); err != nil {
		t.Fatal(err)
	}
	order := rotateOrder(t, a.FleetID(), 2, a.Signer(), testGovernor)
	if _, err := a.Rotate(order); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Rotate(order); !errors.Is(err, ErrNotCreator) {
		t.Fatalf("the creator's order on another worker: %v, want ErrNotCreator", err)
	}
	host := crypto.ToECDSAUnsafe(crypto.Keccak256([]byte("a host's own key")))
	if _, err := b.Rotate(rotateOrder(t, b.FleetID(), 2, b.Signer(), host)); !errors.Is(err, ErrOrder) {
		t.Fatalf("an order naming b, signed by the host: %v, want ErrOrder", err)
	}
	unsigned := rotateOrder(t, b.FleetID(), 2, b.Signer(), testGovernor)
	unsigned.Signature = nil
	if _, err := b.Rotate(unsigned); !errors.Is(err, ErrOrder) {
		t.Fatalf("an unsigned order: %v, want ErrOrder", err)
	}
	if _, err := b.Keys(2); !errors.Is(err, ErrEpochUnavailable) {
		t.Fatal("b made its own epoch 2")
	}
	if _, err := join(a, b); err != nil {
		t.Fatal(err)
	}
	sameKeys(t, a, b, 2)
	// Now that b holds epoch 2, even a genuine order naming b for epoch 2 returns a's keys.
	k, err := b.Rotate(rotateOrder(t, b.FleetID(), 2, b.Signer(), testGovernor))
	if err != nil {
		t.Fatal(err)
	}
	ka, _ := a.Keys(2)
	if k.X25519Public() != ka.X25519Public() {
		t.Fatal("a second secret for epoch 2")
	}
}

// A host deleted a worker's sealed state and asked for genesis again: the worker made a new epoch 1.
// Without its sealed state a genesis makes a new root and so a new fleet id (which the router
// refuses: FleetKeys.t.sol test_setEpochKeys_otherFleet_reverts); with it, genesis is refused.
func TestAttack_repeatedGenesisAfterDeletingState(t *testing.T) {
	dir := t.TempDir()
	a := simFleet(t, dir)
	genesis(t, a)
	first := a.FleetID()
	again := simFleet(t, dir)
	if _, err := again.Genesis(genesisOrder(t, testGovernor)); !errors.Is(err, ErrFleetExists) {
		t.Fatalf("genesis with the sealed state present: %v, want ErrFleetExists", err)
	}
	if err := os.Remove(filepath.Join(dir, InsecureFile)); err != nil {
		t.Fatal(err)
	}
	wiped := simFleet(t, dir)
	genesis(t, wiped)
	if wiped.FleetID() == first {
		t.Fatal("a second genesis made the same fleet id")
	}
	// A worker of the original fleet refuses to join the forked one, and the other way round.
	b := simFleet(t, "")
	if _, err := join(a, b); err != nil {
		t.Fatal(err)
	}
	if _, err := join(wiped, b); !errors.Is(err, ErrFleetMismatch) {
		t.Fatalf("join from the forked fleet: %v, want ErrFleetMismatch", err)
	}
	// A genesis order signed by someone else than the governor it names is refused.
	o := genesisOrder(t, testGovernor)
	o.Governor = crypto.PubkeyToAddress(testSigningKey(t).PublicKey)
	if _, err := simFleet(t, "").Genesis(o); !errors.Is(err, ErrOrder) {
		t.Fatalf("genesis order for another governor: %v, want ErrOrder", err)
	}
}

// Two relayers raced on one rotation: each worker made its own epoch. The order is idempotent on
// its creator: racing copies of it return one set of keys.
func TestAttack_racingRotations(t *testing.T) {
	a := simFleet(t, "")
	genesis(t, a)
	order := rotateOrder(t, a.FleetID(), 2, a.Signer(), testGovernor)
	var wg sync.WaitGroup
	keys := make([]*EpochKeys, 8)
	errs := make([]error, 8)
	for i := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			keys[i], errs[i] = a.Rotate(order)
		}()
	}
	wg.Wait()
	for i := range keys {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if keys[i].X25519Public() != keys[0].X25519Public() {
			t.Fatal("racing rotations made two secrets for one epoch")
		}
	}
	if !slices.Equal(a.Epochs(), []uint32{1, 2}) {
		t.Fatalf("epochs %v", a.Epochs())
	}
}

// A host rotated a worker ahead and retired the chain's current epoch, and the retirement travelled
// in a join offer. Now the highest epoch is never retired, a retirement needs the governor's order,
// and an offer carrying a retirement that is not the governor's is refused.
func TestAttack_retireCurrentEpoch(t *testing.T) {
	a := simFleet(t, "")
	genesis(t, a)
	if err := retire(t, a, 1); !errors.Is(err, ErrBadEpoch) {
		t.Fatalf("retire the highest epoch: %v, want ErrBadEpoch", err)
	}
	if _, err := rotate(t, a, 2); err != nil {
		t.Fatal(err)
	}
	host := crypto.ToECDSAUnsafe(crypto.Keccak256([]byte("a host's own key")))
	if err := a.Retire(retireOrder(t, a.FleetID(), 1, host)); !errors.Is(err, ErrOrder) {
		t.Fatalf("a retirement signed by the host: %v, want ErrOrder", err)
	}
	if _, err := a.Keys(1); err != nil {
		t.Fatal("epoch 1 gone after a refused retirement")
	}
	// A holder whose retirement list was tampered with (here: the holder itself is made to carry a
	// forged order) gets its offer refused by the joiner.
	forged := retireOrder(t, a.FleetID(), 1, host).Signature
	a.mu.Lock()
	a.retired[1] = forged
	a.mu.Unlock()
	b := simFleet(t, "")
	if _, err := join(a, b); !errors.Is(err, ErrOrder) {
		t.Fatalf("offer carrying a forged retirement: %v, want ErrOrder", err)
	}
	if _, err := b.Keys(1); !errors.Is(err, ErrEpochUnavailable) || b.FleetID() != ([32]byte{}) {
		t.Fatal("the refused offer installed something")
	}
	// The governor's genuine retirement travels and is applied.
	genuine := retireOrder(t, a.FleetID(), 1, testGovernor).Signature
	a.mu.Lock()
	a.retired[1] = genuine
	a.mu.Unlock()
	if _, err := join(a, b); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Keys(1); !errors.Is(err, ErrEpochRetired) {
		t.Fatalf("b Keys(1) = %v, want retired", err)
	}
}

// A holder of a staging fleet (same signer and product) made a production worker drop its epoch 1
// and adopt a foreign epoch 2. Every join message now names the fleet id.
func TestAttack_foreignFleetOffer(t *testing.T) {
	prod, staging := simFleet(t, ""), simFleet(t, "")
	genesis(t, prod)
	genesis(t, staging)
	if _, err := rotate(t, staging, 2); err != nil {
		t.Fatal(err)
	}
	// The production worker asks to join its own fleet; the staging holder refuses the request.
	req, err := prod.MakeJoinRequest([32]byte{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := staging.Offer(req); !errors.Is(err, ErrFleetMismatch) {
		t.Fatalf("staging holder offered to a production joiner: %v, want ErrFleetMismatch", err)
	}
	// A host relabels the request with the staging fleet id: it breaks the joiner's evidence binding.
	req.FleetID = staging.FleetID()
	if _, err := staging.Offer(req); !errors.Is(err, ErrBinding) {
		t.Fatalf("relabelled request: %v, want ErrBinding", err)
	}
	// The production worker refuses to ask for another fleet.
	if _, err := prod.MakeJoinRequest(staging.FleetID()); !errors.Is(err, ErrFleetMismatch) {
		t.Fatalf("join request for another fleet: %v, want ErrFleetMismatch", err)
	}
	// A fresh worker told to join production refuses a staging offer made for a staging request.
	fresh := simFleet(t, "")
	freq, _ := fresh.MakeJoinRequest(prod.FleetID())
	sreq, _ := simFleet(t, "").MakeJoinRequest(staging.FleetID())
	sresp, err := staging.Offer(sreq)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fresh.Accept(sresp); !errors.Is(err, ErrNotForThisJoiner) {
		t.Fatalf("staging response to a production joiner: %v, want ErrNotForThisJoiner", err)
	}
	if resp, err := prod.Offer(freq); err != nil {
		t.Fatal(err)
	} else if _, err := fresh.Accept(resp); err != nil {
		t.Fatal(err)
	}
	if fresh.FleetID() != prod.FleetID() || !slices.Equal(prod.Epochs(), []uint32{1}) {
		t.Fatal("production fleet changed")
	}
}

// The join transport was X25519 only: the secrets behind the X-Wing keys crossed a classical
// channel. A holder now refuses any transport key that is not X-Wing, even one the joiner's
// evidence binds.
func TestAttack_classicalOnlyTransport(t *testing.T) {
	h, j := simFleet(t, ""), simFleet(t, "")
	genesis(t, h)
	classical, err := hpke.GenerateKeyPair(hpke.SuiteX25519, nil)
	if err != nil {
		t.Fatal(err)
	}
	pub := classical.Public().Bytes()
	nonce := [32]byte{7}
	fid := h.FleetID()
	ev, err := j.evidence(reportData(requestBinding(pub, nonce, fid), tagJoinRequest))
	if err != nil {
		t.Fatal(err)
	}
	req := api.JoinRequest{Version: JoinVersion, FleetID: fid, TransportKey: pub, Nonce: nonce, Evidence: ev}
	if _, err := h.Offer(req); !errors.Is(err, ErrBadMessage) {
		t.Fatalf("X25519 transport key: %v, want ErrBadMessage", err)
	}
	// What the enclave makes itself is X-Wing, and the response's envelope is X-Wing.
	good, _ := j.MakeJoinRequest(fid)
	if len(good.TransportKey) != hpke.SuiteXWing.PublicKeySize() {
		t.Fatalf("transport key of %d bytes", len(good.TransportKey))
	}
	resp, err := h.Offer(good)
	if err != nil {
		t.Fatal(err)
	}
	if suite, _, err := hpke.Header(resp.Ciphertext); err != nil || suite != hpke.SuiteXWing {
		t.Fatalf("transport envelope suite %s %v", suite, err)
	}
}
