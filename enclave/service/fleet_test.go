package service_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
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
	diceOnce   sync.Once
	diceModule []byte
	diceErr    error
)

// dice builds the randomised test program once per test binary.
func dice(t testing.TB) []byte {
	t.Helper()
	diceOnce.Do(func() {
		var m map[string][]byte
		m, diceErr = sandboxtest.Build(t.TempDir(), "./enclave/testdata/programs/dice")
		diceModule = m["dice"]
	})
	if diceErr != nil {
		t.Fatal(diceErr)
	}
	return diceModule
}

// fleetWorker is one running worker of a fleet test.
type fleetWorker struct {
	svc *service.Service
	c   *client.Client
	dir string
}

func startWorker(t *testing.T, kuboAPI, dir string) *fleetWorker {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	svc := start(t, config(kuboAPI, dir, service.TLSOff), nil)
	c, err := client.New(svc.URL(), client.AllowSimulation())
	if err != nil {
		t.Fatal(err)
	}
	return &fleetWorker{svc: svc, c: c, dir: dir}
}

var fleetDomain = protocol.Domain{ChainID: chainID, Router: router}

// epochKey returns a suite's public key of an epoch as the worker publishes it.
func epochKey(t *testing.T, st api.FleetStatus, epoch uint32, suite hpke.Suite) *hpke.PublicKey {
	t.Helper()
	for _, e := range st.Epochs {
		if e.Epoch != epoch {
			continue
		}
		raw := e.X25519Key
		if suite == hpke.SuiteXWing {
			raw = e.XWingKey
		}
		pk, err := hpke.ParsePublicKey(suite, raw)
		if err != nil {
			t.Fatal(err)
		}
		return pk
	}
	t.Fatalf("epoch %d not in status %+v", epoch, st.Epochs)
	return nil
}

// fleetJob makes job n of epoch `epoch` with an input encrypted to inputEpoch's key.
func fleetJob(t *testing.T, st api.FleetStatus, n uint64, epoch, inputEpoch uint32, programID common.Hash, version uint32, cid string) api.Job {
	t.Helper()
	job := makeJob(n, programID, cid, nil)
	job.Epoch, job.Version = epoch, version
	job.User = common.BigToAddress(big.NewInt(int64(1000 + n)))
	job.AuthorFee = (*hexutil.Big)(big.NewInt(10))
	suite := hpke.SuiteX25519
	if n%3 == 0 {
		suite = hpke.SuiteXWing
	}
	in, err := protocol.EncryptInput(epochKey(t, st, inputEpoch, suite), inputEpoch, job.InputBinding(), []byte(fmt.Sprintf("secret %d", n)), nil)
	if err != nil {
		t.Fatal(err)
	}
	job.Input = in
	return job
}

