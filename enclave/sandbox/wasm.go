package sandbox

import "strings"

// A tiny WebAssembly assembler, enough to hand-write the minimal WASI module that the engine
// probe runs (and that tests and benchmarks use: Go's wasip1 runtime takes milliseconds to start,
// this module microseconds).

const (
	opUnreachable = 0x00
	opLoop        = 0x03
	opIf          = 0x04
	opEnd         = 0x0b
	opBr          = 0x0c
	opReturn      = 0x0f
	opCall        = 0x10
	opLocalGet    = 0x20
	opLocalSet    = 0x21
	opI32Load     = 0x28
	opI32Store    = 0x36
	opI32Const    = 0x41
	opI32Eqz      = 0x45
	opI32Eq       = 0x46
	opI32DivS     = 0x6d
	opDrop        = 0x1a
	opMemoryGrow  = 0x40
	blockVoid     = 0x40
	typeI32       = 0x7f
	typeFunc      = 0x60
)

func appendULEB(b []byte, v uint64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			c |= 0x80
		}
		b = append(b, c)
		if v == 0 {
			return b
		}
	}
}

func appendSLEB(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func appendName(b []byte, s string) []byte {
	return append(appendULEB(b, uint64(len(s))), s...)
}

func appendSection(b []byte, id byte, content []byte) []byte {
	b = append(b, id)
	b = appendULEB(b, uint64(len(content)))
	return append(b, content...)
}

// i32 emits i32.const v.
func i32(v int32) []byte { return appendSLEB([]byte{opI32Const}, int64(v)) }

func cat(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

// wasiModule assembles a module importing the named wasi_snapshot_preview1 functions (function
// indices 0.. in order), with one memory of memPages pages exported as "memory" and an exported
// _start whose body (one i32 local, index 0) is code. An import is "name" for type
// (i32 i32 i32 i32) -> i32, or "name/1" for (i32) -> () (proc_exit), or "module.name" or
// "module.name/1" to import from another module.
func wasiModule(imports []string, memPages uint32, code []byte) []byte {
	m := []byte{0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00}
	m = appendSection(m, 1, []byte{ // types: 0 = (i32 i32 i32 i32) -> i32, 1 = () -> (), 2 = (i32) -> ()
		3,
		typeFunc, 4, typeI32, typeI32, typeI32, typeI32, 1, typeI32,
		typeFunc, 0, 0,
		typeFunc, 1, typeI32, 0,
	})
	imp := appendULEB(nil, uint64(len(imports)))
	for _, spec := range imports {
		module, name, typ := "wasi_snapshot_preview1", spec, byte(0)
		if n, ok := strings.CutSuffix(name, "/1"); ok {
			name, typ = n, 2
		}
		if mod, n, ok := strings.Cut(name, "."); ok {
			module, name = mod, n
		}
		imp = appendName(imp, module)
		imp = appendName(imp, name)
		imp = append(imp, 0x00, typ) // func of type typ
	}
	m = appendSection(m, 2, imp)
	m = appendSection(m, 3, []byte{1, 1})                                  // one function of type 1
	m = appendSection(m, 5, appendULEB([]byte{1, 0x00}, uint64(memPages))) // one memory, min only
	exp := []byte{2}
	exp = append(appendName(exp, "memory"), 0x02, 0)
	exp = append(appendName(exp, "_start"), 0x00)
	exp = appendULEB(exp, uint64(len(imports))) // the function after the imports
	m = appendSection(m, 7, exp)
	body := cat([]byte{1, 1, typeI32}, code, []byte{opEnd}) // locals: 1 x i32
	m = appendSection(m, 10, cat([]byte{1}, appendULEB(nil, uint64(len(body))), body))
	return m
}

// catModule copies stdin to stdout through a 64 KiB buffer and exits 0 at end of input; a
// failing fd_read or fd_write traps. Memory: iovec at 0, nread at 8, out iovec at 16, nwritten
// at 24, buffer from 64 to the end of the single page.
var catModule = wasiModule([]string{"fd_read", "fd_write"}, 1, cat(
	i32(0), i32(64), []byte{opI32Store, 2, 0},
	i32(4), i32(65536-64), []byte{opI32Store, 2, 0},
	[]byte{opLoop, blockVoid},
	i32(0), i32(0), i32(1), i32(8), []byte{opCall, 0}, // fd_read(stdin, iov, 1, &nread)
	[]byte{opIf, blockVoid, opUnreachable, opEnd},
	i32(8), []byte{opI32Load, 2, 0, opLocalSet, 0},
	[]byte{opLocalGet, 0, opI32Eqz, opIf, blockVoid, opReturn, opEnd},
	i32(16), i32(64), []byte{opI32Store, 2, 0},
	i32(20), []byte{opLocalGet, 0, opI32Store, 2, 0},
	i32(1), i32(16), i32(1), i32(24), []byte{opCall, 1}, // fd_write(stdout, iov, 1, &nwritten)
	[]byte{opIf, blockVoid, opUnreachable, opEnd},
	[]byte{opBr, 0},
	[]byte{opEnd},
))

// MinimalModule returns a copy of a ~200-byte WASI module that copies stdin to stdout. The
// sandbox runs it at start-up to probe the engine; tests and benchmarks elsewhere can use it as
// the cheapest possible program.
func MinimalModule() []byte { return append([]byte(nil), catModule...) }
