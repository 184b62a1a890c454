package main

// Program commands for authors (issue 12): a program is the author's product on the router,
// namespaced by the author's address (programId = keccak256(abi.encode(author, keccak256(name)))).
//
//	teeo program publish   create the program if new (fee, policy), seal the module to the on-chain
//	                       fleet key, upload it to IPFS, publish it as the next version
//	teeo program policy    set the fee per job and open/allowlist mode
//	teeo program allow     add (or --remove) a requester contract on the allowlist
//	teeo program retire    retire every version below --below
//	teeo program withdraw  send the program's earned author fees to --to
//	teeo program show      the program's record, versions and the fee a request pays now
//
// Every command that sends a transaction prints what it did and the transaction hash; a refused
// transaction is reported with the router's custom error (name and arguments).

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/bindings/reverts"
	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
	"github.com/teeoracle/teeoracle/protocol/wasmmod"
)

// Program flags of IProgramRegistry.Program.flags.
const (
	programExists    = 1
	programAllowlist = 2
)

var (
	nameFlag          = &cli.StringFlag{Name: "name", Usage: "program name (the programId is derived from it and the author's address)", EnvVars: env("NAME"), Required: true}
	authorKeyFileFlag = &cli.StringFlag{Name: "author-key-file", Usage: "file holding the author's secp256k1 private key (hex); the author's address owns the program", EnvVars: env("AUTHOR_KEY_FILE")}
	authorKeyFlag     = &cli.StringFlag{Name: "author-key", Hidden: true, EnvVars: env("AUTHOR_KEY")}
	feeFlag           = &cli.StringFlag{Name: "fee", Usage: "author fee per job, wei (or with a unit: 0.0004ether, 400000gwei)", EnvVars: env("FEE")}
)

func init() { register(programCommand) }

func programCommand() *cli.Command {
	chain := []cli.Flag{rpcFlag, routerFlag, timeoutFlag, authorKeyFileFlag, authorKeyFlag, nameFlag}
	return &cli.Command{
		Name:     "program",
		Category: groupAuthors,
		Usage:    "publish and manage your programs on the router (versions, policy, author fee, earnings)",
		Subcommands: []*cli.Command{
			{
				Name: "publish",
				Usage: "create the program on first use (--fee, --allowlist), seal --wasm to the router's current fleet key, " +
					"upload it to IPFS and publish it as the next version (it becomes the current version)",
				Flags: append([]cli.Flag{wasmFlag, ipfsFlag, feeFlag,
					&cli.BoolFlag{Name: "allowlist", Usage: "when creating: only allowlisted requester contracts may request it", EnvVars: env("ALLOWLIST")},
					&cli.StringFlag{Name: "suite", Value: "x25519", Usage: "fleet key suite to seal to: x25519 or xwing", EnvVars: env("SUITE")},
				}, chain...),
				Action: programPublish,
			},
			{
				Name:  "policy",
				Usage: "set the author fee per job (--fee) and who may request: --open (anyone) or --allowlist (allowlisted requesters)",
				Flags: append([]cli.Flag{feeFlag,
					&cli.BoolFlag{Name: "open", Usage: "anyone may request the program"},
					&cli.BoolFlag{Name: "allowlist", Usage: "only allowlisted requester contracts may request the program"},
				}, chain...),
				Action: programPolicy,
			},
			{
				Name:  "allow",
				Usage: "add a requester contract to the program's allowlist (--remove: take it off)",
				Flags: append([]cli.Flag{
					&cli.StringSliceFlag{Name: "requester", Usage: "requester contract address (repeatable)", Required: true},
					&cli.BoolFlag{Name: "remove", Usage: "remove instead of add"},
				}, chain...),
				Action: programAllow,
			},
			{
				Name:  "retire",
				Usage: "retire every version below --below (new requests for them are refused; open jobs still settle)",
				Flags: append([]cli.Flag{
					&cli.UintFlag{Name: "below", Usage: "lowest version that stays available", Required: true},
				}, chain...),
				Action: programRetire,
			},
			{
				Name:  "withdraw",
				Usage: "send the program's earned author fees to --to (default: the author)",
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "to", Usage: "payee address (default: the author's)"},
				}, chain...),
				Action: programWithdraw,
			},
			{
				Name:  "show",
				Usage: "print a program's record: author fee, current and lowest version, policy, earnings, versions, quoted fee",
				Flags: []cli.Flag{rpcFlag, routerFlag, timeoutFlag, authorKeyFileFlag, authorKeyFlag,
					&cli.StringFlag{Name: "name", Usage: "program name (with --author or the author key)", EnvVars: env("NAME")},
					&cli.StringFlag{Name: "author", Usage: "author address (default: the author key's)", EnvVars: env("AUTHOR")},
					&cli.StringFlag{Name: "program-id", Usage: "programId (instead of --name and --author)", EnvVars: env("PROGRAM_ID")},
					&cli.UintFlag{Name: "callback-gas", Value: 250_000, Usage: "callback gas limit to quote the fee for"},
				},
				Action: programShow,
			},
		},
	}
}

