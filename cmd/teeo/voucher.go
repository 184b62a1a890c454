package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/bindings"
	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
	"github.com/teeoracle/teeoracle/protocol/voucher"
)

// Private payment links (docs/vouchers.md): deposit, link, claim, refund, status.

const groupVouchers = "payment links"

func init() { register(voucherCommand) }

var (
	escrowFlag  = &cli.StringFlag{Name: "escrow", Usage: "VoucherEscrow address", EnvVars: env("ESCROW")}
	keyFileFlag = &cli.StringFlag{Name: "key-file", Usage: "file with the hex private key of the account that signs and pays (the sender's wallet for deposit/link/refund; any funded account for claim)", EnvVars: env("KEY_FILE")}
	indexFlag   = &cli.Uint64Flag{Name: "index", Usage: "the sender's deposit number at this escrow (0, 1, 2, ...): the wallet's signature over it makes the deposit's secrets", EnvVars: env("INDEX")}
	jobFlag     = &cli.StringFlag{Name: "job-id", Usage: "the deposit's voucher job id (printed by deposit)", EnvVars: env("JOB_ID")}
	waitFlag    = &cli.DurationFlag{Name: "wait", Value: 2 * time.Minute, Usage: "how long to wait for the voucher (0: do not wait)", EnvVars: env("WAIT")}
	linkFlag    = &cli.StringFlag{Name: "link", Usage: "the payment link (a URL whose fragment is v1.<...>, or the fragment alone)", EnvVars: env("LINK")}
)

func voucherCommand() *cli.Command {
	chain := []cli.Flag{rpcFlag, routerFlag, escrowFlag, timeoutFlag}
	return &cli.Command{
		Name:     "voucher",
		Category: groupVouchers,
		Usage:    "private payment links: deposit, make the link, claim, refund",
		Subcommands: []*cli.Command{
			{
				Name:  "deposit",
				Usage: "deposit one denomination and print its link once the voucher comes back",
				Flags: append(chain[:len(chain):len(chain)], keyFileFlag, indexFlag, waitFlag,
					&cli.StringFlag{Name: "amount", Usage: "the denomination, e.g. 0.1ether", EnvVars: env("AMOUNT"), Required: true},
					&cli.StringFlag{Name: "suite", Value: "x25519", Usage: "fleet key suite of the sealed claim address: x25519 or xwing", EnvVars: env("SUITE")}),
				Action: voucherDeposit,
			},
			{
				Name:   "link",
				Usage:  "make a deposit's link again from the wallet (a lost link)",
				Flags:  append(chain[:len(chain):len(chain)], keyFileFlag, indexFlag, jobFlag, waitFlag),
				Action: voucherLink,
			},
			{
				Name:  "claim",
				Usage: "claim a link to an address, paying the submitter (the --key-file account) a fee out of the voucher",
				Flags: []cli.Flag{rpcFlag, timeoutFlag, keyFileFlag, linkFlag,
					&cli.StringFlag{Name: "to", Usage: "recipient address", EnvVars: env("TO"), Required: true},
					&cli.StringFlag{Name: "fee", Value: "0", Usage: "what the submitter gets out of the voucher (wei, or e.g. 0.001ether)", EnvVars: env("FEE")}},
				Action: voucherClaim,
			},
			{
				Name:   "refund",
				Usage:  "take an unclaimed (or failed, or expired) deposit back; its link stops working",
				Flags:  append(chain[:len(chain):len(chain)], keyFileFlag, indexFlag, jobFlag),
				Action: voucherRefund,
			},
			{
				Name:   "status",
				Usage:  "whether a link verifies and is still unclaimed",
				Flags:  []cli.Flag{rpcFlag, timeoutFlag, linkFlag},
				Action: voucherStatus,
			},
		},
	}
}

// escrowSession is a connection to an escrow (and its router) with the account of --key-file.
type escrowSession struct {
	c       *cli.Context
	ctx     context.Context
	client  routerBackend
	chainID *big.Int
	escrow  common.Address
	e       *bindings.VoucherEscrow
	inst    *bind.BoundContract
	key     *ecdsa.PrivateKey
	from    common.Address
}

