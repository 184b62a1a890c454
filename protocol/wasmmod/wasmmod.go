// Package wasmmod reads what the oracle needs from a WebAssembly program module without
// compiling it: whether it is a WASI command (the only kind of module the sandbox runs), which
// host modules it imports, and its custom sections, in particular the egress declaration
// `teeoracle.egress` (the hosts a program may reach over HTTPS and its budgets).
//
// `teeo` calls CheckCommand before publishing a module, so a module that could never run (no
// `_start`, a GOOS=js build, a header-only module) is refused before anyone pays for it; the
// enclave applies the same rules and signs `program_error` for such a module. The custom
// section is part of the module bytes, so the codeHash (keccak256 of the module) and hence the
// author's publication cover the declaration: no host or relayer can widen it.
package wasmmod

import (
	"bytes"
	"errors"
	"fmt"
)

// Module names a program may import from.
const (
	ModuleWASI = "wasi_snapshot_preview1"
	ModuleHost = "teeoracle"
)

// EgressSection is the name of the custom section holding a program's egress declaration.
const EgressSection = "teeoracle.egress"

var magic = []byte{0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00}

// Errors (wrapped; test with errors.Is).
var (
	// ErrMalformed: the bytes are not a well-formed WebAssembly binary module (as far as this
	// package reads it).
	ErrMalformed = errors.New("wasmmod: malformed module")
	// ErrNotCommand: the module is well formed but not a WASI command the sandbox can run.
	ErrNotCommand = errors.New("wasmmod: not a WASI command")
	// ErrBadEgress: the egress declaration is present but invalid (or present twice).
	ErrBadEgress = errors.New("wasmmod: invalid egress declaration")
)

// Section is one section of a module: its id, and for custom sections (id 0) its name. Data is
// the section's content (after the name for custom sections), aliasing the module bytes.
type Section struct {
	ID   byte
	Name string
	Data []byte
}

// Sections splits a module into its sections. It checks the header and the section framing
// only.
func Sections(module []byte) ([]Section, error) {
	if len(module) < len(magic) || !bytes.Equal(module[:len(magic)], magic) {
		return nil, fmt.Errorf("%w: no WebAssembly 1.0 header", ErrMalformed)
	}
	r := reader{b: module[len(magic):]}
	var out []Section
	for !r.done() {
		id := r.byte()
		size := r.u32()
		data := r.bytes(size)
		if r.err != nil {
			return nil, fmt.Errorf("%w: section %d: %w", ErrMalformed, len(out), r.err)
		}
		s := Section{ID: id, Data: data}
		if id == 0 {
			cr := reader{b: data}
			s.Name = cr.name()
			if cr.err != nil {
				return nil, fmt.Errorf("%w: custom section name: %w", ErrMalformed, cr.err)
			}
			s.Data = cr.b
		}
		out = append(out, s)
	}
	return out, nil
}

// CustomSection returns the content of the custom section name. ok is false when absent; a
// name present twice is an error (which one would count?).
func CustomSection(module []byte, name string) (data []byte, ok bool, err error) {
	secs, err := Sections(module)
	if err != nil {
		return nil, false, err
	}
	for _, s := range secs {
		if s.ID == 0 && s.Name == name {
			if ok {
				return nil, false, fmt.Errorf("%w: custom section %q appears twice", ErrMalformed, name)
			}
			data, ok = s.Data, true
		}
	}
	return data, ok, nil
}

// AppendCustomSection returns a copy of module with a custom section name holding data added
// at the end (where custom sections are always allowed). It does not remove an existing one:
// use it on modules without that section.
func AppendCustomSection(module []byte, name string, data []byte) []byte {
	content := appendULEB(nil, uint64(len(name)))
	content = append(content, name...)
	content = append(content, data...)
	out := append([]byte(nil), module...)
	out = append(out, 0)
	out = appendULEB(out, uint64(len(content)))
	return append(out, content...)
}

// Import is one imported function, memory, table or global.
type Import struct {
	Module, Name string
	Kind         byte // 0 func, 1 table, 2 memory, 3 global
}

// Info is what CheckCommand reads from a module.
type Info struct {
	Imports []Import
	// Exports maps export names to their kind (0 func, 1 table, 2 memory, 3 global).
	Exports map[string]byte
	// Egress is the egress declaration, nil when the module declares none (no network).
	Egress *Egress
}