// routerBackend is what the program commands need from a chain client.
type routerBackend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// dialRouter connects to --rpc-url; waitMined waits for a transaction's receipt. Variables so
// tests can use an in-process chain (which mines on demand).
var (
	dialRouter = func(ctx context.Context, url string) (routerBackend, func(), error) {
		c, err := ethclient.DialContext(ctx, url)
		if err != nil {
			return nil, nil, fmt.Errorf("dial %s: %w", url, err)
		}
		return c, c.Close, nil
	}
	waitMined = func(ctx context.Context, b routerBackend, tx *types.Transaction) (*types.Receipt, error) {
		return bind.WaitMined(ctx, b, tx.Hash())
	}
)

// routerSession is a connection to the router with the author's key.
type routerSession struct {
	c       *cli.Context
	ctx     context.Context
	client  routerBackend
	router  common.Address
	chainID *big.Int
	r       *bindings.JobRouter
	inst    *bind.BoundContract
	key     *ecdsa.PrivateKey // nil for read-only commands without a key
	author  common.Address
}

func openRouter(c *cli.Context, needKey bool) (*routerSession, func(), error) {
	if c.String("rpc-url") == "" || !common.IsHexAddress(c.String("router")) {
		return nil, nil, errors.New("--rpc-url and --router are needed")
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	client, closeFn, err := dialRouter(ctx, c.String("rpc-url"))
	if err != nil {
		cancel()
		return nil, nil, err
	}
	done := func() { closeFn(); cancel() }
	s := &routerSession{c: c, ctx: ctx, client: client, router: common.HexToAddress(c.String("router")), r: bindings.NewJobRouter()}
	s.inst = s.r.Instance(client, s.router)
	if s.chainID, err = client.ChainID(ctx); err != nil {
		done()
		return nil, nil, fmt.Errorf("chain id: %w", err)
	}
	if key, err := authorKey(c); err == nil {
		s.key, s.author = key, crypto.PubkeyToAddress(key.PublicKey)
	} else if needKey {
		done()
		return nil, nil, err
	}
	return s, done, nil
}

// authorKey reads the author's key (--author-key-file, or TEEO_AUTHOR_KEY).
func authorKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	keyText := c.String("author-key")
	if f := c.String("author-key-file"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		keyText = string(b)
	}
	if strings.TrimSpace(keyText) == "" {
		return nil, errors.New("the author's key is needed: --author-key-file FILE (or TEEO_AUTHOR_KEY)")
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(keyText), "0x"))
	if err != nil {
		return nil, fmt.Errorf("author key: %w", err)
	}
	return key, nil
}

func (s *routerSession) call() *bind.CallOpts { return &bind.CallOpts{Context: s.ctx} }

func (s *routerSession) program(id [32]byte) (bindings.IProgramRegistryProgram, error) {
	p, err := bind.Call(s.inst, s.call(), s.r.PackProgram(id), s.r.UnpackProgram)
	if err != nil {
		return p, fmt.Errorf("router program: %w", err)
	}
	return p, nil
}

