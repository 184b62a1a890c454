package main

import (
	"bytes"
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
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/enclave/ipfs/ipfstest"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/internal/chaintest"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
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
	chain := chaintest.New(t, 1, deploy.DevOptions())
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
	// A sourced stack.env sets TEEO_PROGRAM_ID (another program): an explicit --name still wins
	// (issue 20: the environment beat the flag), and the environment counts when no flag is given.
	t.Setenv("TEEO_PROGRAM_ID", common.Hash{0xee}.Hex())
	if out, err := teeo(t, "program", "show", "--rpc-url", "sim", "--router", router, "--name", "p", "--author", authorAddr.Hex()); err != nil ||
		!strings.EqualFold(field(t, out, "program_id"), common.Hash(id).Hex()) {
		t.Errorf("show --name with TEEO_PROGRAM_ID set: %q %v", out, err)
	}
	if _, err := teeo(t, "program", "show", "--rpc-url", "sim", "--router", router); err == nil || !strings.Contains(err.Error(), "no program 0xee") {
		t.Errorf("show with only TEEO_PROGRAM_ID: %v, want the environment's program", err)
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

// TestProgramPublish: `teeo program publish` creates the author's program and publishes versions
// sealed to the fleet key the router records (published there with a registered enclave's
// FleetKey signature); the blob on IPFS opens with the epoch's private key, under the author's
// manifest, to exactly the module; a second publish is version 2.
func TestProgramPublish(t *testing.T) {
	chain := chaintest.New(t, 1, deploy.DevOptions())
	useChain(t, chain)
	kubo := ipfstest.Start(t)
	router := chain.Deployment.Router
	domain := protocol.Domain{ChainID: chain.ChainID, Router: router}

	// Before any fleet key is on-chain there is nothing to seal to.
	author := chain.Users[0]
	keyFile := filepath.Join(t.TempDir(), "author.key")
	if err := os.WriteFile(keyFile, []byte(common.Bytes2Hex(crypto.FromECDSA(author))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	wasm := filepath.Join(t.TempDir(), "p.wasm")
	module := sandbox.MinimalModule()
	if err := os.WriteFile(wasm, module, 0o644); err != nil {
		t.Fatal(err)
	}
	publish := func(extra ...string) (string, error) {
		return teeo(t, append([]string{"program", "publish", "--name", "p", "--wasm", wasm, "--ipfs-api", kubo.API,
			"--rpc-url", "sim", "--router", router.Hex(), "--author-key-file", keyFile}, extra...)...)
	}
	if _, err := publish(); err == nil || !strings.Contains(err.Error(), "no fleet epoch") {
		t.Fatalf("publish before genesis: %v", err)
	}

	// A registered (simulated, allowed on this router) enclave publishes epoch 1's keys.
	enclaveKey, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(enclaveKey.PublicKey)
	chain.RegisterEnclave(t, signer, signer, crypto.CompressPubkey(&enclaveKey.PublicKey), true)
	x, err := hpke.GenerateKeyPair(hpke.SuiteX25519, nil)
	if err != nil {
		t.Fatal(err)
	}
	w, err := hpke.GenerateKeyPair(hpke.SuiteXWing, nil)
	if err != nil {
		t.Fatal(err)
	}
	fk := protocol.FleetKey{FleetID: [32]byte{0xf1}, Epoch: 1, X25519Key: [32]byte(x.Public().Bytes()), XWingKeyHash: protocol.XWingKeyHash(w.Public().Bytes())}
	if rc := chain.Send(t, chain.Owner, router, nil, chain.Router.PackSetFleetId(fk.FleetID), 200_000); rc.Status != types.ReceiptStatusSuccessful {
		t.Fatal("setFleetId reverted")
	}
	sig, err := protocol.SignDigest(domain.FleetKeyDigest(fk), enclaveKey)
	if err != nil {
		t.Fatal(err)
	}
	if rc := chain.Send(t, chain.Owner, router, nil, chain.Router.PackSetEpochKeys(fk.FleetID, 1, fk.X25519Key, w.Public().Bytes(), sig.R, sig.VS), 3_000_000); rc.Status != types.ReceiptStatusSuccessful {
		t.Fatal("setEpochKeys reverted")
	}

	out, err := publish("--fee", "1000", "--allowlist")
	if err != nil {
		t.Fatal(err)
	}
	id := protocol.ProgramIDOf(crypto.PubkeyToAddress(author.PublicKey), "p")
	if field(t, out, "program_id") != common.Hash(id).Hex() || field(t, out, "version") != "1" || field(t, out, "epoch") != "1" {
		t.Errorf("publish v1: %q", out)
	}
	for _, what := range []string{`created program "p"`, "sealed version 1 to fleet epoch 1", `published version 1 of "p"`} {
		if !strings.Contains(out, what) {
			t.Errorf("publish output lacks %q:\n%s", what, out)
		}
	}
	blob, err := ipfs.New(kubo.API).Fetch(context.Background(), field(t, out, "cid"), ipfs.MaxBlockBytes)
	if err != nil {
		t.Fatal(err)
	}
	got, m, err := protocol.OpenProgram(protocol.SingleKey(1, x), domain, id, 1, blob)
	if err != nil || !bytes.Equal(got, module) || m.Author != crypto.PubkeyToAddress(author.PublicKey) {
		t.Fatalf("open the published blob: %v (author %s)", err, m.Author)
	}
	ver, err := bind.Call(chain.RouterContract(), nil, chain.Router.PackVersionOf(id, 1), chain.Router.UnpackVersionOf)
	if err != nil || ver.Cid != field(t, out, "cid") || ver.CodeHash != protocol.CodeHash(module) {
		t.Errorf("versionOf(1) = %+v (%v)", ver, err)
	}

	// Fee and policy are set once: a second publish only adds a version.
	if _, err := publish("--fee", "5"); err == nil || !strings.Contains(err.Error(), "teeo program policy") {
		t.Errorf("publish with --fee on an existing program: %v", err)
	}
	if out, err = publish(); err != nil || field(t, out, "version") != "2" {
		t.Fatalf("publish v2: %q %v", out, err)
	}
}
