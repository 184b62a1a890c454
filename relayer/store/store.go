// Package store is the seam every relayer store queries PostgreSQL through: DBTX (a pool, a
// connection or a transaction, so callers compose store methods into their own transactions) and
// Observer, the decorator that times every query of a store into one histogram (the shape of
// Chainlink's ObservedORM). Each table has one owning store (jobs, registry, txmgr, indexer); no
// other package writes SQL against it.
package store

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// DBTX is a pool, a connection or a transaction.
type DBTX interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// Metrics receives one observation per query: the store, the store method that ran it, how long it
// took (until its rows were read) and its error. Implementations must be safe for concurrent use.
type Metrics interface {
	DBQuery(store, query string, d time.Duration, err error)
}

// NoopMetrics discards observations.
type NoopMetrics struct{}

// DBQuery implements Metrics.
func (NoopMetrics) DBQuery(string, string, time.Duration, error) {}

// Observer times the queries of one store. The zero value observes nothing.
type Observer struct {
	name string
	m    Metrics
}

// NewObserver returns an observer for the store called name (nil m: none).
func NewObserver(name string, m Metrics) Observer {
	if _, noop := m.(NoopMetrics); noop {
		m = nil
	}
	return Observer{name: name, m: m}
}

// On returns db with every query timed, labelled with the store method that runs it.
func (o Observer) On(db DBTX) DBTX {
	if o.m == nil || db == nil {
		return db
	}
	return observed{db: db, o: o}
}

type observed struct {
	db DBTX
	o  Observer
}

func (d observed) Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	name, start := caller(), time.Now()
	tag, err := d.db.Exec(ctx, sql, args...)
	d.o.m.DBQuery(d.o.name, name, time.Since(start), err)
	return tag, err
}

func (d observed) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	name, start := caller(), time.Now()
	rows, err := d.db.Query(ctx, sql, args...)
	if err != nil {
		d.o.m.DBQuery(d.o.name, name, time.Since(start), err)
		return rows, err
	}
	return &observedRows{Rows: rows, done: func(err error) { d.o.m.DBQuery(d.o.name, name, time.Since(start), err) }}, nil
}

func (d observed) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	name, start := caller(), time.Now()
	return observedRow{row: d.db.QueryRow(ctx, sql, args...), done: func(err error) {
		d.o.m.DBQuery(d.o.name, name, time.Since(start), err)
	}}
}

// observedRows reports when the rows are closed (their last row read).
type observedRows struct {
	pgx.Rows
	done func(error)
	once sync.Once
}

func (r *observedRows) Close() {
	r.Rows.Close()
	r.once.Do(func() { r.done(r.Rows.Err()) })
}

type observedRow struct {
	row  pgx.Row
	done func(error)
}

func (r observedRow) Scan(dest ...any) error {
	err := r.row.Scan(dest...)
	if err == pgx.ErrNoRows {
		r.done(nil)
	} else {
		r.done(err)
	}
	return err
}

var names sync.Map // program counter -> query name

// caller names the store method that called into observed: "Claim" for jobs.(*Store).Claim.
func caller() string {
	var pcs [1]uintptr
	if runtime.Callers(3, pcs[:]) == 0 {
		return "unknown"
	}
	if n, ok := names.Load(pcs[0]); ok {
		return n.(string)
	}
	name := "unknown"
	if f := runtime.FuncForPC(pcs[0]); f != nil {
		name = f.Name()
		name = name[strings.LastIndexByte(name, '.')+1:]
		name = strings.TrimSuffix(name, "-fm")
	}
	names.Store(pcs[0], name)
	return name
}

// CollectRows scans every row of a query with scan and closes the rows; err is the query's own
// error, passed through (so that CollectRows(db.Query(...)) reads as one call).
func CollectRows[T any](rows pgx.Rows, err error, scan func(pgx.Row) (T, error)) ([]T, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// CollectHashes reads a query of one bytea column as hashes.
func CollectHashes(rows pgx.Rows, err error) ([]common.Hash, error) {
	return CollectRows(rows, err, func(r pgx.Row) (common.Hash, error) {
		var b []byte
		err := r.Scan(&b)
		return common.BytesToHash(b), err
	})
}

// HashBytes is hashes as a bytea[] argument.
func HashBytes(hashes []common.Hash) [][]byte {
	out := make([][]byte, len(hashes))
	for i, h := range hashes {
		out[i] = h.Bytes()
	}
	return out
}

// NonNil is b, or an empty slice for nil (a NOT NULL bytea column).
func NonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// CollectHashSet reads a query of one bytea column as a set of hashes.
func CollectHashSet(rows pgx.Rows, err error) (map[common.Hash]bool, error) {
	hs, err := CollectHashes(rows, err)
	if err != nil {
		return nil, err
	}
	set := make(map[common.Hash]bool, len(hs))
	for _, h := range hs {
		set[h] = true
	}
	return set, nil
}

// ListArgs are the arguments of a list query filtered by states: the states as text[] and the row
// limit (0 or less: 100).
func ListArgs[S ~string](states []S, limit int) ([]string, int) {
	if limit <= 0 {
		limit = 100
	}
	out := make([]string, len(states))
	for i, s := range states {
		out[i] = string(s)
	}
	return out, limit
}
