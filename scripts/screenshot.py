"""Render the main window's pages to PNG files without a display (for looking at what we make).

    QT_QPA_PLATFORM=offscreen python scripts/screenshot.py --db demo.db --out shots/ [--size 1366x768]
      [--page beranda --page kartu] [--search TEXT] [--lang id|en] [--first-run] [--help]
      [--as-role admin|petugas|pimpinan]

With no --db, a demo database is built in a temporary folder. --first-run renders every first-run step on
a fresh database instead; --help adds each page's Panduan dialog. --as-role signs in as a user of that
role (added to the database: use it on a demo or a copy). Use QT_SCALE_FACTOR=1.5 for 150 %.
"""

import argparse
import os
import secrets
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core import db, firstrun, users  # noqa: E402
from desktop.core import office as office_module  # noqa: E402
from desktop.gui import app as gui_app  # noqa: E402
from desktop.gui import i18n, signin  # noqa: E402
from desktop.gui.context import AppContext  # noqa: E402
from desktop.gui.help import HelpDialog  # noqa: E402
from desktop.gui.main_window import MainWindow  # noqa: E402


def first_run_shots(qt, size, out: Path, suffix: str) -> None:
    path = Path(tempfile.mkdtemp(prefix="serahkartu-shot-")) / "baru.db"
    window = MainWindow(AppContext(db.connect(path), path))
    window.resize(*size)
    window.show()
    first_run = window.centralWidget()
    shoot(qt, window, out / f"firstrun-1-kantor{suffix}.png")
    office_module.init_office(window.ctx.conn, "kabupaten", "17.04")  # as the office step does
    firstrun.start(window.ctx.conn)
    first_run._office_ready()
    for index, step in enumerate(first_run.steps[1:], start=1):
        first_run._go(index)
        shoot(qt, window, out / f"firstrun-{index + 1}-{step.key}{suffix}.png")


EXAMPLE_NAMES = {"admin": "Admin Kantor", "petugas": "Budi Santoso", "pimpinan": "Rosmala Dewi"}


def example_user(conn, role: str) -> users.User:
    """A user of `role` to look at the window as (made once, with a random password nobody types)."""
    name = f"contoh.{role}"
    if not conn.execute("SELECT 1 FROM users WHERE username = ?", (name,)).fetchone():
        admin = conn.execute("SELECT username FROM users WHERE role = 'admin' AND active = 1").fetchone()
        actor = admin[0] if admin else users.create_admin(conn, "contoh.admin", secrets.token_urlsafe(16)).username
        users.create_user(conn, actor, name, secrets.token_urlsafe(16), role, EXAMPLE_NAMES[role])
    return users.get(conn, name)


def shoot(qt, widget, target: Path) -> None:
    for _ in range(10):  # a page is measured again once its layouts settle (widgets/page_scroll.py)
        qt.processEvents()
    widget.grab().save(str(target))
    print(target)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--out", default="shots")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--page", action="append")
    parser.add_argument("--search", default="")
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), default="id")
    parser.add_argument("--first-run", action="store_true")
    parser.add_argument("--help-dialogs", "--help-dialog", dest="help_dialogs", action="store_true")
    parser.add_argument("--tabs", action="store_true", help="also every tab of pages that have tabs")
    parser.add_argument("--as-role", choices=users.ROLES, help="sign in as a user of this role")
    args = parser.parse_args()
    qt = gui_app.application()
    i18n.install(qt, args.lang)
    suffix = "" if args.lang == "id" else f".{args.lang}"
    size = tuple(int(v) for v in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.first_run:
        first_run_shots(qt, size, out, suffix)
        return 0
    path = Path(args.db) if args.db else gui_app.demo_path()
    ctx = gui_app.open_context(path, demo_mode=not args.db)
    if args.as_role:
        signin.adopt(ctx, example_user(ctx.conn, args.as_role), record=False)
    window = MainWindow(ctx)
    window.resize(*size)
    window.show()
    for key in args.page or list(window.pages) or ["firstrun"]:
        if key in window.pages:
            page = window.show_page(key)
            if key == "kartu" and args.search:
                page.search.setText(args.search)
                page._apply()
                page.table.selectRow(0)
        shoot(qt, window, out / f"{key}{suffix}.png")
        tabs = getattr(window.pages.get(key), "tabs", None)
        if args.tabs and tabs is not None:
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                shoot(qt, window, out / f"{key}-tab{index + 1}{suffix}.png")
            tabs.setCurrentIndex(0)
        if args.help_dialogs:
            dialog = HelpDialog(key, window)
            dialog.show()
            qt.processEvents()
            dialog.grab().save(str(out / f"help-{key}{suffix}.png"))
            dialog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
