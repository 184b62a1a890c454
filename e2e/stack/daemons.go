package stack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/teeoracle/teeoracle/internal/devkeys"
)

func (s *Stack) startAnvil(ctx context.Context) error {
	var last error
	for attempt := 0; attempt < 3; attempt++ { // a free port can be taken before anvil binds it
		port, err := freePort()
		if err != nil {
			return err
		}
		p, err := s.spawn("anvil", nil, s.cfg.Bins.Anvil, "--host", "127.0.0.1", "--port", fmt.Sprint(port),
			"--block-time", fmt.Sprint(s.cfg.BlockTime), "--chain-id", "31337", "--accounts", "20", "--silent")
		if err != nil {
			return err
		}
		url := fmt.Sprintf("http://127.0.0.1:%d", port)
		last = waitFor(ctx, p, 20*time.Second, "anvil RPC", func(ctx context.Context) error {
			c, err := ethclient.DialContext(ctx, url)
			if err != nil {
				return err
			}
			defer c.Close()
			id, err := c.ChainID(ctx)
			if err == nil {
				s.Info.ChainID = id.Int64()
			}
			return err
		})
		if last == nil {
			s.Info.RPC = url
			s.Client, last = ethclient.DialContext(ctx, url)
			return last
		}
		p.stop(time.Second)
	}
	return last
}

func (s *Stack) startPostgres(ctx context.Context) error {
	// Under /tmp (as pgtest does): the cluster runs as user postgres when we are root and needs
	// every parent directory to be traversable, which test temp dirs are not.
	dir, err := os.MkdirTemp("", "teeoracle-stack-pg-")
	if err != nil {
		return err
	}
	var out string
	for attempt := 0; attempt < 3; attempt++ {
		port, perr := freePort()
		if perr != nil {
			return perr
		}
		// The watchdog argument makes pg.sh stop the cluster and delete it if this process dies.
		out, err = run(ctx, s.cfg.Root, nil, filepath.Join(s.cfg.Root, "scripts", "pg.sh"), "start", dir, fmt.Sprint(port), fmt.Sprint(os.Getpid()))
		if err == nil {
			break
		}
	}
	if err != nil {
		_ = os.RemoveAll(dir)
		return err
	}
	s.pgDir = dir
	_ = os.WriteFile(filepath.Join(s.cfg.Dir, "pids", "postgres.dir"), []byte(dir+"\n"), 0o644)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	s.Info.DatabaseURL = lines[len(lines)-1]
	return nil
}

func (s *Stack) startIPFS(ctx context.Context) error {
	repo := filepath.Join(s.cfg.Dir, "ipfs")
	env := []string{"IPFS_PATH=" + repo}
	if _, err := s.runTool(ctx, env, s.cfg.Bins.IPFS, "init", "--profile=test", "--empty-repo"); err != nil {
		return err
	}
	var last error
	for attempt := 0; attempt < 3; attempt++ {
		api, err := freePort()
		if err != nil {
			return err
		}
		gw, err := freePort()
		if err != nil {
			return err
		}
		for k, v := range map[string]string{
			"Addresses.API":     fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", api),
			"Addresses.Gateway": fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", gw),
		} {
			if _, err := s.runTool(ctx, env, s.cfg.Bins.IPFS, "config", k, v); err != nil {
				return err
			}
		}
		p, err := s.spawn("ipfs", env, s.cfg.Bins.IPFS, "daemon", "--offline")
		if err != nil {
			return err
		}
		s.Info.IPFSAPI = fmt.Sprintf("127.0.0.1:%d", api)
		s.Info.IPFSGateway = fmt.Sprintf("http://127.0.0.1:%d", gw)
		last = waitFor(ctx, p, 30*time.Second, "ipfs API", func(ctx context.Context) error {
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+s.Info.IPFSAPI+"/api/v0/version", nil)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return err
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				return fmt.Errorf("ipfs API: %s", resp.Status)
			}
			return nil
		})
		if last == nil {
			return nil
		}
		p.stop(3 * time.Second)
	}
	return last
}

// startWorkers starts cfg.Workers enclave workers, each with its own data directory.
func (s *Stack) startWorkers(ctx context.Context) error {
	for i := 1; i <= s.cfg.Workers; i++ {
		w, err := s.startWorker(ctx, fmt.Sprintf("worker-%d", i))
		if err != nil {
			return err
		}
		s.Info.Workers = append(s.Info.Workers, w)
	}
	s.note("WARNING: the workers run in INSECURE SIMULATION mode (no SGX): nothing they run is confidential")
	return nil
}

