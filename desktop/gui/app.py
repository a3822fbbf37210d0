"""Starting the desktop app: the application object, the database, the window, and --demo/--smoke."""

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QSplashScreen

from desktop import __version__
from desktop.core import applog, backups, db, demo, storage, users
from desktop.core.errors import UserError
from desktop.core.paths import default_db_path, resources_dir
from desktop.gui import i18n, signin
from desktop.gui.context import AppContext
from desktop.gui.jobs import run_job
from desktop.gui.main_window import MainWindow
from desktop.gui.style import STYLE_SHEET


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("SerahKartu")
    app.setApplicationName("SerahKartu")
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLE_SHEET)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "serahkartu.png")))
    i18n.install(app)
    return app


def demo_path() -> Path:
    """A fresh throwaway database, so the demo never mixes with an office's own data."""
    return Path(tempfile.mkdtemp(prefix="serahkartu-demo-")) / "demo.db"


def open_context(path: Path, *, demo_mode: bool) -> AppContext:
    with upgrade_notice() as announce:
        conn = db.connect(path, before_upgrade=announce)
    if demo_mode and conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0:
        demo.build(conn)
    ctx = AppContext(conn, path, demo=demo_mode)
    if demo_mode:
        signin.adopt(ctx, users.ensure_demo_admin(conn), record=False)  # the demo signs in by itself
    return ctx


@contextmanager
def upgrade_notice() -> Iterator[Callable[[], None]]:
    """The first start after an update may migrate the database (a backup, then the new schema): seconds,
    or a minute on a very big register, before any window appears. The function this gives (db.connect's
    `before_upgrade`) puts up a notice saying so, so nobody switches off; it is closed when the block ends."""
    shown: list[QSplashScreen] = []

    def announce() -> None:
        background = QPixmap(560, 140)
        background.fill(QColor("#1e3a8a"))  # the sidebar's blue
        notice = QSplashScreen(background)
        notice.showMessage(QApplication.translate(
            "app", "Memperbarui basis data untuk versi SerahKartu ini…\nHanya sekali; untuk data yang besar bisa "
            "beberapa menit.\nJangan tutup aplikasi atau matikan komputer."),
            Qt.AlignmentFlag.AlignCenter, Qt.GlobalColor.white)
        notice.show()
        QApplication.processEvents()
        shown.append(notice)

    try:
        yield announce
    finally:
        for notice in shown:
            notice.close()


def warn_about_storage(path: Path) -> None:
    """A database on a network share gets a warning; today's backup is made (a failure is only told)."""
    for warning in storage.warnings(path):
        QMessageBox.warning(None, "SerahKartu", warning)
    try:
        backups.daily(path)
    except UserError as exc:
        QMessageBox.warning(None, "SerahKartu", QApplication.translate("app", "Cadangan harian gagal: ") + str(exc))


def switch_to_demo(window: MainWindow) -> None:
    """The first-run page's "Coba dengan data contoh": build the demo in the background, then show it."""
    path = demo_path()
    placeholder = AppContext(window.ctx.conn, path, demo=True)

    def build(conn, progress):
        demo.build(conn)
        return path

    run_job(window, placeholder, QCoreApplication.translate("MainWindow", "Membuat data contoh…"), build,
            lambda built: window.load(open_context(built, demo_mode=True)), cancellable=False)


def remove_demo(ctx: AppContext) -> None:
    """A demo database is thrown away when the app closes (about 20 MB each, in the temp folder)."""
    if ctx.demo and ctx.db_path.parent.name.startswith("serahkartu-demo-"):
        ctx.conn.close()
        shutil.rmtree(ctx.db_path.parent, ignore_errors=True)


def run(*, db_path: str | None = None, demo: bool = False, smoke: bool = False) -> int:
    app = application()
    applog.setup()
    path = demo_path() if demo else Path(db_path or default_db_path())
    try:
        ctx = open_context(path, demo_mode=demo)
    except UserError as exc:
        QMessageBox.critical(None, "SerahKartu", str(exc))
        return 1
    if not demo and not smoke:
        warn_about_storage(path)
        if not signin.sign_in_at_start(ctx):
            return 0
    window = MainWindow(ctx, open_demo=switch_to_demo)
    app.aboutToQuit.connect(lambda: remove_demo(window.ctx))
    window.idle_lock = signin.IdleLock(window, ctx)
    window.show()
    if smoke:
        QTimer.singleShot(0, lambda: finish_smoke(app, window))
    return app.exec()


def finish_smoke(app: QApplication, window: MainWindow) -> None:
    """`gui --smoke`: the window painted, then (on a big register) Beranda's figures counted in the
    background, then quit. With SERAHKARTU_START_CLOCK (a time.time() taken before the process started)
    it prints when each was ready, for the start benchmark."""
    window.grab()
    report_start("window_s")
    pool = QThreadPool.globalInstance()
    timer = QTimer(window, interval=20)

    def check() -> None:
        if pool.activeThreadCount():
            return
        timer.stop()
        window.grab()
        report_start("figures_s")
        app.quit()

    timer.timeout.connect(check)
    timer.start()


def report_start(label: str) -> None:
    clock = os.environ.get("SERAHKARTU_START_CLOCK")
    if clock:
        print(json.dumps({label: round(time.time() - float(clock), 3)}), flush=True)
