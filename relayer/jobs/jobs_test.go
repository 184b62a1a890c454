package jobs_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/migrations"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
	"github.com/teeoracle/teeoracle/relayer/jobs"
	"github.com/teeoracle/teeoracle/relayer/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

var st = jobs.NewStore(nil)

func newDB(t *testing.T) *pgxpool.Pool {
	t.Helper()
	pool := pgtest.NewPool(t)
	if _, err := migrations.Migrate(context.Background(), pool, testutil.Logger()); err != nil {
		t.Fatal(err)
	}
	return pool
}

func job(i int) *jobs.Job {
	return &jobs.Job{
		JobID: crypto.Keccak256Hash([]byte(fmt.Sprint("job", i))), ChainID: 31337, Router: common.Address{1},
		Requester: common.Address{2}, ProgramID: common.Hash{3}, Input: []byte{byte(i)}, InputHash: crypto.Keccak256Hash([]byte{byte(i)}),
		CallbackGasLimit: 100000, Fee: big.NewInt(int64(1000 + i)), Deadline: uint64(time.Now().Add(time.Hour).Unix()),
		BlockNumber: uint64(10 + i), BlockHash: common.Hash{4}, TxHash: common.Hash{5}, LogIndex: uint(i),
	}
}

func insert(t *testing.T, db *pgxpool.Pool, n int) []*jobs.Job {
	t.Helper()
	out := make([]*jobs.Job, n)
	for i := range out {
		out[i] = job(i)
		ok, err := st.Insert(context.Background(), db, out[i])
		if err != nil || !ok {
			t.Fatalf("insert %d: %v %v", i, ok, err)
		}
	}
	return out
}

func TestInsertIsIdempotentAndRoundTrips(t *testing.T) {
	ctx := context.Background()
	db := newDB(t)
	j := insert(t, db, 1)[0]
	if ok, err := st.Insert(ctx, db, j); err != nil || ok {
		t.Fatalf("second insert: inserted=%v err=%v", ok, err)
	}
	got, res, err := st.Get(ctx, db, j.JobID)
	if err != nil || res != nil {
		t.Fatal(err, res)
	}
	if got.State != jobs.StateRequested || got.Fee.Cmp(j.Fee) != 0 || got.Requester != j.Requester ||
		got.Request().Commitment() != j.Request().Commitment() || got.Deadline != j.Deadline {
		t.Fatalf("round trip: %+v", got)
	}
	if _, _, err := st.Get(ctx, db, common.Hash{9}); !errors.Is(err, jobs.ErrNotFound) {
		t.Fatalf("missing job: %v", err)
	}
}

