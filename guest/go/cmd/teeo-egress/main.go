// Command teeo-egress adds an egress declaration (the custom section `teeoracle.egress`) to a
// WASI program module, so that the program may reach the declared hosts over HTTPS from the
// enclave. The declaration becomes part of the module bytes, so of its codeHash: publish the
// module after adding it.
//
//	go run ./guest/go/cmd/teeo-egress -decl '{"hosts":["api.example.com"],"maxRequests":4}' -in prog.wasm -out prog.wasm
//	go run ./guest/go/cmd/teeo-egress -decl-file egress.json -in prog.wasm -out prog.wasm
//	go run ./guest/go/cmd/teeo-egress -show -in prog.wasm
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/teeoracle/teeoracle/protocol/wasmmod"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "teeo-egress:", err)
		os.Exit(1)
	}
}

func run() error {
	in := flag.String("in", "", "input module (required)")
	out := flag.String("out", "", "output module (required unless -show)")
	decl := flag.String("decl", "", "declaration JSON")
	declFile := flag.String("decl-file", "", "file holding the declaration JSON")
	show := flag.Bool("show", false, "print the module's declaration and exit")
	flag.Parse()
	if *in == "" {
		return errors.New("-in is required")
	}
	module, err := os.ReadFile(*in)
	if err != nil {
		return err
	}
	if *show {
		data, ok, err := wasmmod.CustomSection(module, wasmmod.EgressSection)
		if err != nil {
			return err
		}
		if !ok {
			fmt.Println("no egress declared (no network)")
			return nil
		}
		fmt.Println(string(data))
		return nil
	}
	if *out == "" {
		return errors.New("-out is required")
	}
	data := []byte(*decl)
	if *declFile != "" {
		if *decl != "" {
			return errors.New("give -decl or -decl-file, not both")
		}
		if data, err = os.ReadFile(*declFile); err != nil {
			return err
		}
	}
	result, err := Declare(module, data)
	if err != nil {
		return err
	}
	return os.WriteFile(*out, result, 0o644)
}

// Declare returns module with the declaration data added, after checking both.
func Declare(module, data []byte) ([]byte, error) {
	if _, err := wasmmod.ParseEgress(data); err != nil {
		return nil, err
	}
	if _, ok, err := wasmmod.CustomSection(module, wasmmod.EgressSection); err != nil {
		return nil, err
	} else if ok {
		return nil, fmt.Errorf("the module already declares egress (section %s)", wasmmod.EgressSection)
	}
	result := wasmmod.AppendCustomSection(module, wasmmod.EgressSection, data)
	if err := wasmmod.CheckCommand(result); err != nil {
		return nil, err
	}
	return result, nil
}
