package main

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/internal/chaintest"
	"github.com/teeoracle/teeoracle/protocol"
)

// useChain points the program commands at an in-process chain that mines each transaction.
func useChain(t *testing.T, chain *chaintest.Chain) {
	t.Helper()
	oldDial, oldWait := dialRouter, waitMined
	dialRouter = func(context.Context, string) (routerBackend, func(), error) { return chain.Client, func() {}, nil }
	waitMined = func(ctx context.Context, b routerBackend, tx *types.Transaction) (*types.Receipt, error) {
		return deploy.Wait(ctx, b, tx, chain.Commit)
	}
	t.Cleanup(func() { dialRouter, waitMined = oldDial, oldWait })
}

// TestProgramCommands runs the author's commands against a router: policy and fee, allowlist,
// retirement, withdrawal (refused with the router's custom error when nothing was earned), show.
func TestProgramCommands(t *testing.T) {
	chain := chaintest.New(t, 1, deploy.DefaultOptions())
	useChain(t, chain)
	author := chain.Users[0]
	keyFile := filepath.Join(t.TempDir(), "author.key")
	if err := os.WriteFile(keyFile, []byte(common.Bytes2Hex(crypto.FromECDSA(author))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	authorAddr := crypto.PubkeyToAddress(author.PublicKey)
	router := chain.Deployment.Router.Hex()
	run := func(args ...string) (string, error) {
		return teeo(t, append(append([]string{"program"}, args...), "--rpc-url", "sim", "--router", router, "--author-key-file", keyFile)...)
	}
	// Two versions published (the chain helper stands in for `publish`, which needs a fleet key).
	id := chain.CreateProgram(t, author, deploy.Program{Name: "p", CodeHash: [32]byte{1}, CID: "bafy-v1"})
	if id != protocol.ProgramIDOf(authorAddr, "p") {
		t.Fatalf("programId %x, want the author's", id)
	}
	if _, err := deploy.PublishVersion(context.Background(), chain.Client, chain.Auth(author), chain.Deployment.Router, "p", [32]byte{2}, "bafy-v2", chain.Commit); err != nil {
		t.Fatal(err)
	}

	out, err := run("policy", "--name", "p", "--fee", "0.0004ether", "--allowlist")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `policy of "p" set: author fee 0.0004 ether per job, allowlisted requesters only: tx 0x`) || field(t, out, "tx") == "" {
		t.Errorf("policy: %q", out)
	}
	requester := common.Address{0xda}
	if out, err = run("allow", "--name", "p", "--requester", requester.Hex()); err != nil || !strings.Contains(out, requester.Hex()+" added: tx 0x") {
		t.Fatalf("allow: %q %v", out, err)
	}
	if out, err = run("retire", "--name", "p", "--below", "2"); err != nil || field(t, out, "min_version") != "2" {
		t.Fatalf("retire: %q %v", out, err)
	}
	// Nothing earned yet: the router refuses, and teeo names its custom error.
	if _, err = run("withdraw", "--name", "p"); err == nil || !strings.Contains(err.Error(), "NoEarnings("+common.Hash(id).Hex()+")") {
		t.Fatalf("withdraw without earnings: %v", err)
	}
	// Another author cannot touch the program: "p" under their address is another program.
	if _, err = run("retire", "--name", "q", "--below", "1"); err == nil || !strings.Contains(err.Error(), "UnknownProgram(") {
		t.Fatalf("retire of a program that does not exist: %v", err)
	}

	out, err = teeo(t, "program", "show", "--rpc-url", "sim", "--router", router, "--name", "p", "--author", authorAddr.Hex())
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{"program_id": common.Hash(id).Hex(), "author_fee_wei": "400000000000000", "policy": "allowlist",
		"current_version": "2", "min_version": "2"} {
		if got := field(t, out, k); !strings.EqualFold(got, want) {
			t.Errorf("show %s = %q, want %q\n%s", k, got, want, out)
		}
	}
	if !strings.HasPrefix(field(t, out, "version_1"), "retired") || !strings.HasPrefix(field(t, out, "version_2"), "available") {
		t.Errorf("show versions: %q", out)
	}
	r := chain.Router
	allowed, err := bind.Call(chain.RouterContract(), nil, r.PackIsAllowed(id, requester), r.UnpackIsAllowed)
	if err != nil || !allowed {
		t.Errorf("isAllowed(%s) = %t (%v)", requester, allowed, err)
	}
	p, err := bind.Call(chain.RouterContract(), nil, r.PackProgram(id), r.UnpackProgram)
	if err != nil || p.AuthorFee.Cmp(big.NewInt(4e14)) != 0 || p.MinVersion != 2 {
		t.Errorf("program record %+v (%v)", p, err)
	}
}

func TestParseWei(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{{"400000000000000", "400000000000000"}, {"0.0004ether", "400000000000000"}, {"0.0004 ether", "400000000000000"},
		{"400000gwei", "400000000000000"}, {"7wei", "7"}, {"1ether", "1000000000000000000"}} {
		got, err := parseWei(tc.in)
		if err != nil || got.String() != tc.want {
			t.Errorf("parseWei(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"-1", "0.5wei", "1.5", "abc"} {
		if _, err := parseWei(bad); err == nil {
			t.Errorf("parseWei(%q) accepted", bad)
		}
	}
}