// send sends one author transaction, waits for it and prints `what` with its hash. A refusal
// (at gas estimation or in the block) is reported with the router's custom error.
func (s *routerSession) send(what string, data []byte) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(s.key, s.chainID)
	opts.Context = s.ctx
	tx, err := bind.Transact(s.inst, opts, data)
	if err != nil {
		return nil, fmt.Errorf("%s: refused: %s", what, describeRevert(err))
	}
	rc, err := waitMined(s.ctx, s.client, tx)
	if err != nil {
		return nil, fmt.Errorf("%s: tx %s: %w", what, tx.Hash(), err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return rc, fmt.Errorf("%s: tx %s reverted", what, tx.Hash())
	}
	fmt.Fprintf(s.c.App.Writer, "%s: tx %s (block %d, gas %d)\n", what, tx.Hash(), rc.BlockNumber, rc.GasUsed)
	return rc, nil
}

// describeRevert names the router's custom error in a refused call: "Name(arg, ...)".
func describeRevert(err error) string {
	if name, ok := revertError(err); ok {
		return name
	}
	return err.Error()
}

// revertError names the router's custom error carried by an RPC error (bindings/reverts: one
// decoder for teeo and the relayer).
func revertError(err error) (string, bool) { return reverts.Name(err) }

// parseWei reads an amount: wei, or a decimal with the unit ether or gwei ("0.0004ether").
func parseWei(s string) (*big.Int, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	unit := big.NewInt(1)
	for _, u := range []struct {
		suffix string
		wei    *big.Int
	}{{"ether", big.NewInt(1e18)}, {"gwei", big.NewInt(1e9)}, {"wei", big.NewInt(1)}} {
		if strings.HasSuffix(s, u.suffix) {
			s, unit = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.wei
			break
		}
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("amount %q: want wei or a decimal with ether/gwei", s)
	}
	r.Mul(r, new(big.Rat).SetInt(unit))
	if !r.IsInt() {
		return nil, fmt.Errorf("amount %q is not a whole number of wei", s)
	}
	return r.Num(), nil
}

func fmtEther(wei *big.Int) string {
	r := new(big.Rat).SetFrac(wei, big.NewInt(1e18))
	return strings.TrimRight(strings.TrimRight(r.FloatString(18), "0"), ".") + " ether"
}

func programPublish(c *cli.Context) error {
	module, err := os.ReadFile(c.String("wasm"))
	if err != nil {
		return err
	}
	if !strings.HasPrefix(string(module), "\x00asm") {
		return fmt.Errorf("%s is not a WebAssembly module", c.String("wasm"))
	}
	if err := wasmmod.CheckCommand(module); err != nil {
		return fmt.Errorf("--wasm %s: %w", c.String("wasm"), err)
	}
	suite, err := hpke.ParseSuite(c.String("suite"))
	if err != nil {
		return err
	}
	s, done, err := openRouter(c, true)
	if err != nil {
		return err
	}
	defer done()
	w := c.App.Writer
	name := c.String("name")
	id := protocol.ProgramIDOf(s.author, name)
	p, err := s.program(id)
	if err != nil {
		return err
	}
	// Seal to the fleet key the chain records (the router's current epoch), never to one a worker
	// or relayer hands out. Read first: without it nothing is sent.
	fk, err := readFleetKey(s.ctx, s.client, s.router, suite, 0)
	if err != nil {
		return err
	}
	if p.Flags&programExists == 0 {
		fee := new(big.Int)
		if c.IsSet("fee") {
			if fee, err = parseWei(c.String("fee")); err != nil {
				return err
			}
		}
		what := fmt.Sprintf("created program %q (author %s, author fee %s, %s)", name, s.author, fmtEther(fee), policyName(c.Bool("allowlist")))
		if _, err := s.send(what, s.r.PackCreateProgram(name, fee, c.Bool("allowlist"))); err != nil {
			return err
		}
		if p, err = s.program(id); err != nil {
			return err
		}
	} else if c.IsSet("fee") || c.IsSet("allowlist") {
		return errors.New("the program exists: change its fee and policy with `teeo program policy`")
	}
	version := p.CurrentVersion + 1
	domain := protocol.Domain{ChainID: s.chainID, Router: s.router}
	blob, m, err := protocol.SealProgram(fk.Key, fk.Epoch, domain, s.key, name, version, module)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "sealed version %d to fleet epoch %d (%s key read from the router): code_hash %#x, %d-byte blob signed by the author\n",
		version, fk.Epoch, suite, m.CodeHash, len(blob))
	cid, err := ipfs.New(c.String("ipfs-api")).Add(s.ctx, blob)
	if err != nil {
		return fmt.Errorf("upload to IPFS: %w", err)
	}
	fmt.Fprintf(w, "uploaded to IPFS: %s\n", cid)
	rc, err := s.send(fmt.Sprintf("published version %d of %q (current version now)", version, name), s.r.PackPublishVersion(name, m.CodeHash, cid))
	if err != nil {
		return err
	}
	for _, l := range rc.Logs {
		if ev, err := s.r.UnpackVersionPublishedEvent(l); err == nil && ev.ProgramId == id && ev.Version != version {
			return fmt.Errorf("the router published version %d, but the blob's manifest says %d (another publication raced this one): publish again", ev.Version, version)
		}
	}
	fmt.Fprintf(w, "program_id=%#x\nauthor=%s\nname=%s\nversion=%d\ncode_hash=%#x\ncid=%s\nepoch=%d\ntx=%s\n",
		id, s.author, name, version, m.CodeHash, cid, fk.Epoch, rc.TxHash)
	return nil
}

