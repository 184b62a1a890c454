// Package e2e_test runs the whole TEE oracle as `make demo` and `make up` do (package e2e/stack):
// anvil with 1-second blocks, a throwaway Postgres, an offline Kubo, two enclave workers
// (simulation mode) in one fleet and the relayer as real processes, the contracts deployed, the
// enclaves registered with `relayer enclave register`, the fleet created and joined with `relayer
// fleet`, the art program published once to the fleet key with `teeo program publish` and
// restricted to the minter. On that one stack, started in TestMain and stopped after the last test:
//
//   - TestDemoPath mints NFTs with sealed inputs and follows each from the request to the art on IPFS,
//   - TestRestrictedProgram: a stranger's direct request is refused on-chain, the minter is served,
//   - TestProgramUpgrade: v2 of a program reaches a following dapp without a redeployment while a
//     pinned dapp keeps v1,
//   - TestWebPage clicks Mint on the dapp's page in headless Chromium,
//   - TestDashboards runs every Grafana panel query and the alert rules on a real Prometheus.
//
// TEEO_E2E_STACK=.tmp/stack runs the tests against a stack started by `make up` instead.
package e2e_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/e2e/stack"
	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/internal/devkeys"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

var (
	st      *stack.Stack
	artWasm []byte
)

func TestMain(m *testing.M) { os.Exit(runMain(m)) }

func runMain(m *testing.M) int {
	flag.Parse()
	if f := flag.Lookup("test.run"); f != nil && f.Value.String() == "^$" {
		return m.Run() // benchmarks only (scripts/bench.sh): no stack needed
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	root, err := stack.RepoRoot()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	tmp, err := os.MkdirTemp("", "teeoracle-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(tmp)
	t0 := time.Now()
	bins, err := stack.Build(ctx, root, filepath.Join(tmp, "bin"))
	if err == nil {
		err = stack.BuildWeb(ctx, root)
	}
	if err == nil {
		_, err = exec.CommandContext(ctx, filepath.Join(root, "scripts", "chromium.sh")).Output()
	}
	var promBin string
	if err == nil {
		var out []byte
		out, err = exec.CommandContext(ctx, filepath.Join(root, "scripts", "prometheus.sh")).Output()
		promBin = filepath.Join(strings.TrimSpace(string(out)), "prometheus")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: build and tools:", err)
		return 1
	}
	if artWasm, err = os.ReadFile(bins.ArtWasm); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "e2e: built and installed in %.1f s\n", time.Since(t0).Seconds())
	if dir := os.Getenv("TEEO_E2E_STACK"); dir != "" {
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(root, dir)
		}
		st, err = stack.Attach(ctx, root, dir)
	} else {
		st, err = stack.Start(ctx, stack.Config{Root: root, Dir: filepath.Join(tmp, "stack"), Bins: bins, Out: os.Stderr,
			Web: true, Prometheus: true, PrometheusBin: promBin})
	}
	if st != nil {
		defer st.Stop()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: stack:", err)
		return 1
	}
	code := m.Run()
	if code != 0 {
		fmt.Fprintf(os.Stderr, "e2e: logs of the stack: %s/logs (removed on exit; set TEEO_E2E_KEEP=1 to keep)\n", st.Dir())
		if os.Getenv("TEEO_E2E_KEEP") != "" {
			keep := filepath.Join(root, ".tmp", "e2e-failed-"+time.Now().Format("150405"))
			_ = os.MkdirAll(filepath.Dir(keep), 0o755)
			_ = exec.Command("cp", "-r", filepath.Join(st.Dir(), "logs"), keep).Run()
			fmt.Fprintln(os.Stderr, "e2e: logs copied to", keep)
		}
	}
	return code
}