func openEscrow(c *cli.Context, escrow common.Address, needKey bool) (*escrowSession, func(), error) {
	if c.String("rpc-url") == "" {
		return nil, nil, errors.New("--rpc-url is needed")
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout")+c.Duration("wait"))
	client, closeFn, err := dialRouter(ctx, c.String("rpc-url"))
	if err != nil {
		cancel()
		return nil, nil, err
	}
	done := func() { closeFn(); cancel() }
	s := &escrowSession{c: c, ctx: ctx, client: client, escrow: escrow, e: bindings.NewVoucherEscrow()}
	s.inst = s.e.Instance(client, escrow)
	if s.chainID, err = client.ChainID(ctx); err != nil {
		done()
		return nil, nil, fmt.Errorf("chain id: %w", err)
	}
	if f := c.String("key-file"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			done()
			return nil, nil, fmt.Errorf("--key-file: %w", err)
		}
		if s.key, err = crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x")); err != nil {
			done()
			return nil, nil, fmt.Errorf("--key-file: %w", err)
		}
		s.from = crypto.PubkeyToAddress(s.key.PublicKey)
	} else if needKey {
		done()
		return nil, nil, errors.New("--key-file is needed")
	}
	return s, done, nil
}

func escrowAddress(c *cli.Context) (common.Address, error) {
	if !common.IsHexAddress(c.String("escrow")) {
		return common.Address{}, errors.New("--escrow: want the VoucherEscrow address")
	}
	return common.HexToAddress(c.String("escrow")), nil
}

// secrets makes the deposit's secrets from the wallet's signature over the seed message.
func (s *escrowSession) secrets() (*voucher.Secrets, error) {
	msg := voucher.SeedMessage(s.chainID, s.escrow, s.c.Uint64("index"))
	sig, err := crypto.Sign(accounts.TextHash([]byte(msg)), s.key)
	if err != nil {
		return nil, err
	}
	return voucher.Derive(crypto.Keccak256(sig))
}

func (s *escrowSession) call() *bind.CallOpts { return &bind.CallOpts{Context: s.ctx} }

// send sends a transaction to the escrow with value, waits for it and prints `what`.
func (s *escrowSession) send(what string, value *big.Int, data []byte) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(s.key, s.chainID)
	opts.Context = s.ctx
	opts.Value = value
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

func voucherDeposit(c *cli.Context) error {
	escrow, err := escrowAddress(c)
	if err != nil {
		return err
	}
	amount, err := parseWei(c.String("amount"))
	if err != nil {
		return fmt.Errorf("--amount: %w", err)
	}
	suite, err := hpke.ParseSuite(c.String("suite"))
	if err != nil {
		return fmt.Errorf("--suite: %w", err)
	}
	s, done, err := openEscrow(c, escrow, true)
	if err != nil {
		return err
	}
	defer done()
	ok, err := bind.Call(s.inst, s.call(), s.e.PackIsDenomination(amount), s.e.UnpackIsDenomination)
	if err != nil {
		return fmt.Errorf("escrow: %w", err)
	}
	if !ok {
		return fmt.Errorf("--amount %s is not a denomination of the escrow", fmtEther(amount))
	}
	router, err := bind.Call(s.inst, s.call(), s.e.PackRouter(), s.e.UnpackRouter)
	if err != nil {
		return fmt.Errorf("escrow router: %w", err)
	}
	programID, err := bind.Call(s.inst, s.call(), s.e.PackProgramId(), s.e.UnpackProgramId)
	if err != nil {
		return err
	}
	// The router's floor at the highest base fee the next block can have (an eth_call sees a base
	// fee of 0, so the escrow's own quoteFee view is for contracts).
	cbGas, err := bind.Call(s.inst, s.call(), s.e.PackCALLBACKGAS(), s.e.UnpackCALLBACKGAS)
	if err != nil {
		return err
	}
	quote, err := deploy.QuoteFee(s.ctx, s.client, router, programID, cbGas)
	if err != nil {
		return err
	}
	fk, err := readFleetKey(s.ctx, s.client, router, suite, 0)
	if err != nil {
		return err
	}
	sec, err := s.secrets()
	if err != nil {
		return err
	}
	input, err := sec.Input(fk.Key, fk.Epoch, s.chainID, router, escrow, programID, amount)
	if err != nil {
		return err
	}
	// A quarter above the quote: the floor follows the base fee, which may rise further.
	jobFee := new(big.Int).Add(quote, new(big.Int).Div(quote, big.NewInt(4)))
	value := new(big.Int).Add(amount, jobFee)
	rc, err := s.send("deposit", value, s.e.PackDeposit(amount, input, sec.Commitment(s.from, amount)))
	if err != nil {
		return err
	}
	jobID, err := jobOf(rc, escrow)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "job_id=%#x\namount=%s\njob_fee=%s\nindex=%d\n", jobID, fmtEther(amount), fmtEther(jobFee), c.Uint64("index"))
	if c.Duration("wait") == 0 {
		return nil
	}
	return s.printLink(sec, router, jobID, amount, rc.BlockNumber.Uint64())
}

