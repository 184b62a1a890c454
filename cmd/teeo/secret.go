package main

// Author secrets (docs/formats.md, "Program secrets bundle"): `teeo secret set|replace|revoke`
// seal the author's local secrets file to the router's current fleet key, sign the bundle, upload
// it to IPFS and point the program at it on-chain (setProgramSecrets); `reseal` re-seals the same
// file to the current epoch before an old one is retired; `show` prints what the chain points at
// and which epochs its entries need.

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/enclave/ipfs"
	"github.com/teeoracle/teeoracle/protocol"
	"github.com/teeoracle/teeoracle/protocol/hpke"
)

func init() { register(secretCommand) }

var secretsFileFlag = &cli.StringFlag{Name: "secrets-file", Usage: "the author's local secrets file (JSON, see `teeo secret --help`); keep it: re-sealing needs it", EnvVars: env("SECRETS_FILE"), Required: true}

const secretsFileHelp = `The secrets file is the author's own copy (never uploaded in clear):

   {"secrets": [
     {"name": "api-key", "value": "AKIA..."},
     {"name": "api-secret", "valueHex": "0x...", "requester": "0x<contract>"}
   ]}

A name is 1-64 characters of [A-Za-z0-9._-]. An entry with a requester opens only for that
requester's jobs (and shadows the entry of the same name for anyone).`

func secretCommand() *cli.Command {
	chain := []cli.Flag{rpcFlag, routerFlag, timeoutFlag, authorKeyFileFlag, authorKeyFlag, nameFlag}
	seal := append([]cli.Flag{secretsFileFlag, ipfsFlag,
		&cli.StringFlag{Name: "suite", Value: "x25519", Usage: "fleet key suite to seal to: x25519 or xwing", EnvVars: env("SUITE")},
	}, chain...)
	return &cli.Command{
		Name:        "secret",
		Category:    groupAuthors,
		Usage:       "set, replace, revoke and re-seal your program's secrets (API keys) for the enclave",
		Description: secretsFileHelp,
		Subcommands: []*cli.Command{
			{Name: "set", Usage: "seal --secrets-file to the router's current fleet key, upload it and set it on-chain (the program has none yet)",
				Flags: seal, Action: func(c *cli.Context) error { return secretPublish(c, "set") }},
			{Name: "replace", Usage: "like set, for a program that has secrets: the new bundle replaces them",
				Flags: seal, Action: func(c *cli.Context) error { return secretPublish(c, "replace") }},
			{Name: "reseal", Usage: "re-seal --secrets-file to the current fleet epoch (before an older epoch is retired) and replace the bundle",
				Flags: seal, Action: func(c *cli.Context) error { return secretPublish(c, "reseal") }},
			{Name: "revoke", Usage: "remove the program's secrets on-chain (workers stop handing them to the program)",
				Flags: chain, Action: secretRevoke},
			{Name: "show", Usage: "print the program's secrets reference and, from IPFS, each entry's name, requester and epoch (never a value)",
				Flags: append([]cli.Flag{ipfsFlag}, chain...), Action: secretShow},
		},
	}
}

// secretsFile is the author's local secrets file.
type secretsFile struct {
	Secrets []struct {
		Name      string `json:"name"`
		Value     string `json:"value"`
		ValueHex  string `json:"valueHex"`
		Requester string `json:"requester"`
	} `json:"secrets"`
}

func readSecretsFile(path string) ([]protocol.SecretValue, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f secretsFile
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err) // json errors quote positions and types, never values
	}
	out := make([]protocol.SecretValue, 0, len(f.Secrets))
	for i, s := range f.Secrets {
		v := protocol.SecretValue{Name: s.Name, Value: []byte(s.Value)}
		if !protocol.ValidSecretName(s.Name) {
			return nil, fmt.Errorf("%s: entry %d: name must be 1-64 characters of [A-Za-z0-9._-]", path, i)
		}
		if s.ValueHex != "" {
			if s.Value != "" {
				return nil, fmt.Errorf("%s: secret %q: give value or valueHex, not both", path, s.Name)
			}
			if v.Value, err = hex.DecodeString(strings.TrimPrefix(s.ValueHex, "0x")); err != nil {
				return nil, fmt.Errorf("%s: secret %q: valueHex is not hex", path, s.Name)
			}
		}
		if s.Requester != "" {
			if !common.IsHexAddress(s.Requester) {
				return nil, fmt.Errorf("%s: secret %q: requester is not an address", path, s.Name)
			}
			v.Requester = common.HexToAddress(s.Requester)
		}
		out = append(out, v)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no secrets", path)
	}
	return out, nil
}

