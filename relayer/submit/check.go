package submit

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/jobs"
)

// Refusals of JobRouter.check (IJobRouter.Refusal).
const (
	refusalNone            = 0
	refusalUnknownJob      = 1
	refusalRequestMismatch = 2
	refusalExpired         = 3
	refusalBadSignature    = 4
	refusalInactiveEnclave = 5
)

// Batch gas (issue 11): a batch's gas limit is sized from its entries, not only from an estimate,
// so that a callback that is cheap under eth_estimateGas and burns its whole limit when mined can
// never make the batch stop before the honest entries after it. fulfillBatch stops before an entry
// when gasleft() < gasFor(entry); a limit of intrinsic + calldata + the sum of every entry's
// gasFor (+ slack) always leaves each entry its gasFor, whatever the entries before it burn.
const (
	// settleGas is JobRouter.SETTLE_GAS (contracts/src/JobRouter.sol).
	settleGas = 40_000
	// batchBaseGas covers the transaction's intrinsic gas, the call's dispatch and the loop.
	batchBaseGas = 21_000 + 30_000
)

// gasFor is JobRouter.gasFor: the gas an entry must have left when it starts.
func gasFor(callbackGasLimit uint32, outputLength int) uint64 {
	words := uint64(outputLength+1535) >> 5
	cb := uint64(callbackGasLimit)
	return cb + cb/63 + settleGas + 12*words + (words*words)>>9
}

// entryGas is the gas budget of one batch entry: gasFor plus its calldata (16 gas a byte, an upper
// bound: request 10 words, result and signature 6 words, the output).
func entryGas(r jobs.ReadyWithResult) uint64 {
	calldata := uint64(16 * (32*20 + len(r.Result.Output) + 32))
	return gasFor(r.Job.CallbackGasLimit, len(r.Result.Output)) + calldata
}

// batchGas is the gas limit of a batch of entries.
func batchGas(batch []jobs.ReadyWithResult) uint64 {
	g := uint64(batchBaseGas)
	for _, r := range batch {
		g += entryGas(r)
	}
	return g
}

// fulfillment is the contract form of a stored job and its result.
func fulfillment(r jobs.ReadyWithResult) protocol.Fulfillment {
	req := r.Job.Request()
	return protocol.Fulfillment{
		Request:   req,
		Result:    protocol.Result{JobID: r.Job.JobID, Commitment: req.Commitment(), Status: r.Result.Status, Output: r.Result.Output},
		Signature: r.Result.Signature,
	}
}

// verdicts of the pre-send check.
type verdicts struct {
	keep     []jobs.ReadyWithResult
	closed   []common.Hash // settled or cancelled already
	expired  []common.Hash
	inactive []common.Hash // signer revoked, deactivated or expired: run the job again elsewhere
	bad      []common.Hash // request mismatch or bad signature: never settles
}

// checkAll asks the router's check(f) for every entry, in one JSON-RPC batch of eth_calls at the
// latest block: whatever fulfillBatch would skip is dropped before it costs gas.
func (s *Submitter) checkAll(ctx context.Context, batch []jobs.ReadyWithResult) (verdicts, error) {
	var v verdicts
	msgs := make([]ethereum.CallMsg, len(batch))
	for i, r := range batch {
		f, err := fulfillment(r).Binding()
		if err != nil {
			return v, fmt.Errorf("job %s: %w", r.Job.JobID, err)
		}
		msgs[i] = ethereum.CallMsg{To: &s.cfg.Router, Data: s.router.PackCheck(f)}
	}
	outs, errs, err := s.chain.CallContracts(ctx, msgs, nil)
	if err != nil {
		return v, fmt.Errorf("check: %w", err)
	}
	now := s.cfg.Now().Unix()
	for i, r := range batch {
		if errs[i] != nil {
			return v, fmt.Errorf("check(%s): %w", r.Job.JobID, errs[i])
		}
		out, err := s.router.UnpackCheck(outs[i])
		if err != nil {
			return v, fmt.Errorf("check(%s): %w", r.Job.JobID, err)
		}
		id := r.Job.JobID
		switch out.Why {
		case refusalNone:
			if int64(r.Job.Deadline) < now {
				v.expired = append(v.expired, id)
			} else {
				v.keep = append(v.keep, r)
			}
		case refusalUnknownJob:
			v.closed = append(v.closed, id)
		case refusalExpired:
			v.expired = append(v.expired, id)
		case refusalInactiveEnclave:
			v.inactive = append(v.inactive, id)
		default: // refusalRequestMismatch, refusalBadSignature
			v.bad = append(v.bad, id)
		}
	}
	return v, nil
}

// applyVerdicts takes the refused entries out of a transaction and moves their jobs on.
func (s *Submitter) applyVerdicts(ctx context.Context, txID int64, v verdicts) error {
	all := append(append(append(append([]common.Hash{}, v.closed...), v.expired...), v.inactive...), v.bad...)
	if len(all) == 0 {
		return nil
	}
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	if err := s.txs.Unlink(ctx, tx, txID, all); err != nil {
		return err
	}
	if len(v.closed) > 0 {
		if err := s.jobs.Close(ctx, tx, v.closed, jobs.StateFulfilledByOther, "settled or cancelled on chain before our transaction"); err != nil {
			return err
		}
		s.metrics.JobsDropped("closed", len(v.closed))
	}
	if len(v.expired) > 0 {
		if err := s.jobs.Close(ctx, tx, v.expired, jobs.StateExpired, "deadline passed before submission"); err != nil {
			return err
		}
		s.metrics.JobsDropped("expired", len(v.expired))
	}
	for _, id := range v.inactive {
		if err := s.jobs.Requeue(ctx, tx, id, "result dropped before sending: its enclave is no longer active on-chain (revoked, deactivated or expired); running it again"); err != nil {
			return err
		}
	}
	if len(v.inactive) > 0 {
		s.metrics.JobsDropped("inactive_enclave", len(v.inactive))
		s.log.Warn("results of an inactive enclave dropped before sending", "jobs", len(v.inactive))
	}
	if len(v.bad) > 0 {
		if err := s.jobs.Close(ctx, tx, v.bad, jobs.StateFailed, "router check refuses the result (request mismatch or bad signature)"); err != nil {
			return err
		}
		s.metrics.JobsDropped("refused", len(v.bad))
	}
	return tx.Commit(ctx)
}
