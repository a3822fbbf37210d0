from desktop.core import db
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow


def test_first_run_sets_up_a_kecamatan_office(qtbot, tmp_path):
    path = tmp_path / "baru.db"
    window = MainWindow(AppContext(db.connect(path), path))
    qtbot.addWidget(window)
    first_run = window.centralWidget()
    first_run.kecamatan_radio.setChecked(True)
    qtbot.keyClicks(first_run.search, "Kinal")
    matches = [first_run.proxy.index(r, 0).data() for r in range(first_run.proxy.rowCount())]
    assert any(m == "Kinal — Kabupaten Kaur, Bengkulu (17.04.01)" for m in matches)
    row = matches.index("Kinal — Kabupaten Kaur, Bengkulu (17.04.01)")
    first_run.list.setCurrentIndex(first_run.proxy.index(row, 0))
    first_run.setup_button.click()
    assert window.ctx.office.kode == "17.04.01"
    assert "beranda" in window.pages and "Kecamatan Kinal" in window.windowTitle()


def test_set_up_without_a_choice_changes_nothing(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    path = tmp_path / "baru.db"
    window = MainWindow(AppContext(db.connect(path), path))
    qtbot.addWidget(window)
    window.centralWidget().setup_button.click()
    assert shown and "Pilih dulu" in shown[0]
    assert window.ctx.office is None


def test_smoke_command_paints_and_exits_zero(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "s.db"), "gui", "--smoke"],
                            capture_output=True, text=True, timeout=120, env={**__import__("os").environ,
                                                                               "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
