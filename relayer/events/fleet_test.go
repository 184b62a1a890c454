package events_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/relayer/events"
	"github.com/teeoracle/teeoracle/relayer/fleet"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
)

// fragmentLog builds a log of an event of the fleet ABI fragment: topics are the indexed values
// (as words), data the others, ABI-encoded.
func fragmentLog(t *testing.T, router common.Address, block uint64, index uint, name string, indexed []common.Hash, values ...any) types.Log {
	t.Helper()
	ev := fleet.ABI.Events[name]
	data, err := ev.Inputs.NonIndexed().Pack(values...)
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Address: router, Topics: append([]common.Hash{ev.ID}, indexed...), Data: data, BlockNumber: block,
		BlockHash: common.BigToHash(big.NewInt(int64(block))), Index: index}
}

func word(v uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(v)) }

// The FleetKeys and tightened-registry events (decoded with the fragment until the binding has
// them) land in their owners' tables, and a rollback rebuilds them from the stored logs.
func TestFleetAndRegistryFragmentEvents(t *testing.T) {
	ctx := context.Background()
	db := pgtest.Connect(t, pgtest.URL(t))
	if _, err := migrations.Migrate(ctx, db, testutil.Logger()); err != nil {
		t.Fatal(err)
	}
	router := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	h, err := events.New(31337, router, router, 0, testutil.Logger(), nil)
	if err != nil {
		t.Fatal(err)
	}
	signer := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	payee := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	x25519 := crypto.Keccak256Hash([]byte("x25519"))
	xwingHash := crypto.Keccak256Hash([]byte("xwing"))
	mrEnclave := crypto.Keccak256Hash([]byte("mrenclave"))
	measurement := crypto.Keccak256Hash([]byte("measurement"))
	logs := []types.Log{
		fragmentLog(t, router, 1, 0, "EpochOpened", []common.Hash{word(1)}),
		fragmentLog(t, router, 2, 0, "EnclaveRegistered", []common.Hash{common.BytesToHash(signer.Bytes()), measurement, mrEnclave},
			payee, big.NewInt(1<<32), true, uint16(7), crypto.Keccak256Hash([]byte("evidence")), []byte{2, 3}),
		fragmentLog(t, router, 3, 0, "EpochKeySet", []common.Hash{word(1), common.BytesToHash(signer.Bytes())}, [32]byte(x25519), [32]byte(xwingHash)),
		fragmentLog(t, router, 4, 0, "EpochOpened", []common.Hash{word(2)}),
		fragmentLog(t, router, 5, 0, "EnclaveFeesSettled", []common.Hash{common.BytesToHash(signer.Bytes()), common.BytesToHash(payee.Bytes())}, big.NewInt(1234)),
		fragmentLog(t, router, 6, 0, "MeasurementDenied", []common.Hash{mrEnclave}, true),
		fragmentLog(t, router, 7, 0, "EpochRetired", []common.Hash{word(2)}),
	}
	tx, err := db.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.HandleLogs(ctx, tx, 1, 7, logs); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	epochs, err := fleet.NewStore(31337, nil).Epochs(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if len(epochs) != 2 || epochs[0].Status != "active" || epochs[0].X25519Key != x25519 || epochs[0].XWingKeyHash != xwingHash ||
		epochs[0].Signer != signer || epochs[1].Status != "retired" {
		t.Fatalf("epochs %+v", epochs)
	}
	var svn int32
	var mr []byte
	var settled, status string
	if err := db.QueryRow(ctx, `SELECT svn, mr_enclave, fees_settled::text, status FROM enclaves WHERE signer = $1`, signer.Bytes()).Scan(&svn, &mr, &settled, &status); err != nil {
		t.Fatal(err)
	}
	if svn != 7 || common.BytesToHash(mr) != mrEnclave || settled != "1234" || status != "active" {
		t.Fatalf("enclave svn %d mrEnclave %x settled %s status %s", svn, mr, settled, status)
	}
	var denied bool
	if err := db.QueryRow(ctx, `SELECT denied FROM measurements WHERE key = $1`, mrEnclave.Bytes()).Scan(&denied); err != nil || !denied {
		t.Fatalf("denied %v %v", denied, err)
	}
}
