"""At 1366×768 (the common office laptop) nothing a clerk needs is cut off or hidden sideways."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.core import db, office
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.models.card_table import COLUMNS
from desktop.gui.settings.program import ProgramSection
from tests.conftest import TODAY


@pytest.fixture
def window(qtbot, demo_path):
    main = MainWindow(AppContext(db.connect(demo_path), demo_path, today=TODAY, demo=True))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def test_kartu_columns_fit_without_a_sideways_scrollbar(window, qtbot):
    page = window.show_page("kartu")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    table = page.table
    widths = [table.columnWidth(i) for i in range(len(COLUMNS))]
    assert sum(widths) <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    metrics = table.fontMetrics()
    status = [c[0] for c in COLUMNS].index("status")
    assert widths[status] >= metrics.horizontalAdvance("Dikirim ke kecamatan") + 6
    assert widths[0] >= metrics.horizontalAdvance("Abdul Bambang Salim") + 6  # the name column gets the rest


def test_a_person_to_check_carries_a_warning_sign_and_the_reason_in_the_tooltip(window, qtbot):
    conn = window.ctx.conn
    conn.execute("UPDATE peserta SET perlu_dicek = ? WHERE id = (SELECT min(id) FROM peserta)",
                 ("region_unknown: Desa X tidak dikenal",))
    page = window.show_page("kartu")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    pid = conn.execute("SELECT min(id) FROM peserta").fetchone()[0]
    row = list(page.model._ids).index(pid)
    index = page.model.index(row, 0)
    assert page.model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert "Perlu dicek" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    clean = page.model.index(row + 1 if row == 0 else 0, 0)
    assert page.model.data(clean, Qt.ItemDataRole.DecorationRole) is None


def test_page_titles_line_up_on_every_page(window):
    lefts = {}
    for key in ("beranda", "kartu", "impor", "cetak", "laporan", "pengaturan"):
        page = window.show_page(key)
        title = next(label for label in page.findChildren(QLabel) if label.objectName() == "pageTitle"
                     and label.isVisible())
        lefts[key] = title.mapTo(window, title.rect().topLeft()).x()
    assert len(set(lefts.values())) == 1, lefts


def test_the_overdue_list_names_the_area_not_a_sentence(window):
    page = window.show_page("beranda")
    headers = [page.overdue.horizontalHeaderItem(i).text() for i in range(page.overdue.columnCount())]
    assert headers == ["Nama", "Wilayah", "Status", "Hari"]
    assert not any("untuk" in page.overdue.item(r, 1).text() for r in range(page.overdue.rowCount()))


def test_programmes_are_read_only_at_a_kecamatan_office(qtbot, tmp_path):
    conn = db.connect(tmp_path / "kec.db")
    office.init_office(conn, "kecamatan", "17.04.01")
    section = ProgramSection(AppContext(conn, tmp_path / "kec.db", today=TODAY))
    qtbot.addWidget(section)
    section.refresh()
    assert not any(w.isEnabled() for w in (*section.fields(), section.save_button, section.new_button))
    assert any("kantor kabupaten" in label.text() for label in section.findChildren(QLabel))
    district = db.connect(tmp_path / "kab.db")
    office.init_office(district, "kabupaten", "17.04")
    writable = ProgramSection(AppContext(district, tmp_path / "kab.db", today=TODAY))
    qtbot.addWidget(writable)
    assert all(w.isEnabled() for w in (*writable.fields(), writable.save_button, writable.new_button))
    assert isinstance(writable.new_button, QPushButton)
