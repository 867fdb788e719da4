#!/usr/bin/env bash
# The whole test suite: lint, types, then every test (rules, model, CLI, browser, RDF tools).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m ruff check graph tests bench
python3 -m mypy
python3 -m pytest -q "$@"
