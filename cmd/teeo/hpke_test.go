package main

import (
	"bytes"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

// TestHPKECommands: seal-program, output-key, encrypt-input and decrypt-output in the v2 formats,
// each checked against the protocol package's open functions (what the enclave runs).
func TestHPKECommands(t *testing.T) {
	dir := t.TempDir()
	chainID, router := big.NewInt(31337), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	d := protocol.Domain{ChainID: chainID, Router: router}
	common3 := []string{"--chain-id", "31337", "--router", router.Hex()}
	wasm := filepath.Join(dir, "cat.wasm")
	if err := os.WriteFile(wasm, sandbox.MinimalModule(), 0o644); err != nil {
		t.Fatal(err)
	}
	authorKey, _ := crypto.GenerateKey()
	author := crypto.PubkeyToAddress(authorKey.PublicKey)
	authorFile := filepath.Join(dir, "author.key")
	if err := os.WriteFile(authorFile, []byte(hexutil.Encode(crypto.FromECDSA(authorKey))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	requester := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	user := common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")

	for _, suite := range hpke.Suites {
		t.Run(suite.String(), func(t *testing.T) {
			fleet, err := hpke.GenerateKeyPair(suite, nil)
			if err != nil {
				t.Fatal(err)
			}
			keys := protocol.SingleKey(3, fleet)
			fleetFile := filepath.Join(dir, suite.String()+".fleet")
			if err := os.WriteFile(fleetFile, []byte(formatKey(suite, fleet.Public().Bytes())+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}

			// seal-program
			blobFile := filepath.Join(dir, suite.String()+".blob")
			out, err := teeo(t, append([]string{"seal-program", "--wasm", wasm, "--name", "cat", "--version", "2",
				"--author-key-file", authorFile, "--fleet-key-file", fleetFile, "--epoch", "3", "--out", blobFile}, common3...)...)
			if err != nil {
				t.Fatal(err)
			}
			pid := protocol.NewProgramManifest(d, author, "cat", 2, sandbox.MinimalModule()).ProgramID
			code := protocol.CodeHash(sandbox.MinimalModule())
			if field(t, out, "program_id") != hexutil.Encode(pid[:]) || field(t, out, "code_hash") != hexutil.Encode(code[:]) ||
				field(t, out, "version") != "2" || field(t, out, "author") != author.Hex() || field(t, out, "suite") != suite.String() {
				t.Fatalf("seal-program: %q", out)
			}
			blob, _ := os.ReadFile(blobFile)
			module, _, err := protocol.OpenProgram(keys, d, pid, 2, blob)
			if err != nil || !bytes.Equal(module, sandbox.MinimalModule()) {
				t.Fatalf("OpenProgram of the sealed blob: %v", err)
			}

			// output-key, encrypt-input with the fleet key given inline, OpenInput in the enclave's place.
			keyFile := filepath.Join(dir, suite.String()+".out")
			outPub, err := teeo(t, "output-key", "--suite", suite.String(), "--out", keyFile)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(outPub, suite.String()+":0x") {
				t.Fatalf("output-key printed %q", outPub)
			}
			args := append([]string{"encrypt-input", "--fleet-key", formatKey(suite, fleet.Public().Bytes()), "--epoch", "3",
				"--requester", requester.Hex(), "--user", user.Hex(), "--program-id", hexutil.Encode(pid[:]),
				"--data", "the secret question", "--output-key", strings.TrimSpace(outPub)}, common3...)
			out, err = teeo(t, args...)
			if err != nil {
				t.Fatal(err)
			}
			input, err := hexutil.Decode(strings.TrimSpace(out))
			if err != nil || input[0] != 0x23 || bytes.Contains(input, []byte("secret")) {
				t.Fatalf("envelope %x %v", input, err)
			}
			b := protocol.InputBinding{ChainID: chainID, Router: router, Requester: requester, User: user, ProgramID: pid}
			pt, ok, err := protocol.OpenInput(keys, b, input)
			if err != nil || string(pt) != "the secret question" || ok == nil || formatKey(ok.Suite(), ok.Bytes()) != strings.TrimSpace(outPub) {
				t.Fatalf("OpenInput: %q %v", pt, err)
			}
			b.User = common.Address{}
			if _, _, err := protocol.OpenInput(keys, b, input); err == nil {
				t.Fatal("input opened for another user")
			}

			// decrypt-output of an output the enclave encrypted to that key.
			job := protocol.JobID(chainID, router, 9)
			ct, err := protocol.EncryptOutput(ok, d, job, []byte("the answer"))
			if err != nil {
				t.Fatal(err)
			}
			out, err = teeo(t, append([]string{"decrypt-output", "--key-file", keyFile, "--job-id", hexutil.Encode(job[:]), "--output", hexutil.Encode(ct)}, common3...)...)
			if err != nil || out != "the answer" {
				t.Fatalf("decrypt-output: %q %v", out, err)
			}
			other := protocol.JobID(chainID, router, 10)
			if _, err := teeo(t, append([]string{"decrypt-output", "--key-file", keyFile, "--job-id", hexutil.Encode(other[:]), "--output", hexutil.Encode(ct)}, common3...)...); err == nil {
				t.Fatal("output of another job decrypted")
			}
		})
	}

	// Refusals: no epoch, no requester, no chain binding, a key of an unknown suite.
	fleet, _ := hpke.GenerateKeyPair(hpke.SuiteX25519, nil)
	fk := formatKey(hpke.SuiteX25519, fleet.Public().Bytes())
	pid := hexutil.Encode(make([]byte, 32))
	for name, args := range map[string][]string{
		"no epoch":     append([]string{"encrypt-input", "--fleet-key", fk, "--requester", requester.Hex(), "--program-id", pid, "--data", "x"}, common3...),
		"no requester": append([]string{"encrypt-input", "--fleet-key", fk, "--epoch", "1", "--program-id", pid, "--data", "x"}, common3...),
		"no chain":     {"encrypt-input", "--fleet-key", fk, "--epoch", "1", "--requester", requester.Hex(), "--program-id", pid, "--data", "x"},
		"no key":       append([]string{"encrypt-input", "--epoch", "1", "--requester", requester.Hex(), "--program-id", pid, "--data", "x"}, common3...),
		"p256 key":     append([]string{"encrypt-input", "--fleet-key", "p256:" + fk[7:], "--epoch", "1", "--requester", requester.Hex(), "--program-id", pid, "--data", "x"}, common3...),
		"no name":      append([]string{"seal-program", "--wasm", wasm, "--version", "1", "--author-key-file", authorFile, "--fleet-key", fk, "--epoch", "1", "--out", filepath.Join(dir, "x")}, common3...),
	} {
		if out, err := teeo(t, args...); err == nil {
			t.Errorf("%s: accepted: %q", name, out)
		}
	}
}
