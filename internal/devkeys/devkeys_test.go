package devkeys

import "testing"

// Addresses anvil prints for its default mnemonic.
func TestAddresses(t *testing.T) {
	for i, want := range map[int]string{0: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", 5: "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
		6: "0x976EA74026E726554dB657fA54763abd0C3a0aa9", 9: "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"} {
		if got := Address(i).Hex(); got != want {
			t.Errorf("account %d: %s, want %s", i, got, want)
		}
	}
}
