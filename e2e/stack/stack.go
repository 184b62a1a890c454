// Package stack runs the whole TEE oracle on one machine, as a new user first meets it: anvil with
// 1-second blocks, a throwaway PostgreSQL, an offline Kubo (IPFS), two enclave workers in their
// explicit INSECURE simulation mode and the relayer. The contracts are deployed; both workers'
// enclaves are registered by `relayer enclave register`; the fleet is created on the first worker
// (`relayer fleet genesis`), its epoch-1 keys published on-chain with the enclave's signature
// (`relayer fleet publish`) and the second worker joins it (`relayer fleet join`). The artist
// publishes the secret generative-art program once, sealed to the on-chain fleet key, under their
// own namespace with an author fee (`teeo program publish`), deploys nothing else; the example NFT
// dapp (ArtMinter) is deployed and the art program restricted to it (`teeo program allow`).
// Optionally it serves the dapp's web page and runs Prometheus with the deploy/ config.
//
// `make demo` and `make up` (e2e/cmd/stack) and the end-to-end tests (e2e/) all use it. Every
// process it starts runs in its own process group, dies with the process that started it
// (Pdeathsig; Postgres through scripts/pg.sh's watchdog) and is stopped in order by Stop. State
// (logs, data, pid files, stack.json) lives under Config.Dir.
package stack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/teeoracle/teeoracle/internal/devkeys"
)

// Dev accounts of anvil's default mnemonic and the role each plays in the stack.
const (
	AcctOwner     = 0 // deploys the router and owns its enclave registry
	AcctRegistrar = 1 // registers enclaves after verifying their attestation
	AcctRelayer   = 2 // relayer sender; also the enclave's payee (the operator is paid)
	AcctArtist    = 3 // program author; receives the mint proceeds
	AcctCollector = 4 // mints in the demo and the Go tests
	AcctWebUser   = 5 // mints from the web page
	AcctApplicant = 6 // applies from the credit check page (examples/credit/web)
	// Accounts 7-19 are free for developers (docs/first-hour.md): anvil funds all 20.
)

// Config says what to run and where.
type Config struct {
	// Root is the repository root.
	Root string
	// Dir is the state directory (created): logs/, pids/, data of every daemon, stack.json.
	Dir string
	// Bins are the programs to run (see Build).
	Bins Bins
	// Out receives progress lines (nil: discarded).
	Out io.Writer
	// BlockTime is anvil's block interval in seconds (default 1).
	BlockTime int
	// Web serves examples/nft/web/dist (built by scripts/web.sh) with a config.json and a proxy to
	// the relayer's job API.
	Web bool
	// WebPort is the web page's port (0: a free one).
	WebPort int
	// Prometheus runs Prometheus with deploy/prometheus (targets pointed at this stack).
	Prometheus bool
	// PrometheusBin is the prometheus binary (default: found on PATH, see scripts/prometheus.sh).
	PrometheusBin string
	// Price and JobFee are ArtMinter's mint price and oracle fee (defaults 0.01 and 0.001 ether).
	Price, JobFee *big.Int
	// Workers is the number of enclave workers (default 2): the first creates the fleet, the others
	// join it.
	Workers int
}

// Info is what a running stack offers; Start writes it to <Dir>/stack.json (and stack.env).
type Info struct {
	ChainID       int64    `json:"chainId"`
	RPC           string   `json:"rpcUrl"`
	DatabaseURL   string   `json:"databaseUrl"`
	IPFSAPI       string   `json:"ipfsApi"`
	IPFSGateway   string   `json:"ipfsGateway"`
	Workers       []Worker `json:"workers"`
	RelayerURL    string   `json:"relayerUrl"`
	WebURL        string   `json:"webUrl,omitempty"`
	PrometheusURL string   `json:"prometheusUrl,omitempty"`
	// Router is the JobRouter; programs and the fleet keys live in it too.
	Router     common.Address `json:"router"`
	StartBlock uint64         `json:"startBlock"`
	// FleetEpoch and FleetKey are the fleet's current epoch and its X25519 key (SUITE:HEX) as the
	// router records them.
	FleetEpoch uint32 `json:"fleetEpoch"`
	FleetKey   string `json:"fleetKey"`
	// The art program: the artist's program ArtProgram, its first version's blob on IPFS.
	Artist         common.Address `json:"artist"`
	ProgramID      common.Hash    `json:"programId"`
	ProgramVersion uint32         `json:"programVersion"`
	ProgramCID     string         `json:"programCid"`
	AuthorFee      string         `json:"authorFee"`
	Minter         common.Address `json:"minter"`
	// CreditCheck is the credit check example's lender (examples/credit), when deployed; the web
	// page for it is served at WebURL + "credit/".
	CreditCheck common.Address `json:"creditCheck,omitempty"`
	Price       string         `json:"price"`
	JobFee      string         `json:"jobFee"`
	Dir         string         `json:"dir"`
}

