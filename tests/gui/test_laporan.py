"""The Laporan page: a report written in the background and opened; the BPJS cross-check shown and saved."""

import openpyxl
import pytest

from desktop.core import db
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def laporan(qtbot, demo_path):
    ctx = AppContext(db.connect(demo_path), demo_path, today=TODAY, demo=True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("laporan")
    page.opened = []
    page.open_file = page.opened.append
    return page


def test_rekonsiliasi_is_written_and_opened(laporan, qtbot, tmp_path):
    assert laporan.kecamatan.count() == 16 and laporan.kecamatan.currentData() is None
    laporan.make(str(tmp_path / "rekon"))
    qtbot.waitUntil(lambda: laporan.last_result is not None, timeout=60_000)
    result = laporan.last_result
    assert result.path == tmp_path / "rekon.xlsx" and result.balanced and result.cards == 7130
    assert laporan.opened == [result.path]
    assert "Selisih 0" in laporan.summary.text()
    assert openpyxl.load_workbook(result.path, read_only=True).sheetnames[0] == "Ringkasan"


def test_tertahan_csv_for_one_kecamatan(laporan, qtbot, tmp_path):
    laporan.report.setCurrentIndex(laporan.report.findData("tertahan_csv"))
    laporan.kecamatan.setCurrentIndex(laporan.kecamatan.findData("17.04.02"))
    laporan.open_after.setChecked(False)
    laporan.make(str(tmp_path / "t.csv"))
    qtbot.waitUntil(lambda: laporan.last_result is not None, timeout=60_000)
    assert laporan.last_result.kecamatan == "17.04.02" and laporan.opened == []
    assert (tmp_path / "t.csv").read_text(encoding="utf-8-sig").startswith("Kode kecamatan;")


def test_bpjs_findings_are_shown_filtered_and_saved(laporan, qtbot, tmp_path):
    conn = laporan.ctx.conn
    rows = conn.execute("SELECT c.kpj, p.nik, p.nama FROM cards c JOIN peserta p ON p.id = c.peserta_id "
                        "WHERE c.kecamatan_kode = '17.04.01'").fetchall()
    wb = openpyxl.Workbook()
    wb.active.append(["NO KPJ", "NIK", "NAMA", "STATUS"])
    for kpj, nik, nama in rows[1:]:
        wb.active.append([kpj, nik, nama, "AKTIF"])
    wb.active.append(["12312312312", "1704014107900001", "Orang Baru", "AKTIF"])
    wb.save(tmp_path / "bpjs.xlsx")
    laporan.kecamatan.setCurrentIndex(laporan.kecamatan.findData("17.04.01"))
    laporan.check_bpjs(str(tmp_path / "bpjs.xlsx"))
    qtbot.waitUntil(lambda: laporan.findings.result is not None, timeout=30_000)
    assert laporan.findings.proxy.rowCount() == 2
    laporan.findings.kind.setCurrentIndex(laporan.findings.kind.findData("tidak_di_register"))
    assert laporan.findings.proxy.rowCount() == 1
    assert laporan.findings.proxy.index(0, 4).data() == "Orang Baru"
    laporan.save_findings(str(tmp_path / "temuan.xlsx"))
    qtbot.waitUntil(lambda: bool(laporan.opened), timeout=30_000)
    assert laporan.opened == [tmp_path / "temuan.xlsx"]
    assert _disclosed(conn) == []  # masked: nothing to record


def _disclosed(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute(
        "SELECT json_extract(payload, '$.kind'), json_extract(payload, '$.file') FROM events "
        "WHERE type = 'nik_diekspor' ORDER BY id")]


def test_an_unmasked_report_is_recorded_in_the_ledger(laporan, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    laporan.report.setCurrentIndex(laporan.report.findData("tertahan_csv"))
    laporan.unmask.setChecked(True)
    laporan.open_after.setChecked(False)
    laporan.make(str(tmp_path / "t.csv"))
    qtbot.waitUntil(lambda: laporan.last_result is not None, timeout=60_000)
    assert _disclosed(laporan.ctx.conn) == [("tertahan", str(tmp_path / "t.csv"))]
