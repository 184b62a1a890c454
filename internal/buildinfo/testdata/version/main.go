package main

import (
	"fmt"

	"github.com/teeoracle/teeoracle/internal/buildinfo"
)

func main() { fmt.Print(buildinfo.Version()) }
