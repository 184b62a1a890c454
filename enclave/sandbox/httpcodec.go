package sandbox

import (
	"encoding/binary"
	"errors"

	"github.com/teeoracle/teeoracle/enclave/egress"
)

// The byte layouts of http_request's request and http_response_read's response. Integers are
// u32 little endian; a string or byte string is its u32 length followed by its bytes.
//
//	request:  method, url, header count, (name, value) x count, body
//	response: status (u32), header count, (name, value) x count, body

// maxHeaders caps the header lines of one request (a malformed count must not allocate much).
const maxHeaders = 256

var errMalformedRequest = errors.New("sandbox: malformed http request record")

// EncodeRequest encodes an http_request record (the guest libraries do the same).
func EncodeRequest(r egress.Request) []byte {
	var b []byte
	b = appendLV(b, []byte(r.Method))
	b = appendLV(b, []byte(r.URL))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(r.Header)))
	for _, h := range r.Header {
		b = appendLV(b, []byte(h.Name))
		b = appendLV(b, []byte(h.Value))
	}
	return appendLV(b, r.Body)
}

// DecodeRequest decodes an http_request record.
func DecodeRequest(b []byte) (egress.Request, error) {
	d := decoder{b: b, ok: true}
	r := egress.Request{Method: string(d.lv()), URL: string(d.lv())}
	n := d.u32()
	if n > maxHeaders {
		return egress.Request{}, errMalformedRequest
	}
	for i := uint32(0); i < n && d.ok; i++ {
		r.Header = append(r.Header, egress.Header{Name: string(d.lv()), Value: string(d.lv())})
	}
	r.Body = append([]byte(nil), d.lv()...)
	if !d.ok || len(d.b) != 0 {
		return egress.Request{}, errMalformedRequest
	}
	return r, nil
}

// EncodeResponse encodes an http_response_read record.
func EncodeResponse(r egress.Response) []byte {
	b := binary.LittleEndian.AppendUint32(nil, uint32(r.Status))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(r.Header)))
	for _, h := range r.Header {
		b = appendLV(b, []byte(h.Name))
		b = appendLV(b, []byte(h.Value))
	}
	return appendLV(b, r.Body)
}

// DecodeResponse decodes an http_response_read record.
func DecodeResponse(b []byte) (egress.Response, error) {
	d := decoder{b: b, ok: true}
	r := egress.Response{Status: int(d.u32())}
	n := d.u32()
	for i := uint32(0); i < n && d.ok; i++ {
		r.Header = append(r.Header, egress.Header{Name: string(d.lv()), Value: string(d.lv())})
	}
	r.Body = d.lv()
	if !d.ok || len(d.b) != 0 {
		return egress.Response{}, errors.New("sandbox: malformed http response record")
	}
	return r, nil
}

func appendLV(b, v []byte) []byte {
	return append(binary.LittleEndian.AppendUint32(b, uint32(len(v))), v...)
}

type decoder struct {
	b  []byte
	ok bool
}

func (d *decoder) u32() uint32 {
	if !d.ok || len(d.b) < 4 {
		d.ok = false
		return 0
	}
	v := binary.LittleEndian.Uint32(d.b)
	d.b = d.b[4:]
	return v
}

func (d *decoder) lv() []byte {
	n := d.u32()
	if !d.ok || uint64(n) > uint64(len(d.b)) {
		d.ok = false
		return nil
	}
	v := d.b[:n:n]
	d.b = d.b[n:]
	return v
}
