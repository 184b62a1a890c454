package main

import (
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/internal/chaintest"
	"github.com/teeoracle/teeoracle/protocol"
)

func TestEnclaveKeyFromRegistry(t *testing.T) {
	chain := chaintest.New(t, 1, deploy.DevOptions())
	old := dialRegistry
	dialRegistry = func(context.Context, string) (bind.ContractBackend, func(), error) {
		return chain.Client, func() {}, nil
	}
	defer func() { dialRegistry = old }()

	signKey, _ := crypto.GenerateKey()
	encKey, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(signKey.PublicKey)
	chain.RegisterEnclave(t, signer, signer, crypto.CompressPubkey(&encKey.PublicKey), true)
	router := chain.Deployment.Router.Hex()

	// Registered as a simulation worker: refused unless allowed.
	if _, err := teeo(t, "enclave", "--rpc", "sim", "--router", router, "--enclave-signer", signer.Hex()); err == nil || !strings.Contains(err.Error(), "simulation") {
		t.Fatalf("simulation registration accepted silently: %v", err)
	}
	out, err := teeo(t, "enclave", "--rpc", "sim", "--router", router, "--enclave-signer", signer.Hex(), "--allow-simulation")
	if err != nil {
		t.Fatal(err)
	}
	if field(t, out, "encryption_key") != hexutil.Encode(crypto.CompressPubkey(&encKey.PublicKey)) || field(t, out, "signer") != signer.Hex() {
		t.Fatalf("enclave from registry: %q", out)
	}

	// An unregistered signer has no key.
	if _, err := teeo(t, "enclave", "--rpc", "sim", "--router", router, "--enclave-signer", common.Address{9}.Hex(), "--allow-simulation"); err == nil || !strings.Contains(err.Error(), "not active") {
		t.Fatalf("unregistered enclave: %v", err)
	}
	if _, err := teeo(t, "enclave", "--rpc", "sim", "--enclave-signer", signer.Hex()); err == nil {
		t.Fatal("--rpc without --router accepted")
	}

	// An input encrypted with the registry's key opens with the enclave's private key.
	pid := protocol.ProgramID([]byte("p"))
	requester := common.Address{7}
	out, err = teeo(t, "legacy", "encrypt-input", "--rpc", "sim", "--router", router, "--enclave-signer", signer.Hex(), "--allow-simulation",
		"--requester", requester.Hex(), "--program-id", hexutil.Encode(pid[:]), "--data", "via registry")
	if err != nil {
		t.Fatal(err)
	}
	input, err := hexutil.Decode(strings.TrimSpace(out))
	if err != nil {
		t.Fatal(err)
	}
	pt, _, err := protocol.OpenInputV1(ecies.ImportECDSA(encKey), requester, pid, input)
	if err != nil || string(pt) != "via registry" {
		t.Fatalf("open: %q %v", pt, err)
	}
}
