package stack

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/internal/devkeys"
)

// ArtTTL is the ttl of the minter's jobs.
const ArtTTL = 3600

// Token states of ArtMinter.TokenState.
const (
	TokenNone uint8 = iota
	TokenPending
	TokenMinted
	TokenFailed
	TokenExpired
)

// ArtProgram is the name of the art program under the artist's account; ArtAuthorFee is what the
// artist earns per job (part of the minter's JobFee), paid by the router when a job settles.
const ArtProgram = "art"

// ArtAuthorFee is the art program's author fee, wei (0.0004 ether).
var ArtAuthorFee = big.NewInt(4e14)

// publishArt is what the artist does: encrypt the secret program for the registered enclave and
// upload it (teeo), then create the program "art" under the artist's account with an author fee,
// restricted to allowlisted requesters (none until the minter exists), and publish the upload as
// version 1.
func (s *Stack) publishArt(ctx context.Context) error {
	teeo := s.cfg.Bins.Teeo
	blob := filepath.Join(s.cfg.Dir, "art.enc")
	codeHash, err := s.runTool(ctx, nil, teeo, "program-id", "--wasm", s.cfg.Bins.ArtWasm)
	if err != nil {
		return err
	}
	if _, err := s.runTool(ctx, nil, teeo, "encrypt-program", "--wasm", s.cfg.Bins.ArtWasm, "--rpc", s.Info.RPC,
		"--router", s.Info.Router.Hex(), "--enclave-signer", s.Info.Enclave.Hex(), "--allow-simulation", "--out", blob); err != nil {
		return err
	}
	cid, err := s.runTool(ctx, nil, teeo, "upload", "--file", blob, "--ipfs-api", s.Info.IPFSAPI)
	if err != nil {
		return err
	}
	s.Info.ProgramCID = strings.TrimSpace(cid)
	id, err := deploy.CreateProgram(ctx, s.Client, s.transactor(AcctArtist), s.Info.Router, deploy.Program{
		Name: ArtProgram, AuthorFee: ArtAuthorFee, AllowlistOnly: true,
		CodeHash: common.HexToHash(strings.TrimSpace(codeHash)), CID: s.Info.ProgramCID,
	}, nil)
	if err != nil {
		return fmt.Errorf("create the art program: %w", err)
	}
	s.Info.ProgramID = id
	return nil
}

func (s *Stack) deployMinter(ctx context.Context) error {
	m := bindings.NewArtMinter()
	input := m.PackConstructor(s.Info.Router, s.Info.ProgramID, s.cfg.Price, s.cfg.JobFee, devkeys.Address(AcctArtist), ArtTTL)
	addr, tx, err := bind.DeployContract(s.transactor(AcctOwner), common.FromHex(bindings.ArtMinterMetaData.Bin), s.Client, input)
	if err != nil {
		return fmt.Errorf("deploy ArtMinter: %w", err)
	}
	if _, err := s.WaitReceipt(ctx, tx); err != nil {
		return err
	}
	s.Info.Minter = addr
	// The art program runs only for the minter: a direct request through the router is refused.
	if err := deploy.AllowRequesters(ctx, s.Client, s.transactor(AcctArtist), s.Info.Router, ArtProgram, ArtAuthorFee,
		[]common.Address{addr}, nil); err != nil {
		return fmt.Errorf("restrict the art program to the minter: %w", err)
	}
	return nil
}

// Mint is a mint the chain accepted: the token id is reserved and its job requested.
type Mint struct {
	TokenID *big.Int
	JobID   common.Hash
	Minter  common.Address
	// Input is the job input the router recorded in JobRequested.
	Input []byte
	// Block is the block of the mint transaction.
	Block uint64
	// Sent is when the transaction was sent.
	Sent time.Time
}

// Token is a token whose job has been settled.
type Token struct {
	Mint
	State  uint8 // TokenMinted, TokenFailed, ...
	Status uint8 // result status the enclave signed
	Owner  common.Address
	CID    string
	// TokenURI is the on-chain metadata URI; Metadata its decoded JSON.
	TokenURI string
	Metadata Metadata
	// Art is the image fetched through the IPFS gateway from Metadata.Image.
	Art []byte
	// Settled is when the stack saw the token leave the pending state.
	Settled time.Time
}

// Metadata is an ERC-721 metadata document.
type Metadata struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Image       string `json:"image"`
	Attributes  []struct {
		TraitType string `json:"trait_type"`
		Value     string `json:"value"`
	} `json:"attributes"`
}