// Worker is one enclave worker of the stack.
type Worker struct {
	Name    string         `json:"name"`
	URL     string         `json:"url"`
	Metrics string         `json:"metrics"` // host:port of its plain-HTTP metrics listener
	Signer  common.Address `json:"signer"`  // its registered enclave key
}

// Signers are the registered enclave keys of the stack's workers.
func (i Info) Signers() map[common.Address]string {
	m := map[common.Address]string{}
	for _, w := range i.Workers {
		m[w.Signer] = w.Name
	}
	return m
}

// Timing is how long one stage took.
type Timing struct {
	Stage    string
	Duration time.Duration
}

// Stack is a running stack.
type Stack struct {
	cfg  Config
	Info Info
	// Client is an RPC client on anvil.
	Client *ethclient.Client

	mu       sync.Mutex
	procs    []*proc
	pgDir    string
	web      *http.Server
	timings  []Timing
	notes    []string
	stopOnce sync.Once
	examples *Examples
}

// Start brings the stack up, stage by stage, printing each stage's time. On error, whatever was
// started is stopped.
func Start(ctx context.Context, cfg Config) (s *Stack, err error) {
	if cfg.BlockTime == 0 {
		cfg.BlockTime = 1
	}
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	if cfg.Price == nil {
		cfg.Price = new(big.Int).Div(ether, big.NewInt(100))
	}
	if cfg.JobFee == nil {
		cfg.JobFee = new(big.Int).Div(ether, big.NewInt(1000))
	}
	if cfg.Workers == 0 {
		cfg.Workers = 2
	}
	if cfg.Dir, err = filepath.Abs(cfg.Dir); err != nil {
		return nil, err
	}
	for _, d := range []string{"logs", "pids", "keys"} {
		if err := os.MkdirAll(filepath.Join(cfg.Dir, d), 0o755); err != nil {
			return nil, err
		}
	}
	s = &Stack{cfg: cfg, Info: Info{Dir: cfg.Dir, Price: cfg.Price.String(), JobFee: cfg.JobFee.String(),
		Artist: devkeys.Address(AcctArtist), AuthorFee: ArtAuthorFee.String()}}
	defer func() {
		if err != nil {
			s.Stop()
		}
	}()
	if err := s.writeKeys(); err != nil {
		return s, err
	}
	// Each stage with an honest estimate (a warm 2-core machine; slower under load).
	steps := []struct {
		name, est string
		fn        func(context.Context) error
	}{
		{"chain (anvil, 1-second blocks)", "~1 s", s.startAnvil},
		{"postgres (throwaway cluster)", "2-10 s", s.startPostgres},
		{"ipfs (offline kubo)", "~2 s", s.startIPFS},
		{"contracts (JobRouter: programs, fleet keys, registry)", "~3 s", s.deployCore},
		{"example HTTPS servers (exchange, bank) on loopback", "<1 s", s.startExampleServers},
		{fmt.Sprintf("%d workers (INSECURE SIMULATION mode)", cfg.Workers), "~1 s", s.startWorkers},
		{"enclave registration (relayer enclave register)", "2-5 s", s.registerEnclaves},
		{"fleet genesis + epoch keys on-chain (relayer fleet)", "~2 s", s.fleetGenesis},
		{"fleet join (relayer fleet join)", "~1 s", s.fleetJoin},
		{"relayer", "5-10 s", s.startRelayer},
		{"art program, published once (teeo program publish)", "~3 s", s.publishArt},
		{"dapp (ArtMinter) + policy (teeo program allow)", "~2 s", s.deployMinter},
		{"trade + credit programs, secrets (teeo secret set), dapps", "10-20 s", s.publishExamples},
	}
	if cfg.Web {
		steps = append(steps, struct {
			name, est string
			fn        func(context.Context) error
		}{"web page", "~1 s", s.startWeb})
	}
	if cfg.Prometheus {
		steps = append(steps, struct {
			name, est string
			fn        func(context.Context) error
		}{"prometheus", "~1 s", s.startPrometheus})
	}
	for _, st := range steps {
		if err := s.StageEstimate(st.name, st.est, func() error { return st.fn(ctx) }); err != nil {
			return s, err
		}
	}
	return s, s.writeInfo()
}

