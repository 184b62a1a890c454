package dcap

import "testing"

// BenchmarkFigures reports the project's benchmark figures (scripts/bench.sh prints them as BENCH lines).
func BenchmarkFigures(b *testing.B) {
	// dcap.verify_per_s: full verification of the real phala quote (PCK chain, CRLs, QE report, quote
	// signature, TCB info and QE identity signatures and chains, TCB level) with collateral parsed once,
	// as the relayer does with PCSClient's cache.
	b.Run("dcap.verify_per_s", func(b *testing.B) {
		quote := readFile(b, phalaQuoteFile)
		col := mustCollateral(b, phalaRaw(b))
		opts := VerifyOptions{Now: phalaNow(b), RequireCRLs: true}
		if _, err := Verify(quote, col, opts); err != nil { // warm up and fail fast
			b.Fatal(err)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := Verify(quote, col, opts); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "quotes/s")
	})
}
