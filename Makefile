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

lint:
	@unformatted=$$(gofmt -l .); [ -z "$$unformatted" ] || { echo "gofmt: $$unformatted"; exit 1; }
	$(GO) vet ./...

clean:
	rm -rf $(BIN)
