// Package egresstest gives tests of the HTTPS egress what they need on loopback: a CA (the
// simulation extra CA) that issues server certificates, HTTPS servers, a DNS server the test
// controls, and a TCP relay that records every byte it carries (the host's view).
package egresstest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/binary"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

// CA is a certificate authority for test servers.
type CA struct {
	Cert *x509.Certificate
	Key  *ecdsa.PrivateKey
	// PEM is the CA certificate, as --sim-extra-ca reads it.
	PEM []byte
}

// NewCA creates a CA named name.
func NewCA(name string) (*CA, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: name},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	return &CA{Cert: cert, Key: key, PEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})}, nil
}

// Leaf issues a server certificate for the DNS names (and IP literals) given.
func (ca *CA) Leaf(names ...string) (tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	serial, _ := rand.Int(rand.Reader, big.NewInt(1<<62))
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: names[0]},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	for _, n := range names {
		if ip := net.ParseIP(n); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else {
			tmpl.DNSNames = append(tmpl.DNSNames, n)
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.Cert, &key.PublicKey, ca.Key)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der, ca.Cert.Raw}, PrivateKey: key}, nil
}

// Server starts an HTTPS server on addr ("127.0.0.1:0" for any port) with a certificate of ca
// for names. Close it with Close.
func (ca *CA) Server(addr string, h http.Handler, names ...string) (*httptest.Server, error) {
	leaf, err := ca.Leaf(names...)
	if err != nil {
		return nil, err
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s := httptest.NewUnstartedServer(h)
	s.Listener.Close()
	s.Listener = l
	s.TLS = &tls.Config{Certificates: []tls.Certificate{leaf}}
	s.StartTLS()
	return s, nil
}

// Port returns the port of a server's listener.
func Port(s *httptest.Server) int { return s.Listener.Addr().(*net.TCPAddr).Port }

// DNS is a UDP DNS server answering A queries from a table; other names get NXDOMAIN, other
// types an empty answer.
type DNS struct {
	conn *net.UDPConn
	mu   sync.Mutex
	a    map[string]net.IP
	wg   sync.WaitGroup
}

// StartDNS serves answers (name -> IPv4) on a loopback UDP port.
func StartDNS(answers map[string]string) (*DNS, error) {
	c, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		return nil, err
	}
	d := &DNS{conn: c, a: map[string]net.IP{}}
	for n, ip := range answers {
		d.Set(n, ip)
	}
	d.wg.Add(1)
	go d.serve()
	return d, nil
}

// Set changes the answer for name.
func (d *DNS) Set(name, ip string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.a[strings.ToLower(strings.TrimSuffix(name, "."))] = net.ParseIP(ip).To4()
}

// Resolver returns a resolver that asks only this server.
func (d *DNS) Resolver() *net.Resolver {
	addr := d.conn.LocalAddr().String()
	return &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var nd net.Dialer
		return nd.DialContext(ctx, "udp", addr)
	}}
}

// Close stops the server.
func (d *DNS) Close() { d.conn.Close(); d.wg.Wait() }

func (d *DNS) serve() {
	defer d.wg.Done()
	buf := make([]byte, 1500)
	for {
		n, from, err := d.conn.ReadFromUDP(buf)
		if err != nil {
			return
		}
		if resp := d.answer(buf[:n]); resp != nil {
			_, _ = d.conn.WriteToUDP(resp, from)
		}
	}
}

