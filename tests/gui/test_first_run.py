from PySide6.QtWidgets import QMessageBox

from desktop.core import db, firstrun
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow


def new_window(qtbot, tmp_path):
    path = tmp_path / "baru.db"
    window = MainWindow(AppContext(db.connect(path), path))
    qtbot.addWidget(window)
    return window


def test_first_run_sets_up_a_kecamatan_office_then_opens_the_app(qtbot, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    window = new_window(qtbot, tmp_path)
    first_run = window.centralWidget()
    office_step = first_run.office_step
    office_step.kecamatan_radio.setChecked(True)
    qtbot.keyClicks(office_step.search, "Kinal")
    matches = [office_step.proxy.index(r, 0).data() for r in range(office_step.proxy.rowCount())]
    assert "Kinal — Kabupaten Kaur, Bengkulu (17.04.01)" in matches
    row = matches.index("Kinal — Kabupaten Kaur, Bengkulu (17.04.01)")
    office_step.list.setCurrentIndex(office_step.proxy.index(row, 0))
    office_step.setup_button.click()
    assert "Kinal" in asked[0]
    assert window.ctx.office.kode == "17.04.01"
    assert "Kecamatan Kinal" in window.windowTitle()
    assert firstrun.under_way(window.ctx.conn)
    while first_run.current is not first_run.steps[-1]:  # skip the optional steps
        first_run.skip_button.click()
    first_run.steps[-1].open_button.click()
    assert "beranda" in window.pages and not firstrun.under_way(window.ctx.conn)


def test_typing_a_region_and_pressing_enter_picks_the_first_match(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window = new_window(qtbot, tmp_path)
    office_step = window.centralWidget().office_step
    qtbot.keyClicks(office_step.search, "Kaur")
    qtbot.keyClick(office_step.search, "\r")
    assert window.ctx.office.kode == "17.04"


def test_closing_half_way_reopens_on_the_remaining_steps(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window = new_window(qtbot, tmp_path)
    office_step = window.centralWidget().office_step
    qtbot.keyClicks(office_step.search, "Kaur")
    office_step.setup_button.click()
    again = MainWindow(AppContext(window.ctx.conn, window.ctx.db_path))
    qtbot.addWidget(again)
    first_run = again.centralWidget()
    assert first_run.stack.currentIndex() == 1 and not again.pages


def test_saying_no_to_the_confirmation_changes_nothing(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    window = new_window(qtbot, tmp_path)
    office_step = window.centralWidget().office_step
    qtbot.keyClicks(office_step.search, "Kaur")
    office_step.setup_button.click()
    assert window.ctx.office is None


def test_set_up_without_a_choice_changes_nothing(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    window = new_window(qtbot, tmp_path)
    window.centralWidget().office_step.setup_button.click()
    assert shown and "Pilih dulu" in shown[0]
    assert window.ctx.office is None


def test_an_office_set_up_from_the_command_line_opens_straight_on_the_app(qtbot, conn, tmp_path):
    window = MainWindow(AppContext(conn, tmp_path / "kab.db"))
    qtbot.addWidget(window)
    assert "beranda" in window.pages


def test_smoke_command_paints_and_exits_zero(tmp_path):
    import os
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "s.db"), "gui", "--smoke"],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr


def test_the_step_list_shows_what_the_chosen_kind_of_office_will_go_through(qtbot, tmp_path):
    window = new_window(qtbot, tmp_path)
    first_run = window.centralWidget()
    assert "Impor daftar pertama" in first_run.progress.text()
    first_run.office_step.kecamatan_radio.setChecked(True)
    assert "Impor daftar pertama" not in first_run.progress.text()
    assert "Kop surat" in first_run.progress.text()


def test_a_new_office_is_told_where_to_start(qtbot, tmp_path):
    from desktop.core import office

    path = tmp_path / "baru.db"
    conn = db.connect(path)
    office.init_office(conn, "kabupaten", "17.04")
    window = MainWindow(AppContext(conn, path))
    qtbot.addWidget(window)
    window.show()
    assert "Impor Daftar" in window.pages["beranda"].summary.text()
