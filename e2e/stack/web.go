package stack

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// WebConfig is the page's /config.json: where the chain, the contracts, the relayer's job API
// and the IPFS gateway are.
type WebConfig struct {
	ChainID     int64  `json:"chainId"`
	RPC         string `json:"rpcUrl"`
	Router      string `json:"router"`
	Minter      string `json:"minter"`
	Price       string `json:"price"`
	IPFSGateway string `json:"ipfsGateway"`
	// RelayerAPI is the relayer's HTTP API, proxied by this server (same origin).
	RelayerAPI string `json:"relayerApi"`
	// Simulation says the worker runs without SGX (the page shows a warning).
	Simulation bool `json:"simulation"`
	// CreditCheck is the credit check lender (examples/credit/web, served under /credit/) when the
	// stack deployed it.
	CreditCheck string `json:"creditCheck,omitempty"`
	// CreditDemoToken is the token the stack's example bank knows (local demo data, not a secret of
	// anyone): the credit page fills it in.
	CreditDemoToken string `json:"creditDemoToken,omitempty"`
}

// startWeb serves examples/nft/web/dist (built by scripts/web.sh) at /, examples/credit/web/dist
// at /credit/ (its config names the lender once the stack deployed it: Info.CreditCheck), /config.json (also as
// /credit/config.json) and /relayer/ (a proxy to the relayer's HTTP API, which sends no CORS
// headers; /credit/relayer/ too).
func (s *Stack) startWeb(ctx context.Context) error {
	dist := filepath.Join(s.cfg.Root, "examples", "nft", "web", "dist")
	credit := filepath.Join(s.cfg.Root, "examples", "credit", "web", "dist")
	for _, d := range []string{dist, credit} { // scripts/web.sh builds both
		if _, err := os.Stat(filepath.Join(d, "index.html")); err != nil {
			if err := BuildWeb(ctx, s.cfg.Root); err != nil {
				return err
			}
			break
		}
	}
	relayer, err := url.Parse(s.Info.RelayerURL)
	if err != nil {
		return err
	}
	cfg := WebConfig{ChainID: s.Info.ChainID, RPC: s.Info.RPC, Router: s.Info.Router.Hex(), Minter: s.Info.Minter.Hex(),
		Price: s.Info.Price, IPFSGateway: s.Info.IPFSGateway, RelayerAPI: "relayer", Simulation: true}
	mux := http.NewServeMux()
	serveConfig := func(w http.ResponseWriter, r *http.Request) {
		c := cfg
		s.mu.Lock()
		if s.Info.CreditCheck != (common.Address{}) { // may be deployed after the web stage
			c.CreditCheck = s.Info.CreditCheck.Hex()
			if s.examples != nil && s.examples.Credit == s.Info.CreditCheck {
				c.CreditDemoToken = string(s.examples.BankToken)
			}
		}
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		_ = json.NewEncoder(w).Encode(c)
	}
	mux.HandleFunc("GET /config.json", serveConfig)
	mux.HandleFunc("GET /credit/config.json", serveConfig)
	proxy := httputil.NewSingleHostReverseProxy(relayer)
	mux.Handle("/relayer/", http.StripPrefix("/relayer", proxy))
	mux.Handle("/credit/relayer/", http.StripPrefix("/credit/relayer", proxy))
	mux.Handle("/credit/", http.StripPrefix("/credit", http.FileServer(http.Dir(credit))))
	mux.Handle("/", http.FileServer(http.Dir(dist)))
	ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", s.cfg.WebPort))
	if err != nil {
		return fmt.Errorf("web: %w", err)
	}
	s.web = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = s.web.Serve(ln) }()
	s.Info.WebURL = "http://" + ln.Addr().String() + "/"
	return waitFor(ctx, nil, 5*time.Second, "web page", httpOK(s.Info.WebURL+"config.json"))
}

// SetCreditCheck names the credit check lender the credit page uses (its config.json says so from
// the next request on).
func (s *Stack) SetCreditCheck(lender common.Address) {
	s.mu.Lock()
	s.Info.CreditCheck = lender
	s.mu.Unlock()
}