// answer builds the reply to one query (nil for garbage).
func (d *DNS) answer(q []byte) []byte {
	if len(q) < 12 || binary.BigEndian.Uint16(q[4:]) != 1 {
		return nil
	}
	var labels []string
	i := 12
	for i < len(q) && q[i] != 0 {
		l := int(q[i])
		if l > 63 || i+1+l > len(q) {
			return nil
		}
		labels = append(labels, string(q[i+1:i+1+l]))
		i += 1 + l
	}
	if i+5 > len(q) {
		return nil
	}
	question := q[12 : i+5]
	qtype := binary.BigEndian.Uint16(q[i+1:])
	name := strings.ToLower(strings.Join(labels, "."))
	d.mu.Lock()
	ip, ok := d.a[name]
	d.mu.Unlock()
	resp := append([]byte(nil), q[:2]...) // id
	flags := uint16(0x8180)               // response, recursion desired and available
	if !ok {
		flags |= 3 // NXDOMAIN
	}
	ancount := uint16(0)
	if ok && qtype == 1 {
		ancount = 1
	}
	resp = binary.BigEndian.AppendUint16(resp, flags)
	resp = binary.BigEndian.AppendUint16(resp, 1)
	resp = binary.BigEndian.AppendUint16(resp, ancount)
	resp = append(resp, 0, 0, 0, 0)
	resp = append(resp, question...)
	if ancount == 1 {
		resp = append(resp, 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 5, 0, 4)
		resp = append(resp, ip...)
	}
	return resp
}

// Relay is a TCP relay that forwards connections to a target and records every byte in both
// directions: what the enclave's host sees.
type Relay struct {
	l      net.Listener
	target string
	mu     sync.Mutex
	rec    bytes.Buffer
	conns  int
	wg     sync.WaitGroup
}

// StartRelay listens on addr ("127.0.0.1:0") and forwards to target.
func StartRelay(addr, target string) (*Relay, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	r := &Relay{l: l, target: target}
	r.wg.Add(1)
	go r.accept()
	return r, nil
}

// Port returns the relay's port.
func (r *Relay) Port() int { return r.l.Addr().(*net.TCPAddr).Port }

// Recorded returns a copy of every byte carried so far.
func (r *Relay) Recorded() []byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]byte(nil), r.rec.Bytes()...)
}

// Conns returns the number of connections accepted.
func (r *Relay) Conns() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.conns
}

// Close stops the relay and waits for its connections to end.
func (r *Relay) Close() { r.l.Close(); r.wg.Wait() }

func (r *Relay) accept() {
	defer r.wg.Done()
	for {
		c, err := r.l.Accept()
		if err != nil {
			return
		}
		r.mu.Lock()
		r.conns++
		r.mu.Unlock()
		r.wg.Add(1)
		go r.pipe(c)
	}
}

func (r *Relay) pipe(c net.Conn) {
	defer r.wg.Done()
	defer c.Close()
	up, err := net.Dial("tcp", r.target)
	if err != nil {
		return
	}
	defer up.Close()
	done := make(chan struct{}, 2)
	cp := func(dst, src net.Conn) {
		_, _ = io.Copy(dst, io.TeeReader(src, recorder{r}))
		if tc, ok := dst.(*net.TCPConn); ok {
			_ = tc.CloseWrite()
		}
		done <- struct{}{}
	}
	go cp(up, c)
	go cp(c, up)
	<-done
	<-done
}

type recorder struct{ r *Relay }

func (w recorder) Write(p []byte) (int, error) {
	w.r.mu.Lock()
	defer w.r.mu.Unlock()
	return w.r.rec.Write(p)
}

// ErrNoServer is returned when no free port pair could be found.
var ErrNoServer = errors.New("egresstest: no free port")

// SamePort starts two servers on the same port of 127.0.0.1 and 127.0.0.2 (for DNS tests:
// the name resolves to one or the other, the port stays the declared one).
func SamePort(a, b func(addr string) (*httptest.Server, error)) (*httptest.Server, *httptest.Server, error) {
	for try := 0; try < 20; try++ {
		sa, err := a("127.0.0.1:0")
		if err != nil {
			return nil, nil, err
		}
		sb, err := b(fmt.Sprintf("127.0.0.2:%d", Port(sa)))
		if err == nil {
			return sa, sb, nil
		}
		sa.Close()
	}
	return nil, nil, ErrNoServer
}
