package stack

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/bindings/deploy"
	"github.com/teeoracle/teeoracle/enclave/client"
	"github.com/teeoracle/teeoracle/internal/devkeys"
	"github.com/teeoracle/teeoracle/protocol"
)

// VoucherProgram is the name of the voucher program (examples/voucher/program) in the demo.
const VoucherProgram = "voucher"

// VoucherAmount is the demo's payment link denomination (0.1 ether); VoucherFee is what the
// claim's submitter takes out of it.
var (
	VoucherAmount = big.NewInt(1e17)
	VoucherFee    = big.NewInt(1e15)
)

// PaymentLink is one payment link's way through the stack.
type PaymentLink struct {
	Escrow    common.Address
	CodeKey   common.Address // the voucher program's code key, as the fleet states it
	JobID     string
	Link      string
	Recipient common.Address // a fresh address that never held ether
	Received  *big.Int
}

// SetUpVouchers publishes the voucher program (open policy, no author fee) as the artist, reads its
// code key from a worker (an enclave-signed statement, checked against the registry here) and
// deploys a VoucherEscrow that trusts exactly that key.
func (s *Stack) SetUpVouchers(ctx context.Context) (common.Address, common.Address, error) {
	kv, err := s.Program(ctx, "publish", "--name", VoucherProgram, "--wasm", s.cfg.Bins.VoucherWasm, "--ipfs-api", s.Info.IPFSAPI)
	if err != nil {
		return common.Address{}, common.Address{}, err
	}
	programID := common.HexToHash(kv["program_id"])
	module, err := os.ReadFile(s.cfg.Bins.VoucherWasm)
	if err != nil {
		return common.Address{}, common.Address{}, err
	}
	codeHash := crypto.Keccak256Hash(module)
	codeKey, err := s.ProgramCodeKey(ctx, programID, codeHash)
	if err != nil {
		return common.Address{}, common.Address{}, err
	}
	// What an escrow deployer runs: `teeo program-keys` checks one worker's statement on-chain.
	out, err := s.runTool(ctx, nil, s.cfg.Bins.Teeo, "program-keys", "--allow-simulation", "--worker", s.Info.Workers[0].URL, "--rpc-url", s.Info.RPC,
		"--router", s.Info.Router.Hex(), "--program-id", programID.Hex(), "--code-hash", codeHash.Hex())
	if err != nil {
		return common.Address{}, common.Address{}, fmt.Errorf("teeo program-keys: %w", err)
	}
	if got := keyValues(out)["code_key"]; got != codeKey.Hex() {
		return common.Address{}, common.Address{}, fmt.Errorf("teeo program-keys says code key %q, the workers %s", got, codeKey.Hex())
	}
	escrow, err := deploy.DeployVoucherEscrow(ctx, s.Client, s.transactor(AcctOwner), s.Info.Router, deploy.VoucherEscrow{
		Owner: devkeys.Address(AcctOwner), ProgramID: programID, ProgramVersion: 1, VoucherSigner: codeKey,
		JobTTL: 600, Denominations: []*big.Int{VoucherAmount, new(big.Int).Mul(VoucherAmount, big.NewInt(10))},
	}, nil)
	if err != nil {
		return common.Address{}, common.Address{}, err
	}
	s.note(fmt.Sprintf("voucher escrow %s trusts code key %s of %q v1", escrow.Hex(), codeKey.Hex(), VoucherProgram))
	return escrow, codeKey, nil
}

// ProgramCodeKey asks every worker for a program's code key and checks each answer: signed by the
// worker's registered, active enclave key, in this router's domain, naming the same fleet's key.
// All workers must agree (the key derives from the fleet's root secret).
func (s *Stack) ProgramCodeKey(ctx context.Context, programID, codeHash common.Hash) (common.Address, error) {
	var key common.Address
	domain := protocol.Domain{ChainID: big.NewInt(s.Info.ChainID), Router: s.Info.Router}
	for _, w := range s.Info.Workers {
		c, err := client.New(w.URL, client.AllowSimulation()) // the stack's workers are simulated
		if err != nil {
			return key, err
		}
		pk, err := c.ProgramKeys(ctx, programID, codeHash)
		if err != nil {
			return key, fmt.Errorf("%s: program keys: %w", w.Name, err)
		}
		digest := domain.ProgramKeysDigest(pk.FleetID, pk.ProgramID, pk.CodeHash, pk.ProgramKey, pk.CodeKey)
		signer, err := protocol.RecoverDigestSigner(digest, protocol.Signature{R: pk.Signature.R, VS: pk.Signature.VS})
		if err != nil || signer != w.Signer || pk.CodeHash != codeHash || pk.ProgramID != programID {
			return key, fmt.Errorf("%s: program keys statement not signed by its enclave %s (recovered %s, %v)", w.Name, w.Signer, signer, err)
		}
		if ok, err := s.enclaveActive(ctx, signer); err != nil || !ok {
			return key, fmt.Errorf("%s: enclave %s is not active on-chain (%v)", w.Name, signer, err)
		}
		if pk.CodeKey == (common.Address{}) || (key != common.Address{} && key != pk.CodeKey) {
			return key, fmt.Errorf("%s: code key %s, another worker said %s", w.Name, pk.CodeKey, key)
		}
		key = pk.CodeKey
	}
	return key, nil
}