func policyName(allowlist bool) string {
	if allowlist {
		return "allowlisted requesters only"
	}
	return "open to any requester"
}

func programPolicy(c *cli.Context) error {
	if c.Bool("open") && c.Bool("allowlist") {
		return errors.New("give --open or --allowlist, not both")
	}
	s, done, err := openRouter(c, true)
	if err != nil {
		return err
	}
	defer done()
	name := c.String("name")
	id := protocol.ProgramIDOf(s.author, name)
	p, err := s.program(id)
	if err != nil {
		return err
	}
	if p.Flags&programExists == 0 {
		return fmt.Errorf("%s has no program %q (programId %#x): publish it first", s.author, name, id)
	}
	fee, allowlist := p.AuthorFee, p.Flags&programAllowlist != 0
	if c.IsSet("fee") {
		if fee, err = parseWei(c.String("fee")); err != nil {
			return err
		}
	}
	if c.Bool("open") || c.Bool("allowlist") {
		allowlist = c.Bool("allowlist")
	}
	what := fmt.Sprintf("policy of %q set: author fee %s per job, %s", name, fmtEther(fee), policyName(allowlist))
	rc, err := s.send(what, s.r.PackSetPolicy(name, fee, allowlist))
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "program_id=%#x\ntx=%s\n", id, rc.TxHash)
	return nil
}

func programAllow(c *cli.Context) error {
	s, done, err := openRouter(c, true)
	if err != nil {
		return err
	}
	defer done()
	name := c.String("name")
	allowed := !c.Bool("remove")
	for _, a := range c.StringSlice("requester") {
		if !common.IsHexAddress(a) {
			return fmt.Errorf("--requester %q is not an address", a)
		}
		addr := common.HexToAddress(a)
		what := fmt.Sprintf("allowlist of %q: %s added", name, addr)
		if !allowed {
			what = fmt.Sprintf("allowlist of %q: %s removed", name, addr)
		}
		rc, err := s.send(what, s.r.PackSetAllowed(name, addr, allowed))
		if err != nil {
			return err
		}
		fmt.Fprintf(c.App.Writer, "tx=%s\n", rc.TxHash)
	}
	id := protocol.ProgramIDOf(s.author, name)
	if p, err := s.program(id); err == nil && p.Flags&programAllowlist == 0 {
		fmt.Fprintf(c.App.ErrWriter, "note: %q is open to any requester; the allowlist counts once `teeo program policy --allowlist` is set\n", name)
	}
	fmt.Fprintf(c.App.Writer, "program_id=%#x\n", id)
	return nil
}

