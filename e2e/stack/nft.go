package stack

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/internal/devkeys"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
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

// ArtProgram is the name of the art program under the artist's account (its programId is
// keccak256(abi.encode(artist, keccak256("art")))).
const ArtProgram = "art"

// ArtAuthorFee is the art program's author fee, wei (0.0004 ether): part of the minter's JobFee,
// credited to the program's earnings when a job settles and withdrawn by the artist.
var ArtAuthorFee = big.NewInt(4e14)

// Program runs the author's command (scripts/program.sh: teeo program ...) as the artist and
// returns its key=value lines; the lines saying what it did go to the stage notes.
func (s *Stack) Program(ctx context.Context, args ...string) (map[string]string, error) {
	args = append(args, "--rpc-url", s.Info.RPC, "--router", s.Info.Router.Hex(), "--author-key-file", s.keyFile("artist"))
	out, err := s.runTool(ctx, []string{"TEEO=" + s.cfg.Bins.Teeo}, filepath.Join(s.cfg.Root, "scripts", "program.sh"), args...)
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.Contains(line, ": tx ") || strings.HasPrefix(line, "sealed ") || strings.HasPrefix(line, "uploaded ") {
			s.note(line)
		}
	}
	return keyValues(out), nil
}

// publishArt is what the artist does, once for the whole fleet: `teeo program publish` creates
// the program "art" under the artist's account (author fee, allowlisted requesters only: none
// until the minter exists), seals the module to the fleet key the router records (signed manifest),
// uploads it to IPFS and publishes it as version 1.
func (s *Stack) publishArt(ctx context.Context) error {
	kv, err := s.Program(ctx, "publish", "--name", ArtProgram, "--wasm", s.cfg.Bins.ArtWasm, "--ipfs-api", s.Info.IPFSAPI,
		"--fee", ArtAuthorFee.String(), "--allowlist")
	if err != nil {
		return err
	}
	s.Info.ProgramID = common.HexToHash(kv["program_id"])
	s.Info.ProgramCID = kv["cid"]
	v, err := strconv.ParseUint(kv["version"], 10, 32)
	if err != nil || s.Info.ProgramID == (common.Hash{}) || s.Info.ProgramCID == "" {
		return fmt.Errorf("teeo program publish printed no program_id/version/cid: %v", kv)
	}
	s.Info.ProgramVersion = uint32(v)
	if want := protocol.ProgramIDOf(s.Info.Artist, ArtProgram); s.Info.ProgramID != want {
		return fmt.Errorf("published programId %s, want the artist's %x", s.Info.ProgramID, want)
	}
	return nil
}

