#!/usr/bin/env bash
# One command on a fresh machine: install everything, then run the main job on the bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export WORKBENCH_HOME="${WORKBENCH_HOME:-$PWD/.workspace}"
exec .venv/bin/workbench run examples/lettre-fr.txt --english examples/letter-en.txt \
  --project example --out aligned "$@"
