package submit

import (
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/relayer/txmgr"
)

// onMined counts the entries of a mined fulfilment batch that the router skipped
// (FulfillmentSkipped: settled by someone else, expired, inactive enclave...) and the gas they
// cost: the batch's gas used shared equally over its entries (skipped and fulfilled). The
// pre-send check should leave none; a count that grows means relayers race on the same jobs or
// deep reorgs resend stale batches.
func (s *Submitter) onMined(tx *txmgr.Tx, r *types.Receipt) {
	if tx.Kind != Kind {
		return
	}
	skipped := map[uint8]int{}
	nSkipped, nFulfilled := 0, 0
	for _, l := range r.Logs {
		if l.Address != s.cfg.Router {
			continue
		}
		if ev, err := s.router.UnpackFulfillmentSkippedEvent(l); err == nil {
			skipped[ev.Reason]++
			nSkipped++
		} else if _, err := s.router.UnpackJobFulfilledEvent(l); err == nil {
			nFulfilled++
		}
	}
	if nSkipped == 0 {
		return
	}
	perEntry := r.GasUsed / uint64(nSkipped+nFulfilled)
	for reason, n := range skipped {
		s.metrics.FulfilSkipped(refusalLabel(reason), n, perEntry*uint64(n))
	}
	s.log.Warn("mined batch carried entries the router skipped", "tx", tx.ID, "hash", r.TxHash, "skipped", nSkipped,
		"fulfilled", nFulfilled, "gasUsed", r.GasUsed)
}

// refusalLabel names a refusal for metrics.
func refusalLabel(reason uint8) string {
	switch reason {
	case refusalUnknownJob:
		return "unknown_job"
	case refusalRequestMismatch:
		return "request_mismatch"
	case refusalExpired:
		return "expired"
	case refusalBadSignature:
		return "bad_signature"
	case refusalInactiveEnclave:
		return "inactive_enclave"
	}
	return "other"
}
