package service

import (
	"strings"
	"testing"
	"time"
)

// TestConfigCheckJobLease: the lease is renewed while a worker runs the job, so it may be shorter
// than a worker call (a crashed relayer's jobs come back after one lease), but not below the minimum.
func TestConfigCheckJobLease(t *testing.T) {
	cases := []struct {
		name           string
		lease, timeout time.Duration
		refused        bool
	}{
		{"defaults", 0, 0, false},
		{"lease longer than a worker call", 3 * time.Minute, 2 * time.Minute, false},
		{"short lease, renewed during a long worker call", 15 * time.Second, 2 * time.Minute, false},
		{"lease below the minimum", time.Second, 2 * time.Minute, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var c Config
			c.Dispatch.Lease, c.WorkerTimeout = tc.lease, tc.timeout
			err := c.Check() // other fields are missing too: only the lease complaint is looked at
			if got := err != nil && strings.Contains(err.Error(), "job lease"); got != tc.refused {
				t.Fatalf("lease complaint %v, want %v (err: %v)", got, tc.refused, err)
			}
		})
	}
}
