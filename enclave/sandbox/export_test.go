package sandbox

// CompactData exposes compactData to the external tests, which have the Go test programs.
var CompactData = compactData

// InstantiateHost exposes the teeoracle host module to tests that build their own runtime.
var InstantiateHost = instantiateHost

// HTTPGetModule assembles a minimal command that makes one request (method GET, url) through
// teeoracle.http_request, reads the response and exits 0, trapping on any errno: the cheapest
// program that uses egress, for the egress benchmark (a Go guest adds its runtime start).
func HTTPGetModule(url string) []byte {
	rec := EncodeRequest(egressRequest("GET", url))
	for len(rec)%4 != 0 {
		rec = append(rec, 0)
	}
	m := []byte{0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00}
	m = appendSection(m, 1, []byte{3, // types: 0 = (i32 i32 i32) -> i32, 1 = (i32 i32) -> i32, 2 = () -> ()
		typeFunc, 3, typeI32, typeI32, typeI32, 1, typeI32,
		typeFunc, 2, typeI32, typeI32, 1, typeI32,
		typeFunc, 0, 0})
	imp := []byte{2}
	imp = append(appendName(appendName(imp, "teeoracle"), "http_request"), 0x00, 0)
	imp = append(appendName(appendName(imp, "teeoracle"), "http_response_read"), 0x00, 1)
	m = appendSection(m, 2, imp)
	m = appendSection(m, 3, []byte{1, 2})
	m = appendSection(m, 5, []byte{1, 0x00, 1}) // one page
	exp := []byte{2}
	exp = append(appendName(exp, "memory"), 0x02, 0)
	exp = append(appendName(exp, "_start"), 0x00, 2)
	m = appendSection(m, 7, exp)
	var code []byte
	for i := 0; i < len(rec); i += 4 { // write the record at address 1024
		w := int32(uint32(rec[i]) | uint32(rec[i+1])<<8 | uint32(rec[i+2])<<16 | uint32(rec[i+3])<<24)
		code = cat(code, i32(int32(1024+i)), i32(w), []byte{opI32Store, 2, 0})
	}
	code = cat(code,
		i32(1024), i32(int32(len(EncodeRequest(egressRequest("GET", url))))), i32(0), []byte{opCall, 0},
		[]byte{opIf, blockVoid, opUnreachable, opEnd},
		i32(4096), i32(60000), []byte{opCall, 1},
		[]byte{opIf, blockVoid, opUnreachable, opEnd})
	body := cat([]byte{0}, code, []byte{opEnd})
	return appendSection(m, 10, cat([]byte{1}, appendULEB(nil, uint64(len(body))), body))
}
