package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/teeoracle/teeoracle/protocol/wasmmod"
)

// TestPublishRefusesNonCommands: `teeo program publish` (and `teeo program seal`) refuse a
// module that is not a WASI command before touching the chain or IPFS (issue 18 item 7).
func TestPublishRefusesNonCommands(t *testing.T) {
	header := []byte{0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00}
	// A GOOS=js build imports its runtime from module "gojs": an import section with one
	// function import gojs.runtime.wasmExit of type 0 (the type section is not needed here).
	imp := []byte{1, 4, 'g', 'o', 'j', 's', 16}
	imp = append(imp, "runtime.wasmExit"...)
	imp = append(imp, 0x00, 0x00)
	gojs := append(append([]byte(nil), header...), 2, byte(len(imp)))
	gojs = append(gojs, imp...)
	cases := map[string]struct {
		module []byte
		want   string
	}{
		"header_only": {header, "no _start"},
		"gojs":        {gojs, "GOOS=js"},
		"bad_egress":  {wasmmod.AppendCustomSection(header, wasmmod.EgressSection, []byte(`{"hosts":["*.example.com"]}`)), "invalid egress declaration"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			wasm := filepath.Join(t.TempDir(), "p.wasm")
			if err := os.WriteFile(wasm, tc.module, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := teeo(t, "program", "publish", "--name", "p", "--wasm", wasm, "--rpc-url", "http://127.0.0.1:1",
				"--router", "0x0000000000000000000000000000000000000001", "--author-key", "0x"+strings.Repeat("11", 32))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("publish: %v, want an error containing %q", err, tc.want)
			}
		})
	}
}
