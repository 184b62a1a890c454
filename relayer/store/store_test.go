package store_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/teeoracle/teeoracle/relayer/pgtest"
	"github.com/teeoracle/teeoracle/relayer/store"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

type observation struct {
	store, query string
	err          error
}

type recorder struct {
	mu  sync.Mutex
	obs []observation
}

func (r *recorder) DBQuery(s, q string, _ time.Duration, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.obs = append(r.obs, observation{s, q, err})
}

// exampleStore stands for a store: each method's queries are labelled with the method's name.
type exampleStore struct{ obs store.Observer }

func (s exampleStore) Create(ctx context.Context, db store.DBTX) error {
	_, err := s.obs.On(db).Exec(ctx, `CREATE TABLE t (x int); INSERT INTO t VALUES (1), (2)`)
	return err
}

func (s exampleStore) Sum(ctx context.Context, db store.DBTX) (int, error) {
	rows, err := s.obs.On(db).Query(ctx, `SELECT x FROM t`)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	sum := 0
	for rows.Next() {
		var x int
		if err := rows.Scan(&x); err != nil {
			return 0, err
		}
		sum += x
	}
	return sum, rows.Err()
}

func (s exampleStore) Missing(ctx context.Context, db store.DBTX) error {
	var x int
	return s.obs.On(db).QueryRow(ctx, `SELECT x FROM t WHERE x = 99`).Scan(&x)
}

func (s exampleStore) Broken(ctx context.Context, db store.DBTX) error {
	_, err := s.obs.On(db).Exec(ctx, `SELECT * FROM no_such_table`)
	return err
}

func TestObserverTimesEveryQueryByMethod(t *testing.T) {
	ctx := context.Background()
	db := pgtest.NewPool(t)
	r := &recorder{}
	s := exampleStore{obs: store.NewObserver("example", r)}
	if err := s.Create(ctx, db); err != nil {
		t.Fatal(err)
	}
	if sum, err := s.Sum(ctx, db); err != nil || sum != 3 {
		t.Fatalf("sum %d err %v", sum, err)
	}
	if err := s.Missing(ctx, db); !errors.Is(err, pgx.ErrNoRows) {
		t.Fatalf("missing row: %v", err)
	}
	if err := s.Broken(ctx, db); err == nil {
		t.Fatal("query on a missing table succeeded")
	}
	want := []struct {
		query string
		err   bool
	}{{"Create", false}, {"Sum", false}, {"Missing", false}, {"Broken", true}}
	if len(r.obs) != len(want) {
		t.Fatalf("%d observations %+v, want %d", len(r.obs), r.obs, len(want))
	}
	for i, w := range want {
		if o := r.obs[i]; o.store != "example" || o.query != w.query || (o.err != nil) != w.err {
			t.Errorf("observation %d: %+v, want %s (error %v)", i, o, w.query, w.err)
		}
	}
	// The zero observer and the no-op metrics observe nothing and change nothing.
	for _, o := range []store.Observer{{}, store.NewObserver("x", store.NoopMetrics{})} {
		if o.On(db) != store.DBTX(db) {
			t.Error("a non-observing observer wrapped the pool")
		}
	}
}
