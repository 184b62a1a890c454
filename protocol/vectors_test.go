package protocol_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teeoracle/teeoracle/protocol"
)

var update = flag.Bool("update", false, "rewrite contracts/test/vectors/protocol.json")

const vectorsFile = "../contracts/test/vectors/protocol.json"

// vector is one shared test case; contracts/test/Vectors.t.sol checks the same file against the
// router's own hashing and ecrecover.
type vector struct {
	ChainID          *hexutil.Big   `json:"chainId"`
	Router           common.Address `json:"router"`
	Nonce            hexutil.Uint64 `json:"nonce"`
	Requester        common.Address `json:"requester"`
	User             common.Address `json:"user"`
	Author           common.Address `json:"author"`
	Name             string         `json:"name"`
	ProgramID        common.Hash    `json:"programId"`
	Version          hexutil.Uint64 `json:"version"`
	Epoch            hexutil.Uint64 `json:"epoch"`
	Input            hexutil.Bytes  `json:"input"`
	CallbackGasLimit hexutil.Uint64 `json:"callbackGasLimit"`
	Fee              *hexutil.Big   `json:"fee"`
	AuthorFee        *hexutil.Big   `json:"authorFee"`
	Deadline         hexutil.Uint64 `json:"deadline"`
	Status           hexutil.Uint64 `json:"status"`
	Output           hexutil.Bytes  `json:"output"`
	PrivateKey       common.Hash    `json:"privateKey"`
	// expected
	JobID           common.Hash    `json:"jobId"`
	InputHash       common.Hash    `json:"inputHash"`
	Commitment      common.Hash    `json:"commitment"`
	DomainSeparator common.Hash    `json:"domainSeparator"`
	Digest          common.Hash    `json:"digest"`
	Signer          common.Address `json:"signer"`
	R               common.Hash    `json:"r"`
	VS              common.Hash    `json:"vs"`
}

func computeVectors(t *testing.T) []vector {
	maxU96 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	cases := []struct {
		chain     *big.Int
		router    string
		nonce     uint64
		user      string
		name      string
		version   uint32
		epoch     uint32
		input     []byte
		gas       uint32
		fee       *big.Int
		authorFee *big.Int
		dl        uint64
		status    protocol.Status
		output    []byte
	}{
		{big.NewInt(31337), "0x5FbDB2315678afecb367f032d93F642f64180aa3", 0, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "art", 1, 1, []byte("hello"), 100_000, big.NewInt(1e15), big.NewInt(4e14), 1_700_000_600, protocol.StatusOK, []byte("world")},
		{big.NewInt(1), "0x00000000000000000000000000000000DeaDBeef", 12345, "0x0000000000000000000000000000000000000000", "x", 7, 0, nil, 0, big.NewInt(0), big.NewInt(0), 1, protocol.StatusBadInput, nil},
		{new(big.Int).SetUint64(1<<63 + 7), "0xFFfFfFffFFfffFFfFFfFFFFFffFFFffffFfFFFfF", 1<<64 - 1, "0xFFfFfFffFFfffFFfFFfFFFFFffFFFffffFfFFFfF", "a program name of sixty-four bytes, the longest the router takes", 1<<32 - 1, 1<<32 - 1, bytes.Repeat([]byte{0xAB}, 300), 1<<32 - 1, maxU96, maxU96, 1<<40 - 1, protocol.StatusOKCID, []byte("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")},
	}
	var out []vector
	for i, c := range cases {
		key := crypto.ToECDSAUnsafe(crypto.Keccak256([]byte{byte(i), 'k'}))
		router := common.HexToAddress(c.router)
		author := common.BigToAddress(big.NewInt(int64(0xA000 + i)))
		req := protocol.Request{
			Requester:        common.BigToAddress(big.NewInt(int64(0x1000 + i))),
			User:             common.HexToAddress(c.user),
			ProgramID:        protocol.ProgramIDOf(author, c.name),
			Version:          c.version,
			Epoch:            c.epoch,
			InputHash:        crypto.Keccak256Hash(c.input),
			CallbackGasLimit: c.gas,
			Fee:              c.fee,
			AuthorFee:        c.authorFee,
			Deadline:         c.dl,
		}
		d := protocol.Domain{ChainID: c.chain, Router: router}
		res := protocol.Result{JobID: protocol.JobID(c.chain, router, c.nonce), Commitment: req.Commitment(), Status: c.status, Output: c.output}
		sig, err := protocol.SignResult(d, res, key)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, vector{
			ChainID: (*hexutil.Big)(c.chain), Router: router, Nonce: hexutil.Uint64(c.nonce),
			Requester: req.Requester, User: req.User, Author: author, Name: c.name, ProgramID: req.ProgramID,
			Version: hexutil.Uint64(c.version), Epoch: hexutil.Uint64(c.epoch), Input: c.input,
			CallbackGasLimit: hexutil.Uint64(c.gas), Fee: (*hexutil.Big)(c.fee), AuthorFee: (*hexutil.Big)(c.authorFee),
			Deadline: hexutil.Uint64(c.dl),
			Status:   hexutil.Uint64(c.status), Output: c.output, PrivateKey: common.BytesToHash(crypto.FromECDSA(key)),
			JobID: res.JobID, InputHash: req.InputHash, Commitment: res.Commitment, DomainSeparator: d.Separator(),
			Digest: d.ResultDigest(res), Signer: crypto.PubkeyToAddress(key.PublicKey), R: sig.R, VS: sig.VS,
		})
	}
	return out
}

// TestVectors checks that the committed shared vectors are what Go computes; the Solidity side
// (Vectors.t.sol) checks the same file against the contract.
func TestVectors(t *testing.T) {
	vs := computeVectors(t)
	want, err := json.MarshalIndent(map[string]any{"vectors": vs}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if *update {
		if err := os.WriteFile(vectorsFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(vectorsFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from what Go computes (go test ./protocol -run TestVectors -update)", vectorsFile)
	}
	for _, v := range vs {
		// Independent cross-checks of the pieces Go computes.
		if v.InputHash != crypto.Keccak256Hash(v.Input) {
			t.Fatal("input hash")
		}
		d := protocol.Domain{ChainID: v.ChainID.ToInt(), Router: v.Router}
		res := protocol.Result{JobID: v.JobID, Commitment: v.Commitment, Status: protocol.Status(v.Status), Output: v.Output}
		signer, err := protocol.RecoverResultSigner(d, res, protocol.Signature{R: v.R, VS: v.VS})
		if err != nil || signer != v.Signer {
			t.Fatalf("recover: %s %v", signer, err)
		}
	}
}
