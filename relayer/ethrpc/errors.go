package ethrpc

import (
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"
)

// IsRevert reports whether err is an execution revert from eth_call / eth_estimateGas.
func IsRevert(err error) bool {
	if err == nil {
		return false
	}
	var de rpc.DataError
	if errors.As(err, &de) && de.ErrorData() != nil {
		return true
	}
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == 3 {
		return true
	}
	return strings.Contains(strings.ToLower(err.Error()), "revert")
}

// IsKnownTx reports whether a send error means the node already has this exact transaction.
func IsKnownTx(err error) bool {
	if err == nil {
		return false
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "known transaction") ||
		strings.Contains(s, "already imported") || strings.Contains(s, "already in mempool") ||
		strings.Contains(s, "transaction already exists")
}

// IsNonceTooLow reports whether a send error means the nonce was already used by a mined transaction.
func IsNonceTooLow(err error) bool {
	if err == nil {
		return false
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "nonce too low") || strings.Contains(s, "nonce is too low") ||
		strings.Contains(s, "already been used")
}

// IsUnderpriced reports whether a send error means the replacement fee bump was too small.
func IsUnderpriced(err error) bool {
	if err == nil {
		return false
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "underpriced") || strings.Contains(s, "fee too low")
}
