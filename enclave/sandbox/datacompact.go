package sandbox

// compactData rewrites a module's data section into few segments, without changing what the
// module does. Go's linker splits a program's initial memory into tens of thousands of active
// data segments (one per run of non-zero bytes: 40,915 for the art example), and wazero
// evaluates each segment's offset expression on every instantiation, which cost over a
// millisecond per job. Painting the segments into one image at compile time and emitting its
// non-zero runs (joined across short zero gaps) gives the same initial memory in a few hundred
// segments.
//
// The rewrite applies only when it is plainly equivalent: every segment is active, targets
// memory 0 at an i32.const offset, and fits in the module's own initial memory, and there is no
// data count section (without one, validation forbids memory.init and data.drop, the only
// instructions that could see segment indices). Otherwise the module is returned unchanged. The
// program's identity is unaffected: the hash is checked on the bytes the loader returned.
func compactData(module []byte) []byte {
	const header = 8
	const joinGap = 256 // zero bytes copied rather than starting a new segment
	const maxCompactImage = 256 << 20
	if len(module) < header {
		return module
	}
	var (
		dataStart, dataEnd int // the whole data section, id and size included
		bodyStart          int
		memPages           uint32
		haveMem, haveData  bool
	)
	for p := header; p < len(module); {
		id := module[p]
		size, n := uleb(module[p+1:])
		if n == 0 || uint64(len(module)-p-1-n) < size {
			return module
		}
		end := p + 1 + n + int(size)
		switch id {
		case 2: // imports: an imported memory has no known initial size here
			if importsMemory(module[p+1+n : end]) {
				return module
			}
		case 11:
			dataStart, dataEnd, bodyStart, haveData = p, end, p+1+n, true
		case 12: // data count
			return module
		}
		p = end
	}
	if memPages, haveMem = initialMemoryPages(module); !haveMem || !haveData {
		return module
	}
	memBytes := uint64(memPages) * wasmPageSize
	if memBytes > maxCompactImage {
		return module
	}

	body := module[bodyStart:dataEnd]
	count, n := uleb(body)
	if n == 0 || count < 2 || count > uint64(len(body))/5 { // a segment takes 5 bytes at least
		return module
	}
	body = body[n:]
	type segment struct {
		offset uint64
		init   []byte
	}
	segs := make([]segment, 0, count)
	var imageLen uint64
	for range count {
		if len(body) < 3 || body[0] != 0 || body[1] != opI32Const {
			return module
		}
		off, n := sleb32(body[2:])
		if n == 0 || off < 0 || len(body) < 2+n+1 || body[2+n] != opEnd {
			return module
		}
		body = body[2+n+1:]
		size, n := uleb(body)
		if n == 0 || uint64(len(body)-n) < size {
			return module
		}
		init := body[n : n+int(size)]
		body = body[n+int(size):]
		end := uint64(off) + size
		if end > memBytes {
			return module // out of bounds: leave the failure to wazero, as the author wrote it
		}
		segs = append(segs, segment{uint64(off), init})
		imageLen = max(imageLen, end)
	}
	if len(body) != 0 {
		return module
	}

	image := make([]byte, imageLen)
	for _, s := range segs {
		copy(image[s.offset:], s.init) // in order: later segments overwrite earlier ones
	}
	var runs [][2]int // [start, end) of non-zero bytes, joined across gaps < joinGap
	for i := 0; i < len(image); {
		if image[i] == 0 {
			i++
			continue
		}
		j := i
		for j < len(image) && image[j] != 0 {
			j++
		}
		if k := len(runs) - 1; k >= 0 && i-runs[k][1] < joinGap {
			runs[k][1] = j
		} else {
			runs = append(runs, [2]int{i, j})
		}
		i = j
	}
	if uint64(len(runs)) >= count {
		return module
	}
	var sec []byte
	sec = appendULEB(sec, uint64(len(runs)))
	for _, r := range runs {
		sec = append(sec, 0x00, opI32Const)
		sec = appendSLEB(sec, int64(r[0]))
		sec = append(sec, opEnd)
		sec = appendULEB(sec, uint64(r[1]-r[0]))
		sec = append(sec, image[r[0]:r[1]]...)
	}
	out := make([]byte, 0, len(module))
	out = append(out, module[:dataStart]...)
	out = appendSection(out, 11, sec)
	return append(out, module[dataEnd:]...)
}

// importsMemory reports whether an import section body imports a memory (or cannot be read).
func importsMemory(b []byte) bool {
	count, n := uleb(b)
	if n == 0 {
		return true
	}
	b = b[n:]
	for range count {
		for range 2 { // module and field names
			l, n := uleb(b)
			if n == 0 || uint64(len(b)-n) < l {
				return true
			}
			b = b[n+int(l):]
		}
		if len(b) < 1 {
			return true
		}
		kind := b[0]
		b = b[1:]
		switch kind {
		case 0x00: // func: type index
			_, n := uleb(b)
			if n == 0 {
				return true
			}
			b = b[n:]
		case 0x03: // global: value type, mutability
			if len(b) < 2 {
				return true
			}
			b = b[2:]
		default: // table, memory, tag: memory is what we look for, the rest we do not parse
			return true
		}
	}
	return false
}

// sleb32 decodes a signed LEB128 number of at most 5 bytes; n is 0 when malformed.
func sleb32(b []byte) (v int64, n int) {
	var shift uint
	for i := 0; i < len(b) && i < 5; i++ {
		v |= int64(b[i]&0x7f) << shift
		shift += 7
		if b[i]&0x80 == 0 {
			if b[i]&0x40 != 0 {
				v |= -1 << shift
			}
			return int64(int32(v)), i + 1
		}
	}
	return 0, 0
}