func (s *Stack) startWorker(ctx context.Context, name string) (Worker, error) {
	var last error
	for attempt := 0; attempt < 3; attempt++ {
		api, err := freePort()
		if err != nil {
			return Worker{}, err
		}
		metrics, err := freePort()
		if err != nil {
			return Worker{}, err
		}
		// Simulation mode: no SGX here. The worker says so loudly in its log, its identity and
		// its metrics (teeoracle_worker_info{mode="simulation"}); nothing it runs is confidential.
		args := []string{"--insecure-simulation",
			"--listen", fmt.Sprintf("127.0.0.1:%d", api),
			"--metrics-listen", fmt.Sprintf("127.0.0.1:%d", metrics),
			"--data-dir", filepath.Join(s.cfg.Dir, name),
			"--ipfs-api", s.Info.IPFSAPI,
		}
		p, err := s.spawn(name, nil, s.cfg.Bins.Worker, append(args, s.exampleWorkerArgs()...)...)
		if err != nil {
			return Worker{}, err
		}
		w := Worker{Name: name, URL: fmt.Sprintf("http://127.0.0.1:%d", api), Metrics: fmt.Sprintf("127.0.0.1:%d", metrics)}
		last = waitFor(ctx, p, 30*time.Second, name+" API", httpOK(w.URL+"/healthz"))
		if last == nil {
			last = waitFor(ctx, p, 5*time.Second, name+" metrics", httpOK("http://"+w.Metrics+"/metrics"))
		}
		if last == nil {
			return w, nil
		}
		p.stop(3 * time.Second)
	}
	return Worker{}, last
}

// registerEnclaves registers every worker's enclave key through the relayer's operator CLI, as an
// operator would (for a simulation worker there is no quote to verify; the registry accepts it only
// because the router was deployed with allowSimulation).
func (s *Stack) registerEnclaves(ctx context.Context) error {
	for i := range s.Info.Workers {
		w := &s.Info.Workers[i]
		var id struct {
			Signer   common.Address `json:"signer"`
			Insecure bool           `json:"insecure"`
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, w.URL+"/v1/identity", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		err = json.NewDecoder(resp.Body).Decode(&id)
		resp.Body.Close()
		if err != nil {
			return fmt.Errorf("%s identity: %w", w.Name, err)
		}
		if !id.Insecure {
			return fmt.Errorf("%s identity is not a simulation identity", w.Name)
		}
		w.Signer = id.Signer
		if _, err := s.runTool(ctx, nil, s.cfg.Bins.Relayer, "enclave", "register",
			"--rpc-url", s.Info.RPC, "--router", s.Info.Router.Hex(), "--worker", w.URL,
			"--registrar-key-file", s.keyFile("registrar"), "--payee", devkeys.Address(AcctRelayer).Hex(),
			"--allow-simulation", "--valid-for", "720h"); err != nil {
			return err
		}
		active, err := s.enclaveActive(ctx, id.Signer)
		if err != nil {
			return err
		}
		if !active {
			return fmt.Errorf("%s: enclave %s not active after registration", w.Name, id.Signer)
		}
		s.note(fmt.Sprintf("%s: enclave %s registered (simulation)", w.Name, id.Signer))
	}
	return nil
}

func (s *Stack) startRelayer(ctx context.Context) error {
	var last error
	for attempt := 0; attempt < 3; attempt++ {
		port, err := freePort()
		if err != nil {
			return err
		}
		s.Info.RelayerURL = fmt.Sprintf("http://127.0.0.1:%d", port)
		args := []string{"--database-url", s.Info.DatabaseURL,
			"run", "--migrate",
			"--rpc-url", s.Info.RPC, "--chain-id", fmt.Sprint(s.Info.ChainID),
			// Programs live in the router: it is the program registry too.
			"--router", s.Info.Router.Hex(),
			"--start-block", fmt.Sprint(s.Info.StartBlock),
			"--sender-key-file", s.keyFile("relayer"),
			"--allow-simulation",
			"--listen", fmt.Sprintf("127.0.0.1:%d", port),
			// A dev chain with 1-second blocks: shallow confirmations, quick polling.
			"--confirmations", "1", "--tx-confirmations", "1",
			"--poll-interval", "250ms", "--tx-poll-interval", "250ms", "--fulfil-linger", "100ms",
		}
		for _, w := range s.Info.Workers {
			args = append(args, "--worker", w.URL)
		}
		p, err := s.spawn("relayer", nil, s.cfg.Bins.Relayer, args...)
		if err != nil {
			return err
		}
		last = waitFor(ctx, p, 60*time.Second, "relayer /readyz", httpOK(s.Info.RelayerURL+"/readyz"))
		if last == nil {
			return nil
		}
		p.stop(5 * time.Second)
		if !strings.Contains(last.Error(), "address already in use") {
			return last
		}
	}
	return last
}
