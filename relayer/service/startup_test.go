package service_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teeoracle/teeoracle/relayer/anviltest"
	"github.com/teeoracle/teeoracle/relayer/indexer"
	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
	"github.com/teeoracle/teeoracle/relayer/service"
)

// TestStartRefusesTheWrongRouter (issue 18, item 5): a --router with code that is not a JobRouter
// is refused at start (it answers no router-only call), and so is a database whose indexing
// position belongs to another router; a failed start logs no "relayer stopped".
func TestStartRefusesTheWrongRouter(t *testing.T) {
	e := oracletest.New(t, oracletest.Options{})
	ctx := context.Background()
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))

	cfg := e.Config()
	cfg.Router = e.Deployment.Admin // code, but the router's cold half: no config()
	if _, err := service.Start(ctx, cfg, log); err == nil || !strings.Contains(err.Error(), "not a JobRouter") {
		t.Fatalf("start on a contract that is no router: %v", err)
	}
	if strings.Contains(logs.String(), "relayer stopped") {
		t.Errorf("a relayer that never started logged its stop:\n%s", logs.String())
	}
	if strings.HasPrefix(errString(service.Start(ctx, cfg, log)), "relayer:") {
		t.Error("service errors carry a relayer: prefix (main adds it once)")
	}

	// The position was made for another router: refused by name, nothing indexed.
	db, err := pgxpool.New(ctx, e.DBURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cfg = e.Config()
	other := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	if err := indexer.NewStore(nil).Repoint(ctx, db, anviltest.ChainID.Int64(), service.IndexerName, []common.Address{other}, e.StartBlock); err != nil {
		t.Fatal(err)
	}
	_, err = service.Start(ctx, cfg, log)
	var mismatch *indexer.SourceMismatchError
	if !errors.As(err, &mismatch) || !strings.Contains(err.Error(), "relayer replay") {
		t.Fatalf("start on another router's position: %v", err)
	}
	// Re-pointed, it starts.
	if err := indexer.NewStore(nil).Repoint(ctx, db, anviltest.ChainID.Int64(), service.IndexerName, []common.Address{cfg.Router}, e.StartBlock); err != nil {
		t.Fatal(err)
	}
	e.StartRelayer(cfg)
}

func errString(_ *service.Service, err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