// deployMinter deploys the dapp and has the artist allow it: the art program then runs only for
// the minter, and a direct request through the router is refused.
func (s *Stack) deployMinter(ctx context.Context) error {
	m := bindings.NewArtMinter()
	input := m.PackConstructor(s.Info.Router, s.Info.ProgramID, s.cfg.Price, s.cfg.JobFee, s.Info.Artist, ArtTTL)
	addr, tx, err := bind.DeployContract(s.transactor(AcctOwner), common.FromHex(bindings.ArtMinterMetaData.Bin), s.Client, input)
	if err != nil {
		return fmt.Errorf("deploy ArtMinter: %w", err)
	}
	if _, err := s.WaitReceipt(ctx, tx); err != nil {
		return err
	}
	s.Info.Minter = addr
	if _, err := s.Program(ctx, "allow", "--name", ArtProgram, "--requester", addr.Hex()); err != nil {
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
	// Payload is the program's stdin: the plaintext the collector sealed into Input (a sealed
	// mint), or Input's plaintext payload.
	Payload []byte
	// Sealed says the input is encrypted to the fleet key.
	Sealed bool
	// Version and Epoch are the program version and fleet epoch the request committed to.
	Version, Epoch uint32
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
	// Enclave is the enclave that signed the result (from the router's JobFulfilled event).
	Enclave common.Address
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

// ArtInput is the art program's input JSON for a token.
func ArtInput(tokenID *big.Int, seed [32]byte, owner common.Address) []byte {
	return []byte(fmt.Sprintf(`{"tokenId":%s,"seed":"%#x","owner":"%s"}`, tokenID, seed, strings.ToLower(owner.Hex())))
}

// SealArtInput encrypts the art program's input for a mint by `owner` through the minter: to the
// fleet key of `suite` the router records for its current epoch (read from the chain, as a
// frontend does), bound to this chain and router, the minter (the requester), the owner (the job's
// user) and the art program. Only the fleet's enclaves can read it, and it opens in no other job
// context.
func (s *Stack) SealArtInput(ctx context.Context, suite hpke.Suite, tokenID *big.Int, seed [32]byte, owner common.Address) (payload, input []byte, err error) {
	r := bindings.NewJobRouter()
	inst := r.Instance(s.Client, s.Info.Router)
	call := &bind.CallOpts{Context: ctx}
	epoch, err := bind.Call(inst, call, r.PackCurrentEpoch(), r.UnpackCurrentEpoch)
	if err != nil {
		return nil, nil, fmt.Errorf("currentEpoch: %w", err)
	}
	keys, err := bind.Call(inst, call, r.PackEpochKeys(epoch), r.UnpackEpochKeys)
	if err != nil {
		return nil, nil, fmt.Errorf("epochKeys(%d): %w", epoch, err)
	}
	raw := keys.X25519Key[:]
	if suite == hpke.SuiteXWing {
		raw = keys.XwingKey
	}
	key, err := hpke.ParsePublicKey(suite, raw)
	if err != nil {
		return nil, nil, fmt.Errorf("epoch %d %s key: %w", epoch, suite, err)
	}
	payload = ArtInput(tokenID, seed, owner)
	input, err = protocol.EncryptInput(key, epoch, protocol.InputBinding{
		ChainID: big.NewInt(s.Info.ChainID), Router: s.Info.Router, Requester: s.Info.Minter, User: owner, ProgramID: s.Info.ProgramID,
	}, payload, nil)
	return payload, input, err
}

// MintTokens sends n mint transactions from dev account acct (all at once, consecutive nonces),
// each with its art input sealed to the fleet key (ArtMinter.mintSealed; the third of every three
// to the post-quantum X-Wing key, the others to the X25519 key), waits for them and returns the
// mints with their job ids.
func (s *Stack) MintTokens(ctx context.Context, acct, n int) ([]Mint, error) {
	return s.mintTokens(ctx, acct, n, true)
}

// MintTokensPlain mints with ArtMinter.mint(): the minter builds a plaintext input on-chain.
func (s *Stack) MintTokensPlain(ctx context.Context, acct, n int) ([]Mint, error) {
	return s.mintTokens(ctx, acct, n, false)
}

func (s *Stack) mintTokens(ctx context.Context, acct, n int, sealed bool) ([]Mint, error) {
	m := bindings.NewArtMinter()
	inst := m.Instance(s.Client, s.Info.Minter)
	from := devkeys.Address(acct)
	nonce, err := s.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	next, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, m.PackNextTokenId(), m.UnpackNextTokenId)
	if err != nil {
		return nil, err
	}
	price, _ := new(big.Int).SetString(s.Info.Price, 10)
	sent := time.Now()
	var txs []*types.Transaction
	payloads := map[string][]byte{}
	for i := 0; i < n; i++ {
		opts := s.transactor(acct)
		opts.Context = ctx
		opts.Value = price
		opts.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		opts.GasLimit = 900_000
		data := m.PackMint()
		if sealed {
			// The token id this mint will get if nobody else mints in between (the art names it;
			// the minter cannot read the sealed input to check it).
			tokenID := new(big.Int).Add(next, big.NewInt(int64(i)))
			var seed [32]byte
			if _, err := rand.Read(seed[:]); err != nil {
				return nil, err
			}
			suite := hpke.SuiteX25519
			if i%3 == 2 {
				suite = hpke.SuiteXWing
			}
			payload, input, err := s.SealArtInput(ctx, suite, tokenID, seed, from)
			if err != nil {
				return nil, err
			}
			data = m.PackMintSealed(input)
			payloads[string(input)] = payload
		}
		tx, err := bind.Transact(inst, opts, data)
		if err != nil {
			return nil, fmt.Errorf("mint %d: %s", i, DescribeRevert(err))
		}
		txs = append(txs, tx)
	}
	var mints []Mint
	for _, tx := range txs {
		mt, err := s.mintOf(ctx, tx, sent)
		if err != nil {
			return nil, err
		}
		mt.Sealed = sealed
		if sealed {
			mt.Payload = payloads[string(mt.Input)]
		} else if in, err := protocol.DecodeInput(mt.Input); err == nil && !in.Encrypted {
			mt.Payload = in.Payload
		} else if env, err := protocol.DecodeEnvelope(mt.Input); err == nil && !env.Encrypted {
			mt.Payload = env.Payload // a version 1 plaintext envelope (0x10)
		}
		mints = append(mints, mt)
	}
	return mints, nil
}

// mintOf waits for a mint transaction and reads its token, job and request from the receipt.
func (s *Stack) mintOf(ctx context.Context, tx *types.Transaction, sent time.Time) (Mint, error) {
	rc, err := s.WaitReceipt(ctx, tx)
	if err != nil {
		return Mint{}, err
	}
	m, r := bindings.NewArtMinter(), bindings.NewJobRouter()
	mt := Mint{Block: rc.BlockNumber.Uint64(), Sent: sent}
	for _, l := range rc.Logs {
		if ev, err := m.UnpackMintRequestedEvent(l); err == nil && l.Address == s.Info.Minter {
			mt.TokenID, mt.JobID, mt.Minter = ev.TokenId, ev.JobId, ev.Minter
		}
		if ev, err := r.UnpackJobRequestedEvent(l); err == nil && l.Address == s.Info.Router {
			mt.Input, mt.Version, mt.Epoch = ev.Input, ev.Version, ev.Epoch
		}
	}
	if mt.TokenID == nil || mt.Input == nil {
		return Mint{}, fmt.Errorf("mint %s: no MintRequested/JobRequested event", tx.Hash())
	}
	return mt, nil
}

// MintSealedInput mints from key with a given sealed input (ArtMinter.mintSealed), e.g. one
// copied from someone else's mint.
func (s *Stack) MintSealedInput(ctx context.Context, key *ecdsa.PrivateKey, input []byte) (Mint, error) {
	m := bindings.NewArtMinter()
	price, _ := new(big.Int).SetString(s.Info.Price, 10)
	opts := s.TransactorFor(key)
	opts.Context, opts.Value, opts.GasLimit = ctx, price, 900_000
	sent := time.Now()
	tx, err := bind.Transact(m.Instance(s.Client, s.Info.Minter), opts, m.PackMintSealed(input))
	if err != nil {
		return Mint{}, fmt.Errorf("mintSealed: %s", DescribeRevert(err))
	}
	mt, err := s.mintOf(ctx, tx, sent)
	mt.Sealed = true
	return mt, err
}

// DirectRequest is what a stranger tries: calling the router's requestJob with the art program's
// id, paying the quoted fee, without going through the minter. The transaction is sent with a
// fixed gas limit, so it is mined and reverts on-chain; the custom error is read by replaying it.
func (s *Stack) DirectRequest(ctx context.Context, key *ecdsa.PrivateKey) (tx common.Hash, refusal string, err error) {
	r := bindings.NewJobRouter()
	inst := r.Instance(s.Client, s.Info.Router)
	from := crypto.PubkeyToAddress(key.PublicKey)
	const gas = 250_000
	fee, err := deploy.QuoteFee(ctx, s.Client, s.Info.Router, s.Info.ProgramID, gas)
	if err != nil {
		return common.Hash{}, "", fmt.Errorf("quoteFee: %w", err)
	}
	var seed [32]byte
	data := r.PackRequestJob(s.Info.ProgramID, 0, from, protocol.PlainInput(ArtInput(big.NewInt(777), seed, from), nil), gas, ArtTTL)
	opts := s.TransactorFor(key)
	opts.Context, opts.Value, opts.GasLimit = ctx, fee, 400_000
	sent, err := bind.Transact(inst, opts, data)
	if err != nil {
		return common.Hash{}, "", err
	}
	rc, err := s.WaitReceipt(ctx, sent)
	if err == nil {
		return sent.Hash(), "", fmt.Errorf("direct request %s was accepted (block %d)", sent.Hash(), rc.BlockNumber)
	}
	if rc == nil {
		return sent.Hash(), "", err
	}
	// Replay the call on the state it ran on to read the revert data.
	_, cerr := s.Client.CallContract(ctx, ethereum.CallMsg{From: from, To: &s.Info.Router, Value: fee, Gas: 400_000, Data: data},
		new(big.Int).Sub(rc.BlockNumber, big.NewInt(1)))
	if cerr == nil {
		return sent.Hash(), "", fmt.Errorf("direct request %s reverted, but its replay succeeds", sent.Hash())
	}
	return sent.Hash(), DescribeRevert(cerr), nil
}

// DescribeRevert names the custom error in an RPC error's revert data ("Name(arg, ...)"), decoded
// with the ABIs of the router and the minter; other errors are returned as text.
func DescribeRevert(err error) string {
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return err.Error()
	}
	hexData, _ := de.ErrorData().(string)
	data := common.FromHex(hexData)
	if len(data) < 4 {
		return err.Error()
	}
	for _, md := range []*bind.MetaData{&bindings.JobRouterMetaData, &bindings.ArtMinterMetaData} {
		a, perr := md.ParseABI()
		if perr != nil {
			continue
		}
		for name, e := range a.Errors {
			if !bytes.Equal(e.ID[:4], data[:4]) {
				continue
			}
			vals, uerr := e.Inputs.Unpack(data[4:])
			if uerr != nil {
				return name + "(?)"
			}
			args := make([]string, len(vals))
			for i, v := range vals {
				switch x := v.(type) {
				case [32]byte:
					args[i] = fmt.Sprintf("%#x", x)
				case common.Address:
					args[i] = x.Hex()
				default:
					args[i] = fmt.Sprint(v)
				}
			}
			return name + "(" + strings.Join(args, ", ") + ")"
		}
	}
	return fmt.Sprintf("unknown error %#x (%v)", data[:4], err)
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
		enclave, err := s.fulfiller(ctx, t.JobID, t.Block)
		if err != nil {
			return tokens, err
		}
		t.Enclave = enclave
		if t.State != TokenMinted {
			continue
		}
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

// fulfiller returns the enclave of the router's JobFulfilled event of a job (zero if none).
func (s *Stack) fulfiller(ctx context.Context, jobID common.Hash, from uint64) (common.Address, error) {
	logs, err := s.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{s.Info.Router}, Topics: [][]common.Hash{nil, {jobID}}})
	if err != nil {
		return common.Address{}, err
	}
	r := bindings.NewJobRouter()
	for i := range logs {
		if ev, err := r.UnpackJobFulfilledEvent(&logs[i]); err == nil {
			return ev.Enclave, nil
		}
	}
	return common.Address{}, nil
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