// Stage runs fn as a named stage: prints its name, then its duration.
func (s *Stack) Stage(name string, fn func() error) error { return s.StageEstimate(name, "", fn) }

// StageEstimate runs fn as a named stage: prints its name and the estimate, a dot every 10 s while
// it runs (never minutes of silence), then its duration.
func (s *Stack) StageEstimate(name, estimate string, fn func() error) error {
	d, err := RunStage(s.cfg.Out, name, estimate, fn)
	s.mu.Lock()
	s.timings = append(s.timings, Timing{name, d})
	s.mu.Unlock()
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	s.mu.Lock()
	notes := s.notes
	s.notes = nil
	s.mu.Unlock()
	for _, n := range notes {
		fmt.Fprintln(s.cfg.Out, "    "+n)
	}
	return nil
}

// RunStage prints `==> name [estimate]`, runs fn with a dot printed every 10 s, and ends the line
// with fn's duration (or FAILED). Used for the stack's stages and the driver's own.
func RunStage(out io.Writer, name, estimate string, fn func() error) (time.Duration, error) {
	label := name
	if estimate != "" {
		label += " [" + estimate + "]"
	}
	fmt.Fprintf(out, "==> %-66s", label)
	t0 := time.Now()
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(10 * time.Second)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				fmt.Fprint(out, ".")
			}
		}
	}()
	err := fn()
	close(done)
	wg.Wait()
	d := time.Since(t0)
	if err != nil {
		fmt.Fprintf(out, " FAILED after %.2f s\n", d.Seconds())
		return d, err
	}
	fmt.Fprintf(out, " %6.2f s\n", d.Seconds())
	return d, nil
}

// Note queues a line printed after the current stage's timing.
func (s *Stack) Note(line string) { s.note(line) }

// note queues a line printed after the current stage's timing.
func (s *Stack) note(line string) {
	s.mu.Lock()
	s.notes = append(s.notes, line)
	s.mu.Unlock()
}

// Timings returns the duration of every stage so far.
func (s *Stack) Timings() []Timing {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Timing(nil), s.timings...)
}

// Root is the repository root.
func (s *Stack) Root() string { return s.cfg.Root }

// Dir is the state directory.
func (s *Stack) Dir() string { return s.cfg.Dir }

// Out is the progress writer.
func (s *Stack) Out() io.Writer { return s.cfg.Out }

// Stop stops every process in reverse order of start. Idempotent.
func (s *Stack) Stop() {
	s.stopOnce.Do(func() {
		s.stopExamples()
		if s.web != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			_ = s.web.Shutdown(ctx)
			cancel()
		}
		if s.Client != nil {
			s.Client.Close()
		}
		s.mu.Lock()
		procs := append([]*proc(nil), s.procs...)
		s.mu.Unlock()
		for i := len(procs) - 1; i >= 0; i-- {
			p := procs[i]
			grace := 10 * time.Second
			if p.name == "anvil" || p.name == "prometheus" {
				grace = 3 * time.Second
			}
			p.stop(grace)
			if p.name == "relayer" && s.pgDir != "" {
				s.stopPostgres() // its only user is gone
			}
		}
		if s.pgDir != "" {
			s.stopPostgres()
		}
	})
}