// Inspect reads a module's imports, exports and egress declaration.
func Inspect(module []byte) (Info, error) {
	secs, err := Sections(module)
	if err != nil {
		return Info{}, err
	}
	info := Info{Exports: map[string]byte{}}
	egressSeen := false
	for _, s := range secs {
		switch s.ID {
		case 0:
			if s.Name != EgressSection {
				continue
			}
			if egressSeen {
				return Info{}, fmt.Errorf("%w: section %q appears twice", ErrBadEgress, EgressSection)
			}
			egressSeen = true
			e, err := ParseEgress(s.Data)
			if err != nil {
				return Info{}, err
			}
			info.Egress = &e
		case 2:
			if info.Imports, err = parseImports(s.Data); err != nil {
				return Info{}, err
			}
		case 7:
			if info.Exports, err = parseExports(s.Data); err != nil {
				return Info{}, err
			}
		}
	}
	return info, nil
}

// CheckCommand reports why a module is not a WASI command the sandbox runs, nil if it is one:
// it must export a function `_start`, import only from wasi_snapshot_preview1 and teeoracle,
// and carry a valid egress declaration if it has one. It does not validate code (the enclave
// compiles the module; a module that does not compile still gets a signed program_error).
func CheckCommand(module []byte) error {
	info, err := Inspect(module)
	if err != nil {
		return err
	}
	for _, im := range info.Imports {
		switch {
		case im.Module == "gojs" || im.Module == "go":
			return fmt.Errorf("%w: a GOOS=js build (imports %s.%s): build with GOOS=wasip1 GOARCH=wasm", ErrNotCommand, im.Module, im.Name)
		case im.Module != ModuleWASI && im.Module != ModuleHost:
			return fmt.Errorf("%w: imports %s.%s: only %s and %s are available", ErrNotCommand, im.Module, im.Name, ModuleWASI, ModuleHost)
		case im.Kind != 0:
			return fmt.Errorf("%w: imports %s.%s of kind %d: only functions are available", ErrNotCommand, im.Module, im.Name, im.Kind)
		}
	}
	if kind, ok := info.Exports["_start"]; !ok || kind != 0 {
		reason := "no _start function exported"
		if _, lib := info.Exports["_initialize"]; lib {
			reason += " (a WASI reactor/library: build a command, e.g. Go's package main with GOOS=wasip1)"
		}
		return fmt.Errorf("%w: %s", ErrNotCommand, reason)
	}
	return nil
}

func parseImports(b []byte) ([]Import, error) {
	r := reader{b: b}
	n := r.u32()
	var out []Import
	for i := uint32(0); i < n && r.err == nil; i++ {
		im := Import{Module: r.name(), Name: r.name(), Kind: r.byte()}
		switch im.Kind {
		case 0: // func: type index
			r.u32()
		case 1: // table: reftype, limits
			r.byte()
			r.limits()
		case 2: // memory: limits
			r.limits()
		case 3: // global: valtype, mutability
			r.byte()
			r.byte()
		default:
			r.err = fmt.Errorf("import kind %d", im.Kind)
		}
		out = append(out, im)
	}
	if r.err != nil {
		return nil, fmt.Errorf("%w: import section: %w", ErrMalformed, r.err)
	}
	return out, nil
}

func parseExports(b []byte) (map[string]byte, error) {
	r := reader{b: b}
	n := r.u32()
	out := map[string]byte{}
	for i := uint32(0); i < n && r.err == nil; i++ {
		name := r.name()
		kind := r.byte()
		r.u32()
		out[name] = kind
	}
	if r.err != nil {
		return nil, fmt.Errorf("%w: export section: %w", ErrMalformed, r.err)
	}
	return out, nil
}

var errShort = errors.New("unexpected end")

// reader reads the module's encoding; the first error sticks.
type reader struct {
	b   []byte
	err error
}

func (r *reader) done() bool { return r.err != nil || len(r.b) == 0 }

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if len(r.b) == 0 {
		r.err = errShort
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) u32() uint32 {
	var v uint64
	for shift := 0; shift < 35; shift += 7 {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			if v > 0xffffffff {
				r.err = errors.New("u32 overflow")
				return 0
			}
			return uint32(v)
		}
	}
	r.err = errors.New("u32 too long")
	return 0
}

func (r *reader) bytes(n uint32) []byte {
	if r.err != nil {
		return nil
	}
	if uint64(n) > uint64(len(r.b)) {
		r.err = errShort
		return nil
	}
	b := r.b[:n:n]
	r.b = r.b[n:]
	return b
}

func (r *reader) name() string { return string(r.bytes(r.u32())) }

func (r *reader) limits() {
	flags := r.byte()
	r.u32()
	if flags&1 != 0 {
		r.u32()
	}
}

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
