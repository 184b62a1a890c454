package migrations

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"testing"

	"github.com/teeoracle/teeoracle/relayer/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func TestMigrateFreshThenIdempotent(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.NewPool(t)

	v, err := Current(ctx, pool)
	if err != nil || v != 0 {
		t.Fatalf("empty database: version %d, err %v", v, err)
	}
	done, err := Migrate(ctx, pool, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if len(done) == 0 || done[len(done)-1] != Latest() {
		t.Fatalf("applied %v, want up to %d", done, Latest())
	}
	for _, table := range []string{"indexer_checkpoints", "blocks", "logs", "jobs", "job_results", "txs",
		"tx_attempts", "tx_jobs", "tx_senders", "enclaves", "measurements", "programs", "program_cids", "job_nonces"} {
		var ok bool
		if err := pool.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, table).Scan(&ok); err != nil || !ok {
			t.Errorf("table %s missing (err %v)", table, err)
		}
	}
	again, err := Migrate(ctx, pool, quiet)
	if err != nil || len(again) != 0 {
		t.Fatalf("second run applied %v, err %v", again, err)
	}
	if v, _ := Current(ctx, pool); v != Latest() {
		t.Fatalf("current %d, want %d", v, Latest())
	}
}

func TestMigrateConcurrentRelayers(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.NewPool(t)
	const n = 8
	var wg sync.WaitGroup
	results := make([][]int, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = Migrate(ctx, pool, quiet)
		}()
	}
	wg.Wait()
	workers := 0
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("migrator %d: %v", i, errs[i])
		}
		if len(results[i]) > 0 {
			workers++
		}
	}
	if workers != 1 {
		t.Fatalf("%d migrators applied migrations, want exactly 1", workers)
	}
	var rows int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&rows); err != nil || rows != len(mustAll(t)) {
		t.Fatalf("schema_migrations has %d rows (err %v)", rows, err)
	}
}

func TestMigrateFailureRollsBackWholeUpgrade(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.NewPool(t)
	good := mig(1, "good", `CREATE TABLE good (x int)`)
	bad := mig(2, "bad", `CREATE TABLE bad (x nosuchtype)`)
	if _, err := apply(ctx, pool, quiet, []Migration{good, bad}); err == nil {
		t.Fatal("a failing migration did not fail the upgrade")
	}
	var exists bool
	if err := pool.QueryRow(ctx, `SELECT to_regclass('good') IS NOT NULL`).Scan(&exists); err != nil || exists {
		t.Fatalf("table of migration 1 exists after the upgrade failed (err %v)", err)
	}
	if v, err := Current(ctx, pool); err != nil || v != 0 {
		t.Fatalf("version after failed upgrade: %d (err %v)", v, err)
	}
}

func TestMigrateDetectsEditedMigration(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.NewPool(t)
	if _, err := apply(ctx, pool, quiet, []Migration{mig(1, "a", `CREATE TABLE a (x int)`)}); err != nil {
		t.Fatal(err)
	}
	_, err := apply(ctx, pool, quiet, []Migration{mig(1, "a", `CREATE TABLE a (x bigint)`)})
	if !errors.Is(err, ErrChecksum) {
		t.Fatalf("edited migration: err %v, want ErrChecksum", err)
	}
}

func TestSchemaConstraints(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.NewPool(t)
	if _, err := Migrate(ctx, pool, quiet); err != nil {
		t.Fatal(err)
	}
	insertJob := `INSERT INTO jobs (job_id, chain_id, router, requester, program_id, input, input_hash,
		callback_gas_limit, fee, deadline, block_number, block_hash, tx_hash, log_index, state)
		VALUES ($1, 1, '\x01', '\x02', '\x03', '', '\x04', 100000, 5, 1700000000, 1, '\x05', '\x06', 0, $2)`
	id := make([]byte, 32)
	cases := []struct {
		name    string
		sql     string
		args    []any
		wantErr bool
	}{
		{"valid job", insertJob, []any{id, "requested"}, false},
		{"duplicate job id", insertJob, []any{id, "requested"}, true},
		{"unknown state", insertJob, []any{append([]byte{1}, id[1:]...), "bogus"}, true},
		{"short job id", insertJob, []any{id[:31], "requested"}, true},
		{"result with short signature", `INSERT INTO job_results (job_id, status, output, signature, signer, worker)
			VALUES ($1, 0, '', '\x01', '\x02', 'w')`, []any{id}, true},
		{"tx nonce unique per sender", `INSERT INTO txs (chain_id, from_address, to_address, data, nonce, state)
			VALUES (1, '\x01', '\x02', '', 7, 'pending'), (1, '\x01', '\x02', '', 7, 'pending')`, nil, true},
		{"nonce reused by a final tx", `INSERT INTO txs (chain_id, from_address, to_address, data, nonce, state)
			VALUES (1, '\x01', '\x02', '', 7, 'confirmed')`, nil, false},
		{"same nonce other sender", `INSERT INTO txs (chain_id, from_address, to_address, data, nonce, state)
			VALUES (1, '\x01', '\x02', '', 8, 'pending'), (1, '\x03', '\x02', '', 8, 'pending')`, nil, false},
		{"log inserted twice is a no-op", `INSERT INTO logs (chain_id, block_hash, log_index, block_number, tx_hash,
			address, event, topics, data) VALUES (1, '\x01', 0, 1, '\x02', '\x03', 'X', '{}', ''), (1, '\x01', 0, 1, '\x02', '\x03', 'X', '{}', '')
			ON CONFLICT DO NOTHING`, nil, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := pool.Exec(ctx, tc.sql, tc.args...)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
		})
	}
}

func mig(v int, name, sql string) Migration {
	return Migration{Version: v, Name: name, SQL: sql, Checksum: sha256.Sum256([]byte(sql))}
}

func mustAll(t *testing.T) []Migration {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// Applied migrations are frozen: editing one breaks every database that ran it (checksum) and never
// reaches them anyway. Change the schema with a new file; never update these sums.
func TestAppliedMigrationsAreFrozen(t *testing.T) {
	frozen := map[int]string{
		1: "7b841287431b6f7d1d3cd69194d18d7d55be27e74c94f66f53f8e3c6538c4438",
		2: "eaf03fda2f0acc0bda379dd22ee908e29a195feeaa99d9f8b2abdd39c1c06cc4",
	}
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, m := range all {
		want, ok := frozen[m.Version]
		if !ok {
			continue
		}
		seen++
		if got := fmt.Sprintf("%x", m.Checksum); got != want {
			t.Errorf("%04d_%s.sql changed (sha256 %s, frozen %s): put the change in a new migration file", m.Version, m.Name, got, want)
		}
	}
	if seen != len(frozen) {
		t.Fatalf("%d of %d frozen migrations found", seen, len(frozen))
	}
}
