// Package migrations holds the relayer's PostgreSQL schema as numbered SQL files (NNNN_name.sql,
// embedded in the binary) and applies them (`relayer migrate`).
//
// Why a 100-line runner and not golang-migrate or River's rivermigrate: we need exactly three things,
// forward-only numbered files, one transaction for a whole upgrade and a lock that makes concurrent
// relayers safe. golang-migrate takes a session advisory lock and runs each file in its own
// transaction (a failure half-way leaves a "dirty" version to fix by hand) and brings a driver zoo into
// go.mod; rivermigrate only migrates River's own tables. Here all pending files run in one transaction
// holding pg_advisory_xact_lock: a second relayer waits, then sees nothing left to do, and a failing
// file rolls the whole upgrade back. Applied files are checksummed so an edited migration is caught.
// Migrations are forward-only: undo a change with a new file.
//
// The schema is frozen as of 0001_init.sql and 0002_job_nonces.sql: never edit an existing file
// (databases that applied it would fail the checksum, and they would never see the edit). Every
// change from now on is a new NNNN_name.sql file.
package migrations

import (
	"context"
	"crypto/sha256"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"regexp"
	"sort"
	"strconv"

	"github.com/jackc/pgx/v5"
)

//go:embed *.sql
var files embed.FS

// lockKey is the pg_advisory_xact_lock key serialising migrations (first 8 bytes of
// sha256("teeoracle/migrations")).
const lockKey int64 = 0x2f1c_5a7e_0b3d_4c61

// Migration is one numbered SQL file.
type Migration struct {
	Version  int
	Name     string
	SQL      string
	Checksum [32]byte
}

var fileRE = regexp.MustCompile(`^(\d{4})_([a-z0-9_]+)\.sql$`)

// All returns the embedded migrations in version order.
func All() ([]Migration, error) { return load(files) }

func load(fsys fs.FS) ([]Migration, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var out []Migration
	seen := map[int]string{}
	for _, e := range entries {
		m := fileRE.FindStringSubmatch(e.Name())
		if m == nil {
			return nil, fmt.Errorf("migrations: bad file name %q (want NNNN_name.sql)", e.Name())
		}
		v, _ := strconv.Atoi(m[1])
		if prev, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations: version %d used by %s and %s", v, prev, e.Name())
		}
		seen[v] = e.Name()
		body, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, Migration{Version: v, Name: m[2], SQL: string(body), Checksum: sha256.Sum256(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

// DB is what Migrate needs: a *pgxpool.Pool or a *pgx.Conn.
type DB interface {
	Begin(ctx context.Context) (pgx.Tx, error)
}

// ErrChecksum means an already-applied migration file was edited after it ran.
var ErrChecksum = errors.New("migrations: applied migration was modified")

// Migrate applies every pending embedded migration in one transaction and returns the versions it
// applied (none when the schema is current). Idempotent, and safe to run from several processes at
// once: they serialise on an advisory lock and only the first one does the work.
func Migrate(ctx context.Context, db DB, log *slog.Logger) ([]int, error) {
	all, err := All()
	if err != nil {
		return nil, err
	}
	return apply(ctx, db, log, all)
}

func apply(ctx context.Context, db DB, log *slog.Logger, all []Migration) ([]int, error) {
	tx, err := db.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("migrations: begin: %w", err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, lockKey); err != nil {
		return nil, fmt.Errorf("migrations: lock: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    integer     PRIMARY KEY,
		name       text        NOT NULL,
		checksum   bytea       NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return nil, fmt.Errorf("migrations: create table: %w", err)
	}
	applied := map[int][]byte{}
	rows, err := tx.Query(ctx, `SELECT version, checksum FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("migrations: read applied: %w", err)
	}
	for rows.Next() {
		var v int
		var sum []byte
		if err := rows.Scan(&v, &sum); err != nil {
			rows.Close()
			return nil, err
		}
		applied[v] = sum
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	known := map[int]bool{}
	var done []int
	for _, m := range all {
		known[m.Version] = true
		if sum, ok := applied[m.Version]; ok {
			if string(sum) != string(m.Checksum[:]) {
				return nil, fmt.Errorf("%w: %04d_%s", ErrChecksum, m.Version, m.Name)
			}
			continue
		}
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			return nil, fmt.Errorf("migrations: %04d_%s: %w", m.Version, m.Name, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)`,
			m.Version, m.Name, m.Checksum[:]); err != nil {
			return nil, fmt.Errorf("migrations: record %d: %w", m.Version, err)
		}
		done = append(done, m.Version)
	}
	for v := range applied {
		if !known[v] {
			log.Warn("database has a migration this binary does not know (newer relayer?)", "version", v)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("migrations: commit: %w", err)
	}
	if len(done) > 0 {
		log.Info("applied migrations", "versions", done)
	}
	return done, nil
}

// Current returns the highest applied version (0 for an empty database).
func Current(ctx context.Context, db interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}) (int, error) {
	var exists bool
	if err := db.QueryRow(ctx, `SELECT to_regclass('schema_migrations') IS NOT NULL`).Scan(&exists); err != nil {
		return 0, fmt.Errorf("migrations: current version: %w", err)
	}
	if !exists {
		return 0, nil
	}
	var v int
	if err := db.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("migrations: current version: %w", err)
	}
	return v, nil
}

// Latest returns the highest embedded version: what Migrate brings a database to.
func Latest() int {
	all, err := All()
	if err != nil || len(all) == 0 {
		return 0
	}
	return all[len(all)-1].Version
}
