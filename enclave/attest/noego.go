//go:build !cgo

package attest

import (
	"fmt"
	"log/slog"
)

// EGoAvailable reports whether this binary contains the EGo implementation (built with cgo).
const EGoAvailable = false

func inEnclave() bool { return false }

func openEGo(*slog.Logger) (Platform, error) {
	return Platform{}, fmt.Errorf("%w: built without cgo, so without EGo (build with ego-go for SGX)", ErrNoEnclave)
}
