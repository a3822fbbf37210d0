#!/usr/bin/env bash
# Refresh the English translation source from the GUI code, then compile every .ts to .qm.
#   scripts/translations.sh            after adding or changing UI text (self.tr("…") in desktop/gui)
# Then translate the new <translation type="unfinished"> entries in resources/translations/serahkartu_en.ts
# (Qt Linguist: .venv/bin/pyside6-linguist, or any text editor) and run this script again.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${VENV_BIN:-.venv/bin}
[ -x "$bin/pyside6-lupdate" ] || bin=$(dirname "$(command -v pyside6-lupdate)")
"$bin/pyside6-lupdate" -silent -extensions py,ui -locations none -no-obsolete \
  -source-language id_ID -target-language en_GB desktop/gui ui -ts resources/translations/serahkartu_en.ts
for ts in resources/translations/*.ts; do
  "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
grep -c 'type="unfinished"' resources/translations/serahkartu_en.ts | sed 's/^/unfinished English strings: /' || true
