// Command genbindings writes bindings/teeoracle.go from the forge artifacts (run from the repo root).
package main

import (
	"log"
	"os"

	"github.com/teeoracle/teeoracle/bindings/gen"
)

func main() {
	src, err := gen.Generate("contracts/out")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(gen.OutputFile, src, 0o644); err != nil {
		log.Fatal(err)
	}
}
