package hpke

import (
	"bytes"
	"testing"
)

// Benchmarks: seal and open of a 64-byte message per suite; the envelope overhead is reported as
// the overhead-bytes metric.
func BenchmarkSeal(b *testing.B) {
	for _, s := range Suites {
		b.Run(s.String(), func(b *testing.B) {
			sk := mustKey(b, s, 1)
			pt := bytes.Repeat([]byte{1}, 64)
			for b.Loop() {
				if _, err := Seal(sk.Public(), 1, PurposeInput, []byte("aad"), pt, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(s.Overhead()), "overhead-bytes")
		})
	}
}

func BenchmarkOpen(b *testing.B) {
	for _, s := range Suites {
		b.Run(s.String(), func(b *testing.B) {
			sk := mustKey(b, s, 1)
			ct, err := Seal(sk.Public(), 1, PurposeInput, []byte("aad"), bytes.Repeat([]byte{1}, 64), nil)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := Open(sk, PurposeInput, []byte("aad"), ct); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(s.Overhead()), "overhead-bytes")
		})
	}
}

func BenchmarkDeriveKeyPair(b *testing.B) {
	for _, s := range Suites {
		b.Run(s.String(), func(b *testing.B) {
			ikm := bytes.Repeat([]byte{1}, SeedSize)
			for b.Loop() {
				if _, err := DeriveKeyPair(s, ikm); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