// MintTokens sends n mint transactions from dev account acct (all at once, consecutive nonces),
// waits for them and returns the mints with their job ids.
func (s *Stack) MintTokens(ctx context.Context, acct, n int) ([]Mint, error) {
	m := bindings.NewArtMinter()
	inst := m.Instance(s.Client, s.Info.Minter)
	from := devkeys.Address(acct)
	nonce, err := s.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	price, _ := new(big.Int).SetString(s.Info.Price, 10)
	sent := time.Now()
	var txs []*types.Transaction
	for i := 0; i < n; i++ {
		opts := s.transactor(acct)
		opts.Context = ctx
		opts.Value = price
		opts.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		opts.GasLimit = 600_000
		tx, err := bind.Transact(inst, opts, m.PackMint())
		if err != nil {
			return nil, fmt.Errorf("mint %d: %w", i, err)
		}
		txs = append(txs, tx)
	}
	r := bindings.NewJobRouter()
	var mints []Mint
	for _, tx := range txs {
		rc, err := s.WaitReceipt(ctx, tx)
		if err != nil {
			return nil, err
		}
		mt := Mint{Block: rc.BlockNumber.Uint64(), Sent: sent}
		for _, l := range rc.Logs {
			if ev, err := m.UnpackMintRequestedEvent(l); err == nil && l.Address == s.Info.Minter {
				mt.TokenID, mt.JobID, mt.Minter = ev.TokenId, ev.JobId, ev.Minter
			}
			if ev, err := r.UnpackJobRequestedEvent(l); err == nil && l.Address == s.Info.Router {
				mt.Input = ev.Input
			}
		}
		if mt.TokenID == nil || mt.Input == nil {
			return nil, fmt.Errorf("mint %s: no MintRequested/JobRequested event", tx.Hash())
		}
		mints = append(mints, mt)
	}
	return mints, nil
}

// WaitTokens waits until every mint's job is settled on-chain, then reads each token: owner, art
// CID, tokenURI and its metadata, and the art through the IPFS gateway (checked against its CID).
func (s *Stack) WaitTokens(ctx context.Context, mints []Mint, timeout time.Duration) ([]Token, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	m := bindings.NewArtMinter()
	inst := m.Instance(s.Client, s.Info.Minter)
	call := &bind.CallOpts{Context: ctx}
	tokens := make([]Token, len(mints))
	left := len(mints)
	for left > 0 {
		for i := range mints {
			if tokens[i].TokenID != nil {
				continue
			}
			info, err := bind.Call(inst, call, m.PackTokenInfo(mints[i].TokenID), m.UnpackTokenInfo)
			if err != nil {
				return nil, err
			}
			if info.State == TokenPending {
				continue
			}
			tokens[i] = Token{Mint: mints[i], State: info.State, Status: info.Status, Settled: time.Now()}
			left--
		}
		if left == 0 {
			break
		}
		select {
		case <-ctx.Done():
			return tokens, fmt.Errorf("%d of %d mints still pending after %s (relayer log: %s)", left, len(mints), timeout, s.cfg.Dir+"/logs/relayer.log")
		case <-time.After(250 * time.Millisecond):
		}
	}
	for i := range tokens {
		t := &tokens[i]
		if t.State != TokenMinted {
			continue
		}
		var err error
		if t.Owner, err = bind.Call(inst, call, m.PackOwnerOf(t.TokenID), m.UnpackOwnerOf); err != nil {
			return tokens, err
		}
		if t.CID, err = bind.Call(inst, call, m.PackArtCid(t.TokenID), m.UnpackArtCid); err != nil {
			return tokens, err
		}
		if t.TokenURI, err = bind.Call(inst, call, m.PackTokenURI(t.TokenID), m.UnpackTokenURI); err != nil {
			return tokens, err
		}
		if t.Metadata, err = ParseTokenURI(t.TokenURI); err != nil {
			return tokens, fmt.Errorf("token %s: %w", t.TokenID, err)
		}
		cid, ok := strings.CutPrefix(t.Metadata.Image, "ipfs://")
		if !ok {
			return tokens, fmt.Errorf("token %s: image %q is not an ipfs:// URI", t.TokenID, t.Metadata.Image)
		}
		if t.Art, err = FetchIPFS(ctx, s.Info.IPFSGateway, cid); err != nil {
			return tokens, fmt.Errorf("token %s: %w", t.TokenID, err)
		}
	}
	return tokens, nil
}

// ParseTokenURI decodes a `data:application/json;base64,` token URI.
func ParseTokenURI(uri string) (Metadata, error) {
	var md Metadata
	b64, ok := strings.CutPrefix(uri, "data:application/json;base64,")
	if !ok {
		return md, fmt.Errorf("token URI %.40q is not a base64 JSON data URI", uri)
	}
	raw, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return md, fmt.Errorf("token URI: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&md); err != nil {
		return md, fmt.Errorf("token metadata %q: %w", raw, err)
	}
	return md, nil
}

// FetchIPFS gets a raw-block CID through an HTTP gateway and checks the bytes hash to the CID
// (a gateway is not trusted).
func FetchIPFS(ctx context.Context, gateway, cid string) ([]byte, error) {
	want, err := ipfs.ParseCID(cid)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, GatewayURL(gateway, cid), nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, ipfs.MaxBlockBytes+1))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", req.URL, resp.Status)
	}
	if got := ipfs.RawCID(body); !got.Equals(want) {
		return nil, errors.New("gateway answered bytes that do not hash to " + cid)
	}
	return body, nil
}

// GatewayURL is where a browser finds a CID on a gateway.
func GatewayURL(gateway, cid string) string { return strings.TrimRight(gateway, "/") + "/ipfs/" + cid }
