package events_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
	"github.com/teeoracle/teeoracle/relayer/registry"
)

// ProgramSecretsSet keeps the program's current bundle reference (the last one set); a revocation
// removes it.
func TestProgramSecretsIndexed(t *testing.T) {
	f := setup(t)
	r := f.e.Router
	reg := registry.NewStore(31337, nil)
	ctx := context.Background()
	read := func() map[common.Hash]registry.SecretsRef {
		t.Helper()
		m, err := reg.Secrets(ctx, f.db, []common.Hash{f.e.Program})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	f.e.Transact(oracletest.Owner, f.e.Deployment.Router, r.PackSetProgramSecrets(f.e.Program, common.Hash{1}, "bafy-first"), nil)
	f.e.Transact(oracletest.Owner, f.e.Deployment.Router, r.PackSetProgramSecrets(f.e.Program, common.Hash{2}, "bafy-second"), nil)
	f.sync(t)
	if got := read()[f.e.Program]; got.Hash != (common.Hash{2}) || got.CID != "bafy-second" {
		t.Fatalf("current reference %+v, want the second", got)
	}
	f.e.Transact(oracletest.Owner, f.e.Deployment.Router, r.PackSetProgramSecrets(f.e.Program, common.Hash{}, ""), nil)
	f.sync(t)
	if got := read(); len(got) != 0 {
		t.Fatalf("after revocation: %+v", got)
	}
}
