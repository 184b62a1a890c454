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
}

// startWeb serves examples/nft/web/dist (built by scripts/web.sh), /config.json and /relayer/
// (a proxy to the relayer's HTTP API, which sends no CORS headers).
func (s *Stack) startWeb(ctx context.Context) error {
	dist := filepath.Join(s.cfg.Root, "examples", "nft", "web", "dist")
	if _, err := os.Stat(filepath.Join(dist, "index.html")); err != nil {
		if err := BuildWeb(ctx, s.cfg.Root); err != nil {
			return err
		}
	}
	relayer, err := url.Parse(s.Info.RelayerURL)
	if err != nil {
		return err
	}
	cfg := WebConfig{ChainID: s.Info.ChainID, RPC: s.Info.RPC, Router: s.Info.Router.Hex(), Minter: s.Info.Minter.Hex(),
		Price: s.Info.Price, IPFSGateway: s.Info.IPFSGateway, RelayerAPI: "/relayer", Simulation: true}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /config.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		_ = json.NewEncoder(w).Encode(cfg)
	})
	mux.Handle("/relayer/", http.StripPrefix("/relayer", httputil.NewSingleHostReverseProxy(relayer)))
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
