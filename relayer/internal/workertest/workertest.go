// Package workertest starts real enclave workers for relayer tests: the worker service in its
// explicit insecure simulation mode (this machine has no SGX), in-process, on a loopback port, with a
// real Kubo daemon for programs, and publishes programs encrypted to a worker's key.
package workertest

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/enclave/ipfs/ipfstest"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/enclave/service"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/relayer/internal/testutil"
)

// IPFS starts a Kubo daemon for the test and returns its API address.
func IPFS(t testing.TB) string {
	t.Helper()
	return ipfstest.Start(t).API
}

// Worker is a running simulated worker.
type Worker struct {
	Service *service.Service
	URL     string
	IPFSAPI string
	Signer  common.Address
	dataDir string
	t       testing.TB
}

// Start starts a simulated worker using the Kubo API at ipfsAPI. dataDir "" makes a new key.
func Start(t testing.TB, ipfsAPI, dataDir string) *Worker {
	t.Helper()
	if dataDir == "" {
		dataDir = t.TempDir()
	}
	svc, err := service.Start(context.Background(), service.Config{
		Listen: "127.0.0.1:0", DataDir: dataDir, IPFSAPI: ipfsAPI, InsecureSimulation: true, TLS: service.TLSOff, Version: "test",
	}, testutil.Logger())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = svc.Stop(context.Background()) })
	return &Worker{Service: svc, URL: svc.URL(), IPFSAPI: ipfsAPI, Signer: svc.Identity().Signer, dataDir: dataDir, t: t}
}

// Stop stops the worker (its key stays in its data directory).
func (w *Worker) Stop() { _ = w.Service.Stop(context.Background()) }

// Client returns a worker client that accepts simulation mode.
func (w *Worker) Client(t testing.TB) *client.Client {
	t.Helper()
	c, err := client.New(w.URL, client.AllowSimulation())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Identity is the worker's identity.
func (w *Worker) Identity() api.Identity { return w.Service.Identity() }

// PublishCat encrypts the sandbox's minimal "cat" module (output = input) to the worker's key, adds
// it to IPFS and returns the program id and CID.
func (w *Worker) PublishCat(t testing.TB) (common.Hash, string) {
	t.Helper()
	return w.Publish(t, sandbox.MinimalModule())
}

// Publish encrypts module to the worker's key, adds it to IPFS and returns the program id and CID.
func (w *Worker) Publish(t testing.TB, module []byte) (common.Hash, string) {
	t.Helper()
	key, err := protocol.ParsePublicKey(w.Identity().EncryptionKey)
	if err != nil {
		t.Fatal(err)
	}
	blob, pid, err := protocol.EncryptProgram(key, module)
	if err != nil {
		t.Fatal(err)
	}
	cid, err := ipfs.New(w.IPFSAPI).Add(context.Background(), blob)
	if err != nil {
		t.Fatal(err)
	}
	return pid, cid
}

// DataDir is where the worker keeps its sealed key: start another worker on it to restart this one.
func (w *Worker) DataDir() string { return w.dataDir }
