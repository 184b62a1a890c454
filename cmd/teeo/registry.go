package main

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/protocol"
)

// registryEnclave reads an enclave's encryption key from the JobRouter's EnclaveRegistry and
// checks that the enclave is active (registered, not expired, revoked or deactivated). The chain is
// the root of trust for which keys count, so this is the preferred source of the key.
func registryEnclave(ctx context.Context, backend bind.ContractBackend, router, signer common.Address) (enclave, error) {
	r := bindings.NewJobRouter()
	inst := r.Instance(backend, router)
	opts := &bind.CallOpts{Context: ctx}
	active, err := bind.Call(inst, opts, r.PackIsActive(signer), r.UnpackIsActive)
	if err != nil {
		return enclave{}, fmt.Errorf("registry isActive: %w", err)
	}
	if !active {
		return enclave{}, fmt.Errorf("enclave %s is not active in the registry at %s", signer, router)
	}
	out, err := bind.Call(inst, opts, r.PackEnclave(signer), r.UnpackEnclave)
	if err != nil {
		return enclave{}, fmt.Errorf("registry enclave: %w", err)
	}
	key, err := protocol.ParsePublicKey(out.Info.EncryptionKey)
	if err != nil {
		return enclave{}, fmt.Errorf("registry encryption key: %w", err)
	}
	return enclave{key: key, signer: signer, insecure: out.Info.Simulated}, nil
}

// dialRegistry connects to an Ethereum JSON-RPC endpoint (a variable so tests can use an
// in-process chain).
var dialRegistry = func(ctx context.Context, url string) (bind.ContractBackend, func(), error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, fmt.Errorf("dial %s: %w", url, err)
	}
	return c, c.Close, nil
}
