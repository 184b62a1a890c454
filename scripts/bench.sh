#!/usr/bin/env bash
# Runs every benchmark of the project and prints one line per figure: `BENCH <name> <value> <unit>`.
# Convention for Go benchmarks: a sub-benchmark named after the figure (b.Run("dcap.verify_per_s", ...))
# reports its value with b.ReportMetric(v, "<unit>"); this script turns that into a BENCH line.
# Faults (issue 17), BenchmarkFiguresFaults: relayer.reorg_wasted_gas_per_reorg (relayer/service,
# target 0 gas) and relayer.recovery_after_workers_return_s (relayer/dispatch, target <= 5 s).
set -euo pipefail
cd "$(dirname "$0")/.."
go test -run '^$' -bench 'BenchmarkFigures' -benchtime "${BENCHTIME:-1x}" -count 1 -timeout 60m ./... 2>&1 \
  | tee /tmp/teeoracle-bench.log \
  | awk '
    /^Benchmark[^ ]*\// {
      name=$1; sub(/^[^\/]*\//, "", name); sub(/-[0-9]+$/, "", name)
      for (i = 3; i < NF; i += 2) {
        unit=$(i+1)
        if (unit != "ns/op" && unit != "B/op" && unit != "allocs/op") printf "BENCH %s %s %s\n", name, $i, unit
      }
    }
    /^(FAIL|panic:|--- FAIL)/ { print > "/dev/stderr"; failed=1 }
    END { exit failed }'
# The TypeScript SDK (sdk/): sealing time in Node and the bundle a dapp page loads.
scripts/sdk.sh
node sdk/scripts/bench.mjs