// SendPaymentLink deposits one VoucherAmount from a fresh sender through `teeo voucher deposit`,
// waits for the voucher, and claims the link with `teeo voucher claim` to a fresh address that never
// held ether, the claim submitted (for VoucherFee) by another account.
func (s *Stack) SendPaymentLink(ctx context.Context, escrow common.Address) (PaymentLink, error) {
	pl := PaymentLink{Escrow: escrow}
	sender, err := s.NewAccount(ctx, 2)
	if err != nil {
		return pl, err
	}
	submitter, err := s.NewAccount(ctx, 1)
	if err != nil {
		return pl, err
	}
	senderFile, err := s.writeKey("voucher-sender", sender)
	if err != nil {
		return pl, err
	}
	submitterFile, err := s.writeKey("voucher-submitter", submitter)
	if err != nil {
		return pl, err
	}
	chain := []string{"--rpc-url", s.Info.RPC, "--router", s.Info.Router.Hex(), "--escrow", escrow.Hex()}
	out, err := s.runTool(ctx, nil, s.cfg.Bins.Teeo, append([]string{"voucher", "deposit", "--amount", VoucherAmount.String(),
		"--key-file", senderFile, "--index", "0", "--wait", "2m"}, chain...)...)
	if err != nil {
		return pl, fmt.Errorf("teeo voucher deposit: %w", err)
	}
	kv := keyValues(out)
	pl.JobID, pl.Link = kv["job_id"], kv["link"]
	if pl.Link == "" {
		return pl, fmt.Errorf("teeo voucher deposit printed no link: %q", out)
	}
	recipientKey, err := crypto.GenerateKey()
	if err != nil {
		return pl, err
	}
	pl.Recipient = crypto.PubkeyToAddress(recipientKey.PublicKey)
	if _, err := s.runTool(ctx, nil, s.cfg.Bins.Teeo, "voucher", "claim", "--rpc-url", s.Info.RPC, "--link", pl.Link,
		"--to", pl.Recipient.Hex(), "--fee", VoucherFee.String(), "--key-file", submitterFile); err != nil {
		return pl, fmt.Errorf("teeo voucher claim: %w", err)
	}
	if pl.Received, err = s.Client.BalanceAt(ctx, pl.Recipient, nil); err != nil {
		return pl, err
	}
	if want := new(big.Int).Sub(VoucherAmount, VoucherFee); pl.Received.Cmp(want) != 0 {
		return pl, fmt.Errorf("the recipient received %s wei, want %s", pl.Received, want)
	}
	// The link pays once.
	if _, err := s.runTool(ctx, nil, s.cfg.Bins.Teeo, "voucher", "claim", "--rpc-url", s.Info.RPC, "--link", pl.Link,
		"--to", pl.Recipient.Hex(), "--key-file", submitterFile); err == nil {
		return pl, fmt.Errorf("the link paid twice")
	}
	return pl, nil
}

// writeKey writes a key file (mode 0600) into the stack's keys directory.
func (s *Stack) writeKey(name string, key *ecdsa.PrivateKey) (string, error) {
	f := filepath.Join(s.cfg.Dir, "keys", name+".key")
	return f, os.WriteFile(f, []byte(common.Bytes2Hex(crypto.FromECDSA(key))+"\n"), 0o600)
}

// SetVoucherEscrow names the escrow the payment-link page uses (its config.json says so from the
// next request on).
func (s *Stack) SetVoucherEscrow(escrow common.Address) {
	s.mu.Lock()
	s.Info.VoucherEscrow = escrow
	s.mu.Unlock()
}
