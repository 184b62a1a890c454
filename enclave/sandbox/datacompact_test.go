package sandbox_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/teeoracle/teeoracle/enclave/sandbox"
)

// initialMemory instantiates mod without running _start and returns its memory.
func initialMemory(t *testing.T, rt wazero.Runtime, mod []byte) []byte {
	t.Helper()
	ctx := context.Background()
	c, err := rt.CompileModule(ctx, mod)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	m, err := rt.InstantiateModule(ctx, c, wazero.NewModuleConfig().WithName("").WithStartFunctions())
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close(ctx)
	b, ok := m.Memory().Read(0, m.Memory().Size())
	if !ok {
		t.Fatal("read memory")
	}
	return bytes.Clone(b)
}

// TestCompactDataKeepsInitialMemory checks on every Go test program that the data-segment
// rewrite leaves the instantiated memory byte-identical and shrinks the module's segments.
func TestCompactDataKeepsInitialMemory(t *testing.T) {
	ctx := context.Background()
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigInterpreter())
	defer rt.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, rt)
	if err := sandbox.InstantiateHost(ctx, rt); err != nil {
		t.Fatal(err)
	}
	for name, mod := range modules {
		if name == "minimal" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			compact := sandbox.CompactData(mod)
			if bytes.Equal(compact, mod) {
				t.Fatal("module not rewritten")
			}
			before, after := initialMemory(t, rt, mod), initialMemory(t, rt, compact)
			if !bytes.Equal(before, after) {
				t.Fatalf("initial memory differs (%d vs %d bytes)", len(before), len(after))
			}
			t.Logf("%d -> %d bytes of module", len(mod), len(compact))
		})
	}
}
