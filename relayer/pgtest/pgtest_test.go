package pgtest_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/teeoracle/teeoracle/relayer/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func TestNewPoolGivesIsolatedDatabases(t *testing.T) {
	ctx := context.Background()
	a := pgtest.NewPool(t)
	b := pgtest.NewPool(t)
	if _, err := a.Exec(ctx, `CREATE TABLE only_in_a (x int)`); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := b.QueryRow(ctx, `SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_a'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Fatalf("table created in database a is visible in database b")
	}
	var version string
	if err := a.QueryRow(ctx, `SHOW server_version`).Scan(&version); err != nil {
		t.Fatal(err)
	}
	if version[:2] != "15" && pgtestEnvUnset() {
		t.Fatalf("server version %s, want 15.x", version)
	}
}

func pgtestEnvUnset() bool { return testingEnv(pgtest.EnvURL) == "" }

func TestClusterStopStart(t *testing.T) {
	ctx := context.Background()
	c := pgtest.StartCluster(t)
	dbURL := c.DatabaseURL(t)
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `CREATE TABLE survives (x int); INSERT INTO survives VALUES (42)`); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)

	c.Stop(t, "immediate")
	short, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if conn, err := pgx.Connect(short, dbURL); err == nil {
		conn.Close(ctx)
		t.Fatal("connected to a stopped cluster")
	}

	c.Start(t)
	conn, err = pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var x int
	if err := conn.QueryRow(ctx, `SELECT x FROM survives`).Scan(&x); err != nil || x != 42 {
		t.Fatalf("after restart: x=%d err=%v", x, err)
	}
}

func testingEnv(k string) string { return os.Getenv(k) }
