package wasmmod_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/teeoracle/teeoracle/protocol/wasmmod"
)

var header = []byte{0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00}

// minimal is the smallest WASI command: one function () -> () with an empty body, exported as
// _start.
func minimal() []byte {
	m := append([]byte(nil), header...)
	m = append(m, 1, 4, 1, 0x60, 0, 0) // type section: () -> ()
	m = append(m, 3, 2, 1, 0)          // function section: one function of type 0
	m = append(m, 7, 10, 1, 6)         // export section: "_start" func 0
	m = append(m, "_start"...)
	m = append(m, 0x00, 0)
	m = append(m, 10, 4, 1, 2, 0, 0x0b) // code section: one body, no locals, end
	return m
}

// goBuild compiles a Go main package for a wasm target.
func goBuild(t *testing.T, goos, pkg string) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), "m.wasm")
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH=wasm", "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s (%s): %v\n%s", pkg, goos, err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCheckCommand(t *testing.T) {
	wasi := goBuild(t, "wasip1", "./testdata/jsprog")
	js := goBuild(t, "js", "./testdata/jsprog")
	cases := []struct {
		name   string
		module []byte
		err    error
		reason string
	}{
		{"go_wasip1", wasi, nil, ""},
		{"minimal", minimal(), nil, ""},
		{"declared", wasmmod.AppendCustomSection(minimal(), wasmmod.EgressSection, []byte(`{"hosts":["api.example.com"]}`)), nil, ""},
		{"go_js", js, wasmmod.ErrNotCommand, "GOOS=js"},
		{"header_only", header, wasmmod.ErrNotCommand, "no _start"},
		{"empty", nil, wasmmod.ErrMalformed, "header"},
		{"not_wasm", []byte("#!/bin/sh\n"), wasmmod.ErrMalformed, "header"},
		{"truncated_section", append(append([]byte(nil), header...), 1, 10, 0), wasmmod.ErrMalformed, "section"},
		{"bad_egress", wasmmod.AppendCustomSection(minimal(), wasmmod.EgressSection, []byte(`{"hosts":["10.0.0.1"]}`)), wasmmod.ErrBadEgress, "IP literal"},
		{"egress_twice", wasmmod.AppendCustomSection(wasmmod.AppendCustomSection(minimal(), wasmmod.EgressSection, []byte(`{"hosts":[]}`)), wasmmod.EgressSection, []byte(`{"hosts":["a.example"]}`)), wasmmod.ErrBadEgress, "twice"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := wasmmod.CheckCommand(tc.module)
			if tc.err == nil {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.reason) {
				t.Fatalf("err %v, want %v containing %q", err, tc.err, tc.reason)
			}
		})
	}
}

func TestParseEgress(t *testing.T) {
	good, err := wasmmod.ParseEgress([]byte(`{"hosts":["api.example.com","api.example.com:8443","x-1.b2.io"],"maxRequests":3,"maxRequestBytes":10,"maxResponseBytes":20,"timeoutMs":5}`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(good.Hosts, ",") != "api.example.com:443,api.example.com:8443,x-1.b2.io:443" || good.MaxRequests != 3 || good.TimeoutMs != 5 {
		t.Fatalf("%+v", good)
	}
	if !good.Allows("api.example.com:443") || good.Allows("api.example.com:444") || good.Allows("evil.com:443") {
		t.Fatal("Allows")
	}
	for name, js := range map[string]string{
		"unknown_field": `{"hosts":[],"maxRedirects":1}`,
		"negative":      `{"hosts":[],"maxRequests":-1}`,
		"scheme":        `{"hosts":["https://api.example.com"]}`,
		"path":          `{"hosts":["api.example.com/x"]}`,
		"wildcard":      `{"hosts":["*.example.com"]}`,
		"uppercase":     `{"hosts":["API.example.com"]}`,
		"ipv4":          `{"hosts":["127.0.0.1"]}`,
		"ipv6":          `{"hosts":["[::1]:443"]}`,
		"port_zero":     `{"hosts":["a.example:0"]}`,
		"port_big":      `{"hosts":["a.example:65536"]}`,
		"port_padded":   `{"hosts":["a.example:0443"]}`,
		"empty_label":   `{"hosts":["a..example"]}`,
		"trailing":      `{"hosts":[]} {}`,
		"not_json":      `hosts: a`,
	} {
		if _, err := wasmmod.ParseEgress([]byte(js)); !errors.Is(err, wasmmod.ErrBadEgress) {
			t.Errorf("%s: %v, want ErrBadEgress", name, err)
		}
	}
}

func TestCustomSectionRoundTrip(t *testing.T) {
	m := wasmmod.AppendCustomSection(minimal(), "x.y", []byte("data"))
	d, ok, err := wasmmod.CustomSection(m, "x.y")
	if err != nil || !ok || string(d) != "data" {
		t.Fatalf("%q %v %v", d, ok, err)
	}
	if _, ok, _ := wasmmod.CustomSection(m, "other"); ok {
		t.Fatal("found a section that is not there")
	}
}

// FuzzInspect: the parser never panics and never accepts a module without the header.
func FuzzInspect(f *testing.F) {
	f.Add(minimal())
	f.Add(header)
	f.Add(wasmmod.AppendCustomSection(header, wasmmod.EgressSection, []byte(`{"hosts":["a.b"]}`)))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := wasmmod.Inspect(b)
		if err == nil && (len(b) < 8 || string(b[:4]) != "\x00asm") {
			t.Fatal("accepted a module without the header")
		}
		_ = wasmmod.CheckCommand(b)
	})
}
