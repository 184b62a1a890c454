package service_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/teeoracle/teeoracle/relayer/internal/oracletest"
)

// TestDeadlinesUseChainTime (issue 17): on a chain whose clock is an hour behind the relayer's,
// a job with a 2-minute time to live is run and settled: its deadline is compared with the
// chain's time (block timestamps), as the router compares it. Before: the relayer's wall clock
// said the deadline had passed and the job expired at once.
func TestDeadlinesUseChainTime(t *testing.T) {
	behind := time.Now().Add(-time.Hour).Unix()
	e := oracletest.New(t, oracletest.Options{AnvilArgs: []string{"--block-time", "1", "--timestamp", fmt.Sprint(behind)}})
	head, err := e.Client.HeaderByNumber(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if lag := time.Now().Unix() - int64(head.Time); lag < 1800 {
		t.Fatalf("chain time only %d s behind: the test needs it an hour behind", lag)
	}
	e.StartRelayer(e.Config())
	ids := e.Request(oracletest.Requester, 3, big.NewInt(1e12), 120)
	e.WaitSettled(ids, 60*time.Second)
	for _, id := range ids {
		if e.DeliveredResult(id) == ([32]byte{}) {
			t.Fatalf("job %s settled without a delivered result (expired/cancelled?)", id)
		}
	}
}
