package wasmmod

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"strconv"
	"strings"
)

// MaxEgressHosts caps the hosts one declaration may name.
const MaxEgressHosts = 64

// Egress is a program's egress declaration (custom section `teeoracle.egress`, JSON):
//
//	{"hosts":["api.example.com","api.example.com:8443"],"maxRequests":4,
//	 "maxRequestBytes":65536,"maxResponseBytes":1048576,"timeoutMs":10000}
//
// Hosts are DNS names, optionally with a port (443 when absent); only https to exactly these
// name:port pairs is reachable. A budget left out or 0 means "the worker's maximum"; every
// budget is capped by the worker's maxima.
type Egress struct {
	Hosts            []string `json:"hosts"`
	MaxRequests      int64    `json:"maxRequests,omitempty"`
	MaxRequestBytes  int64    `json:"maxRequestBytes,omitempty"`
	MaxResponseBytes int64    `json:"maxResponseBytes,omitempty"`
	TimeoutMs        int64    `json:"timeoutMs,omitempty"`
}

// ParseEgress parses and validates a declaration. Unknown fields, negative budgets, hosts that
// are not lowercase DNS names (IP literals, schemes, paths, wildcards included) are refused.
// Hosts come back normalised to "name:port".
func ParseEgress(data []byte) (Egress, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var e Egress
	if err := dec.Decode(&e); err != nil {
		return Egress{}, fmt.Errorf("%w: %w", ErrBadEgress, err)
	}
	if dec.More() {
		return Egress{}, fmt.Errorf("%w: trailing data after the JSON object", ErrBadEgress)
	}
	if e.MaxRequests < 0 || e.MaxRequestBytes < 0 || e.MaxResponseBytes < 0 || e.TimeoutMs < 0 {
		return Egress{}, fmt.Errorf("%w: negative budget", ErrBadEgress)
	}
	if len(e.Hosts) > MaxEgressHosts {
		return Egress{}, fmt.Errorf("%w: %d hosts (at most %d)", ErrBadEgress, len(e.Hosts), MaxEgressHosts)
	}
	for i, h := range e.Hosts {
		norm, err := NormalizeHost(h)
		if err != nil {
			return Egress{}, fmt.Errorf("%w: host %q: %w", ErrBadEgress, h, err)
		}
		e.Hosts[i] = norm
	}
	return e, nil
}

// NormalizeHost checks a declared host ("name" or "name:port") and returns "name:port".
func NormalizeHost(h string) (string, error) {
	name, port := h, "443"
	if i := strings.LastIndexByte(h, ':'); i >= 0 {
		name, port = h[:i], h[i+1:]
		p, err := strconv.ParseUint(port, 10, 16)
		if err != nil || p == 0 || strconv.FormatUint(p, 10) != port {
			return "", fmt.Errorf("bad port %q", port)
		}
	}
	if err := checkDNSName(name); err != nil {
		return "", err
	}
	return name + ":" + port, nil
}

// checkDNSName accepts lowercase LDH names (letters, digits, hyphens; labels of 1-63, total
// up to 253), not IP literals.
func checkDNSName(name string) error {
	if name == "" || len(name) > 253 {
		return fmt.Errorf("name length %d", len(name))
	}
	if net.ParseIP(name) != nil {
		return fmt.Errorf("an IP literal: declare a DNS name (certificates are checked against it)")
	}
	for _, label := range strings.Split(name, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return fmt.Errorf("bad label %q", label)
		}
		for _, c := range label {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return fmt.Errorf("character %q (lowercase letters, digits, '-' and '.' only)", c)
			}
		}
	}
	return nil
}

// Allows reports whether the declaration names host:port ("name:port" as NormalizeHost
// returns it).
func (e Egress) Allows(hostport string) bool {
	for _, h := range e.Hosts {
		if h == hostport {
			return true
		}
	}
	return false
}
