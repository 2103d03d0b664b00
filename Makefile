# pmrun: build, test, demo, bench, conformance, lint.
SHELL := bash
GO ?= go
BIN := bin
SHARED ?= ../shared
NEWMAN_DIR ?= $(HOME)/.cache/pmrun/newman
NEWMAN ?= $(NEWMAN_DIR)/node_modules/.bin/newman

.PHONY: all build test demo bench conformance lint clean

all: build

build:
	$(GO) build -o $(BIN)/pmrun .
	$(GO) build -o $(BIN)/amserver ./fixtures/amserver/cmd/amserver

# All tests, including the end-to-end runs of the real binary against the
# fixture servers on loopback. Needs only Go.
test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...

# Starts the fake ForgeRock AM on a free loopback port, runs the session
# collection against it, then stops the server.
demo: build
	@set -e; out=$$(mktemp); \
	$(BIN)/amserver -addr 127.0.0.1:0 >"$$out" & pid=$$!; \
	trap 'kill $$pid 2>/dev/null; rm -f "$$out"' EXIT; \
	url=; for i in $$(seq 100); do url=$$(head -n1 "$$out"); [ -n "$$url" ] && break; sleep 0.05; done; \
	[ -n "$$url" ] || { echo "demo: the fake AM server did not start" >&2; exit 1; }; \
	echo "fake ForgeRock AM listening at $$url"; echo; \
	$(BIN)/pmrun run fixtures/forgerock/session-management.postman_collection.json \
		-e fixtures/forgerock/local.postman_environment.json --env-var amUrl=$$url

# Compares pmrun with Newman 6.2.2 (installed with npm under NEWMAN_DIR) on
# the project's conformance collections and the shared public corpus. It
# fails only on a regression against fixtures/conformance/passing.txt.
conformance:
	@bash fixtures/conformance/run.sh "$(SHARED)" "$(NEWMAN_DIR)"

# --- bench (issue 6) ---------------------------------------------------------
# Uses GO, BIN, NEWMAN_DIR and NEWMAN from the top of this Makefile.
#   make bench          Go benchmarks of the hot paths, then the whole-run table
#   make bench-go       only the Go benchmarks
#   make bench-run      only the table: pmrun vs the Go floor vs Newman at
#                       N=1 and N=1000, then pmrun's 1k/10k/100k scale series
#   make bench-profile  CPU and allocation profiles with their top functions
# Knobs: BENCH_RUNS (runs per contender, the median is printed), BENCH_SCALE=0
# skips the scale series, NEWMAN (a newman to use instead of the one under
# NEWMAN_DIR, which is installed with npm when missing).
BENCH_RUNS ?= 5
BENCH_SCALE ?= 1
BENCH_PKGS := ./collection/... ./scripts/... ./runner/... ./report/... ./fixtures/bench/...
BENCH_PROF := $(BIN)/prof

.PHONY: bench-go bench-run bench-newman bench-profile

bench: bench-go bench-run

bench-go:
	$(GO) test -run '^$$' -bench . -benchmem $(BENCH_PKGS)

# Newman is optional: installed with npm when missing, skipped with a note
# in the table when npm is absent too.
bench-newman:
	@if [ ! -x "$(NEWMAN)" ] && [ "$(NEWMAN)" = "$(NEWMAN_DIR)/node_modules/.bin/newman" ] \
		&& command -v npm >/dev/null 2>&1; then \
		echo "installing newman 6.2.2 under $(NEWMAN_DIR)"; \
		npm install --prefix "$(NEWMAN_DIR)" newman@6.2.2 >/dev/null; \
	fi

bench-run: bench-newman
	$(GO) build -o $(BIN)/pmrun .
	$(GO) build -o $(BIN)/bench ./fixtures/bench/cmd/bench
	@if [ -x "$(NEWMAN)" ]; then newman="$(NEWMAN)"; note=""; \
	elif command -v npm >/dev/null 2>&1; then newman=""; note="$(NEWMAN) is missing and npm could not install it"; \
	else newman=""; note="npm is not installed (to compare: npm install --prefix $(NEWMAN_DIR) newman@6.2.2)"; fi; \
	$(BIN)/bench -pmrun $(BIN)/pmrun -runs $(BENCH_RUNS) -scale=$(if $(filter 0,$(BENCH_SCALE)),false,true) \
		-newman "$$newman" -newman-note "$$note"

# Profiles: 20 whole in-process runs at N=1000 (the fake AM server's
# goroutines are labelled side=amserver and left out of the CPU tops), then
# each package's Go benchmarks.
bench-profile:
	@mkdir -p $(BENCH_PROF)
	$(GO) test -run '^$$' -bench 'WholeRun/N=1000' -benchtime 20x -o $(BENCH_PROF)/bench.test \
		-cpuprofile $(BENCH_PROF)/wholerun.cpu -memprofile $(BENCH_PROF)/wholerun.mem ./fixtures/bench/
	$(GO) tool pprof -top -nodecount 25 -tagignore side=amserver $(BENCH_PROF)/bench.test $(BENCH_PROF)/wholerun.cpu
	$(GO) tool pprof -top -cum -nodecount 40 -tagignore side=amserver $(BENCH_PROF)/bench.test $(BENCH_PROF)/wholerun.cpu
	$(GO) tool pprof -top -nodecount 20 -sample_index alloc_space $(BENCH_PROF)/bench.test $(BENCH_PROF)/wholerun.mem
	@for p in collection runner report; do \
		$(GO) test -run '^$$' -bench . -o $(BENCH_PROF)/$$p.test -cpuprofile $(BENCH_PROF)/$$p.cpu \
			-memprofile $(BENCH_PROF)/$$p.mem ./$$p/ >/dev/null && \
		$(GO) tool pprof -top -nodecount 15 $(BENCH_PROF)/$$p.test $(BENCH_PROF)/$$p.cpu; \
	done

lint:
	@unformatted=$$(gofmt -l .); [ -z "$$unformatted" ] || { echo "gofmt: $$unformatted"; exit 1; }
	$(GO) vet ./...

clean:
	rm -rf $(BIN)
