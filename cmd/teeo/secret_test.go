package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/internal/chaintest"
)

// TestSecretCommandGuards: set never overwrites and replace/reseal/revoke never create (checked
// against the chain before anything is sealed or sent); a malformed secrets file is refused
// without echoing a value; show prints the (empty) reference.
func TestSecretCommandGuards(t *testing.T) {
	chain := chaintest.New(t, 1, deploy.DefaultOptions())
	useChain(t, chain)
	author := chain.Users[0]
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "author.key")
	if err := os.WriteFile(keyFile, []byte(common.Bytes2Hex(crypto.FromECDSA(author))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	secrets := filepath.Join(dir, "secrets.json")
	if err := os.WriteFile(secrets, []byte(`{"secrets":[{"name":"api-key","value":"TOPSECRET-VALUE"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	router := chain.Deployment.Router.Hex()
	run := func(args ...string) (string, error) {
		return teeo(t, append(append([]string{"secret"}, args...), "--rpc-url", "sim", "--router", router, "--author-key-file", keyFile)...)
	}
	if _, err := run("set", "--name", "p", "--secrets-file", secrets); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("set for a program that does not exist: %v", err)
	}
	chain.CreateProgram(t, author, deploy.Program{Name: "p", CodeHash: [32]byte{1}, CID: "bafy-v1"})
	for _, cmd := range []string{"replace", "reseal"} {
		if _, err := run(cmd, "--name", "p", "--secrets-file", secrets); err == nil || !strings.Contains(err.Error(), "has no secrets") {
			t.Fatalf("%s without secrets: %v", cmd, err)
		}
	}
	if _, err := run("revoke", "--name", "p"); err == nil || !strings.Contains(err.Error(), "has no secrets") {
		t.Fatalf("revoke without secrets: %v", err)
	}
	out, err := run("show", "--name", "p")
	if err != nil || field(t, out, "bundle_hash") != (common.Hash{}).Hex() {
		t.Fatalf("show: %q %v", out, err)
	}
	for name, body := range map[string]string{
		"bad name":      `{"secrets":[{"name":"a b","value":"TOPSECRET-VALUE"}]}`,
		"unknown field": `{"secrets":[{"name":"a","value":"TOPSECRET-VALUE","x":1}]}`,
		"both values":   `{"secrets":[{"name":"a","value":"TOPSECRET-VALUE","valueHex":"0x00"}]}`,
		"bad requester": `{"secrets":[{"name":"a","value":"TOPSECRET-VALUE","requester":"nope"}]}`,
		"none":          `{"secrets":[]}`,
	} {
		f := filepath.Join(dir, "bad.json")
		if err := os.WriteFile(f, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := run("set", "--name", "p", "--secrets-file", f)
		if err == nil || strings.Contains(err.Error(), "TOPSECRET") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
