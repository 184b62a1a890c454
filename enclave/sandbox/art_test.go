package sandbox_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"testing"

	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/protocol"
)

// artInput is the art program's input for a token.
func artInput(id int) string {
	return fmt.Sprintf(`{"tokenId":%d,"seed":"0x5eed","owner":"0x00000000000000000000000000000000000000aa"}`, id)
}

// TestArtProgram runs the generative-art example as the enclave would.
func TestArtProgram(t *testing.T) {
	for _, engine := range engines {
		t.Run(engine.String(), func(t *testing.T) {
			sb := newSandbox(t, sandbox.Config{Engine: engine})
			a1 := run(t, sb, "art", artInput(1), [32]byte{1})
			again := run(t, sb, "art", artInput(1), [32]byte{1})
			// Issue 18: the same public input in another job (a sealed copy of token 1's JSON
			// minted as a new token) gets other job randomness, so other art.
			copied := run(t, sb, "art", artInput(1), [32]byte{2})
			b := run(t, sb, "art", artInput(2), [32]byte{1})
			for _, out := range []sandbox.Outcome{a1, again, copied, b} {
				if out.Status != protocol.StatusOK {
					t.Fatalf("status %s, reason %q, stderr %q", out.Status, out.Reason, out.Stderr)
				}
				if len(out.Output) >= 16<<10 {
					t.Fatalf("SVG of %d bytes, want < 16 KiB", len(out.Output))
				}
				var doc struct {
					XMLName xml.Name
					Title   string `xml:"title"`
				}
				if err := xml.Unmarshal(out.Output, &doc); err != nil {
					t.Fatalf("output is not XML: %v", err)
				}
				if doc.XMLName.Local != "svg" || doc.XMLName.Space != "http://www.w3.org/2000/svg" {
					t.Fatalf("root %v, want svg", doc.XMLName)
				}
			}
			if !bytes.Equal(a1.Output, again.Output) {
				t.Fatal("same job, different SVGs")
			}
			if bytes.Equal(a1.Output, copied.Output) {
				t.Fatal("a copy of token 1's input in another job made token 1's art")
			}
			if bytes.Equal(a1.Output, b.Output) {
				t.Fatal("tokens 1 and 2 have the same SVG")
			}
			if !bytes.Contains(b.Output, []byte("<title>Token #2</title>")) {
				t.Fatal("token 2's title missing")
			}
			bad := run(t, sb, "art", "not json", [32]byte{})
			if bad.Status != protocol.StatusProgramError || bad.ExitCode != 1 || !bytes.Contains(bad.Stderr, []byte("art: input is not the expected JSON")) {
				t.Fatalf("bad input: %s exit %d stderr %q", bad.Status, bad.ExitCode, bad.Stderr)
			}
		})
	}
}
