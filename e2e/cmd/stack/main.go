// Command stack runs the whole TEE oracle locally (package e2e/stack):
//
//	stack demo [--mints N]   everything from scratch: two enclave workers in one fleet, the art program
//	                         published once to the fleet key, a refused direct request, N NFTs minted
//	                         with inputs sealed to the fleet key and art from either enclave, checked,
//	                         stage timings, then everything stopped (`make demo`)
//	stack up [--dir D]       the same stack plus the dapp's web page and Prometheus, kept running
//	                         until SIGTERM/SIGINT (`make up` starts it in the background, `make down`
//	                         stops it)
//
// The enclave worker runs in its INSECURE simulation mode (there is no SGX here): nothing it runs
// is confidential. Never point this at a real chain.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/e2e/stack"
	"github.com/teeoracle/teeoracle/protocol"
)

func main() {
	app := &cli.App{
		Name:  "stack",
		Usage: "run the TEE oracle locally: chain, Postgres, IPFS, simulated enclave worker, relayer and the NFT dapp",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "bin-dir", Value: ".tmp/bin", Usage: "where the worker, relayer, teeo and art.wasm are built"},
		},
		Commands: []*cli.Command{
			{
				Name:  "demo",
				Usage: "start everything in fresh temp dirs, mint NFTs whose art the enclave makes, check them, stop",
				Flags: []cli.Flag{
					&cli.IntFlag{Name: "mints", Value: 3, Usage: "NFTs to mint"},
					&cli.StringFlag{Name: "art-dir", Value: ".tmp/demo", Usage: "where the artworks read back from IPFS are written"},
					&cli.BoolFlag{Name: "keep", Usage: "keep the state directory (logs, data) after the demo"},
				},
				Action: demo,
			},
			{
				Name:  "up",
				Usage: "start the stack with the web page and Prometheus and keep it running until SIGTERM",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "dir", Value: ".tmp/stack", Usage: "state directory (emptied first)"},
					&cli.IntFlag{Name: "web-port", Value: 0, Usage: "web page port (0: any free port)"},
					&cli.BoolFlag{Name: "no-prometheus", Usage: "do not run Prometheus"},
				},
				Action: up,
			},
		},
	}
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "stack:", err)
		os.Exit(1)
	}
}

func banner() {
	fmt.Println(strings.Repeat("!", 100))
	fmt.Println("!! INSECURE SIMULATION MODE: no SGX on this machine. Both enclave workers run as normal processes;")
	fmt.Println("!! their keys and the fleet's epoch secrets sit in plaintext files, and nothing they run (programs,")
	fmt.Println("!! inputs, outputs) is confidential. The fleet join runs the real protocol on simulated evidence.")
	fmt.Println("!! Local development chain only (the router was deployed with allowSimulation).")
	fmt.Println(strings.Repeat("!", 100))
}

func build(ctx context.Context, c *cli.Context, s *timer) (string, stack.Bins, error) {
	root, err := stack.RepoRoot()
	if err != nil {
		return "", stack.Bins{}, err
	}
	binDir := c.String("bin-dir")
	if !filepath.IsAbs(binDir) {
		binDir = filepath.Join(root, binDir)
	}
	var bins stack.Bins
	err = s.stageEst("tools and build (kubo, workers, relayer, teeo, art.wasm)", "seconds when built; kubo once: 3-10+ min", func() error {
		var err error
		bins, err = stack.Build(ctx, root, binDir)
		return err
	})
	return root, bins, err
}

// timer times the stages that run outside the stack (build, mint, checks) in the stack's format.
type timer struct {
	st      *stack.Stack
	timings []stack.Timing
}

func (t *timer) stage(name string, fn func() error) error { return t.stageEst(name, "", fn) }

func (t *timer) stageEst(name, est string, fn func() error) error {
	if t.st != nil {
		return t.st.StageEstimate(name, est, fn)
	}
	d, err := stack.RunStage(os.Stdout, name, est, fn)
	t.timings = append(t.timings, stack.Timing{Stage: name, Duration: d})
	return err
}

