package devkeys

import "testing"

// The first and last addresses anvil prints for its default mnemonic.
func TestAddresses(t *testing.T) {
	for i, want := range map[int]string{0: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", 5: "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc"} {
		if got := Address(i).Hex(); got != want {
			t.Errorf("account %d: %s, want %s", i, got, want)
		}
	}
}
