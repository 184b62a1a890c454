package indexer_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/relayer/indexer"
)

// TestPositionBelongsToItsContracts (issue 18, item 5): a relayer started once with the wrong
// router and then with the right one went on from the wrong router's position and indexed nothing,
// without an error. The position now records its contracts: another set is refused (a fatal, named
// error), and re-pointing it (`relayer replay --router`) indexes the right contract from the start.
func TestPositionBelongsToItsContracts(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.emit(6, 2)
	e.a.Mine(t, 2)
	wrong := common.HexToAddress("0x00000000000000000000000000000000000000aa")

	// First start with the wrong address: nothing to index, but the position moves to the head.
	h := &recorder{}
	bad := e.indexer(e.client(e.a.URL), h, func(c *indexer.Config) { c.Addresses = []common.Address{wrong} })
	if _, err := bad.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.count(`SELECT count(*) FROM applied`); n != 0 {
		t.Fatalf("applied %d logs of another contract", n)
	}

	// Then the right address: refused by name, not a silent empty index.
	ix := e.indexer(e.client(e.a.URL), h, nil)
	err := ix.CheckSource(ctx)
	var mismatch *indexer.SourceMismatchError
	if !errors.As(err, &mismatch) || mismatch.Stored[0] != wrong || mismatch.Configured[0] != e.emitter {
		t.Fatalf("CheckSource: %v, want a SourceMismatchError naming both addresses", err)
	}
	if _, err := ix.Sync(ctx); !errors.As(err, &mismatch) {
		t.Fatalf("Sync: %v, want the mismatch", err)
	}
	if err := ix.Ready(); err == nil {
		t.Fatal("an indexer on another contract's position reports ready")
	}

	// Re-pointed from block 0: the emitter's logs are indexed.
	if err := indexer.NewStore(nil).Repoint(ctx, e.db, 31337, "test", []common.Address{e.emitter}, 0); err != nil {
		t.Fatal(err)
	}
	ix = e.indexer(e.client(e.a.URL), h, nil)
	if _, err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.count(`SELECT count(*) FROM applied`); n != 6 {
		t.Fatalf("applied %d logs after re-pointing, want 6", n)
	}

	// A position written before the column existed (NULL) adopts the configured contracts.
	if _, err := e.db.Exec(ctx, `UPDATE indexer_checkpoints SET addresses = NULL`); err != nil {
		t.Fatal(err)
	}
	if err := ix.CheckSource(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.count(`SELECT count(*) FROM indexer_checkpoints WHERE addresses = '\x` + common.Bytes2Hex(e.emitter[:]) + `'::bytea`); n != 1 {
		t.Fatalf("position did not adopt the configured address (%d rows)", n)
	}
	// The order and duplicates of the configured addresses do not matter.
	ix = e.indexer(e.client(e.a.URL), h, func(c *indexer.Config) { c.Addresses = []common.Address{e.emitter, e.emitter} })
	if err := ix.CheckSource(ctx); err != nil {
		t.Fatalf("same contract listed twice: %v", err)
	}
}