// jobOf finds the voucher job a deposit requested (the router's JobRequested event).
func jobOf(rc *types.Receipt, escrow common.Address) ([32]byte, error) {
	r := bindings.NewJobRouter()
	for _, l := range rc.Logs {
		if ev, err := r.UnpackJobRequestedEvent(l); err == nil && ev.Requester == escrow {
			return ev.JobId, nil
		}
	}
	return [32]byte{}, errors.New("no JobRequested event in the deposit's receipt")
}

// printLink waits for the deposit's VoucherIssued (or VoucherFailed) event and prints the link.
func (s *escrowSession) printLink(sec *voucher.Secrets, router common.Address, jobID [32]byte, amount *big.Int, fromBlock uint64) error {
	issued := s.e.GetABI().Events["VoucherIssued"].ID
	failed := s.e.GetABI().Events["VoucherFailed"].ID
	deadline := time.Now().Add(s.c.Duration("wait"))
	for {
		logs, err := s.client.FilterLogs(s.ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(fromBlock), Addresses: []common.Address{s.escrow},
			Topics: [][]common.Hash{{issued, failed}, {jobID}},
		})
		if err != nil {
			return fmt.Errorf("read the escrow's events: %w", err)
		}
		for _, l := range logs {
			if ev, err := s.e.UnpackVoucherFailedEvent(&l); err == nil {
				return fmt.Errorf("the voucher job failed (status %s): refund the deposit with `teeo voucher refund --job-id %#x`", protocol.Status(ev.Status), jobID)
			}
			ev, err := s.e.UnpackVoucherIssuedEvent(&l)
			if err != nil {
				continue
			}
			out, err := sec.OpenVoucher(s.chainID, router, jobID, ev.Output)
			if err != nil {
				return fmt.Errorf("open the voucher: %w", err)
			}
			if len(out) != 64 {
				return fmt.Errorf("the voucher is %d bytes, want 64: refund the deposit", len(out))
			}
			lk := &voucher.Link{ChainID: s.chainID, Escrow: s.escrow, Amount: amount, ClaimKey: sec.ClaimKey}
			copy(lk.Voucher[:], out)
			signer, err := lk.Signer()
			if err != nil {
				return err
			}
			want, err := bind.Call(s.inst, s.call(), s.e.PackVoucherSigner(), s.e.UnpackVoucherSigner)
			if err != nil {
				return err
			}
			if signer != want {
				return fmt.Errorf("the voucher is signed by %s, not the escrow's voucher signer %s: refund the deposit", signer, want)
			}
			fmt.Fprintf(s.c.App.Writer, "link=%s\n", lk.Encode())
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no voucher yet for job %#x after %s: run `teeo voucher link` later", jobID, s.c.Duration("wait"))
		}
		select {
		case <-s.ctx.Done():
			return s.ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

func voucherLink(c *cli.Context) error {
	d, done, err := openDeposit(c)
	if err != nil {
		return err
	}
	defer done()
	return d.s.printLink(d.sec, d.router, d.jobID, new(big.Int).SetBytes(d.req.User[:]), d.block)
}

// deposit is one of the wallet's deposits, named by --escrow, --job-id and --index: its request
// fields (JobRequested), the router, and its secrets made again from the wallet.
type deposit struct {
	s      *escrowSession
	jobID  [32]byte
	router common.Address
	req    protocol.Request
	block  uint64
	sec    *voucher.Secrets
}

func openDeposit(c *cli.Context) (*deposit, func(), error) {
	escrow, err := escrowAddress(c)
	if err != nil {
		return nil, nil, err
	}
	jobID, err := bytes32(c, "job-id")
	if err != nil {
		return nil, nil, err
	}
	s, done, err := openEscrow(c, escrow, true)
	if err != nil {
		return nil, nil, err
	}
	d := &deposit{s: s, jobID: jobID}
	if d.router, d.req, d.block, err = s.request(jobID); err == nil {
		d.sec, err = s.secrets()
	}
	if err != nil {
		done()
		return nil, nil, err
	}
	return d, done, nil
}

// request finds the voucher job's request fields (JobRequested) at the escrow's router, and its block.
func (s *escrowSession) request(jobID [32]byte) (common.Address, protocol.Request, uint64, error) {
	router, err := bind.Call(s.inst, s.call(), s.e.PackRouter(), s.e.UnpackRouter)
	if err != nil {
		return router, protocol.Request{}, 0, err
	}
	r := bindings.NewJobRouter()
	logs, err := s.client.FilterLogs(s.ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0), Addresses: []common.Address{router},
		Topics: [][]common.Hash{{r.GetABI().Events["JobRequested"].ID}, {jobID}},
	})
	if err != nil {
		return router, protocol.Request{}, 0, fmt.Errorf("read the router's events: %w", err)
	}
	for _, l := range logs {
		if ev, err := r.UnpackJobRequestedEvent(&l); err == nil && ev.Requester == s.escrow {
			return router, protocol.RequestFromEvent(ev), l.BlockNumber, nil
		}
	}
	return router, protocol.Request{}, 0, fmt.Errorf("job %#x: no request of this escrow", jobID)
}

