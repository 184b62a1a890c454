package main

// teeo run: a program run locally, before publishing it, in the same sandbox the enclave worker
// uses (enclave/sandbox: wazero, WASI preview 1, no network, files or usable clock; the same memory,
// time and output limits and the same status for each way a program can end).

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/teeoracle/teeoracle/enclave/sandbox"
	"github.com/teeoracle/teeoracle/protocol"
)

func init() { register(runCommand) }

// errRunStatus is returned (exit code 1) when the program ended with a failure status.
var errRunStatus = errors.New("the program did not end with status ok")

func runCommand() *cli.Command {
	return &cli.Command{
		Name:     "run",
		Category: groupAuthors,
		Usage: "run a WASM program locally in the enclave's sandbox, with its limits and statuses (before publishing it): " +
			"the program's stdout on stdout, its status, exit code, time and stderr on stderr; exit 1 unless the status is ok",
		Flags: []cli.Flag{
			wasmFlag,
			&cli.StringFlag{Name: "input", Usage: "the program's stdin (a string)", EnvVars: env("RUN_INPUT")},
			&cli.StringFlag{Name: "input-file", Usage: "file holding the program's stdin ('-' for our stdin)", EnvVars: env("RUN_INPUT_FILE")},
			&cli.StringFlag{Name: "input-hex", Usage: "the program's stdin, hex", EnvVars: env("RUN_INPUT_HEX")},
			&cli.StringFlag{Name: "seed", Usage: "32-byte randomness seed, hex (default zero; the worker derives one per job)", EnvVars: env("RUN_SEED")},
			&cli.DurationFlag{Name: "time-limit", Value: sandbox.DefaultTimeout, Usage: "the program's time limit (the worker's default)", EnvVars: env("RUN_TIME_LIMIT")},
			&cli.Uint64Flag{Name: "memory-limit-mb", Value: sandbox.DefaultMemoryLimitBytes >> 20, Usage: "the program's linear memory limit, MiB (the worker's default)", EnvVars: env("RUN_MEMORY_LIMIT_MB")},
			&cli.IntFlag{Name: "max-output-bytes", Value: sandbox.DefaultMaxOutputBytes, Usage: "the program's stdout limit, bytes (the worker's default)", EnvVars: env("RUN_MAX_OUTPUT_BYTES")},
			&cli.StringFlag{Name: "engine", Value: "auto", Usage: "wazero engine: auto, compiler or interpreter", EnvVars: env("RUN_ENGINE")},
			&cli.BoolFlag{Name: "hex", Usage: "print the output as hex", EnvVars: env("RUN_HEX")},
		},
		Action: runProgram,
	}
}

func runProgram(c *cli.Context) error {
	module, err := os.ReadFile(c.String("wasm"))
	if err != nil {
		return fmt.Errorf("--wasm: %w", err)
	}
	input, err := runInput(c)
	if err != nil {
		return err
	}
	var seed [32]byte
	if s := c.String("seed"); s != "" {
		b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
		if err != nil || len(b) != 32 {
			return fmt.Errorf("--seed: want 32 bytes of hex, got %q", s)
		}
		copy(seed[:], b)
	}
	engine, err := sandbox.ParseEngine(c.String("engine"))
	if err != nil {
		return fmt.Errorf("--engine: %w", err)
	}
	cfg := sandbox.Config{Engine: engine, Timeout: c.Duration("time-limit"), MemoryLimitBytes: c.Uint64("memory-limit-mb") << 20,
		MaxOutputBytes: c.Int("max-output-bytes")}
	if err := cfg.Check(); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, cfg.Timeout+5*time.Minute) // compilation is not under the time limit
	defer cancel()
	sb, err := sandbox.New(ctx, cfg)
	if err != nil {
		return err
	}
	defer sb.Close(context.Background())
	codeHash := crypto.Keccak256Hash(module)
	out, err := sb.Run(ctx, codeHash, func(context.Context) ([]byte, error) { return module, nil }, input, seed)
	if err != nil {
		return fmt.Errorf("run: %w", err)
	}
	w := c.App.ErrWriter
	fmt.Fprintf(w, "status=%s (%d)\nexit_code=%d\nduration=%s\ncode_hash=%s\noutput_bytes=%d\n",
		out.Status, uint8(out.Status), out.ExitCode, out.Duration.Round(time.Microsecond), codeHash.Hex(), len(out.Output))
	if out.Reason != "" {
		fmt.Fprintf(w, "reason=%s\n", out.Reason)
	}
	if len(out.Stderr) > 0 {
		fmt.Fprintf(w, "stderr:\n%s\n", strings.TrimRight(string(out.Stderr), "\n"))
	}
	if c.Bool("hex") {
		fmt.Fprintf(c.App.Writer, "%#x\n", out.Output)
	} else {
		_, _ = c.App.Writer.Write(out.Output)
	}
	if out.Status != protocol.StatusOK {
		return fmt.Errorf("%w: %s", errRunStatus, out.Status)
	}
	return nil
}

func runInput(c *cli.Context) ([]byte, error) {
	n := 0
	for _, f := range []string{"input", "input-file", "input-hex"} {
		if c.IsSet(f) {
			n++
		}
	}
	if n > 1 {
		return nil, errors.New("give one of --input, --input-file and --input-hex")
	}
	switch {
	case c.IsSet("input-file"):
		if c.String("input-file") == "-" {
			return io.ReadAll(os.Stdin)
		}
		b, err := os.ReadFile(c.String("input-file"))
		if err != nil {
			return nil, fmt.Errorf("--input-file: %w", err)
		}
		return b, nil
	case c.IsSet("input-hex"):
		b, err := hex.DecodeString(strings.TrimPrefix(c.String("input-hex"), "0x"))
		if err != nil {
			return nil, fmt.Errorf("--input-hex: %w", err)
		}
		return b, nil
	}
	return []byte(c.String("input")), nil
}
