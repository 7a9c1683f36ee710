# One spec, everything derived. `make generate` and `make test` bootstrap what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
SPECS  := $(sort $(wildcard specs/*.yaml specs/history/*.yaml))
API    ?=
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: generate check-generated test lint lint-code lint-specs fuzz serve diff build bench clean lock

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

generate: $(STAMP)
	$(PY) -m generator generate

# Exit 1, naming the files, when generated/ is not what the specs derive (for CI).
check-generated: $(STAMP)
	$(PY) -m generator generate --check

test: $(STAMP)
	$(PY) -m pytest

lint: lint-code lint-specs

lint-code: $(STAMP)
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/mypy

lint-specs: $(STAMP) $(NODE_STAMP)
	$(PY) -m generator lint $(SPECS)
	node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity error $(SPECS)
	node_modules/.bin/redocly lint --config redocly.yaml $(SPECS)

# Each reference server started on loopback, fuzzed with every check, stopped.
FUZZ_APIS ?= kupe akua coreweave-cks cockroach-cloud
fuzz: $(STAMP)
	@for api in $(FUZZ_APIS); do \
	  echo "== fuzz $$api"; $(PY) -m generator fuzz $$api --reference $(ARGS) || exit 1; \
	done

serve: $(STAMP)
	$(PY) -m generator serve $(or $(API),$(error set API, e.g. make serve API=kupe)) $(ARGS)

# Breaking changes between two versions of a spec: make diff OLD=old.yaml NEW=specs/kupe.yaml
diff: $(STAMP)
	$(PY) -m generator diff $(or $(OLD),$(error set OLD, the earlier spec)) $(or $(NEW),$(error set NEW, the later spec)) $(ARGS)

# An sdist and a wheel per generated package into dist/, checked and reproducible:
# make build ARGS="kupe --bump-from released/specs --apply" (docs/build.md)
build: $(STAMP)
	$(PY) -m generator build $(ARGS)

bench: $(STAMP) $(NODE_STAMP)
	$(PY) -m benchmarks

# Re-pin requirements.lock from pyproject.toml (the only step that resolves versions).
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet ".[dev]"
	{ echo "# Pinned dependencies of the generator and its test tools (Python 3.11)."; \
	  echo "# Refresh: make lock"; \
	  .lock-venv/bin/pip freeze --exclude one-spec-generator; } > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