func (s *Stack) stopPostgres() {
	dir := s.pgDir
	s.pgDir = ""
	_, _ = run(context.Background(), s.cfg.Root, nil, filepath.Join(s.cfg.Root, "scripts", "pg.sh"), "stop", dir, "fast")
	_ = os.RemoveAll(dir)
	_ = os.Remove(filepath.Join(s.cfg.Dir, "pids", "postgres.dir"))
}

// writeKeys writes the dev keys the processes read from files (mode 0600).
func (s *Stack) writeKeys() error {
	for _, k := range []struct {
		name string
		acct int
	}{{"owner", AcctOwner}, {"registrar", AcctRegistrar}, {"relayer", AcctRelayer}, {"artist", AcctArtist}} {
		if err := os.WriteFile(s.keyFile(k.name), []byte(devkeys.Hex[k.acct]+"\n"), 0o600); err != nil {
			return err
		}
	}
	return nil
}

func (s *Stack) keyFile(name string) string { return filepath.Join(s.cfg.Dir, "keys", name+".key") }

// writeInfo writes stack.json and stack.env (shell-sourceable) into the state directory.
func (s *Stack) writeInfo() error {
	b, err := json.MarshalIndent(s.Info, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(s.cfg.Dir, "stack.json"), append(b, '\n'), 0o644); err != nil {
		return err
	}
	var env strings.Builder
	// TEEO_* are teeo's flag twins (the fleet key from the router; the artist's program commands),
	// TEEORACLE_* the relayer's (`relayer jobs list`, `relayer fleet status` work as is), STACK_*
	// the rest.
	workers := make([]string, len(s.Info.Workers))
	for i, w := range s.Info.Workers {
		workers[i] = w.URL
	}
	for _, kv := range [][2]string{
		{"TEEO_RPC_URL", s.Info.RPC}, {"TEEO_ROUTER", s.Info.Router.Hex()}, {"TEEO_CHAIN_ID", fmt.Sprint(s.Info.ChainID)},
		{"TEEO_IPFS_API", s.Info.IPFSAPI}, {"TEEO_PROGRAM_ID", s.Info.ProgramID.Hex()},
		{"TEEORACLE_DATABASE_URL", s.Info.DatabaseURL}, {"TEEORACLE_RPC_URLS", s.Info.RPC}, {"TEEORACLE_ROUTER", s.Info.Router.Hex()},
		{"TEEO_AUTHOR_KEY_FILE", s.keyFile("artist")}, {"STACK_MINTER", s.Info.Minter.Hex()},
		{"STACK_WORKER_URLS", strings.Join(workers, ",")}, {"STACK_RELAYER_URL", s.Info.RelayerURL}, {"STACK_IPFS_GATEWAY", s.Info.IPFSGateway},
		{"STACK_WEB_URL", s.Info.WebURL}, {"STACK_PROMETHEUS_URL", s.Info.PrometheusURL}, {"STACK_DIR", s.cfg.Dir},
	} {
		fmt.Fprintf(&env, "export %s=%q\n", kv[0], kv[1])
	}
	return os.WriteFile(filepath.Join(s.cfg.Dir, "stack.env"), []byte(env.String()), 0o644)
}

// LoadInfo reads the stack.json of a state directory (of a stack started by `make up`).
func LoadInfo(dir string) (Info, error) {
	var info Info
	b, err := os.ReadFile(filepath.Join(dir, "stack.json"))
	if err != nil {
		return info, err
	}
	if err := json.Unmarshal(b, &info); err != nil {
		return info, fmt.Errorf("stack.json: %w", err)
	}
	if info.RPC == "" || info.Minter == (common.Address{}) {
		return info, errors.New("stack.json: incomplete")
	}
	return info, nil
}

var ether = big.NewInt(1e18)

// Attach connects to a stack another process runs (`make up`), from its state directory. Stop on
// the returned Stack only closes the connection.
func Attach(ctx context.Context, root, dir string) (*Stack, error) {
	info, err := LoadInfo(dir)
	if err != nil {
		return nil, err
	}
	c, err := ethclient.DialContext(ctx, info.RPC)
	if err != nil {
		return nil, err
	}
	return &Stack{cfg: Config{Root: root, Dir: dir, Out: io.Discard}, Info: info, Client: c}, nil
}
