package submit

import (
	"io"
	"log/slog"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

type skipMetrics struct {
	NoopMetrics
	n   map[string]int
	gas uint64
}

func (m *skipMetrics) FulfilSkipped(reason string, n int, gas uint64) { m.n[reason] += n; m.gas += gas }

// TestSkippedEntriesAndTheirGasCounted (issue 17): a mined batch with two skipped entries (one
// expired, one settled elsewhere) and two fulfilled ones counts two skipped entries by reason and
// half the batch's gas; another contract's identical events and other kinds count nothing.
func TestSkippedEntriesAndTheirGasCounted(t *testing.T) {
	router := common.Address{0xaa}
	abi, err := bindings.JobRouterMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	skip := func(addr common.Address, reason uint8) *types.Log {
		data, err := abi.Events["FulfillmentSkipped"].Inputs.NonIndexed().Pack(reason)
		if err != nil {
			t.Fatal(err)
		}
		return &types.Log{Address: addr, Topics: []common.Hash{abi.Events["FulfillmentSkipped"].ID, {1}}, Data: data}
	}
	done := func() *types.Log {
		data, err := abi.Events["JobFulfilled"].Inputs.NonIndexed().Pack(uint8(1), true)
		if err != nil {
			t.Fatal(err)
		}
		return &types.Log{Address: router, Topics: []common.Hash{abi.Events["JobFulfilled"].ID, {2}, {3}}, Data: data}
	}
	m := &skipMetrics{n: map[string]int{}}
	s := New(Config{Router: router}, nil, nil, nil, slog.New(slog.NewTextHandler(io.Discard, nil)), m)
	r := &types.Receipt{GasUsed: 400_000, BlockNumber: big.NewInt(1),
		Logs: []*types.Log{skip(router, refusalExpired), done(), skip(router, refusalUnknownJob), done(), skip(common.Address{0xbb}, refusalExpired)}}
	s.onMined(&txmgr.Tx{Kind: Kind}, r)
	if m.n["expired"] != 1 || m.n["unknown_job"] != 1 || len(m.n) != 2 || m.gas != 200_000 {
		t.Fatalf("counted %v and %d gas, want one expired, one unknown_job, 200000 gas", m.n, m.gas)
	}
	s.onMined(&txmgr.Tx{Kind: "other"}, r)
	if m.gas != 200_000 {
		t.Fatal("a transaction of another kind was counted")
	}
}
