//go:build !wasip1

package teeo

import "unsafe"

// Outside a wasip1 build (tests, tools on the host) there is no enclave: every call answers
// ErrUnavailable.

func hostJobInfo(unsafe.Pointer, uint32, unsafe.Pointer) uint32 { return uint32(ErrUnavailable) }

func hostSecretGet(unsafe.Pointer, uint32, unsafe.Pointer, uint32, unsafe.Pointer) uint32 {
	return uint32(ErrUnavailable)
}

func hostKeyAddress(uint32, unsafe.Pointer) uint32 { return uint32(ErrUnavailable) }

func hostSign(uint32, unsafe.Pointer, unsafe.Pointer) uint32 { return uint32(ErrUnavailable) }

func hostHTTPRequest(unsafe.Pointer, uint32, unsafe.Pointer) uint32 { return uint32(ErrUnavailable) }

func hostHTTPResponseRead(unsafe.Pointer, uint32) uint32 { return uint32(ErrUnavailable) }