func TestConcurrentClaimsNeverOverlap(t *testing.T) {
	ctx := context.Background()
	db := newDB(t)
	const n = 300
	insert(t, db, n)
	var mu sync.Mutex
	claimed := map[common.Hash]string{}
	var wg sync.WaitGroup
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			owner := fmt.Sprint("relayer-", w)
			for {
				got, err := st.Claim(ctx, db, 31337, owner, 7, time.Minute)
				if err != nil {
					t.Error(err)
					return
				}
				if len(got) == 0 {
					return
				}
				mu.Lock()
				for _, j := range got {
					if prev, dup := claimed[j.JobID]; dup {
						t.Errorf("job %s claimed by %s and %s", j.JobID, prev, owner)
					}
					claimed[j.JobID] = owner
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(claimed) != n {
		t.Fatalf("claimed %d of %d", len(claimed), n)
	}
}

func TestExpiredLeaseIsReclaimedAndOldOwnerLosesIt(t *testing.T) {
	ctx := context.Background()
	db := newDB(t)
	j := insert(t, db, 1)[0]
	got, err := st.Claim(ctx, db, 31337, "dead", 1, 50*time.Millisecond)
	if err != nil || len(got) != 1 {
		t.Fatal(err, len(got))
	}
	if again, _ := st.Claim(ctx, db, 31337, "other", 1, time.Minute); len(again) != 0 {
		t.Fatal("claimed a job under a live lease")
	}
	time.Sleep(100 * time.Millisecond)
	again, err := st.Claim(ctx, db, 31337, "other", 1, time.Minute)
	if err != nil || len(again) != 1 || again[0].Attempts != 0 { // a claim is not an attempt
		t.Fatalf("reclaim after lease expiry: %v %+v", err, again)
	}
	res := jobs.Result{JobID: j.JobID, Status: protocol.StatusOK, Output: []byte("x"), Signer: common.Address{7}, Worker: "w"}
	if err := st.SaveResult(ctx, db, "dead", res); !errors.Is(err, jobs.ErrLeaseLost) {
		t.Fatalf("old owner saved a result: %v", err)
	}
	res.Signature.R[0], res.Signature.VS[0] = 1, 2
	if err := st.SaveResult(ctx, db, "other", res); err != nil {
		t.Fatal(err)
	}
	got2, r, err := st.Get(ctx, db, j.JobID)
	if err != nil || got2.State != jobs.StateResultReady || r == nil || r.Signature != res.Signature || string(r.Output) != "x" {
		t.Fatalf("after result: %+v %+v %v", got2, r, err)
	}
}

func TestRetryBackoffAndFinish(t *testing.T) {
	ctx := context.Background()
	db := newDB(t)
	js := insert(t, db, 2)
	claimed, _ := st.Claim(ctx, db, 31337, "me", 2, time.Minute)
	if len(claimed) != 2 {
		t.Fatal(len(claimed))
	}
	if err := st.Retry(ctx, db, "me", js[0].JobID, time.Hour, "worker down"); err != nil {
		t.Fatal(err)
	}
	if err := st.Finish(ctx, db, "me", js[1].JobID, jobs.StateExpired, "deadline passed"); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.Claim(ctx, db, 31337, "me", 2, time.Minute); len(got) != 0 {
		t.Fatalf("claimed %d jobs: backoff or final state ignored", len(got))
	}
	j0, _, _ := st.Get(ctx, db, js[0].JobID)
	if j0.State != jobs.StateRequested || j0.LastError != "worker down" || time.Until(j0.NextAttemptAt) < 50*time.Minute {
		t.Fatalf("retried job: %+v", j0)
	}
	// A cancellation event still turns an expired job into cancelled; nothing else changes it.
	if err := st.Close(ctx, db, []common.Hash{js[1].JobID}, jobs.StateFailed, "x"); err != nil {
		t.Fatal(err)
	}
	if j1, _, _ := st.Get(ctx, db, js[1].JobID); j1.State != jobs.StateExpired {
		t.Fatalf("expired job became %s", j1.State)
	}
	if err := st.Cancelled(ctx, db, js[1].JobID, 100); err != nil {
		t.Fatal(err)
	}
	if j1, _, _ := st.Get(ctx, db, js[1].JobID); j1.State != jobs.StateCancelled {
		t.Fatalf("cancelled event: %s", j1.State)
	}
}

func TestSubmissionLifecycle(t *testing.T) {
	ctx := context.Background()
	db := newDB(t)
	js := insert(t, db, 3)
	claimed, _ := st.Claim(ctx, db, 31337, "me", 3, time.Minute)
	for _, j := range claimed {
		if err := st.SaveResult(ctx, db, "me", jobs.Result{JobID: j.JobID, Signer: common.Address{1}, Worker: "w"}); err != nil {
			t.Fatal(err)
		}
	}
	tx, err := db.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ready, err := st.LockReady(ctx, tx, 31337, 10)
	if err != nil || len(ready) != 3 {
		t.Fatalf("lock ready: %d %v", len(ready), err)
	}
	// A second submitter sees nothing while the first holds the rows.
	other, err := db.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r2, err := st.LockReady(ctx, other, 31337, 10); err != nil || len(r2) != 0 {
		t.Fatalf("second submitter locked %d rows (err %v)", len(r2), err)
	}
	_ = other.Rollback(ctx)
	ids := []common.Hash{js[0].JobID, js[1].JobID, js[2].JobID}
	if err := st.MarkSubmitted(ctx, tx, ids); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	// The transaction reverted: back to result_ready, once; the second time they fail.
	if err := st.SubmitFailed(ctx, db, ids, "reverted", 2); err != nil {
		t.Fatal(err)
	}
	j, _, _ := st.Get(ctx, db, js[0].JobID)
	if j.State != jobs.StateResultReady || j.SubmitAttempts != 1 {
		t.Fatalf("after first failed tx: %s %d", j.State, j.SubmitAttempts)
	}
	if err := st.MarkSubmitted(ctx, db, ids); err != nil {
		t.Fatal(err)
	}
	// Our transaction settles job 0; someone else's settles job 1.
	if err := st.Fulfilled(ctx, db, js[0].JobID, true, 100); err != nil {
		t.Fatal(err)
	}
	if err := st.Fulfilled(ctx, db, js[1].JobID, false, 101); err != nil {
		t.Fatal(err)
	}
	if err := st.SubmitFailed(ctx, db, ids, "reverted again", 2); err != nil {
		t.Fatal(err)
	}
	want := map[common.Hash]jobs.State{js[0].JobID: jobs.StateConfirmed, js[1].JobID: jobs.StateFulfilledByOther, js[2].JobID: jobs.StateFailed}
	for id, state := range want {
		if j, _, _ := st.Get(ctx, db, id); j.State != state {
			t.Errorf("job %s: %s, want %s", id, j.State, state)
		}
	}
	counts, err := st.Counts(ctx, db)
	if err != nil || counts[jobs.StateConfirmed] != 1 || counts[jobs.StateFailed] != 1 {
		t.Fatalf("counts %v %v", counts, err)
	}
}
