"""The import wizard end to end on the committed fixture, and the "Perlu dicek" fix in Kartu & Peserta.

Set SERAHKARTU_SHOTS=/some/folder to also save a 1366×768 picture of every step there.
"""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.core import db, office
from desktop.core.search import CardFilter
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.impor import CHECK, DONE, MAPPING, SHEET
from desktop.gui.style import STYLE_SHEET
from desktop.gui.widgets.peserta_dialog import PesertaDialog
from tests.conftest import TODAY
from tests.core.test_import_files import FIXTURES

SHOTS = os.environ.get("SERAHKARTU_SHOTS")


def shot(widget, name: str) -> None:
    if SHOTS:
        QApplication.processEvents()
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def window(qtbot, tmp_path):
    conn = db.connect(tmp_path / "kab.db")
    office.init_office(conn, "kabupaten", "17.04")
    if SHOTS:  # look as the app looks
        QApplication.instance().setStyleSheet(STYLE_SHEET)
    main = MainWindow(AppContext(conn, tmp_path / "kab.db", today=TODAY))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def test_wizard_imports_the_list_and_leads_to_perlu_dicek(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "masalah.xlsx"), ""))
    page = window.show_page("impor")
    shot(window, "1_berkas_kosong")
    page.file_step.program.setEditText("BPU Kaur 2026")
    page.file_step.set_path(str(FIXTURES / "daftar_judul.xlsx"))
    shot(window, "1_berkas")
    page.go_next()
    assert page.stack.currentIndex() == SHEET  # two sheets: Penerima and Rekap
    shot(window, "2_lembar")
    page.go_next()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == MAPPING, timeout=10_000)
    assert page.mapping_step.header_row.value() == 4
    assert page.mapping_step.mapping()["nik"] == 1
    shot(window, "3_judul_kolom")
    page.go_next()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == CHECK, timeout=10_000)
    check = page.check_step
    assert check.model.rowCount() == 11
    shot(window, "4_periksa")
    check.codes.setCurrentIndex(check.codes.findData("region_unknown"))
    assert [p.row for p in check.model.shown] == [13, 14]
    check.table.selectRow(1)
    assert check.row_title.text() == "Baris 14 di berkas"
    assert check.row_cells.item(1, 6).text() == "Pasar Baru"
    assert check.row_message.text() == check.model.shown[1].message  # whole, where the table cuts it off
    shot(window, "4_periksa_filter_desa")
    _save_the_problem_rows(window, check, tmp_path)
    page.go_next()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == DONE, timeout=20_000)
    assert window.ctx.conn.execute("SELECT count(*) FROM peserta").fetchone()[0] == 7
    shot(window, "5_selesai")
    page.done_step.check_button.click()
    kartu = window.pages["kartu"]
    assert window.current_page() is kartu
    qtbot.waitUntil(lambda: kartu.model.rowCount() == 5)
    kartu.table.selectRow(0)
    assert kartu.edit_button.isEnabled()
    assert "Desa/kecamatan tidak dikenali" in kartu.detail.values["perlu_dicek"].text()
    shot(window, "6_kartu_perlu_dicek")


def _save_the_problem_rows(window, check, tmp_path) -> None:
    """The report keeps the original cells, whole NIKs included: saving it is recorded in the ledger."""
    check.save_report.click()
    assert (tmp_path / "masalah.xlsx").is_file()
    recorded = window.ctx.conn.execute("SELECT json_extract(payload, '$.kind'), json_extract(payload, '$.file') "
                                       "FROM events WHERE type = 'nik_diekspor'").fetchall()
    assert [tuple(r) for r in recorded] == [("impor-masalah", str(tmp_path / "masalah.xlsx"))]


def test_fix_desa_in_place_from_perlu_dicek(window, qtbot):
    from desktop.core.importing.pipeline import ImportRequest, import_file

    import_file(window.ctx.conn, ImportRequest(FIXTURES / "daftar_judul.xlsx", program="BPU Kaur 2026"), today=TODAY)
    kartu = window.show_page("kartu")
    kartu.apply_filter(CardFilter(perlu_dicek=True))
    qtbot.waitUntil(lambda: kartu.model.rowCount() == 5)
    dialog = PesertaDialog(window.ctx, "1704050202800005", kartu)  # Joko Susilo: desa 'Suka Maju' unknown
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Desa/kecamatan tidak dikenali" in dialog.reasons.text()
    assert dialog.kecamatan.currentData() == "17.04.05"
    shot(dialog, "7_perbaiki_desa")
    dialog.desa.setCurrentIndex(dialog.desa.findData("17.04.05.2009"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    row = window.ctx.conn.execute("SELECT desa_kode, perlu_dicek FROM peserta WHERE nik = '1704050202800005'")
    assert tuple(row.fetchone()) == ("17.04.05.2009", "")
    qtbot.waitUntil(lambda: kartu.model.rowCount() == 4)


def test_add_person_refuses_a_bad_nik(window, qtbot):
    dialog = PesertaDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.nik.setText("1,70401E+15")
    dialog.nama.setText("Andi")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "notasi ilmiah" in dialog.feedback.text()
    shot(dialog, "8_tambah_peserta_ditolak")


@pytest.mark.parametrize(("lines", "words"), [
    (["NIK;NAMA;DESA"], "Tidak ada baris data di bawah baris judul (baris 1)"),
    (["NIK;NAMA;DESA", "1,70401E+15;Andi;Geramat"], "Semua baris ditolak"),
])
def test_a_list_that_would_import_nothing_says_why(window, qtbot, tmp_path, lines, words):
    """A header with no rows, or only refused rows: the disabled "Impor sekarang" is explained."""
    path = tmp_path / "daftar.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    page = window.show_page("impor")
    page.file_step.set_path(str(path))
    page.go_next()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == MAPPING, timeout=10_000)
    page.go_next()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == CHECK, timeout=10_000)
    assert not page.next.isEnabled()
    assert page.check_step.feedback.isVisible() and words in page.check_step.feedback.text()
    # "no problems" is not said of a list that has no rows at all; a refused row is shown as it is in the file
    assert page.check_step.row_title.text() == ("" if len(lines) == 1 else "Baris 2 di berkas")


def test_the_same_list_twice_says_there_is_nothing_new(window, qtbot):
    from desktop.core.importing.pipeline import ImportRequest, import_file

    import_file(window.ctx.conn, ImportRequest(FIXTURES / "daftar_excel_windows.csv"), today=TODAY)
    page = window.show_page("impor")
    page.file_step.set_path(str(FIXTURES / "daftar_excel_windows.csv"))
    page.go_next()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == MAPPING, timeout=10_000)
    page.go_next()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == CHECK, timeout=10_000)
    assert not page.next.isEnabled() and "Tidak ada yang baru" in page.check_step.feedback.text()


def test_the_result_offers_the_perlu_dicek_list_only_when_there_is_one(window):
    done = window.show_page("impor").done_step
    result = {"imported": 20000, "updated": 0, "unchanged": 0, "rejected": 0, "warnings": 0, "program": "BPU"}
    done.show_result(result)
    assert "Tidak ada peserta yang perlu dicek." in done.message.text() and done.check_button.isHidden()
    done.show_result({**result, "warnings": 3})
    assert "<b>3</b> peserta ditandai perlu dicek" in done.message.text() and not done.check_button.isHidden()
    assert done.message.text().endswith("Kartu dicatat di program BPU.")