func testCtx(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// TestDemoPath is the demo's path with every claim checked: N mints, each with the art program's
// input sealed to the fleet key by the collector, become N jobs; the relayer dispatches them to
// either worker, whose enclave opens the input, runs the secret program (published once, sealed to
// the same fleet key) and stores the art on IPFS; the signed CIDs settle on-chain and mint the
// tokens; each tokenURI resolves through IPFS to the art that program makes for exactly that
// job's input; the artist earns the sale and the author fee.
func TestDemoPath(t *testing.T) {
	ctx := testCtx(t, 4*time.Minute)
	const n = 3
	minter := bindings.NewArtMinter()
	mi := minter.Instance(st.Client, st.Info.Minter)
	r := bindings.NewJobRouter()
	ri := r.Instance(st.Client, st.Info.Router)
	call := &bind.CallOpts{Context: ctx}
	artist := st.Info.Artist
	creditsBefore, err := bind.Call(mi, call, minter.PackCredits(artist), minter.UnpackCredits)
	if err != nil {
		t.Fatal(err)
	}
	programBefore, err := bind.Call(ri, call, r.PackProgram(st.Info.ProgramID), r.UnpackProgram)
	if err != nil {
		t.Fatal(err)
	}

	mints, err := st.MintTokens(ctx, stack.AcctCollector, n)
	if err != nil {
		t.Fatal(err)
	}
	tokens, err := st.WaitTokens(ctx, mints, 3*time.Minute)
	if err != nil {
		t.Fatal(err)
	}

	// The art program, run here on each job's exact input, must give exactly the art on IPFS.
	sb, err := sandbox.New(ctx, sandbox.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer sb.Close(context.Background())
	codeHash := protocol.CodeHash(artWasm)
	collector := devkeys.Address(stack.AcctCollector)
	signers := st.Info.Signers()
	seen := map[string]bool{}
	suites := map[hpke.Suite]int{}
	for _, tok := range tokens {
		id := tok.TokenID.String()
		if tok.State != stack.TokenMinted || tok.Status != uint8(protocol.StatusOKCID) {
			t.Fatalf("token %s: state %d status %d, want minted with ok_cid", id, tok.State, tok.Status)
		}
		if _, ok := signers[tok.Enclave]; !ok {
			t.Errorf("token %s: signed by %s, not one of the stack's enclaves %v", id, tok.Enclave, signers)
		}
		if tok.Owner != collector {
			t.Errorf("token %s owned by %s, want the collector %s", id, tok.Owner, collector)
		}
		if want := "TEE Oracle Art #" + id; tok.Metadata.Name != want {
			t.Errorf("token %s: name %q, want %q", id, tok.Metadata.Name, want)
		}
		if tok.Metadata.Image != "ipfs://"+tok.CID {
			t.Errorf("token %s: image %q, art CID %s", id, tok.Metadata.Image, tok.CID)
		}
		traits := map[string]string{}
		for _, a := range tok.Metadata.Attributes {
			traits[a.TraitType] = a.Value
		}
		if traits["job"] != tok.JobID.Hex() || traits["program"] != st.Info.ProgramID.Hex() {
			t.Errorf("token %s: traits %v, want job %s program %s", id, traits, tok.JobID.Hex(), st.Info.ProgramID.Hex())
		}
		if len(tok.Art) <= 4<<10 || len(tok.Art) >= 16<<10 {
			t.Errorf("token %s: art of %d bytes, want between the 4 KiB CID threshold and 16 KiB", id, len(tok.Art))
		}
		var doc struct{ XMLName xml.Name }
		if err := xml.Unmarshal(tok.Art, &doc); err != nil || doc.XMLName.Local != "svg" {
			t.Errorf("token %s: art is not an SVG document (%v, root %v)", id, err, doc.XMLName)
		}
		// The input on-chain is a ciphertext to the current fleet epoch; the request committed to
		// that epoch and to the program's current version.
		if !tok.Sealed {
			t.Errorf("token %s: the mint's input is not sealed", id)
		} else {
			epoch, encrypted, err := protocol.InputEpoch(tok.Input)
			if err != nil || !encrypted || epoch != st.Info.FleetEpoch {
				t.Errorf("token %s: input epoch %d encrypted %t (%v), want sealed to epoch %d", id, epoch, encrypted, err, st.Info.FleetEpoch)
			}
			if in, err := protocol.DecodeInput(tok.Input); err == nil {
				if suite, _, err := in.Epoch(); err == nil {
					suites[suite]++
				}
			}
			if bytes.Contains(tok.Input, []byte(`"tokenId"`)) {
				t.Errorf("token %s: the job input on-chain shows the plaintext", id)
			}
		}
		if tok.Epoch != st.Info.FleetEpoch {
			t.Errorf("token %s: request committed to epoch %d, the router's current is %d", id, tok.Epoch, st.Info.FleetEpoch)
		}
		if tok.Version != st.Info.ProgramVersion {
			t.Errorf("token %s: request committed to version %d, the art program's current is %d", id, tok.Version, st.Info.ProgramVersion)
		}
		var in struct {
			TokenID json.Number `json:"tokenId"`
			Owner   string      `json:"owner"`
			Seed    string      `json:"seed"`
		}
		if err := json.Unmarshal(tok.Payload, &in); err != nil || in.TokenID.String() != id ||
			!strings.EqualFold(in.Owner, collector.Hex()) || len(in.Seed) != 66 {
			t.Errorf("token %s: input payload %s (%v)", id, tok.Payload, err)
		}
		// The art mixes in the job's randomness (derived in the enclave from the job id and
		// commitment; issue 18: a copy of a token's input in another job makes other art), so a
		// local run cannot reproduce it; it makes an image of the same token, and the art on IPFS
		// is an SVG titled for the token the job was for.
		out, err := sb.Run(ctx, codeHash, func(context.Context) ([]byte, error) { return artWasm, nil }, tok.Payload, [32]byte{})
		if err != nil || out.Status != protocol.StatusOK {
			t.Fatalf("token %s: local run: %v %s %s", id, err, out.Status, out.Stderr)
		}
		title := []byte("<title>Token #" + id + "</title>")
		if !bytes.Contains(out.Output, title) || !bytes.Contains(tok.Art, title) || !bytes.HasPrefix(tok.Art, out.Output[:5]) {
			t.Errorf("token %s: the art on IPFS is not an image of the program for the job's token", id)
		}
		if bytes.Equal(out.Output, tok.Art) {
			t.Errorf("token %s: the art ignores the job's randomness", id)
		}
		if seen[tok.CID] {
			t.Errorf("token %s: art CID %s repeats", id, tok.CID)
		}
		seen[tok.CID] = true
		checkFulfilled(t, ctx, tok.JobID, tok.Block)
		checkRelayerJob(t, ctx, tok.JobID, tok.Enclave)
	}

	// Both suites carried inputs: the post-quantum X-Wing key the router records works as well.
	if suites[hpke.SuiteX25519] != 2 || suites[hpke.SuiteXWing] != 1 {
		t.Errorf("inputs by suite %v, want 2 x25519 and 1 xwing", suites)
	}

	// Money: the artist earned the sale part of each mint (minter credits) and the author fee of
	// each job (program earnings); the enclaves' payee the rest of the fee.
	price, _ := new(big.Int).SetString(st.Info.Price, 10)
	fee, _ := new(big.Int).SetString(st.Info.JobFee, 10)
	creditsAfter, err := bind.Call(mi, call, minter.PackCredits(artist), minter.UnpackCredits)
	if err != nil {
		t.Fatal(err)
	}
	// Each mint paid the oracle the router's quote in its block (at most the cap, st.Info.JobFee):
	// the artist got the rest of each price.
	want := new(big.Int)
	for _, tok := range tokens {
		info, err := bind.Call(mi, call, minter.PackTokenInfo(tok.TokenID), minter.UnpackTokenInfo)
		if err != nil {
			t.Fatal(err)
		}
		if info.JobFee.Cmp(fee) > 0 {
			t.Errorf("token %s: the mint paid the oracle %s wei, above the cap %s", tok.TokenID, info.JobFee, fee)
		}
		want.Add(want, new(big.Int).Sub(price, info.JobFee))
	}
	if got := new(big.Int).Sub(creditsAfter, creditsBefore); got.Cmp(want) != 0 {
		t.Errorf("artist credited %s wei for %d mints, want %s", got, n, want)
	}
	programAfter, err := bind.Call(ri, call, r.PackProgram(st.Info.ProgramID), r.UnpackProgram)
	if err != nil {
		t.Fatal(err)
	}
	wantFees := new(big.Int).Mul(big.NewInt(n), stack.ArtAuthorFee)
	if got := new(big.Int).Sub(programAfter.Earnings, programBefore.Earnings); got.Cmp(wantFees) != 0 {
		t.Errorf("art program earned %s wei in author fees for %d jobs, want %s", got, n, wantFees)
	}

	// The program was published once: version 1's record names a blob on IPFS that is the
	// module sealed to the fleet epoch, under the artist's signed manifest, not the module.
	ver, err := bind.Call(ri, call, r.PackVersionOf(st.Info.ProgramID, st.Info.ProgramVersion), r.UnpackVersionOf)
	if err != nil || ver.Cid != st.Info.ProgramCID || ver.CodeHash != codeHash {
		t.Fatalf("versionOf(%d) = %+v (%v), published cid %s code hash %x", st.Info.ProgramVersion, ver, err, st.Info.ProgramCID, codeHash)
	}
	blob := ipfsCat(t, ctx, ver.Cid)
	if bytes.Contains(blob, []byte("\x00asm")) {
		t.Error("the published program blob contains the plaintext module")
	}
	pb, err := protocol.ParseProgramBlob(blob)
	if err != nil {
		t.Fatal(err)
	}
	if pb.Manifest.Author != artist || pb.Manifest.ProgramID != [32]byte(st.Info.ProgramID) || pb.Manifest.Version != st.Info.ProgramVersion || pb.Manifest.CodeHash != codeHash {
		t.Errorf("published manifest %+v, want the artist's art program v%d", pb.Manifest, st.Info.ProgramVersion)
	}
	if e, err := protocol.ProgramEpoch(blob); err != nil || e != st.Info.FleetEpoch {
		t.Errorf("program sealed to epoch %d (%v), want the fleet epoch %d", e, err, st.Info.FleetEpoch)
	}
}

// TestCopiedSealedInput: a sealed input is bound to the user its collector named. The same bytes,
// copied from the chain and sent by another account through the same dapp, open in no enclave: the
// job is signed bad_input (the copier's loss: the token fails) while the original mint succeeds.
func TestCopiedSealedInput(t *testing.T) {
	ctx := testCtx(t, 3*time.Minute)
	mints, err := st.MintTokens(ctx, stack.AcctCollector, 1)
	if err != nil {
		t.Fatal(err)
	}
	copier, err := st.NewAccount(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	copied, err := st.MintSealedInput(ctx, copier, mints[0].Input)
	if err != nil {
		t.Fatal(err)
	}
	tokens, err := st.WaitTokens(ctx, append(mints, copied), 2*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if tokens[0].State != stack.TokenMinted {
		t.Errorf("original mint: state %d status %d", tokens[0].State, tokens[0].Status)
	}
	if tokens[1].State != stack.TokenFailed || tokens[1].Status != uint8(protocol.StatusBadInput) {
		t.Errorf("copied input: state %d status %d, want failed with bad_input (%d)", tokens[1].State, tokens[1].Status, protocol.StatusBadInput)
	}
	if _, ok := st.Info.Signers()[tokens[1].Enclave]; !ok {
		t.Errorf("copied input: failure signed by %s, not by one of the stack's enclaves", tokens[1].Enclave)
	}
}

// TestRestrictedProgram: the art program is restricted to the minter, so a stranger calling the
// router directly with its id (paying the quoted fee) is refused on-chain with the router's custom
// error, while the minter's requests are served (TestDemoPath).
func TestRestrictedProgram(t *testing.T) {
	ctx := testCtx(t, 2*time.Minute)
	strangerKey, err := st.NewAccount(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	stranger := crypto.PubkeyToAddress(strangerKey.PublicKey)
	tx, refusal, err := st.DirectRequest(ctx, strangerKey)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("RequesterNotAllowed(%s, %s)", st.Info.ProgramID.Hex(), stranger.Hex())
	if !strings.EqualFold(refusal, want) {
		t.Errorf("direct request %s refused with %q, want %q", tx, refusal, want)
	}
	r := bindings.NewJobRouter()
	allowed, err := bind.Call(r.Instance(st.Client, st.Info.Router), &bind.CallOpts{Context: ctx},
		r.PackIsAllowed(st.Info.ProgramID, st.Info.Minter), r.UnpackIsAllowed)
	if err != nil || !allowed {
		t.Errorf("the minter is not on the art program's allowlist (%v)", err)
	}
	mints, err := st.MintTokensPlain(ctx, stack.AcctCollector, 1)
	if err != nil {
		t.Fatal(err)
	}
	tokens, err := st.WaitTokens(ctx, mints, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if tokens[0].State != stack.TokenMinted {
		t.Errorf("the allowed minter's request: token state %d status %d", tokens[0].State, tokens[0].Status)
	}

	// The artist withdraws the author fees the program earned (to a fresh address, so its balance
	// is exactly what was paid).
	p, err := bind.Call(r.Instance(st.Client, st.Info.Router), &bind.CallOpts{Context: ctx}, r.PackProgram(st.Info.ProgramID), r.UnpackProgram)
	if err != nil || p.Earnings.Cmp(stack.ArtAuthorFee) < 0 {
		t.Fatalf("art program earnings %v (%v), want at least one author fee", p.Earnings, err)
	}
	to := common.BytesToAddress(crypto.Keccak256([]byte(time.Now().String()))[:20])
	kv, err := st.Program(ctx, "withdraw", "--name", stack.ArtProgram, "--to", to.Hex())
	if err != nil {
		t.Fatal(err)
	}
	bal, err := st.Client.BalanceAt(ctx, to, nil)
	if err != nil || kv["amount_wei"] != p.Earnings.String() || bal.Cmp(p.Earnings) != 0 || kv["tx"] == "" {
		t.Errorf("withdraw: %v; %s holds %v (%v), the program had earned %s", kv, to, bal, err, p.Earnings)
	}
}

// checkFulfilled finds the router's JobFulfilled event of a job: ok_cid, callback ok, signed by
// one of the stack's registered enclaves.
func checkFulfilled(t *testing.T, ctx context.Context, jobID common.Hash, from uint64) {
	t.Helper()
	logs, err := st.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{st.Info.Router}, Topics: [][]common.Hash{nil, {jobID}}})
	if err != nil {
		t.Fatal(err)
	}
	r := bindings.NewJobRouter()
	for i := range logs {
		if ev, err := r.UnpackJobFulfilledEvent(&logs[i]); err == nil {
			if _, ours := st.Info.Signers()[ev.Enclave]; ev.Status != uint8(protocol.StatusOKCID) || !ev.CallbackOk || !ours {
				t.Errorf("job %s: JobFulfilled status %d callbackOk %t enclave %s", jobID, ev.Status, ev.CallbackOk, ev.Enclave)
			}
			return
		}
	}
	t.Errorf("job %s: no JobFulfilled event", jobID)
}

// checkRelayerJob waits for the relayer's job API to report the job confirmed with its result,
// signed by `signer`.
func checkRelayerJob(t *testing.T, ctx context.Context, jobID common.Hash, signer common.Address) {
	t.Helper()
	var j struct {
		State  string `json:"state"`
		Result *struct {
			StatusName string         `json:"statusName"`
			Signer     common.Address `json:"signer"`
		} `json:"result"`
		Transactions []struct {
			State string `json:"state"`
		} `json:"transactions"`
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		getJSON(t, ctx, st.Info.RelayerURL+"/v1/jobs/"+jobID.Hex(), &j)
		if j.State == "confirmed" || time.Now().After(deadline) {
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	if j.State != "confirmed" || j.Result == nil || j.Result.StatusName != "ok_cid" || j.Result.Signer != signer || len(j.Transactions) == 0 {
		t.Errorf("relayer job %s: %+v", jobID, j)
	}
}

func getJSON(t *testing.T, ctx context.Context, url string, v any) {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

func ipfsCat(t *testing.T, ctx context.Context, cid string) []byte {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+st.Info.IPFSAPI+"/api/v0/cat?arg="+cid, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(resp.Body); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("ipfs cat %s: %s %v", cid, resp.Status, err)
	}
	return b.Bytes()
}

// TestWebPage mints from the dapp's page in real headless Chromium: click Mint, follow the job,
// see the art. The page's report is then checked against the chain.
func TestWebPage(t *testing.T) {
	ctx := testCtx(t, 4*time.Minute)
	if st.Info.WebURL == "" {
		t.Fatal("the stack serves no web page")
	}
	shot := filepath.Join(t.TempDir(), "page.png")
	cmd := exec.CommandContext(ctx, "node", filepath.Join("examples", "nft", "web", "test", "browser.mjs"), st.Info.WebURL, shot)
	cmd.Dir = st.Root()
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var rep struct {
		OK               bool   `json:"ok"`
		State            string `json:"state"`
		JobID            string `json:"jobId"`
		TokenID          string `json:"tokenId"`
		Image            string `json:"image"`
		Src              string `json:"src"`
		NaturalWidth     int    `json:"naturalWidth"`
		SimulationBanner bool   `json:"simulationBanner"`
		States           []struct {
			State string `json:"state"`
		} `json:"states"`
		Refusals map[string]struct {
			State string `json:"state"`
			Text  string `json:"text"`
		} `json:"refusals"`
		PageErrors []string `json:"pageErrors"`
		Error      string   `json:"error"`
		Seconds    float64  `json:"seconds"`
	}
	if jerr := json.Unmarshal(bytes.TrimSpace(out), &rep); jerr != nil || err != nil || !rep.OK {
		t.Fatalf("browser test: %v / %v\nreport: %s\nbrowser log:\n%s", err, jerr, out, stderr.String())
	}
	t.Logf("minted token #%s from the page in %.1f s (art %dpx wide)", rep.TokenID, rep.Seconds, rep.NaturalWidth)
	if !rep.SimulationBanner {
		t.Error("the page does not warn about simulation mode")
	}
	// The page went through the job's life in order: sealed in the browser with the SDK, requested,
	// settled, delivered, the art checked against the signed CID, shown.
	want := []string{"sealing", "sealed", "sending", "requested", "fulfilled", "delivered", "verified", "art-loaded"}
	i := 0
	for _, s := range rep.States {
		if i < len(want) && s.State == want[i] {
			i++
		}
	}
	if i != len(want) {
		t.Errorf("page states %+v, want %v in order", rep.States, want)
	}
	// What the page showed is what the chain says.
	tokenID, ok := new(big.Int).SetString(rep.TokenID, 10)
	if !ok {
		t.Fatalf("token id %q", rep.TokenID)
	}
	minter := bindings.NewArtMinter()
	mi := minter.Instance(st.Client, st.Info.Minter)
	call := &bind.CallOpts{Context: ctx}
	owner, err := bind.Call(mi, call, minter.PackOwnerOf(tokenID), minter.UnpackOwnerOf)
	if err != nil || owner != devkeys.Address(stack.AcctWebUser) {
		t.Errorf("token %s owner %s (%v), want the page's account %s", tokenID, owner, err, devkeys.Address(stack.AcctWebUser))
	}
	cid, err := bind.Call(mi, call, minter.PackArtCid(tokenID), minter.UnpackArtCid)
	if err != nil || rep.Image != "ipfs://"+cid || rep.Src != stack.GatewayURL(st.Info.IPFSGateway, cid) {
		t.Errorf("page showed %s from %s, token's art is %s (%v)", rep.Image, rep.Src, cid, err)
	}
	info, err := bind.Call(mi, call, minter.PackTokenInfo(tokenID), minter.UnpackTokenInfo)
	if err != nil || common.Hash(info.JobId).Hex() != rep.JobID {
		t.Errorf("page showed job %s, token's job is %x (%v)", rep.JobID, info.JobId, err)
	}
	if _, err := os.Stat(shot); err != nil {
		t.Errorf("no screenshot: %v", err)
	}
	// The refusals, decoded by name by the SDK.
	for id, name := range map[string]string{"underpay": "WrongPrice", "direct": "RequesterNotAllowed"} {
		if r := rep.Refusals[id]; r.State != "refused" || !strings.Contains(r.Text, name) {
			t.Errorf("refused path %s: %+v, want state refused naming %s", id, r, name)
		}
	}
	// The page's input went on-chain sealed (the page sealed it with the SDK), naming its account.
	logs, err := st.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(st.Info.StartBlock),
		Addresses: []common.Address{st.Info.Router}, Topics: [][]common.Hash{nil, {common.Hash(info.JobId)}}})
	if err != nil {
		t.Fatal(err)
	}
	sealed := false
	r := bindings.NewJobRouter()
	for i := range logs {
		if ev, err := r.UnpackJobRequestedEvent(&logs[i]); err == nil {
			in, err := protocol.DecodeInput(ev.Input)
			sealed = err == nil && in.Encrypted && ev.User == devkeys.Address(stack.AcctWebUser)
		}
	}
	if !sealed {
		t.Errorf("job %s: no JobRequested with a sealed input for the page's account", rep.JobID)
	}
}

// TestProgramUpgrade: an author publishes v1 of an open program; two dapps use it, one following
// the current version, one pinned to v1. The author publishes v2 (no dapp is redeployed): the
// following dapp's next job runs v2, the pinned dapp's still runs v1. Then the author retires v1:
// the pinned dapp's request is refused on-chain, the following one is still served.
func TestProgramUpgrade(t *testing.T) {
	ctx := testCtx(t, 4*time.Minute)
	dir := t.TempDir()
	v1 := buildWasm(t, ctx, "./enclave/testdata/programs/upper", filepath.Join(dir, "upper.wasm"))
	v2 := buildWasm(t, ctx, "./enclave/testdata/programs/dice", filepath.Join(dir, "dice.wasm"))
	name := "upgrade-" + time.Now().Format("150405.000") // unique on a kept `make up` stack too

	kv, err := st.Program(ctx, "publish", "--name", name, "--wasm", v1, "--ipfs-api", st.Info.IPFSAPI)
	if err != nil {
		t.Fatal(err)
	}
	programID := common.HexToHash(kv["program_id"])
	if kv["version"] != "1" || programID != common.Hash(protocol.ProgramIDOf(st.Info.Artist, name)) {
		t.Fatalf("publish v1: %v", kv)
	}
	dapp, err := st.NewAccount(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	follow, err := deploy.EchoConsumer(ctx, st.Client, st.TransactorFor(dapp), st.Info.Router, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	pinned, err := deploy.EchoConsumer(ctx, st.Client, st.TransactorFor(dapp), st.Info.Router, false, nil)
	if err != nil {
		t.Fatal(err)
	}

	// Both run v1.
	j1 := echoRequest(t, ctx, dapp, follow, programID, 0)
	j2 := echoRequest(t, ctx, dapp, pinned, programID, 1)
	for _, j := range []echoJob{j1, j2} {
		if j.version != 1 {
			t.Errorf("request committed to version %d before the upgrade, want 1", j.version)
		}
		if out := echoResult(t, ctx, j); out != "HELLO" {
			t.Errorf("v1 output %q, want HELLO", out)
		}
	}

	// v2 is published; nobody redeploys.
	if kv, err = st.Program(ctx, "publish", "--name", name, "--wasm", v2, "--ipfs-api", st.Info.IPFSAPI); err != nil {
		t.Fatal(err)
	}
	if kv["version"] != "2" || common.HexToHash(kv["program_id"]) != programID {
		t.Fatalf("publish v2: %v", kv)
	}
	j3 := echoRequest(t, ctx, dapp, follow, programID, 0)
	j4 := echoRequest(t, ctx, dapp, pinned, programID, 1)
	if j3.version != 2 || j4.version != 1 {
		t.Errorf("after the upgrade: following dapp committed to v%d (want 2), pinned to v%d (want 1)", j3.version, j4.version)
	}
	if out := echoResult(t, ctx, j3); !strings.HasPrefix(out, "hello:") || len(out) != len("hello:")+32 {
		t.Errorf("following dapp after the upgrade got %q, want v2's hello:<16 random bytes>", out)
	}
	if out := echoResult(t, ctx, j4); out != "HELLO" {
		t.Errorf("pinned dapp after the upgrade got %q, want v1's HELLO", out)
	}

	// v1 retired: the pinned dapp is refused on-chain, the following one still served.
	if _, err := st.Program(ctx, "retire", "--name", name, "--below", "2"); err != nil {
		t.Fatal(err)
	}
	e := bindings.NewEchoConsumer()
	opts := st.TransactorFor(dapp)
	opts.Context, opts.Value = ctx, quote(t, ctx, programID)
	_, err = bind.Transact(e.Instance(st.Client, pinned), opts, e.PackRequest(programID, 1, protocol.PlainInput([]byte("hello"), nil), echoGas, stack.ArtTTL))
	if err == nil || !strings.HasPrefix(stack.DescribeRevert(err), "VersionUnavailable(") {
		t.Errorf("pinned request for a retired version: %v (%s), want VersionUnavailable", err, describe(err))
	}
	if j := echoRequest(t, ctx, dapp, follow, programID, 0); j.version != 2 {
		t.Errorf("following dapp after the retirement committed to v%d", j.version)
	}
}

const echoGas = 200_000

type echoJob struct {
	consumer common.Address
	jobID    common.Hash
	version  uint32
	block    uint64
}

func describe(err error) string {
	if err == nil {
		return "accepted"
	}
	return stack.DescribeRevert(err)
}

func quote(t *testing.T, ctx context.Context, programID common.Hash) *big.Int {
	t.Helper()
	fee, err := deploy.QuoteFee(ctx, st.Client, st.Info.Router, programID, echoGas)
	if err != nil {
		t.Fatal(err)
	}
	return fee
}

// echoRequest has an EchoConsumer request the program at `version` (0: the current one) with the
// plaintext input "hello", paying the quoted fee.
func echoRequest(t *testing.T, ctx context.Context, from *ecdsa.PrivateKey, consumer common.Address, programID common.Hash, version uint32) echoJob {
	t.Helper()
	e := bindings.NewEchoConsumer()
	opts := st.TransactorFor(from)
	opts.Context, opts.Value = ctx, quote(t, ctx, programID)
	tx, err := bind.Transact(e.Instance(st.Client, consumer), opts, e.PackRequest(programID, version, protocol.PlainInput([]byte("hello"), nil), echoGas, stack.ArtTTL))
	if err != nil {
		t.Fatalf("request v%d: %s", version, describe(err))
	}
	rc, err := st.WaitReceipt(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	r := bindings.NewJobRouter()
	for _, l := range rc.Logs {
		if ev, err := r.UnpackJobRequestedEvent(l); err == nil && l.Address == st.Info.Router {
			return echoJob{consumer: consumer, jobID: ev.JobId, version: ev.Version, block: rc.BlockNumber.Uint64()}
		}
	}
	t.Fatalf("request %s: no JobRequested", tx.Hash())
	return echoJob{}
}

// echoResult waits for the consumer's ResultReceived event of the job and returns its output.
func echoResult(t *testing.T, ctx context.Context, j echoJob) string {
	t.Helper()
	e := bindings.NewEchoConsumer()
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		logs, err := st.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(j.block),
			Addresses: []common.Address{j.consumer}, Topics: [][]common.Hash{nil, {j.jobID}}})
		if err != nil {
			t.Fatal(err)
		}
		for i := range logs {
			if ev, err := e.UnpackResultReceivedEvent(&logs[i]); err == nil {
				if ev.Status != uint8(protocol.StatusOK) {
					t.Errorf("job %s: status %d", j.jobID, ev.Status)
				}
				return string(ev.Output)
			}
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("job %s: no result after 90 s", j.jobID)
	return ""
}

// buildWasm compiles a Go program to a WASI module.
func buildWasm(t *testing.T, ctx context.Context, pkg, out string) string {
	t.Helper()
	cmd := exec.CommandContext(ctx, "go", "build", "-trimpath", "-o", out, pkg)
	cmd.Dir = st.Root()
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build %s: %v\n%s", pkg, err, b)
	}
	return out
}
