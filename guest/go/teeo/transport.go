package teeo

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"unsafe"
)

// Transport is an http.RoundTripper that sends requests through the enclave's egress: use it
// as an http.Client's Transport and net/http works as usual (redirects are followed by the
// Client, each hop checked against the declaration).
type Transport struct{}

// HTTPError is a request the enclave refused (Errno ErrNotAllowed) or could not complete
// (ErrNetwork), with the host's reason.
type HTTPError struct {
	Errno  Errno
	Reason string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%s: %s", e.Errno.Error(), e.Reason) }

// Unwrap lets errors.Is(err, teeo.ErrNotAllowed) work.
func (e *HTTPError) Unwrap() error { return e.Errno }

// RoundTrip implements http.RoundTripper.
func (Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("teeo: read request body: %w", err)
		}
		body = b
	}
	method := req.Method
	if method == "" {
		method = http.MethodGet
	}
	var rec []byte
	rec = appendLV(rec, []byte(method))
	rec = appendLV(rec, []byte(req.URL.String()))
	n := 0
	for _, vs := range req.Header {
		n += len(vs)
	}
	rec = binary.LittleEndian.AppendUint32(rec, uint32(n))
	for name, vs := range req.Header {
		for _, v := range vs {
			rec = appendLV(rec, []byte(name))
			rec = appendLV(rec, []byte(v))
		}
	}
	rec = appendLV(rec, body)

	var respLen uint32
	code := hostHTTPRequest(ptr(rec), uint32(len(rec)), unsafe.Pointer(&respLen))
	if code != 0 && code != uint32(ErrNotAllowed) && code != uint32(ErrNetwork) {
		return nil, Errno(code)
	}
	out := make([]byte, respLen)
	if rc := hostHTTPResponseRead(ptr(out), uint32(len(out))); rc != 0 {
		return nil, Errno(rc)
	}
	if code != 0 {
		return nil, &HTTPError{Errno: Errno(code), Reason: string(out)}
	}
	return decodeResponse(out, req)
}

func decodeResponse(b []byte, req *http.Request) (*http.Response, error) {
	d := decoder{b: b, ok: true}
	status := int(d.u32())
	h := http.Header{}
	for i, n := uint32(0), d.u32(); i < n && d.ok; i++ {
		name, value := string(d.lv()), string(d.lv())
		h.Add(name, value)
	}
	body := d.lv()
	if !d.ok || len(d.b) != 0 {
		return nil, errors.New("teeo: malformed response record")
	}
	return &http.Response{
		Status:        strconv.Itoa(status) + " " + http.StatusText(status),
		StatusCode:    status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        h,
		Body:          io.NopCloser(bytes.NewReader(body)),
		ContentLength: int64(len(body)),
		Request:       req,
	}, nil
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