func voucherRefund(c *cli.Context) error {
	d, done, err := openDeposit(c)
	if err != nil {
		return err
	}
	defer done()
	s, req, sec, jobID := d.s, d.req, d.sec, d.jobID
	q, err := req.Binding()
	if err != nil {
		return err
	}
	amount := new(big.Int).SetBytes(req.User[:])
	if _, err := s.send("refund", nil, s.e.PackRefund(jobID, sec.ClaimAddress(), sec.Salt, amount, q)); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "refunded=%s\n", fmtEther(amount))
	return nil
}

func parseLinkFlag(c *cli.Context) (*voucher.Link, error) {
	if c.String("link") == "" {
		return nil, errors.New("--link is needed")
	}
	lk, err := voucher.ParseLink(c.String("link"))
	if err != nil {
		return nil, fmt.Errorf("--link: %w", err)
	}
	return lk, nil
}

func voucherClaim(c *cli.Context) error {
	lk, err := parseLinkFlag(c)
	if err != nil {
		return err
	}
	if !common.IsHexAddress(c.String("to")) {
		return errors.New("--to: want the recipient's address")
	}
	to := common.HexToAddress(c.String("to"))
	fee, err := parseWei(c.String("fee"))
	if err != nil {
		return fmt.Errorf("--fee: %w", err)
	}
	s, done, err := openEscrow(c, lk.Escrow, true)
	if err != nil {
		return err
	}
	defer done()
	if s.chainID.Cmp(lk.ChainID) != 0 {
		return fmt.Errorf("the link is for chain %s, the node at --rpc-url is chain %s", lk.ChainID, s.chainID)
	}
	cs, err := lk.SignClaim(to, fee)
	if err != nil {
		return err
	}
	data := s.e.PackClaim(lk.Amount, lk.ClaimAddress(), [32]byte(lk.Voucher[:32]), [32]byte(lk.Voucher[32:]), to, fee, [32]byte(cs[:32]), [32]byte(cs[32:]))
	if _, err := s.send("claim", nil, data); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "paid=%s\nto=%s\nfee=%s\n", fmtEther(new(big.Int).Sub(lk.Amount, fee)), to, fmtEther(fee))
	return nil
}

func voucherStatus(c *cli.Context) error {
	lk, err := parseLinkFlag(c)
	if err != nil {
		return err
	}
	s, done, err := openEscrow(c, lk.Escrow, false)
	if err != nil {
		return err
	}
	defer done()
	want, err := bind.Call(s.inst, s.call(), s.e.PackVoucherSigner(), s.e.UnpackVoucherSigner)
	if err != nil {
		return fmt.Errorf("escrow: %w", err)
	}
	signer, err := lk.Signer()
	if err != nil {
		return err
	}
	spent, err := bind.Call(s.inst, s.call(), s.e.PackSpent(lk.ClaimAddress()), s.e.UnpackSpent)
	if err != nil {
		return err
	}
	state := "claimable"
	switch {
	case signer != want:
		state = "invalid (not signed by the escrow's voucher signer)"
	case spent:
		state = "spent (claimed or refunded)"
	}
	fmt.Fprintf(c.App.Writer, "escrow=%s\nchain_id=%s\namount=%s\nstate=%s\n", lk.Escrow, lk.ChainID, fmtEther(lk.Amount), state)
	if signer != want || spent {
		return fmt.Errorf("the link is %s", state)
	}
	return nil
}
