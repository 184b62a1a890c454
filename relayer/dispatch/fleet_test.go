package dispatch

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
	"github.com/teeoracle/teeoracle/relayer/jobs"
)

func TestNeededEpochs(t *testing.T) {
	k, err := hpke.GenerateKeyPair(hpke.SuiteX25519, nil)
	if err != nil {
		t.Fatal(err)
	}
	enc := func(epoch uint32) []byte {
		in, err := protocol.EncryptInput(k.Public(), epoch, protocol.InputBinding{ChainID: big.NewInt(1)}, []byte("x"), nil)
		if err != nil {
			t.Fatal(err)
		}
		return in
	}
	for _, tc := range []struct {
		name  string
		epoch uint32
		input []byte
		want  string
	}{
		{"pre-fleet plain", 0, protocol.PlainInput([]byte("x"), nil), "[]"},
		{"request epoch only", 1, protocol.PlainInput([]byte("x"), nil), "[1]"},
		{"input of the request's epoch", 2, enc(2), "[2]"},
		{"input of an older epoch", 3, enc(1), "[1 3]"},
		{"input of an epoch on a pre-fleet request", 0, enc(4), "[4]"},
		{"malformed input names none", 1, []byte{0x2f, 1, 2}, "[1]"},
		{"version 1 input names none", 1, []byte{0x11, 1, 2}, "[1]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fmt.Sprint(neededEpochs(&jobs.Job{Epoch: tc.epoch, Input: tc.input})); got != tc.want {
				t.Fatalf("needed %s, want %s", got, tc.want)
			}
		})
	}
	w := &workerState{epochs: map[uint32]bool{1: true, 3: true}}
	if !w.holdsIn(w.epochs, []uint32{1, 3}) || w.holdsIn(w.epochs, []uint32{1, 2}) || !w.holdsIn(w.epochs, nil) {
		t.Fatal("holdsIn")
	}
}