func demo(c *cli.Context) (err error) {
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	t0 := time.Now()
	banner()
	tm := &timer{}
	root, bins, err := build(ctx, c, tm)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(root, ".tmp"), 0o755); err != nil {
		return err
	}
	dir, err := os.MkdirTemp(filepath.Join(root, ".tmp"), "demo-state-")
	if err != nil {
		return err
	}
	s, err := stack.Start(ctx, stack.Config{Root: root, Dir: dir, Bins: bins, Out: os.Stdout})
	defer func() {
		if s != nil {
			fmt.Println("==> stopping everything the demo started")
			s.Stop()
		}
		if err != nil || c.Bool("keep") {
			fmt.Println("state (logs, data):", dir)
		} else {
			_ = os.RemoveAll(dir)
		}
	}()
	if err != nil {
		return err
	}
	tm.st = s
	n := c.Int("mints")
	i := s.Info
	fmt.Printf("    chain %s  router %s  minter %s\n    fleet epoch %d key %s\n    art program %s v%d (author %s, author fee %s wei, allowlist: the minter)\n",
		i.RPC, i.Router.Hex(), i.Minter.Hex(), i.FleetEpoch, i.FleetKey, i.ProgramID.Hex(), i.ProgramVersion, i.Artist.Hex(), i.AuthorFee)
	for _, w := range i.Workers {
		fmt.Printf("    %s %s enclave %s (simulation)\n", w.Name, w.URL, w.Signer.Hex())
	}
	if err := tm.stage("a stranger calls requestJob with the art program", func() error {
		stranger, err := s.NewAccount(ctx, 1)
		if err != nil {
			return err
		}
		tx, refusal, err := s.DirectRequest(ctx, stranger)
		if err != nil {
			return err
		}
		s.Note(fmt.Sprintf("tx %s reverted on-chain", tx.Hex()))
		s.Note("direct request refused: " + refusal)
		return nil
	}); err != nil {
		return err
	}
	var mints []stack.Mint
	if err := tm.stageEst(fmt.Sprintf("mint %d NFTs (inputs sealed to the fleet key)", n), "~2 s", func() error {
		var err error
		mints, err = s.MintTokens(ctx, stack.AcctCollector, n)
		return err
	}); err != nil {
		return err
	}
	var tokens []stack.Token
	if err := tm.stageEst("art made in the enclaves, callbacks mint", "5-20 s", func() error {
		var err error
		tokens, err = s.WaitTokens(ctx, mints, 3*time.Minute)
		return err
	}); err != nil {
		return err
	}
	artDir := c.String("art-dir")
	if !filepath.IsAbs(artDir) {
		artDir = filepath.Join(root, artDir)
	}
	failed := 0
	if err := tm.stage("tokenURI -> metadata -> ipfs:// art, checked", func() error {
		var err error
		failed, err = check(tokens, artDir)
		return err
	}); err != nil {
		return err
	}
	if failed == 0 {
		if err := tm.stage("artist withdraws the author fees (teeo program withdraw)", func() error {
			_, err := s.Program(ctx, "withdraw", "--name", stack.ArtProgram)
			return err
		}); err != nil {
			return err
		}
	}
	var fill stack.Fill
	if err := tm.stage("trade: an order with the author's API keys (author secrets)", func() error {
		var err error
		fill, err = s.PlaceOrder(ctx, true, 3, 2500, 2*time.Minute)
		if err == nil && (fill.State != 2 || fill.FilledQty.Sign() == 0) {
			err = fmt.Errorf("order job %s: state %d status %d", fill.JobID, fill.State, fill.Status)
		}
		return err
	}); err != nil {
		return err
	}
	var decision stack.Decision
	if err := tm.stage("credit: the applicant's bank token sealed in the input", func() error {
		var err error
		decision, err = s.ApplyForCredit(ctx, stack.AcctCollector, s.Examples().BankToken, 500000, 2*time.Minute)
		if err == nil && decision.State != 2 && decision.State != 3 {
			err = fmt.Errorf("credit job %s: state %d status %d", decision.JobID, decision.State, decision.Status)
		}
		return err
	}); err != nil {
		return err
	}
	signers := i.Signers()
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "\n    TOKEN\tJOB\tINPUT\tSTATUS\tSIGNED BY\tART CID\tSVG BYTES\tMINT->ART")
	for _, t := range tokens {
		input := "plaintext"
		if in, err := protocol.DecodeInput(t.Input); err == nil && in.Encrypted {
			if suite, epoch, err := in.Epoch(); err == nil {
				input = fmt.Sprintf("sealed %s e%d", suite, epoch)
			}
		}
		status := "ok_cid"
		if t.State != stack.TokenMinted {
			status = fmt.Sprintf("failed (%d)", t.Status)
		}
		fmt.Fprintf(w, "    #%s\t%s…\t%s\t%s\t%s\t%s\t%d\t%.1f s\n", t.TokenID, t.JobID.Hex()[:12], input, status, signers[t.Enclave],
			t.CID, len(t.Art), t.Settled.Sub(t.Sent).Seconds())
	}
	_ = w.Flush()
	if failed == 0 {
		first := tokens[0]
		fmt.Printf("\n    One artwork, read back from IPFS: %s\n", filepath.Join(artDir, fmt.Sprintf("token-%s.svg", first.TokenID)))
		fmt.Printf("    On IPFS: ipfs://%s\n    Gateway (up while the demo ran; `make up` keeps a stack running): %s\n",
			first.CID, stack.GatewayURL(i.IPFSGateway, first.CID))
	}
	verdict := "denied"
	if decision.Approved {
		verdict = "approved"
	}
	fmt.Printf("\n    trade filled: %s %s @ %s (job %s…, the exchange placed %d order, HMAC-signed inside the enclave)\n",
		fill.FilledQty, stack.TradeMarket, fill.AvgPrice, fill.JobID.Hex()[:12], fill.Placed)
	fmt.Printf("    credit decision: %s (job %s…, the bank token never left the enclave)\n", verdict, decision.JobID.Hex()[:12])
	fmt.Println("\n    stage timings:")
	for _, st := range append(tm.timings, s.Timings()...) {
		fmt.Printf("      %-60s %6.2f s\n", st.Stage, st.Duration.Seconds())
	}
	fmt.Printf("      %-60s %6.2f s\n", "total (before stopping)", time.Since(t0).Seconds())
	s.Stop()
	s = nil
	if failed > 0 {
		fmt.Printf("demo FAILED: %d minted, %d failed\n", len(tokens)-failed, failed)
		return fmt.Errorf("%d of %d mints failed", failed, len(tokens))
	}
	fmt.Printf("demo ok: %d minted, 0 failed\n", len(tokens))
	return nil
}

