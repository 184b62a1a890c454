//go:build wasip1

package teeo

import "unsafe"

// The teeoracle import module (see the package comment of enclave/sandbox and docs/formats.md,
// "Program host interface"). Every function returns an errno (0 = ok).

//go:wasmimport teeoracle job_info
func hostJobInfo(out unsafe.Pointer, outCap uint32, outLen unsafe.Pointer) uint32

//go:wasmimport teeoracle secret_get
func hostSecretGet(name unsafe.Pointer, nameLen uint32, out unsafe.Pointer, outCap uint32, outLen unsafe.Pointer) uint32

//go:wasmimport teeoracle key_address
func hostKeyAddress(kind uint32, out unsafe.Pointer) uint32

//go:wasmimport teeoracle sign
func hostSign(kind uint32, digest unsafe.Pointer, sig unsafe.Pointer) uint32

//go:wasmimport teeoracle http_request
func hostHTTPRequest(req unsafe.Pointer, reqLen uint32, respLen unsafe.Pointer) uint32

//go:wasmimport teeoracle http_response_read
func hostHTTPResponseRead(out unsafe.Pointer, outCap uint32) uint32
