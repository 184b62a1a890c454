# TEE oracle: one Makefile for contracts, bindings, enclave worker and relayer.
SHELL := /bin/bash
NPM_BIN := tools/npm/node_modules/@foundry-rs
FORGE := $(CURDIR)/$(NPM_BIN)/forge-linux-amd64/bin/forge
ANVIL := $(CURDIR)/$(NPM_BIN)/anvil-linux-amd64/bin/anvil
CAST  := $(CURDIR)/$(NPM_BIN)/cast-linux-amd64/bin/cast
export FORGE ANVIL CAST
GO ?= go
# Unused-code check, fetched through the Go module proxy (pinned: it must build with the Go in go.mod).
STATICCHECK_VERSION := v0.8.2
# The version the binaries report (--version, info{version}): stamped at link time (internal/buildinfo).
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X github.com/teeoracle/teeoracle/internal/buildinfo.version=$(VERSION)

.PHONY: help tools build contracts bindings check-bindings lint test test-contracts test-go test-sdk sdk sdk-abi ego-go-check bench gas-snapshot fmt

help: ## show this help
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

tools: ## install the project-local toolchain (forge, anvil, cast, solc-js, forge-std) from npm
	@scripts/tools.sh

contracts: tools ## compile the Solidity contracts
	$(FORGE) build

build: contracts ## build contracts and every Go binary; relayer, teeo and worker (simulation) in bin/, version-stamped
	$(GO) build ./...
	$(GO) build -trimpath -ldflags "$(LDFLAGS)" -o bin/ ./relayer/cmd/relayer ./cmd/teeo ./enclave/cmd/worker

bindings: contracts ## regenerate the Go bindings in bindings/ from the forge artifacts
	scripts/bindings.sh

check-bindings: contracts ## fail when regenerating the bindings would change them
	$(GO) test ./bindings/ -run TestBindingsUpToDate -count=1

test-contracts: contracts ## Foundry tests with the CI profile (more fuzz runs), EIP-170 sizes, then the gas snapshot check
	FOUNDRY_PROFILE=ci $(FORGE) test
	set -o pipefail; $(FORGE) build --sizes | grep -E '^\| (JobRouter|JobRouterAdmin) '
	$(FORGE) snapshot -j 1 --check contracts/.gas-snapshot

test-go: tools ## Go tests (protocol, bindings, enclave, relayer) on real parts
	$(GO) test -count=1 -timeout 40m ./...

ego-go-check: ## build the enclave's packages with the Go release EGo v1.8.1 ships (go1.25.6, fetched through GOTOOLCHAIN)
	@scripts/ego-go-check.sh

lint: tools ## gofmt, go vet, unused Go code (staticcheck U1000), forge fmt --check
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^bindings/')); \
	if [ -n "$$unformatted" ]; then echo "gofmt -l:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) -checks U1000 ./...
	$(FORGE) fmt --check

sdk: ## install the TypeScript SDK's npm packages (sdk/, committed lock file) and build it
	@scripts/sdk.sh

sdk-abi: contracts sdk ## regenerate sdk/src/abi.ts (the ABIs of every contract) from the forge artifacts
	cd sdk && node scripts/abi.mjs

test-sdk: contracts sdk ## SDK tests (Node): Go's known-answer vectors, errors by name, ABIs up to date, the contracts on anvil
	cd sdk && node --test dist/test/

test: lint ego-go-check test-contracts test-go test-sdk ## the full test suite (what CI runs)

bench: tools ## print every benchmark figure as `BENCH <name> <value> <unit>`
	@scripts/bench.sh

gas-snapshot: contracts ## refresh contracts/.gas-snapshot (one thread: parallel fuzz workers share a dictionary, so fuzz figures vary between runs even with the fixed seed)
	$(FORGE) snapshot -j 1 --snap contracts/.gas-snapshot

fmt: ## format Go and Solidity sources
	gofmt -w $$(git ls-files '*.go' | grep -v '^bindings/')
	$(FORGE) fmt

.PHONY: demo up down

demo: ## the end-to-end demo: local chain, Postgres, IPFS, two simulated enclave workers in one fleet, relayer; mints NFTs whose art a secret program makes
	@scripts/demo.sh

up: ## start the demo stack in the background with the NFT web page and Prometheus (state in .tmp/stack)
	@scripts/stack.sh up

down: ## stop the stack started by `make up`
	@scripts/stack.sh down
