package protocol

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// TestHPKEJavaScript checks the v2 formats against an independent implementation: the @hpke
// JavaScript libraries (tools/hpke-js, installed with npm ci when missing) decrypt every vector of
// protocol/testdata/hpke_vectors.json, and input envelopes they encrypt open with OpenInput.
func TestHPKEJavaScript(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	js := filepath.Join(root, "tools", "hpke-js")
	if _, err := os.Stat(filepath.Join(js, "node_modules", "@hpke", "hybridkem-x-wing")); err != nil {
		cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
		cmd.Dir = js
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("npm ci in tools/hpke-js: %v\n%s", err, out)
		}
	}
	script := filepath.Join(root, "scripts", "hpke-vectors.mjs")
	out, err := exec.CommandContext(ctx, node, script, "check").CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte(" 10 passed, 0 failed")) {
		t.Fatalf("JavaScript check of the vectors: %v\n%s", err, out)
	}

	out, err = exec.CommandContext(ctx, node, script, "encrypt-input").Output()
	if err != nil {
		t.Fatalf("JavaScript encrypt-input: %v", err)
	}
	var inputs map[string]hexutil.Bytes
	if err := json.Unmarshal(out, &inputs); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	raw, err := os.ReadFile(hpkeVectorsFile)
	if err != nil {
		t.Fatal(err)
	}
	var vs hpkeVectors
	if err := json.Unmarshal(raw, &vs); err != nil {
		t.Fatal(err)
	}
	opened := 0
	for _, v := range vs.Vectors {
		if v.Purpose != hpke.PurposeInput {
			continue
		}
		s, _ := hpke.ParseSuite(v.Suite)
		sk, err := hpke.ParsePrivateKey(s, v.SK)
		if err != nil {
			t.Fatal(err)
		}
		c := v.Context
		b := InputBinding{ChainID: c.ChainID.ToInt(), Router: *c.Router, Requester: *c.Requester, User: *c.User, ProgramID: *c.ProgramID}
		pt, ok, err := OpenInput(SingleKey(1, sk), b, inputs[v.Suite])
		if err != nil || string(pt) != "hello from javascript" || ok == nil || !bytes.Equal(ok.Bytes(), c.OutputKey) {
			t.Errorf("%s: input encrypted by JavaScript: %q %v", v.Suite, pt, err)
			continue
		}
		b.User[0] ^= 1
		if _, _, err := OpenInput(SingleKey(1, sk), b, inputs[v.Suite]); err == nil {
			t.Errorf("%s: JavaScript input opened for another user", v.Suite)
		}
		opened++
	}
	if opened != len(hpke.Suites) {
		t.Fatalf("opened %d JavaScript inputs, want %d (%s)", opened, len(hpke.Suites), strings.TrimSpace(string(out)))
	}
}
