# The two commands a new user needs: `make dev` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: dev test lint typecheck bench chaos eval install clean

# Create the venv (pip upgraded first: the machine's pip 23 cannot resolve this set) and install.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Run the whole system: PostgreSQL, Temporal (+ Web UI), the worker and the chat API.
dev: $(STAMP)
	$(BIN)/python -m services.devstack $(DEVSTACK_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy .

# Two pytest processes, whole files each (a file's tests share fixtures); TEST_WORKERS=0 runs
# everything in one process.
TEST_WORKERS ?= 2
test: lint
	$(BIN)/python -m pytest -p no:cacheprovider -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python -m tests.bench.run

# Customers, reviewers and random kill -9s against a dev stack of its own (temp folder, free
# loopback ports); prints `chaos: rounds=N ... lost=0 double_paid=0 stuck=0 duplicate_emails=0`
# and fails unless all are zero. Bounded: ~2-6 minutes for 20 rounds here, ~10 at most.
CHAOS_ROUNDS ?= 20
chaos: $(STAMP)
	$(BIN)/python -m tests.chaos --rounds $(CHAOS_ROUNDS) $(if $(CHAOS_SEED),--seed $(CHAOS_SEED))

# The agent's evaluation cases against the configured model (offline unless OPENAI_* are set).
eval: $(STAMP)
	$(BIN)/python -m tests.agent.eval $(EVAL_ARGS)

clean:
	rm -rf $(VENV) .data test-artifacts
