package reverts_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/bindings/reverts"
	"github.com/teeoracle/teeoracle/internal/chaintest"
)

// TestRouterErrorsByName: a call the router refuses comes back from a real (simulated) chain with
// its custom error decoded by name and arguments, and Wrap keeps the RPC error underneath.
func TestRouterErrorsByName(t *testing.T) {
	chain := chaintest.New(t, 1, deploy.DevOptions())
	r := chain.Router
	id := common.Hash{0xee}
	_, err := bind.Call(chain.RouterContract(), nil, r.PackQuoteFee(id, 100_000), r.UnpackQuoteFee)
	if err == nil {
		t.Fatal("quoteFee of an unknown program did not revert")
	}
	name, ok := reverts.Name(err)
	if !ok || !strings.HasPrefix(name, "UnknownProgram(") || !strings.Contains(name, id.Hex()) {
		t.Fatalf("decoded %q (%t) from %v", name, ok, err)
	}
	w := reverts.Wrap(err)
	var named *reverts.Error
	if !errors.As(w, &named) || named.Name != name || !errors.Is(w, err) || !strings.Contains(w.Error(), name) {
		t.Fatalf("Wrap: %v", w)
	}
	if data, ok := reverts.Data(w); !ok || len(data) < 4 {
		t.Fatalf("wrapped error lost its data: %x %t", data, ok)
	}
	if reverts.Wrap(w) != w {
		t.Error("Wrap named an error twice")
	}
}

func TestDecode(t *testing.T) {
	a, err := bindings.JobRouterMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	e, ok := a.Errors["UnknownProgram"]
	if !ok {
		t.Fatal("no UnknownProgram in the router's ABI")
	}
	data, err := e.Inputs.Pack([32]byte{1})
	if err != nil {
		t.Fatal(err)
	}
	data = append(append([]byte{}, e.ID[:4]...), data...)
	for _, tc := range []struct {
		name string
		data []byte
		want string
		ok   bool
	}{
		{"custom error", data, "UnknownProgram(0x0100000000000000000000000000000000000000000000000000000000000000)", true},
		{"unknown selector", []byte{0xde, 0xad, 0xbe, 0xef}, "unknown error 0xdeadbeef", true},
		{"Error(string)", common.FromHex("0x08c379a0" + "0000000000000000000000000000000000000000000000000000000000000020" +
			"0000000000000000000000000000000000000000000000000000000000000002" + "6869000000000000000000000000000000000000000000000000000000000000"), `"hi"`, true},
		{"bare revert", nil, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := reverts.Decode(tc.data)
			if got != tc.want || ok != tc.ok {
				t.Errorf("Decode = %q %t, want %q %t", got, ok, tc.want, tc.ok)
			}
		})
	}
}
