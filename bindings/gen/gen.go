// Package gen generates the Go bindings in bindings/ from the forge artifacts in contracts/out, with
// go-ethereum's abigen (v2) at the version pinned in go.mod. `make bindings` writes them; the test in
// bindings/ fails when regenerating would change them.
package gen

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Contracts are the contracts bound, as "File.sol:Contract" under contracts/out.
var Contracts = []string{
	"JobRouter.sol:JobRouter",
	"JobRouterAdmin.sol:JobRouterAdmin",
	"EchoConsumer.sol:EchoConsumer",
	"ArtMinter.sol:ArtMinter",
	"CreditCheck.sol:CreditCheck",
	"TradeConsumer.sol:TradeConsumer",
	"VoucherEscrow.sol:VoucherEscrow",
	"DcapCollateral.sol:DcapCollateral",
	"DcapVerifier.sol:DcapVerifier",
}

// Unions give a binding the ABI of other contracts too: JobRouter's fallback runs JobRouterAdmin's
// functions (delegatecall) at the router's address, so Go callers use one binding, `JobRouter`, for
// every function, event and error of both (IJobRouterFull). The binding keeps its own constructor and
// bytecode (MetaData.Bin is the router's); the extra contracts' constructors are left out.
var Unions = map[string][]string{
	"JobRouter.sol:JobRouter": {"JobRouterAdmin.sol:JobRouterAdmin"},
}

// DeployOnly contracts are bound with their constructor and errors only: JobRouterAdmin is deployed
// once and named in the router's constructor; its functions are called through `JobRouter` (directly,
// at the admin's own address, they refuse with NotDelegated).
var DeployOnly = map[string]bool{
	"JobRouterAdmin.sol:JobRouterAdmin": true,
}

// OutputFile is the generated file, relative to the repository root.
const OutputFile = "bindings/teeoracle.go"

type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode struct {
		Object string `json:"object"`
	} `json:"bytecode"`
}

// Generate returns the source of the bindings for the artifacts under outDir (contracts/out).
func Generate(outDir string) ([]byte, error) {
	var types, abis, bins []string
	for _, c := range Contracts {
		a, err := readArtifact(outDir, c)
		if err != nil {
			return nil, err
		}
		abiJSON := a.ABI
		if DeployOnly[c] {
			if abiJSON, err = filterABI(abiJSON, "constructor", "error"); err != nil {
				return nil, fmt.Errorf("filter %s: %w", c, err)
			}
		}
		for _, extra := range Unions[c] {
			e, err := readArtifact(outDir, extra)
			if err != nil {
				return nil, err
			}
			if abiJSON, err = unionABI(abiJSON, e.ABI); err != nil {
				return nil, fmt.Errorf("union of %s and %s: %w", c, extra, err)
			}
		}
		_, name, _ := strings.Cut(c, ":")
		types = append(types, name)
		abis = append(abis, string(abiJSON))
		bins = append(bins, a.Bytecode.Object)
	}
	src, err := abigen.BindV2(types, abis, bins, "bindings", map[string]string{}, map[string]string{})
	if err != nil {
		return nil, fmt.Errorf("abigen: %w", err)
	}
	return []byte(src), nil
}

func readArtifact(outDir, c string) (*artifact, error) {
	file, name, _ := strings.Cut(c, ":")
	raw, err := os.ReadFile(filepath.Join(outDir, file, name+".json"))
	if err != nil {
		return nil, fmt.Errorf("read artifact %s (run `make contracts`): %w", c, err)
	}
	var a artifact
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("parse artifact %s: %w", c, err)
	}
	return &a, nil
}

// abiEntry is the part of an ABI entry that identifies it.
type abiEntry struct {
	Type   string `json:"type"`
	Name   string `json:"name"`
	Inputs []struct {
		Type         string          `json:"type"`
		InternalType string          `json:"internalType"`
		Components   json.RawMessage `json:"components"`
	} `json:"inputs"`
}

func (e abiEntry) key() string {
	k := e.Type + " " + e.Name + "("
	for _, in := range e.Inputs {
		k += in.Type + "/" + in.InternalType + string(in.Components) + ","
	}
	return k + ")"
}

// unionABI appends to base the entries of extra that base lacks (same kind, name and inputs), in
// extra's order, leaving out extra's constructor, fallback and receive.
func unionABI(base, extra json.RawMessage) (json.RawMessage, error) {
	var b, e []json.RawMessage
	if err := json.Unmarshal(base, &b); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(extra, &e); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, raw := range b {
		var entry abiEntry
		if err := json.Unmarshal(raw, &entry); err != nil {
			return nil, err
		}
		seen[entry.key()] = true
	}
	for _, raw := range e {
		var entry abiEntry
		if err := json.Unmarshal(raw, &entry); err != nil {
			return nil, err
		}
		switch entry.Type {
		case "constructor", "fallback", "receive":
			continue
		}
		if k := entry.key(); !seen[k] {
			seen[k] = true
			b = append(b, raw)
		}
	}
	return json.Marshal(b)
}

// filterABI keeps the entries of the given kinds.
func filterABI(in json.RawMessage, kinds ...string) (json.RawMessage, error) {
	var all []json.RawMessage
	if err := json.Unmarshal(in, &all); err != nil {
		return nil, err
	}
	out := []json.RawMessage{}
	for _, raw := range all {
		var entry abiEntry
		if err := json.Unmarshal(raw, &entry); err != nil {
			return nil, err
		}
		for _, k := range kinds {
			if entry.Type == k {
				out = append(out, raw)
				break
			}
		}
	}
	return json.Marshal(out)
}