// check verifies what a collector would: each token is minted to its minter, its tokenURI is
// metadata whose image is the art on IPFS, and the art is an SVG; it writes each SVG to artDir and
// returns how many mints failed (a token that was not minted).
func check(tokens []stack.Token, artDir string) (failed int, err error) {
	if err := os.MkdirAll(artDir, 0o755); err != nil {
		return 0, err
	}
	for _, t := range tokens {
		if t.State != stack.TokenMinted {
			failed++
			continue
		}
		if t.Owner != t.Minter {
			return failed, fmt.Errorf("token %s owned by %s, minted by %s", t.TokenID, t.Owner, t.Minter)
		}
		if t.Metadata.Image != "ipfs://"+t.CID {
			return failed, fmt.Errorf("token %s: metadata image %q, art CID %s", t.TokenID, t.Metadata.Image, t.CID)
		}
		art := string(t.Art)
		if !strings.HasPrefix(art, "<svg") || !strings.HasSuffix(strings.TrimSpace(art), "</svg>") {
			return failed, errors.New("token " + t.TokenID.String() + ": art is not an SVG document")
		}
		if err := os.WriteFile(filepath.Join(artDir, fmt.Sprintf("token-%s.svg", t.TokenID)), t.Art, 0o644); err != nil {
			return failed, err
		}
	}
	return failed, nil
}

func up(c *cli.Context) error {
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	banner()
	root, bins, err := build(ctx, c, &timer{})
	if err != nil {
		return err
	}
	dir := c.String("dir")
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(root, dir)
	}
	for _, f := range []string{"stack.json", "stack.env", "ready", "logs", "pids", "ipfs", "worker", "worker-1", "worker-2", "prometheus", "keys"} {
		_ = os.RemoveAll(filepath.Join(dir, f))
	}
	if err := stack.BuildWeb(ctx, root); err != nil {
		return err
	}
	s, err := stack.Start(ctx, stack.Config{Root: root, Dir: dir, Bins: bins, Out: os.Stdout, Web: true,
		WebPort: c.Int("web-port"), Prometheus: !c.Bool("no-prometheus")})
	if err != nil {
		if s != nil {
			s.Stop()
		}
		return err
	}
	defer s.Stop()
	i := s.Info
	var workers strings.Builder
	for _, w := range i.Workers {
		fmt.Fprintf(&workers, "  %-12s %s/v1/identity  http://%s/metrics  enclave %s  INSECURE SIMULATION\n", w.Name, w.URL, w.Metrics, w.Signer.Hex())
	}
	fmt.Printf(`
stack up (state in %s; stop with `+"`make down`"+`):
  web page     %s   (mint with anvil dev account #5)
  chain        %s   (chain id %d)
  relayer      %s/metrics  %s/v1/jobs/<jobId>
%s  fleet        epoch %d, key %s  (teeo fleet-key)
  ipfs         api %s  gateway %s
  prometheus   %s
  postgres     %s
  contracts    router %s  minter %s
  art program  %s v%d  (cid %s; teeo program show --name art)
  env          source %s/stack.env
`, dir, i.WebURL, i.RPC, i.ChainID, i.RelayerURL, i.RelayerURL, workers.String(), i.FleetEpoch, i.FleetKey, i.IPFSAPI, i.IPFSGateway,
		i.PrometheusURL, i.DatabaseURL, i.Router.Hex(), i.Minter.Hex(), i.ProgramID.Hex(), i.ProgramVersion, i.ProgramCID, dir)
	if err := os.WriteFile(filepath.Join(dir, "ready"), []byte(time.Now().Format(time.RFC3339)+"\n"), 0o644); err != nil {
		return err
	}
	<-ctx.Done()
	fmt.Println("stopping")
	return nil
}
