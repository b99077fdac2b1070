#!/usr/bin/env bash
# One command: install workbench with its test tools (and the Debian programs the
# acceptance tests drive, when we may install them), then run the whole test suite.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev || exit 1
bash scripts/system-deps.sh || echo "test: some system programs are missing; their tests will say so and skip" >&2
# The layers in pyproject.toml: a module never imports from a layer above its own.
.venv/bin/lint-imports --no-cache || { echo "test: the import layers are broken (see above)" >&2; exit 1; }
.venv/bin/python -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "test: pytest collected no tests; that is a failure here" >&2
  exit 1
fi
exit "$rc"
