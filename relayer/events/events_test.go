package events_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/anviltest"
	"github.com/teeoracle/teeoracle/relayer/ethrpc"
	"github.com/teeoracle/teeoracle/relayer/events"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

type fixture struct {
	e  *oracletest.Env
	db *pgxpool.Pool
	h  *events.Handler
	ix *indexer.Indexer
}

func setup(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	e := oracletest.New(t, oracletest.Options{})
	db := pgtest.Connect(t, e.DBURL)
	if _, err := migrations.Migrate(ctx, db, testutil.Logger()); err != nil {
		t.Fatal(err)
	}
	rpc, err := ethrpc.Dial(ctx, ethrpc.Config{URLs: []string{e.Anvil.URL}}, testutil.Logger(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rpc.Close)
	h, err := events.New(31337, e.Deployment.Router, e.Deployment.ProgramRegistry, 0, testutil.Logger(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := indexer.New(indexer.Config{Name: "events", ChainID: 31337, Addresses: h.Addresses(), Topics: h.Topics(),
		StartBlock: e.StartBlock}, db, rpc, h, testutil.Logger(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{e: e, db: db, h: h, ix: ix}
}

func (f *fixture) sync(t *testing.T) {
	t.Helper()
	if _, err := f.ix.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func (f *fixture) scalar(t *testing.T, q string, args ...any) any {
	t.Helper()
	var v any
	if err := f.db.QueryRow(context.Background(), q, args...).Scan(&v); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return v
}

func TestRegistryAndProgramProjections(t *testing.T) {
	f := setup(t)
	f.sync(t)
	w := f.e.Workers[0]
	if st := f.scalar(t, `SELECT status FROM enclaves WHERE signer = $1`, w.Signer.Bytes()); st != "active" {
		t.Fatalf("enclave status %v", st)
	}
	if cid := f.scalar(t, `SELECT cid FROM program_versions WHERE program_id = $1 AND version = 1`, f.e.Program.Bytes()); cid == "" {
		t.Fatal("no CID for version 1")
	}
	if v := f.scalar(t, `SELECT current_version FROM programs WHERE program_id = $1`, f.e.Program.Bytes()); v != int64(1) {
		t.Fatalf("current version %v", v)
	}
	if en := f.scalar(t, `SELECT enabled FROM programs WHERE program_id = $1`, f.e.Program.Bytes()); en != true {
		t.Fatalf("program enabled %v", en)
	}
	if n := f.scalar(t, `SELECT count(*) FROM measurements WHERE allowed`); n != int64(1) {
		t.Fatalf("%v allowed measurements", n)
	}
	// Removing the measurement deactivates the enclave; disabling the program shows too.
	r := f.e.Router
	f.e.Transact(oracletest.Owner, f.e.Deployment.Router, r.PackRemoveMeasurement(mrEnclaveKey(t, f)), nil)
	f.sync(t)
	if st := f.scalar(t, `SELECT status FROM enclaves WHERE signer = $1`, w.Signer.Bytes()); st != "deactivated" {
		t.Fatalf("after measurement removal: %v", st)
	}
	if n := f.scalar(t, `SELECT count(*) FROM measurements WHERE allowed`); n != int64(0) {
		t.Fatalf("%v allowed measurements after removal", n)
	}
}

func mrEnclaveKey(t *testing.T, f *fixture) [32]byte {
	t.Helper()
	out, err := f.e.Client.CallContract(context.Background(), ethereum.CallMsg{To: &f.e.Deployment.Router,
		Data: f.e.Router.PackMrEnclaveKey([32]byte{})}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return common.BytesToHash(out)
}

func TestJobsRequestedAndCancelled(t *testing.T) {
	f := setup(t)
	ctx := context.Background()
	fee := new(big.Int).Add(f.e.QuoteFee(oracletest.RequestCallbackGas), big.NewInt(777))
	ids := f.e.Request(oracletest.Requester, 3, fee, 60)
	f.sync(t)
	for _, id := range ids {
		j, _, err := jobs.NewStore(nil).Get(ctx, f.db, id)
		if err != nil || j.State != jobs.StateRequested || j.Fee.Cmp(fee) != 0 || j.Requester != f.e.Consumer ||
			j.User != anviltest.Address(oracletest.Requester) || j.Version != 1 || j.AuthorFee.Sign() != 0 {
			t.Fatalf("job %s: %+v %v", id, j, err)
		}
		// The stored request rebuilds the on-chain commitment exactly.
		if got := f.e.Commitment(id); got != common.Hash(j.Request().Commitment()) {
			t.Fatalf("job %s: commitment %s on-chain, %x rebuilt", id, got, j.Request().Commitment())
		}
	}
	// A job requested directly by an account: after the deadline only that requester may cancel; it
	// is refunded and the relayer drops the job.
	const direct = 3
	rc := f.e.Transact(direct, f.e.Deployment.Router, f.e.Router.PackRequestJob(f.e.Program, 0, common.Address{},
		protocol.PlainInput([]byte("direct"), nil), oracletest.RequestCallbackGas, 60), fee)
	var own common.Hash
	for _, l := range rc.Logs {
		if ev, err := f.e.Router.UnpackJobRequestedEvent(l); err == nil {
			own = ev.JobId
		}
	}
	f.sync(t)
	var skip any
	f.e.Anvil.Call(t, &skip, "evm_increaseTime", 120)
	j, _, err := jobs.NewStore(nil).Get(ctx, f.db, own)
	if err != nil || j.Requester != anviltest.Address(direct) {
		t.Fatalf("direct job: %+v %v", j, err)
	}
	req, err := j.Request().Binding()
	if err != nil {
		t.Fatal(err)
	}
	f.e.Transact(direct, f.e.Deployment.Router, f.e.Router.PackCancel(own, req), nil)
	f.sync(t)
	if j, _, _ := jobs.NewStore(nil).Get(ctx, f.db, own); j.State != jobs.StateCancelled {
		t.Fatalf("cancelled job: %s", j.State)
	}
	if j, _, _ := jobs.NewStore(nil).Get(ctx, f.db, ids[1]); j.State != jobs.StateRequested {
		t.Fatalf("other job: %s", j.State)
	}
}

func TestMissingRequestIsDetected(t *testing.T) {
	f := setup(t)
	ctx := context.Background()
	f.e.Request(oracletest.Requester, 3, big.NewInt(1), 3600)
	head, err := f.e.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	logs, err := f.e.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(f.e.StartBlock),
		ToBlock: new(big.Int).SetUint64(head), Addresses: []common.Address{f.e.Deployment.Router},
		Topics: [][]common.Hash{{jobRequestedTopic(t)}}})
	if err != nil || len(logs) != 3 {
		t.Fatalf("%d logs, err %v", len(logs), err)
	}
	tx, err := f.db.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	// An answer that lost the first request: nonce 1 where nonce 0 is due.
	err = f.h.HandleLogs(ctx, tx, f.e.StartBlock, head, []types.Log{logs[1], logs[2]})
	if !errors.Is(err, indexer.ErrInconsistent) {
		t.Fatalf("err %v, want ErrInconsistent", err)
	}
	want := protocol.JobID(big.NewInt(31337), f.e.Deployment.Router, 0)
	if err := f.h.HandleLogs(ctx, tx, f.e.StartBlock, head, logs); err != nil {
		t.Fatal(err)
	}
	if _, _, err := jobs.NewStore(nil).Get(ctx, tx, want); err != nil {
		t.Fatalf("job nonce 0: %v", err)
	}
	// A corrupted event (truncated data) is an RPC fault, not something to skip.
	bad := logs[0]
	bad.Data = bad.Data[:10]
	tx2, err := f.db.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx2.Rollback(ctx) }()
	if err := f.h.HandleLogs(ctx, tx2, f.e.StartBlock, head, []types.Log{bad}); !errors.Is(err, indexer.ErrInconsistent) {
		t.Fatalf("corrupted event: %v", err)
	}
}

func jobRequestedTopic(t *testing.T) common.Hash {
	a, err := bindings.JobRouterMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	return a.Events["JobRequested"].ID
}