// secretPublish is set, replace and reseal: the same bundle making, with a check of what the
// chain holds now so that `set` never silently overwrites and `replace` never creates.
func secretPublish(c *cli.Context, mode string) error {
	secrets, err := readSecretsFile(c.String("secrets-file"))
	if err != nil {
		return err
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
	if p.Flags&programExists == 0 {
		return fmt.Errorf("program %q of %s does not exist: publish it first (`teeo program publish`)", name, s.author)
	}
	cur, err := s.secretsRef(id)
	if err != nil {
		return err
	}
	switch {
	case mode == "set" && cur.BundleHash != ([32]byte{}):
		return fmt.Errorf("program %q already has secrets (bundle %#x): use `teeo secret replace`", name, cur.BundleHash)
	case mode != "set" && cur.BundleHash == ([32]byte{}):
		return fmt.Errorf("program %q has no secrets to %s: use `teeo secret set`", name, mode)
	}
	fk, err := readFleetKey(s.ctx, s.client, s.router, suite, 0)
	if err != nil {
		return err
	}
	domain := protocol.Domain{ChainID: s.chainID, Router: s.router}
	bundle, hash, err := protocol.SealSecretsBundle(fk.Key, fk.Epoch, domain, s.key, name, secrets)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "sealed %d secret(s) to fleet epoch %d (%s key read from the router): bundle %#x, %d bytes, signed by the author\n",
		len(secrets), fk.Epoch, suite, hash, len(bundle))
	cid, err := ipfs.New(c.String("ipfs-api")).Add(s.ctx, bundle)
	if err != nil {
		return fmt.Errorf("upload to IPFS: %w", err)
	}
	fmt.Fprintf(w, "uploaded to IPFS: %s\n", cid)
	rc, err := s.send(fmt.Sprintf("%s secrets of %q", map[string]string{"set": "set", "replace": "replaced", "reseal": "re-sealed"}[mode], name),
		s.r.PackSetProgramSecrets(id, hash, cid))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "program_id=%#x\nbundle_hash=%#x\ncid=%s\nepoch=%d\ntx=%s\n", id, hash, cid, fk.Epoch, rc.TxHash)
	return nil
}

func secretRevoke(c *cli.Context) error {
	s, done, err := openRouter(c, true)
	if err != nil {
		return err
	}
	defer done()
	name := c.String("name")
	id := protocol.ProgramIDOf(s.author, name)
	cur, err := s.secretsRef(id)
	if err != nil {
		return err
	}
	if cur.BundleHash == ([32]byte{}) {
		return fmt.Errorf("program %q has no secrets", name)
	}
	rc, err := s.send(fmt.Sprintf("revoked the secrets of %q (bundle %#x)", name, cur.BundleHash), s.r.PackSetProgramSecrets(id, [32]byte{}, ""))
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "program_id=%#x\ntx=%s\nnote: workers stop using the bundle; an old copy stays readable to enclaves holding its epoch: rotate the credential at its issuer too\n", id, rc.TxHash)
	return nil
}

func secretShow(c *cli.Context) error {
	s, done, err := openRouter(c, true)
	if err != nil {
		return err
	}
	defer done()
	w := c.App.Writer
	id := protocol.ProgramIDOf(s.author, c.String("name"))
	cur, err := s.secretsRef(id)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "program_id=%#x\nbundle_hash=%#x\ncid=%s\n", id, cur.BundleHash, cur.Cid)
	if cur.BundleHash == ([32]byte{}) {
		return nil
	}
	raw, err := ipfs.New(c.String("ipfs-api")).Fetch(s.ctx, cur.Cid, protocol.MaxBundleBytes)
	if err != nil {
		return fmt.Errorf("fetch bundle: %w", err)
	}
	b, err := protocol.VerifySecretsBundle(protocol.SecretsJob{Domain: protocol.Domain{ChainID: s.chainID, Router: s.router},
		ProgramID: id, BundleHash: cur.BundleHash}, raw)
	if err != nil {
		return err
	}
	for _, e := range b.Entries {
		req := "any"
		if e.Requester != (common.Address{}) {
			req = e.Requester.Hex()
		}
		fmt.Fprintf(w, "secret %s requester=%s epoch=%d\n", e.Name, req, e.Epoch())
	}
	return nil
}

// secretsRef reads the program's current secrets reference from the router.
func (s *routerSession) secretsRef(id [32]byte) (secretsRef, error) {
	out, err := bind.Call(s.inst, s.call(), s.r.PackProgramSecrets(id), s.r.UnpackProgramSecrets)
	if err != nil {
		return secretsRef{}, fmt.Errorf("router programSecrets: %s", describeRevert(err))
	}
	return secretsRef{BundleHash: out.BundleHash, Cid: out.Cid}, nil
}

type secretsRef struct {
	BundleHash [32]byte
	Cid        string
}
