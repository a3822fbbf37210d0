"""Render the main window's pages to PNG files without a display (for looking at what we make).

    QT_QPA_PLATFORM=offscreen python scripts/screenshot.py --db demo.db --out shots/ [--size 1366x768]
      [--page beranda --page kartu] [--search TEXT]

With no --db, a demo database is built in a temporary folder.
"""

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.gui import app as gui_app  # noqa: E402
from desktop.gui.main_window import MainWindow  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--out", default="shots")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--page", action="append")
    parser.add_argument("--search", default="")
    args = parser.parse_args()
    qt = gui_app.application()
    path = Path(args.db) if args.db else gui_app.demo_path()
    window = MainWindow(gui_app.open_context(path, demo_mode=not args.db))
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for key in args.page or list(window.pages) or ["firstrun"]:
        if key in window.pages:
            page = window.show_page(key)
            if key == "kartu" and args.search:
                page.search.setText(args.search)
                page._apply()
                page.table.selectRow(0)
        qt.processEvents()
        target = out / f"{key}.png"
        window.grab().save(str(target))
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
