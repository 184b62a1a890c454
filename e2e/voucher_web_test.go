package e2e_test

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TestVoucherPage: the payment-link page in headless Chromium on the local stack. One browser
// profile creates a link (wallet-derived secrets, the claim address sealed with the SDK, deposit,
// the voucher from an enclave opened in the page); a second profile opens the link and claims it to
// a fresh address; a third sees it spent. The chain agrees: the recipient holds the amount minus
// the submitter's fee.
func TestVoucherPage(t *testing.T) {
	ctx := testCtx(t, 6*time.Minute)
	if st.Info.WebURL == "" {
		t.Fatal("the stack serves no web page")
	}
	if st.Info.VoucherEscrow == (common.Address{}) {
		escrow, _, err := st.SetUpVouchers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		st.SetVoucherEscrow(escrow)
	}
	shot := filepath.Join(t.TempDir(), "voucher.png")
	cmd := exec.CommandContext(ctx, "node", filepath.Join("examples", "voucher", "web", "test", "browser.mjs"), st.Info.WebURL+"voucher/", shot)
	cmd.Dir = st.Root()
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var rep struct {
		OK               bool    `json:"ok"`
		Link             string  `json:"link"`
		Recipient        string  `json:"recipient"`
		SimulationBanner bool    `json:"simulationBanner"`
		SendSeconds      float64 `json:"sendSeconds"`
		Send, Claim      struct {
			State, Text string
		}
		Error string `json:"error"`
	}
	if jerr := json.Unmarshal(bytes.TrimSpace(out), &rep); jerr != nil || err != nil || !rep.OK {
		t.Fatalf("browser test: %v / %v\nreport: %s\nbrowser log:\n%s", err, jerr, out, stderr.String())
	}
	t.Logf("link made in %.1f s, claimed to %s", rep.SendSeconds, rep.Recipient)
	if !rep.SimulationBanner {
		t.Error("the page does not warn about simulation mode")
	}
	if !strings.Contains(rep.Link, "/voucher/#v1.") {
		t.Errorf("link %q: want the page's URL with the link in its fragment", rep.Link)
	}
	if !common.IsHexAddress(rep.Recipient) {
		t.Fatalf("recipient %q", rep.Recipient)
	}
	bal, err := st.Client.BalanceAt(ctx, common.HexToAddress(rep.Recipient), nil)
	if err != nil {
		t.Fatal(err)
	}
	// The page claims the first denomination (0.1 ether) and pays 0.001 ether to the submitter.
	if want := big.NewInt(99e15); bal.Cmp(want) != 0 {
		t.Fatalf("the recipient holds %v wei, want %v", bal, want)
	}
}
