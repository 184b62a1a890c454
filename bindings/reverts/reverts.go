// Package reverts names the contracts' custom errors: revert data (or an RPC error carrying it) is
// decoded with the error ABIs of the generated bindings into "Name(arg, ...)", so that the relayer's
// logs and every CLI print `NoEarnings(0x..)` instead of a raw selector such as 0x507db725. One
// decoder for all: the relayer (ethrpc wraps reverts with it), `relayer` commands and `teeo`.
package reverts

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/bindings"
)

// sources are the ABIs whose errors are known: the router first (its errors include those of the
// programs, the registry, the fleet keys and the escrow), then the examples.
var sources = []*bind.MetaData{
	&bindings.JobRouterMetaData, &bindings.JobRouterAdminMetaData,
	&bindings.ArtMinterMetaData, &bindings.EchoConsumerMetaData, &bindings.CreditCheckMetaData,
	&bindings.TradeConsumerMetaData, &bindings.VoucherEscrowMetaData,
}

var (
	once    sync.Once
	errors4 map[[4]byte]abi.Error
)

func table() map[[4]byte]abi.Error {
	once.Do(func() {
		errors4 = map[[4]byte]abi.Error{}
		for _, md := range sources {
			a, err := md.ParseABI()
			if err != nil {
				continue
			}
			for _, e := range a.Errors {
				var id [4]byte
				copy(id[:], e.ID[:4])
				if _, dup := errors4[id]; !dup {
					errors4[id] = e
				}
			}
		}
	})
	return errors4
}

// Decode names revert data: "Name(arg, ...)" for a known custom error, the reason of
// Error(string), "Panic(0x..)", or "unknown error 0x<selector>". ok is false for data shorter than
// a selector (a bare revert).
func Decode(data []byte) (string, bool) {
	if len(data) < 4 {
		return "", false
	}
	var id [4]byte
	copy(id[:], data[:4])
	if reason, err := abi.UnpackRevert(data); err == nil {
		return fmt.Sprintf("%q", reason), true
	}
	e, ok := table()[id]
	if !ok {
		return fmt.Sprintf("unknown error %#x", data[:4]), true
	}
	vals, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return e.Name, true
	}
	args := make([]string, len(vals))
	for i, v := range vals {
		args[i] = formatArg(v)
	}
	return e.Name + "(" + strings.Join(args, ", ") + ")", true
}

// Data returns the revert data an RPC error carries (go-ethereum's rpc.DataError), if any.
func Data(err error) ([]byte, bool) {
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, herr := hex.DecodeString(strings.TrimPrefix(d, "0x"))
		return b, herr == nil
	case []byte:
		return d, true
	}
	return nil, false
}

// Name decodes the custom error of an RPC error: "Name(args)", or ok false when it carries none.
func Name(err error) (string, bool) {
	if err == nil {
		return "", false
	}
	data, ok := Data(err)
	if !ok {
		return "", false
	}
	return Decode(data)
}

// Error is an RPC error whose revert data was decoded. Unwrap gives the RPC error.
type Error struct {
	Name string // "NoEarnings(0x..)"
	Err  error
}

func (e *Error) Error() string { return "reverted with " + e.Name + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// ErrorData passes the RPC error's data on (so Data and rpc.DataError checks still work).
func (e *Error) ErrorData() any {
	var de interface{ ErrorData() any }
	if errors.As(e.Err, &de) {
		return de.ErrorData()
	}
	return nil
}

// Wrap returns err with its custom error named (an *Error), or err as is when it carries none or
// is already named.
func Wrap(err error) error {
	var named *Error
	if err == nil || errors.As(err, &named) {
		return err
	}
	if name, ok := Name(err); ok {
		return &Error{Name: name, Err: err}
	}
	return err
}

func formatArg(v any) string {
	switch x := v.(type) {
	case [32]byte:
		return fmt.Sprintf("%#x", x)
	case [4]byte:
		return fmt.Sprintf("%#x", x)
	case common.Address:
		return x.Hex()
	case []byte:
		return fmt.Sprintf("%#x", x)
	case *big.Int:
		return x.String()
	}
	return fmt.Sprint(v)
}
