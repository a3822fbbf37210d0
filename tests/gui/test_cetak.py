"""The Cetak page and the printing settings on the demo district: preview, save, print, log, settings."""

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from desktop.core import db
from desktop.core.documents import config
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.pdfpages import PdfPages, prepare_printer, print_pages
from tests.conftest import TODAY
from tests.core import pdfcheck

DESA = "17.04.08.2006"


@pytest.fixture
def window(qtbot, demo_path):
    ctx = AppContext(db.connect(demo_path), demo_path, today=TODAY, demo=True)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


@pytest.fixture
def cetak(window):
    return window.show_page("cetak")


def _printed(conn):
    return conn.execute("SELECT count(*) FROM events WHERE type = 'dokumen_dicetak'").fetchone()[0]


def test_preview_then_save_as_pdf_logs_the_print(cetak, qtbot, tmp_path):
    cetak.options.select("daftar", desa=DESA)
    cetak.options.all_cards.setChecked(True)
    assert not cetak.save_button.isEnabled()
    cetak.build()
    qtbot.waitUntil(lambda: cetak.built is not None, timeout=20_000)
    request, result = cetak.built
    assert request.scope.desa == DESA and result["rows"] > 0
    assert cetak.preview.pages is not None and len(cetak.preview.pages) == result["pages"]
    assert not cetak.preview.page.pixmap().isNull()
    assert "NIK disamarkan" in cetak.summary.text()
    before = _printed(cetak.ctx.conn)
    cetak.save_pdf(str(tmp_path / "daftar.pdf"))
    assert _printed(cetak.ctx.conn) == before + 1
    assert cetak.built is not None and cetak.save_button.isEnabled()  # the refresh after logging keeps it
    assert len(pdfcheck.page_sizes_mm(tmp_path / "daftar.pdf")) == result["pages"]
    cetak.options.sort.setCurrentIndex(1)  # a change makes the preview stale: nothing to save until rebuilt
    assert cetak.built is None and not cetak.save_button.isEnabled()


def test_unmasking_asks_first(cetak, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    cetak.options.unmask.setChecked(True)
    assert not cetak.options.unmask.isChecked()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    cetak.options.unmask.setChecked(True)
    assert cetak.options.request().unmask_nik


def test_berita_acara_for_a_delivery_on_f4_and_its_print_path(cetak, qtbot, tmp_path):
    number = cetak.ctx.conn.execute("SELECT no FROM deliveries ORDER BY id LIMIT 1").fetchone()[0]
    cetak.prepare("berita-acara", delivery=number)
    qtbot.waitUntil(lambda: cetak.built is not None, timeout=20_000)
    request, result = cetak.built
    assert request.delivery == number and result["paper"] == "f4"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)
    prepare_printer(printer, "f4", "uji")
    pages = PdfPages(result["file"])
    try:
        assert print_pages(pages, printer)
    finally:
        pages.close()
    sizes = pdfcheck.page_sizes_mm(tmp_path / "printed.pdf")
    assert len(sizes) == result["pages"] and all(abs(w - 215) < 1 and abs(h - 330) < 1 for w, h in sizes)


def test_a_build_that_cannot_be_made_says_why(cetak, qtbot):
    conn = cetak.ctx.conn
    empty = conn.execute("SELECT kode FROM regions WHERE level = 4 AND kode NOT IN (SELECT desa_kode FROM cards "
                         "WHERE state IN ('di_kabupaten','dikirim','di_kecamatan','di_desa')) LIMIT 1").fetchone()[0]
    cetak.options.select("daftar", desa=empty)
    assert cetak.options.request().scope.desa == empty
    cetak.build()
    qtbot.waitUntil(lambda: "Tidak ada" in cetak.feedback.text(), timeout=20_000)
    assert cetak.built is None and not cetak.save_button.isEnabled()


def test_printing_settings_section_saves_and_refuses_a_bad_nip(window):
    page = window.show_page("pengaturan")
    section = page.sections["PrintingSection"]
    page.tabs.setCurrentWidget(section)
    section.kop[1].setText("DINAS TENAGA KERJA DAN TRANSMIGRASI")
    section.people["kepala"][0].setText("Drs. Ahmad Yani")
    section.people["kepala"][1].setText("19700101 199003 1 004")
    section.officials.item(0, 1).setText("Budi Santoso")
    section.kertas.setCurrentIndex(section.kertas.findData("f4"))
    section.save()
    cfg = config.load(window.ctx.conn)
    assert cfg.kop[1] == "DINAS TENAGA KERJA DAN TRANSMIGRASI" and cfg.kepala.nip == "197001011990031004"
    assert cfg.kertas == "f4" and cfg.pejabat["17.04.01"].nama == "Budi Santoso"
    section.people["petugas"][1].setText("123")
    section.save()
    assert "18 digit" in section.feedback.text()
    assert config.load(window.ctx.conn).petugas.nip == ""


def test_after_a_delivery_the_print_button_opens_its_berita_acara(window, qtbot):
    page = window.show_page("serah_terima")
    page.show_tab(page.send)
    conn = window.ctx.conn
    kecamatan = conn.execute("SELECT kecamatan_kode FROM cards WHERE state = 'di_kabupaten' LIMIT 1").fetchone()[0]
    page.send.kecamatan.setCurrentIndex(page.send.kecamatan.findData(kecamatan))
    page.send.go.click()
    number = conn.execute("SELECT no FROM deliveries ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert page.send.print_offers.isVisible() and len(page.send.print_offers.buttons) == 1
    page.send.print_offers.buttons[0].click()
    cetak = window.pages["cetak"]
    assert window.current_page() is cetak
    qtbot.waitUntil(lambda: cetak.built is not None, timeout=20_000)
    assert cetak.built[0].delivery == number and cetak.built[0].document == "berita-acara"
