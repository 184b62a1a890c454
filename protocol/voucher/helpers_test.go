package voucher_test

import (
	"encoding/base64"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
)

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func accountsTextHash(msg []byte) []byte { return accounts.TextHash(msg) }

func b64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }
