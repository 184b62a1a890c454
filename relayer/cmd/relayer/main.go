// Command relayer runs and operates the TEE oracle relayer (see relayer/cliapp for its commands).
package main

import (
	"fmt"
	"os"

	"github.com/teeoracle/teeoracle/internal/buildinfo"
	"github.com/teeoracle/teeoracle/relayer/cliapp"
)

func main() {
	if err := cliapp.New(buildinfo.Version()).Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "relayer:", err)
		os.Exit(1)
	}
}
