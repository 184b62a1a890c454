package fleet

import "testing"

// BenchmarkJoinSyntheticDCAP is one in-process join between two SGX-mode fleets whose evidence is a
// synthetic DCAP quote + collateral (generated PKI), verified both ways by the dcap code: what a
// join costs inside the enclaves, minus quote generation and HTTP (quote generation on real SGX
// hardware is not measured here).
func BenchmarkJoinSyntheticDCAP(b *testing.B) {
	si := newSynthIntel(b)
	e := synthEnclave{MRSigner: [32]byte{0xaa}, ProductID: 1, SVN: 2}
	holder := sgxFleet(b, si, e, e)
	genesis(b, holder)
	joiner := sgxFleet(b, si, e, e)
	b.ResetTimer()
	for range b.N {
		if _, err := join(holder, joiner); err != nil {
			b.Fatal(err)
		}
	}
}