func execute(t *testing.T, w *fleetWorker, jobs []api.Job) []api.JobResult {
	t.Helper()
	res, err := w.c.Execute(context.Background(), jobs)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// outputs runs jobs and returns their outputs, failing on any result that is not a signed OK.
func outputs(t *testing.T, w *fleetWorker, jobs []api.Job) []string {
	t.Helper()
	var out []string
	for i, r := range execute(t, w, jobs) {
		if !r.Signed() || r.Status != protocol.StatusOK {
			t.Fatalf("job %d on %s: %+v", i, w.svc.URL(), r)
		}
		out = append(out, string(r.Output))
	}
	return out
}

func publishFleetProgram(t *testing.T, kuboAPI string, st api.FleetStatus, epoch uint32, author *ecdsaKey, version uint32) (common.Hash, string) {
	t.Helper()
	blob, m, err := protocol.SealProgram(epochKey(t, st, epoch, hpke.SuiteX25519), epoch, fleetDomain, author.k, "dice", version, dice(t))
	if err != nil {
		t.Fatal(err)
	}
	pid := m.ProgramID
	cid, err := ipfs.New(kuboAPI).Add(context.Background(), blob)
	if err != nil {
		t.Fatal(err)
	}
	return pid, cid
}

type ecdsaKey struct{ k *ecdsa.PrivateKey }

func TestFleet(t *testing.T) {
	kubo := ipfstest.Start(t)
	ctx := context.Background()
	w1, w2, w3 := startWorker(t, kubo.API, ""), startWorker(t, kubo.API, ""), startWorker(t, kubo.API, "")

	// Genesis on w1; w2 and w3 join from it (the test carries the bytes, as the relayer would).
	if _, err := w2.c.FleetStatus(ctx, nil); err != nil {
		t.Fatal(err)
	}
	st1 := genesis(t, w1.c, fleetDomain)
	if st1.Current != 1 || st1.FleetID == nil {
		t.Fatalf("genesis: %+v", st1)
	}
	fid := *st1.FleetID
	again, _ := client.SignGenesisOrder(fleetDomain, testGovernor)
	if _, err := w1.c.Genesis(ctx, again); client.ErrorCode(err) != api.ErrCodeFleetExists {
		t.Fatalf("second genesis: %v", err)
	}
	for _, w := range []*fleetWorker{w2, w3} {
		st, err := client.JoinFrom(ctx, fid, w1.svc.URL(), w.svc.URL(), client.AllowSimulation())
		if err != nil || st.Current != 1 || len(st.Installed) != 1 {
			t.Fatalf("join: %+v %v", st, err)
		}
	}
	// Every worker publishes the same keys and signs the same FleetKey statement.
	var keys []string
	for _, w := range []*fleetWorker{w1, w2, w3} {
		st, err := w.c.FleetStatus(ctx, &fleetDomain)
		if err != nil || len(st.Epochs) != 1 || st.Epochs[0].Signature == nil {
			t.Fatalf("status: %+v %v", st, err)
		}
		e := st.Epochs[0]
		if e.XWingKeyHash != protocol.XWingKeyHash(e.XWingKey) {
			t.Fatal("xwingKeyHash is not keccak256(xwingKey)")
		}
		fk := protocol.FleetKey{FleetID: fid, Epoch: 1, X25519Key: [32]byte(e.X25519Key), XWingKeyHash: e.XWingKeyHash}
		signer, err := protocol.RecoverDigestSigner(fleetDomain.FleetKeyDigest(fk), protocol.Signature{R: e.Signature.R, VS: e.Signature.VS})
		id, _ := w.c.Identity(ctx)
		if err != nil || signer != id.Signer || st.Signer != id.Signer {
			t.Fatalf("statement signed by %s (%v), worker signer %s", signer, err, id.Signer)
		}
		keys = append(keys, fmt.Sprintf("%x/%x", e.X25519Key, e.XWingKeyHash))
	}
	if keys[0] != keys[1] || keys[1] != keys[2] {
		t.Fatalf("epoch 1 keys differ across workers: %v", keys)
	}

	// A randomised program published once, for the fleet; 30 jobs with encrypted inputs.
	author, _ := crypto.GenerateKey()
	pid, cid := publishFleetProgram(t, kubo.API, st1, 1, &ecdsaKey{author}, 1)
	var jobs []api.Job
	for n := uint64(1); n <= 30; n++ {
		jobs = append(jobs, fleetJob(t, st1, n, 1, 1, pid, 1, cid))
	}
	want := outputs(t, w1, jobs)
	seen := map[string]bool{}
	for i, o := range want {
		if !strings.HasPrefix(o, fmt.Sprintf("secret %d:", i+1)) {
			t.Fatalf("job %d output %q", i+1, o)
		}
		seen[o[strings.IndexByte(o, ':'):]] = true
	}
	if len(seen) != len(want) {
		t.Fatal("randomness repeats across jobs")
	}
	for _, w := range []*fleetWorker{w2, w3} {
		if got := outputs(t, w, jobs); !slicesEqual(got, want) {
			t.Fatalf("outputs differ across the fleet:\n%v\n%v", got, want)
		}
	}

	t.Run("output encrypted to the requester's key", func(t *testing.T) {
		outKey, err := hpke.GenerateKeyPair(hpke.SuiteXWing, nil)
		if err != nil {
			t.Fatal(err)
		}
		j := jobs[4]
		j.Input, err = protocol.EncryptInput(epochKey(t, st1, 1, hpke.SuiteX25519), 1, j.InputBinding(), []byte("secret 5"), outKey.Public())
		if err != nil {
			t.Fatal(err)
		}
		var plain []string
		for _, w := range []*fleetWorker{w2, w3} {
			r := execute(t, w, []api.Job{j})[0]
			if !r.Signed() || r.Status != protocol.StatusOK {
				t.Fatalf("%+v", r)
			}
			pt, err := protocol.DecryptOutput(outKey, fleetDomain, j.JobID, r.Output)
			if err != nil {
				t.Fatal(err)
			}
			plain = append(plain, string(pt))
		}
		// Another input means another commitment, so other randomness than job 5's; the same on both.
		if plain[0] != plain[1] || !strings.HasPrefix(plain[0], "secret 5:") {
			t.Fatalf("decrypted outputs %q", plain)
		}
	})
	t.Run("copied input is the requester's fault", func(t *testing.T) {
		// Job 2's ciphertext copied into a job for another user (and another requester): signed bad_input.
		for _, mut := range []func(j *api.Job){
			func(j *api.Job) { j.User = common.HexToAddress("0xbad") },
			func(j *api.Job) { j.Requester = common.HexToAddress("0xbad") },
		} {
			j := jobs[1]
			j.JobID = protocol.JobID(chainID, router, 999)
			mut(&j)
			r := execute(t, w2, []api.Job{j})[0]
			if !r.Signed() || r.Status != protocol.StatusBadInput {
				t.Fatalf("copied input: %+v", r)
			}
			// The signed output names the epoch tried and its key: the router checks it against
			// the key it records (a worker with another key of epoch 1 gets nothing paid).
			epoch, key, _, ok := protocol.ParseBadInputOutput(r.Output)
			if !ok || epoch != 1 || !bytes.Equal(key[:], st1.Epochs[0].X25519Key) {
				t.Fatalf("bad_input output %x, want epoch 1 and its X25519 key", r.Output)
			}
		}
	})
	t.Run("low-order output key is a signed bad_input before the program runs", func(t *testing.T) {
		// An all-zero X25519 output key: no output could ever be encrypted to it. It used to run
		// the program, fail to encrypt and end unsigned (a refund: free compute). Now the envelope
		// is refused when it is decoded.
		in := append([]byte{protocol.InputVersion<<4 | protocol.FlagOutputKey, 0x00, 0x20}, make([]byte, 32)...)
		in = append(in, "roll"...)
		j := jobs[2]
		j.JobID = protocol.JobID(chainID, router, 998)
		j.Input = in
		r := execute(t, w2, []api.Job{j})[0]
		if !r.Signed() || r.Status != protocol.StatusBadInput || !strings.Contains(r.Reason, "low-order") {
			t.Fatalf("zero output key: %+v", r)
		}
		if epoch, key, _, ok := protocol.ParseBadInputOutput(r.Output); !ok || epoch != 0 || key != ([32]byte{}) {
			t.Fatalf("bad_input output %x, want epoch 0 and no key", r.Output)
		}
	})
	t.Run("program of another version or program is refused unsigned", func(t *testing.T) {
		j := jobs[0]
		j.Version = 2
		r := execute(t, w2, []api.Job{j})[0]
		if r.Signed() || r.ErrorCode != api.ErrCodeProgramInvalid || !strings.Contains(r.Error, "version") {
			t.Fatalf("wrong version: %+v", r)
		}
	})
	t.Run("swapped or forged program blobs are refused unsigned", func(t *testing.T) {
		blob, err := ipfs.New(kubo.API).Fetch(ctx, cid, 1<<24)
		if err != nil {
			t.Fatal(err)
		}
		// The host swaps the code under the author's manifest and signature.
		head := 1 + protocol.ManifestSize
		digest := manifestOf(t, blob).Digest()
		env, err := hpke.Seal(epochKey(t, st1, 1, hpke.SuiteX25519), 1, hpke.PurposeProgram, digest[:], []byte("\x00asm other code"), nil)
		if err != nil {
			t.Fatal(err)
		}
		swapped := append(bytes.Clone(blob[:head]), env...)
		// Someone else signs a manifest for the author's programId.
		forged := bytes.Clone(blob)
		mallory, _ := crypto.GenerateKey()
		sig, _ := crypto.Sign(digest[:], mallory)
		sig[64] += 27
		copy(forged[1+protocol.ManifestSize-65:], sig)
		for want, b := range map[string][]byte{"module": swapped, "manifest": forged} {
			c, err := ipfs.New(kubo.API).Add(ctx, b)
			if err != nil {
				t.Fatal(err)
			}
			j := jobs[0]
			j.ProgramCID = c
			r := execute(t, w2, []api.Job{j})[0]
			if r.Signed() || r.ErrorCode != api.ErrCodeProgramInvalid || !strings.Contains(r.Error, want) {
				t.Fatalf("want a %q refusal: %+v", want, r)
			}
		}
	})
	t.Run("a worker outside the fleet does not sign", func(t *testing.T) {
		outsider := startWorker(t, kubo.API, "")
		r := execute(t, outsider, jobs[:1])[0]
		if r.Signed() || r.ErrorCode != api.ErrCodeEpochUnavailable {
			t.Fatalf("outsider: %+v", r)
		}
	})

	// Failover: the genesis worker dies with its data directory; the others still serve, and a
	// fourth joins from a survivor.
	if err := w1.svc.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(w1.dir); err != nil {
		t.Fatal(err)
	}
	if got := outputs(t, w3, jobs); !slicesEqual(got, want) {
		t.Fatal("survivor outputs differ")
	}
	w4 := startWorker(t, kubo.API, "")
	if _, err := client.JoinFrom(ctx, fid, w2.svc.URL(), w4.svc.URL(), client.AllowSimulation()); err != nil {
		t.Fatal(err)
	}
	if got := outputs(t, w4, jobs); !slicesEqual(got, want) {
		t.Fatal("late joiner outputs differ")
	}

	// Rotation while epoch-1 jobs are open: w3 creates epoch 2, the others catch up by joining
	// again; new jobs use epoch 2, the open epoch-1 jobs still complete identically.
	order := rotateOrder(t, w3.c, fleetDomain, 2)
	if _, err := w2.c.Rotate(ctx, order); client.ErrorCode(err) != api.ErrCodeNotCreator {
		t.Fatalf("w3's rotation order on w2: %v, want %s", err, api.ErrCodeNotCreator)
	}
	st2, err := w3.c.Rotate(ctx, order)
	if err != nil || st2.Current != 2 {
		t.Fatalf("rotate: %+v %v", st2, err)
	}
	if again, err := w3.c.Rotate(ctx, order); err != nil || again.Epochs[1].XWingKeyHash != st2.Epochs[1].XWingKeyHash {
		t.Fatalf("the same rotation order again: %v (must return the same keys)", err)
	}
	for _, w := range []*fleetWorker{w2, w4} {
		st, err := client.JoinFrom(ctx, fid, w3.svc.URL(), w.svc.URL(), client.AllowSimulation())
		if err != nil || st.Current != 2 || len(st.Installed) != 1 || st.Installed[0] != 2 {
			t.Fatalf("catch-up join: %+v %v", st, err)
		}
	}
	pid2, cid2 := publishFleetProgram(t, kubo.API, st2, 2, &ecdsaKey{author}, 2) // version 2, sealed to epoch 2
	if pid2 != pid {
		t.Fatal("programId changed across versions")
	}
	var jobs2 []api.Job
	for n := uint64(101); n <= 110; n++ {
		jobs2 = append(jobs2, fleetJob(t, st2, n, 2, 2, pid, 2, cid2))
	}
	want2 := outputs(t, w2, jobs2)
	for _, w := range []*fleetWorker{w3, w4} {
		if got := outputs(t, w, jobs2); !slicesEqual(got, want2) {
			t.Fatal("epoch-2 outputs differ across the fleet")
		}
		if got := outputs(t, w, jobs); !slicesEqual(got, want) {
			t.Fatal("open epoch-1 jobs changed after rotation")
		}
	}

	t.Run("metrics", func(t *testing.T) {
		resp, err := http.Get(w3.svc.URL() + api.PathMetrics)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, want := range []string{"teeoracle_worker_fleet_current_epoch 2", "teeoracle_worker_fleet_epochs_held 2"} {
			if !strings.Contains(string(body), want) {
				t.Errorf("metrics lack %q", want)
			}
		}
	})

	// Retirement: epoch 1 is deleted on every worker; an epoch-1 ciphertext (input or program)
	// then gets epoch_unavailable, unsigned: the requester gets a refund path, not a paid failure.
	if _, err := w2.c.Retire(ctx, retireOrder(t, w2.c, fleetDomain, 2)); client.ErrorCode(err) != api.ErrCodeBadEpoch {
		t.Fatalf("retiring the current epoch: %v", err)
	}
	unsigned := retireOrder(t, w2.c, fleetDomain, 1)
	unsigned.Signature = nil
	if _, err := w2.c.Retire(ctx, unsigned); client.ErrorCode(err) != api.ErrCodeBadOrder {
		t.Fatalf("an unsigned retirement: %v", err)
	}
	for _, w := range []*fleetWorker{w2, w3, w4} {
		if _, err := w.c.Retire(ctx, retireOrder(t, w.c, fleetDomain, 1)); err != nil {
			t.Fatal(err)
		}
	}
	epoch1Input := fleetJob(t, st1, 201, 2, 1, pid, 2, cid2)
	for _, w := range []*fleetWorker{w2, w3, w4} {
		for name, j := range map[string]api.Job{"epoch-1 job": jobs[0], "epoch-1 input": epoch1Input} {
			r := execute(t, w, []api.Job{j})[0]
			if r.Signed() || r.ErrorCode != api.ErrCodeEpochUnavailable || !strings.Contains(r.Error, "retired") {
				t.Fatalf("%s after retirement: %+v", name, r)
			}
		}
	}
	if got := outputs(t, w4, jobs2); !slicesEqual(got, want2) {
		t.Fatal("epoch-2 jobs broken by retiring epoch 1")
	}

	// The sealed state survives a restart; a replayed join response is refused.
	if err := w4.svc.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	w4b := startWorker(t, kubo.API, w4.dir)
	st, err := w4b.c.FleetStatus(ctx, nil)
	if err != nil || st.Current != 2 || len(st.Epochs) != 1 || len(st.Retired) != 1 || st.Retired[0] != 1 {
		t.Fatalf("after restart: %+v %v", st, err)
	}
	if got := outputs(t, w4b, jobs2); !slicesEqual(got, want2) {
		t.Fatal("restarted worker outputs differ")
	}
	req, err := w4b.c.JoinRequest(ctx, [32]byte{})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := w2.c.Offer(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w4b.c.Accept(ctx, resp); err != nil {
		t.Fatal(err)
	}
	_, err = w4b.c.Accept(ctx, resp)
	if client.ErrorCode(err) != api.ErrCodeJoinMismatch || !strings.Contains(err.Error(), "replayed") {
		t.Fatalf("replayed response: %v", err)
	}
	// A response made for another joiner (w3's attempt) is refused by w4b.
	req3, _ := w3.c.JoinRequest(ctx, [32]byte{})
	resp3, err := w2.c.Offer(ctx, req3)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w4b.c.Accept(ctx, resp3); client.ErrorCode(err) != api.ErrCodeJoinMismatch || !errors.Is(err, client.ErrHTTP) {
		t.Fatalf("swapped response: %v", err)
	}
}

// manifestOf parses a blob's manifest (through the shared opener's error-free path: the blob's
// own fields, read by offset as protocol/program.go documents them).
func manifestOf(t *testing.T, blob []byte) protocol.ProgramManifest {
	t.Helper()
	return protocol.ProgramManifest{
		ChainID: new(big.Int).SetBytes(blob[1:33]), Router: common.BytesToAddress(blob[33:53]),
		ProgramID: [32]byte(blob[53:85]), Author: common.BytesToAddress(blob[85:105]), NameHash: [32]byte(blob[105:137]),
		Version: uint32(blob[137])<<24 | uint32(blob[138])<<16 | uint32(blob[139])<<8 | uint32(blob[140]), CodeHash: [32]byte(blob[141:173]),
	}
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal([]byte(a[i]), []byte(b[i])) {
			return false
		}
	}
	return true
}
