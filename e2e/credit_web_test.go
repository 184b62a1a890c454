package e2e_test

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/e2e/stack"
	"github.com/teeoracle/teeoracle/internal/devkeys"
)

// TestCreditPage drives the credit check page (examples/credit/web) in headless Chromium on the
// stack: the page seals the applicant's bank token (a per-user secret) with the SDK, applies through
// the lender, follows the job to the callback and shows the decision; then an underpaid application
// comes back as the router's FeeBelowFloor through the lender, and a plaintext one as NotSealed.
// On a stack without the credit example deployed, the test deploys a lender of its own over a
// stand-in program (e2e/testdata/programs/approve) that approves any request it can read: an input
// sealed for another requester, user or program would end in bad_input and a failed application.
func TestCreditPage(t *testing.T) {
	ctx := testCtx(t, 5*time.Minute)
	if st.Info.WebURL == "" {
		t.Fatal("the stack serves no web page")
	}
	if st.Info.CreditCheck == (common.Address{}) {
		wasm := buildWasm(t, ctx, "./e2e/testdata/programs/approve", filepath.Join(t.TempDir(), "approve.wasm"))
		name := "credit-standin-" + time.Now().Format("150405.000")
		kv, err := st.Program(ctx, "publish", "--name", name, "--wasm", wasm, "--ipfs-api", st.Info.IPFSAPI)
		if err != nil {
			t.Fatal(err)
		}
		lenderOwner, err := st.NewAccount(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		auth := st.TransactorFor(lenderOwner)
		c := bindings.NewCreditCheck()
		addr, tx, err := bind.DeployContract(auth, common.FromHex(bindings.CreditCheckMetaData.Bin), st.Client,
			c.PackConstructor(st.Info.Router, common.HexToHash(kv["program_id"]), 3600))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := deploy.Wait(ctx, st.Client, tx, nil); err != nil {
			t.Fatal(err)
		}
		st.SetCreditCheck(addr)
		t.Logf("deployed a lender %s over the stand-in program %s", addr, kv["program_id"])
	}
	shot := filepath.Join(t.TempDir(), "credit.png")
	cmd := exec.CommandContext(ctx, "node", filepath.Join("examples", "credit", "web", "test", "browser.mjs"), st.Info.WebURL+"credit/", shot)
	cmd.Dir = st.Root()
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var rep struct {
		OK               bool   `json:"ok"`
		State            string `json:"state"`
		Text             string `json:"text"`
		JobID            string `json:"jobId"`
		Decision         string `json:"decision"`
		SimulationBanner bool   `json:"simulationBanner"`
		States           []struct {
			State string `json:"state"`
		} `json:"states"`
		Refusals map[string]struct {
			State string `json:"state"`
			Text  string `json:"text"`
		} `json:"refusals"`
		Error   string  `json:"error"`
		Seconds float64 `json:"seconds"`
	}
	if jerr := json.Unmarshal(bytes.TrimSpace(out), &rep); jerr != nil || err != nil || !rep.OK {
		t.Fatalf("browser test: %v / %v\nreport: %s\nbrowser log:\n%s", err, jerr, out, stderr.String())
	}
	t.Logf("credit decision %s from the page in %.1f s", rep.Decision, rep.Seconds)
	if !rep.SimulationBanner {
		t.Error("the page does not warn about simulation mode")
	}
	want := []string{"sealing", "sealed", "sending", "requested", "fulfilled", "decided"}
	i := 0
	for _, s := range rep.States {
		if i < len(want) && s.State == want[i] {
			i++
		}
	}
	if i != len(want) {
		t.Errorf("page states %+v, want %v in order", rep.States, want)
	}
	for id, name := range map[string]string{"underpay": "FeeBelowFloor", "plain": "NotSealed"} {
		if r := rep.Refusals[id]; r.State != "refused" || !strings.Contains(r.Text, name) {
			t.Errorf("refused path %s: %+v, want state refused naming %s", id, r, name)
		}
	}
	// What the page showed is what the lender recorded for the page's account.
	c := bindings.NewCreditCheck()
	d, err := bind.Call(c.Instance(st.Client, st.Info.CreditCheck), &bind.CallOpts{Context: ctx},
		c.PackDecisionOf(devkeys.Address(stack.AcctApplicant)), c.UnpackDecisionOf)
	if err != nil {
		t.Fatal(err)
	}
	states := map[uint8]string{2: "approved", 3: "denied"}
	if states[d.State] != rep.Decision || common.Hash(d.JobId).Hex() != rep.JobID {
		t.Errorf("lender recorded state %d for job %x; the page showed %s for %s", d.State, d.JobId, rep.Decision, rep.JobID)
	}
}
