#!/usr/bin/env bash
# Create .venv (Python 3.11+) and install workbench into it, torch first.
# Usage: scripts/setup.sh [dev]   ("dev" adds the test tools)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for cand in python3.11 python3.12 python3; do
    if command -v "$cand" >/dev/null 2>&1; then PY="$cand"; break; fi
  done
fi
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
  || { echo "setup: Python 3.11 or newer is needed (found $("$PY" --version 2>&1))" >&2; exit 1; }
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $("$PY" --version)" >&2
  "$PY" -m venv .venv
fi
PIP=(.venv/bin/python -m pip -q --disable-pip-version-check)
# torch first: the CPU build 2.13.0; asked for later by sentence-transformers, pip would fetch a CUDA build.
if ! .venv/bin/python -c 'import torch' >/dev/null 2>&1; then
  echo "setup: installing torch 2.13.0 (CPU)" >&2
  "${PIP[@]}" install torch==2.13.0
fi
extras=""
if [ "${1:-}" = "dev" ]; then extras="[dev]"; fi
stamp=".venv/.workbench-installed$extras"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing workbench$extras and its dependencies" >&2
  "${PIP[@]}" install -e ".$extras" 2>&1 | grep -v -E '^WARNING: Location|^\s*$' >&2 || true
  .venv/bin/python -c 'import workbench' || { echo "setup: installation failed" >&2; exit 1; }
  touch "$stamp"
fi
