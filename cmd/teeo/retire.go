package main

// The retire preflight: before the owner retires a fleet epoch (after which nothing sealed to it
// opens again, anywhere), list what would die with it: every published program version whose
// blob is sealed to the epoch and every program's current secrets bundle with an entry sealed to
// it. Authors re-publish (`teeo program publish`) and re-seal (`teeo secret reseal`) those first.

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/protocol"
)

func init() { register(retirePreflightCommand) }

var (
	versionPublishedTopic  = crypto.Keccak256Hash([]byte("VersionPublished(bytes32,uint32,bytes32,string)"))
	programSecretsSetTopic = crypto.Keccak256Hash([]byte("ProgramSecretsSet(bytes32,bytes32,string)"))
)

func retirePreflightCommand() *cli.Command {
	return &cli.Command{
		Name:     "retire-preflight",
		Category: groupFleet,
		Usage:    "list the program versions and secrets bundles sealed to fleet --epoch (they stop opening once it is retired); exit 1 when there are any",
		Flags: []cli.Flag{rpcFlag, routerFlag, timeoutFlag, ipfsFlag,
			&cli.UintFlag{Name: "epoch", Usage: "the fleet epoch to retire", EnvVars: env("EPOCH"), Required: true},
			&cli.Uint64Flag{Name: "from-block", Usage: "first block to read the router's events from", EnvVars: env("FROM_BLOCK")},
		},
		Action: retirePreflight,
	}
}

func retirePreflight(c *cli.Context) error {
	epoch := uint32(c.Uint("epoch"))
	s, done, err := openRouter(c, false)
	if err != nil {
		return err
	}
	defer done()
	logs, err := s.client.FilterLogs(s.ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(c.Uint64("from-block")),
		Addresses: []common.Address{s.router},
		Topics:    [][]common.Hash{{versionPublishedTopic, programSecretsSetTopic}},
	})
	if err != nil {
		return fmt.Errorf("router events: %w", err)
	}
	store := ipfs.New(c.String("ipfs-api"))
	w := c.App.Writer
	secrets := map[common.Hash]secretsRef{} // the last reference of each program, in chain order
	var order []common.Hash
	dying := 0
	for i := range logs {
		l := &logs[i]
		switch l.Topics[0] {
		case versionPublishedTopic:
			ev, err := s.r.UnpackVersionPublishedEvent(l)
			if err != nil {
				return fmt.Errorf("VersionPublished at block %d: %w", l.BlockNumber, err)
			}
			blob, err := store.Fetch(s.ctx, ev.Cid, 64<<20)
			if err != nil {
				fmt.Fprintf(w, "UNKNOWN program %#x version %d: blob %s not fetched: %v\n", ev.ProgramId, ev.Version, ev.Cid, err)
				continue
			}
			if e, err := protocol.ProgramEpoch(blob); err == nil && e == epoch {
				dying++
				fmt.Fprintf(w, "program %#x version %d (cid %s) is sealed to epoch %d: publish it again before retiring\n", ev.ProgramId, ev.Version, ev.Cid, epoch)
			}
		case programSecretsSetTopic:
			ev, err := s.r.UnpackProgramSecretsSetEvent(l)
			if err != nil {
				return fmt.Errorf("ProgramSecretsSet at block %d: %w", l.BlockNumber, err)
			}
			if _, seen := secrets[ev.ProgramId]; !seen {
				order = append(order, ev.ProgramId)
			}
			secrets[ev.ProgramId] = secretsRef{BundleHash: ev.BundleHash, Cid: ev.Cid}
		}
	}
	for _, id := range order {
		ref := secrets[id]
		if ref.BundleHash == ([32]byte{}) {
			continue
		}
		raw, err := store.Fetch(s.ctx, ref.Cid, protocol.MaxBundleBytes)
		if err != nil {
			fmt.Fprintf(w, "UNKNOWN secrets of program %#x: bundle %s not fetched: %v\n", id, ref.Cid, err)
			continue
		}
		b, err := protocol.ParseSecretsBundle(raw)
		if err != nil {
			fmt.Fprintf(w, "UNKNOWN secrets of program %#x: bundle %s: %v\n", id, ref.Cid, err)
			continue
		}
		for _, e := range b.Epochs() {
			if e == epoch {
				dying++
				fmt.Fprintf(w, "secrets of program %#x (bundle %#x, cid %s) are sealed to epoch %d: the author runs `teeo secret reseal` before retiring\n", id, ref.BundleHash, ref.Cid, epoch)
			}
		}
	}
	if dying > 0 {
		return cli.Exit(fmt.Sprintf("retire-preflight: %d item(s) sealed to epoch %d would stop opening", dying, epoch), 1)
	}
	fmt.Fprintf(w, "retire-preflight: nothing published is sealed to epoch %d\n", epoch)
	return nil
}
