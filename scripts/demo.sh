#!/usr/bin/env bash
# Install SerahKartu into .venv (once) and open it on a throwaway demo district.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
exec .venv/bin/serahkartu gui --demo "$@"