func programRetire(c *cli.Context) error {
	below := c.Uint("below")
	if below == 0 || below > 1<<32-1 {
		return errors.New("--below must be a version number >= 1")
	}
	s, done, err := openRouter(c, true)
	if err != nil {
		return err
	}
	defer done()
	name := c.String("name")
	rc, err := s.send(fmt.Sprintf("retired the versions of %q below %d", name, below), s.r.PackRetireVersionsBelow(name, uint32(below)))
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "program_id=%#x\nmin_version=%d\ntx=%s\n", protocol.ProgramIDOf(s.author, name), below, rc.TxHash)
	return nil
}

func programWithdraw(c *cli.Context) error {
	s, done, err := openRouter(c, true)
	if err != nil {
		return err
	}
	defer done()
	to := s.author
	if t := c.String("to"); t != "" {
		if !common.IsHexAddress(t) {
			return fmt.Errorf("--to %q is not an address", t)
		}
		to = common.HexToAddress(t)
	}
	name := c.String("name")
	id := protocol.ProgramIDOf(s.author, name)
	p, err := s.program(id)
	if err != nil {
		return err
	}
	rc, err := s.send(fmt.Sprintf("withdrew the earnings of %q (%s) to %s", name, fmtEther(p.Earnings), to), s.r.PackWithdrawEarnings(name, to))
	if err != nil {
		return err
	}
	amount := p.Earnings
	for _, l := range rc.Logs {
		if ev, err := s.r.UnpackEarningsWithdrawnEvent(l); err == nil && ev.ProgramId == id {
			amount = ev.Amount
		}
	}
	fmt.Fprintf(c.App.Writer, "program_id=%#x\namount_wei=%s\nto=%s\ntx=%s\n", id, amount, to, rc.TxHash)
	return nil
}

func programShow(c *cli.Context) error {
	s, done, err := openRouter(c, false)
	if err != nil {
		return err
	}
	defer done()
	var id [32]byte
	switch {
	case c.String("program-id") != "":
		if id, err = bytes32(c, "program-id"); err != nil {
			return err
		}
	case c.String("name") != "":
		author := s.author
		if a := c.String("author"); a != "" {
			if !common.IsHexAddress(a) {
				return fmt.Errorf("--author %q is not an address", a)
			}
			author = common.HexToAddress(a)
		}
		if author == (common.Address{}) {
			return errors.New("give --author (or the author key) with --name")
		}
		id = protocol.ProgramIDOf(author, c.String("name"))
	default:
		return errors.New("give --program-id, or --name with --author")
	}
	p, err := s.program(id)
	if err != nil {
		return err
	}
	w := c.App.Writer
	if p.Flags&programExists == 0 {
		return fmt.Errorf("no program %#x on router %s", id, s.router)
	}
	fmt.Fprintf(w, "program_id=%#x\nauthor_fee_wei=%s\npolicy=%s\ncurrent_version=%d\nmin_version=%d\nearnings_wei=%s\n",
		id, p.AuthorFee, map[bool]string{true: "allowlist", false: "open"}[p.Flags&programAllowlist != 0], p.CurrentVersion, p.MinVersion, p.Earnings)
	for v := uint32(1); v <= p.CurrentVersion; v++ {
		ver, err := bind.Call(s.inst, s.call(), s.r.PackVersionOf(id, v), s.r.UnpackVersionOf)
		if err != nil {
			return err
		}
		state := "available"
		if v < p.MinVersion {
			state = "retired"
		}
		fmt.Fprintf(w, "version_%d=%s code_hash=%#x cid=%s\n", v, state, ver.CodeHash, ver.Cid)
	}
	gas := c.Uint("callback-gas")
	if fee, err := deploy.QuoteFee(s.ctx, s.client, s.router, id, uint32(gas)); err == nil {
		fmt.Fprintf(w, "quote_fee_wei=%s (callback gas %d, at the next block's highest base fee)\n", fee, gas)
	}
	return nil
}
