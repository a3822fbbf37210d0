import os
import subprocess
import sys
from pathlib import Path


def test_a_demo_session_leaves_no_database_behind(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "desktop", "gui", "--demo", "--smoke"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert not list(Path(tmp_path).glob("serahkartu-demo-*"))


def test_the_first_start_after_an_update_says_the_database_is_being_upgraded(qtbot, tmp_path, monkeypatch):
    """A database made by the previous version migrates (a backup, a rebuilt index) before any window:
    a notice is up for as long as that takes, and gone after."""
    import sqlite3

    from PySide6.QtWidgets import QApplication, QSplashScreen

    from desktop.core import db, migrations
    from desktop.gui import app

    path = tmp_path / "kab.db"
    older = sqlite3.connect(path, isolation_level=None)
    for version, (name, sql) in enumerate(migrations.MIGRATIONS[:-1], start=1):
        migrations._apply(older, version, name, sql)
    older.close()

    shown_while_migrating = []
    migrate = db.migrate

    def watched(*args, **kwargs):
        shown_while_migrating.extend(w.message() for w in QApplication.topLevelWidgets()
                                     if isinstance(w, QSplashScreen) and w.isVisible())
        return migrate(*args, **kwargs)

    monkeypatch.setattr(db, "migrate", watched)
    ctx = app.open_context(path, demo_mode=False)
    assert shown_while_migrating and "Memperbarui basis data" in shown_while_migrating[0]
    assert not any(isinstance(w, QSplashScreen) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert ctx.conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS)
    ctx.conn.close()
    # Opened again, or made new, there is nothing to upgrade and no notice.
    shown_while_migrating.clear()
    for again in (path, tmp_path / "baru.db"):
        app.open_context(again, demo_mode=False).conn.close()
    assert shown_while_migrating == []
