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
	"ProgramRegistry.sol:ProgramRegistry",
	"EchoConsumer.sol:EchoConsumer",
	"ArtMinter.sol:ArtMinter",
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
		file, name, _ := strings.Cut(c, ":")
		raw, err := os.ReadFile(filepath.Join(outDir, file, name+".json"))
		if err != nil {
			return nil, fmt.Errorf("read artifact %s (run `make contracts`): %w", c, err)
		}
		var a artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return nil, fmt.Errorf("parse artifact %s: %w", c, err)
		}
		types = append(types, name)
		abis = append(abis, string(a.ABI))
		bins = append(bins, a.Bytecode.Object)
	}
	src, err := abigen.BindV2(types, abis, bins, "bindings", map[string]string{}, map[string]string{})
	if err != nil {
		return nil, fmt.Errorf("abigen: %w", err)
	}
	return []byte(src), nil
}
