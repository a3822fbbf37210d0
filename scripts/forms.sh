#!/usr/bin/env bash
# Compile the Qt Designer forms in ui/ into desktop/gui/forms/ (run after editing a .ui file, then
# scripts/translations.sh for its texts). tests/gui/test_forms.py fails when a compiled form is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${VENV_BIN:-.venv/bin}
[ -x "$bin/pyside6-uic" ] || bin=$(dirname "$(command -v pyside6-uic)")
for form in ui/*.ui; do
  name=$(basename "$form" .ui)
  "$bin/pyside6-uic" --no-autoconnection "$form" -o "desktop/gui/forms/${name}_ui.py"
done
