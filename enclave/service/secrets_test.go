package service_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/enclave/api"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/enclave/ipfs/ipfstest"
	"github.com/teeoracle/teeoracle/enclave/sandbox/sandboxtest"
	"github.com/teeoracle/teeoracle/enclave/service"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

var (
	hostcallsOnce   sync.Once
	hostcallsModule []byte
	hostcallsErr    error
)

// hostcalls builds the host-interface test program (it prints the secrets it can read).
func hostcalls(t testing.TB) []byte {
	t.Helper()
	hostcallsOnce.Do(func() {
		var m map[string][]byte
		m, hostcallsErr = sandboxtest.Build(t.TempDir(), "./enclave/testdata/programs/hostcalls")
		hostcallsModule = m["hostcalls"]
	})
	if hostcallsErr != nil {
		t.Fatal(hostcallsErr)
	}
	return hostcallsModule
}

// TestProgramSecrets runs a real worker (fleet genesis, program published to the fleet) on jobs
// whose program has an author secrets bundle and whose inputs carry per-user secrets, and proves
// the bindings: the program reads exactly the secrets of its program and requester; a bundle of
// another program, one swapped under the chain's hash, one not signed by the author or one the
// worker cannot open is never signed for; a user secret cannot shadow an author secret; and no
// secret value reaches the worker's log or its metrics.
func TestProgramSecrets(t *testing.T) {
	kubo := ipfstest.Start(t)
	ctx := context.Background()
	var logs syncBuffer
	w := startWorkerLogged(t, kubo.API, &logs)
	st := genesis(t, w.c, fleetDomain)
	fleetPK := epochKey(t, st, 1, hpke.SuiteX25519)
	store := ipfs.New(kubo.API)

	author, _ := crypto.GenerateKey()
	blob, m, err := protocol.SealProgram(fleetPK, 1, fleetDomain, author, "hostcalls", 1, hostcalls(t))
	if err != nil {
		t.Fatal(err)
	}
	cid, err := store.Add(ctx, blob)
	if err != nil {
		t.Fatal(err)
	}
	dapp := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	otherDapp := common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	const (
		apiKey     = "AUTHOR-API-KEY-7f3a"
		dappSecret = "AUTHOR-DAPP-SECRET-91c2"
		userToken  = "USER-BANK-TOKEN-55e0"
	)
	seal := func(name string, key *hpke.PublicKey, epoch uint32, secrets []protocol.SecretValue) (string, common.Hash) {
		raw, h, err := protocol.SealSecretsBundle(key, epoch, fleetDomain, author, name, secrets)
		if err != nil {
			t.Fatal(err)
		}
		c, err := store.Add(ctx, raw)
		if err != nil {
			t.Fatal(err)
		}
		return c, h
	}
	bundleCID, bundleHash := seal("hostcalls", fleetPK, 1, []protocol.SecretValue{
		{Name: "api-key", Value: []byte(apiKey)},
		{Name: "dapp-secret", Requester: dapp, Value: []byte(dappSecret)},
	})
	otherCID, otherHash := seal("other-program", fleetPK, 1, []protocol.SecretValue{{Name: "api-key", Value: []byte("x")}})
	stranger, _ := crypto.GenerateKey()
	forgedRaw, forgedHash, err := protocol.SealSecretsBundle(fleetPK, 1, fleetDomain, stranger, "hostcalls", []protocol.SecretValue{{Name: "api-key", Value: []byte("x")}})
	if err != nil {
		t.Fatal(err)
	}
	forgedCID, _ := store.Add(ctx, forgedRaw)
	notHeld, _ := hpke.GenerateKeyPair(hpke.SuiteX25519, nil)
	epoch9CID, epoch9Hash := seal("hostcalls", notHeld.Public(), 9, []protocol.SecretValue{{Name: "api-key", Value: []byte("x")}})

	nonce := uint64(0)
	job := func(requester common.Address, secretsCID string, secretsHash common.Hash, user []protocol.UserSecret) api.Job {
		nonce++
		j := makeJob(nonce, m.ProgramID, cid, nil)
		j.Requester, j.Version, j.Epoch, j.Attempt = requester, 1, 1, 2
		j.User = common.BigToAddress(big.NewInt(int64(1000 + nonce)))
		j.SecretsCID, j.SecretsHash = secretsCID, secretsHash
		stdin := []byte(`{"secrets":["api-key","dapp-secret","bank-token"]}`)
		payload := stdin
		if user != nil {
			if payload, err = protocol.EncodeSecretsInput(user, stdin); err != nil {
				t.Fatal(err)
			}
		}
		if j.Input, err = protocol.EncryptInput(fleetPK, 1, j.InputBinding(), payload, nil); err != nil {
			t.Fatal(err)
		}
		return j
	}
	type seen struct {
		Job     map[string]any    `json:"job"`
		Secrets map[string]string `json:"secrets"`
	}
	run := func(j api.Job) (api.JobResult, seen) {
		t.Helper()
		res := execute(t, w, []api.Job{j})[0]
		var s seen
		if res.Signed() && res.Status == protocol.StatusOK {
			if err := json.Unmarshal(res.Output, &s); err != nil {
				t.Fatalf("output %q: %v", res.Output, err)
			}
		}
		return res, s
	}

	// Never signed, never the requester's fault (first: the worker caches a bundle it checked, by
	// hash, and a later job naming that hash gets that bundle whatever CID it names).
	for _, c := range []struct {
		name string
		cid  string
		hash common.Hash
		code string
	}{
		{"another program's bundle (its own hash)", otherCID, otherHash, api.ErrCodeSecretsInvalid},
		{"a bundle swapped under the program's hash", otherCID, bundleHash, api.ErrCodeSecretsInvalid},
		{"a bundle not signed by the author", forgedCID, forgedHash, api.ErrCodeSecretsInvalid},
		{"a bundle sealed to an epoch the worker does not hold", epoch9CID, epoch9Hash, api.ErrCodeEpochUnavailable},
		{"an unfetchable bundle", "not-a-cid", bundleHash, api.ErrCodeSecretsUnavailable},
	} {
		res, _ := run(job(dapp, c.cid, c.hash, nil))
		if res.Signed() || res.ErrorCode != c.code {
			t.Errorf("%s: signed %v code %q (%s), want unsigned %s", c.name, res.Signed(), res.ErrorCode, res.Error, c.code)
		}
	}
	// The dapp's job: the author's secrets for anyone and for this dapp, the user's token.
	res, s := run(job(dapp, bundleCID, bundleHash, []protocol.UserSecret{{Name: "bank-token", Value: []byte(userToken)}}))
	if !res.Signed() || res.Status != protocol.StatusOK || s.Secrets["api-key"] != apiKey || s.Secrets["dapp-secret"] != dappSecret ||
		s.Secrets["bank-token"] != userToken {
		t.Fatalf("dapp job: %+v, secrets %v", res, s.Secrets)
	}
	if a, _ := s.Job["attempt"].(float64); a != 2 {
		t.Fatalf("job info attempt %v, want the relayer's 2", s.Job["attempt"])
	}
	// Another requester: the secret bound to the dapp never opens for it.
	res, s = run(job(otherDapp, bundleCID, bundleHash, nil))
	if !res.Signed() || s.Secrets["api-key"] != apiKey || !strings.HasPrefix(s.Secrets["dapp-secret"], "error:") ||
		!strings.HasPrefix(s.Secrets["bank-token"], "error:") {
		t.Fatalf("other requester's job: %+v, secrets %v", res, s.Secrets)
	}
	// No bundle: no author secrets.
	if _, s = run(job(dapp, "", common.Hash{}, nil)); !strings.HasPrefix(s.Secrets["api-key"], "error:") {
		t.Fatalf("job without a bundle read %v", s.Secrets)
	}

	// A user secret named like an author secret is the requester's fault: signed bad_input.
	res, _ = run(job(dapp, bundleCID, bundleHash, []protocol.UserSecret{{Name: "api-key", Value: []byte("mine")}}))
	if !res.Signed() || res.Status != protocol.StatusBadInput {
		t.Fatalf("user secret shadowing an author secret: %+v", res)
	}

	// Nothing secret in the worker's log or metrics.
	metrics := httpGet(t, w.svc.URL()+"/metrics")
	for _, v := range []string{apiKey, dappSecret, userToken} {
		if strings.Contains(logs.String(), v) || bytes.Contains(metrics, []byte(v)) {
			t.Errorf("secret %q served in the log or metrics", v)
		}
	}
}

func startWorkerLogged(t *testing.T, kuboAPI string, logs *syncBuffer) *fleetWorker {
	t.Helper()
	dir := t.TempDir()
	svc := start(t, config(kuboAPI, dir, service.TLSOff), logs)
	c, err := client.New(svc.URL(), client.AllowSimulation())
	if err != nil {
		t.Fatal(err)
	}
	return &fleetWorker{svc: svc, c: c, dir: dir}
}

func httpGet(t *testing.T, url string) []byte {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || len(b) == 0 {
		t.Fatalf("GET %s: %d bytes, %v", url, len(b), err)
	}
	return b
}
