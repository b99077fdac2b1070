#!/usr/bin/env bash
# One command: install workbench with its test tools (and the Debian programs the
# acceptance tests drive, when we may install them), then run the whole test suite.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev || exit 1
bash scripts/system-deps.sh || echo "test: some system programs are missing; their tests will say so and skip" >&2
.venv/bin/python -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "test: pytest collected no tests; that is a failure here" >&2
  exit 1
fi
exit "$rc"
