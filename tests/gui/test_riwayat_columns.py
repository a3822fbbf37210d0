"""Riwayat at 1366×768: Rincian is the last column and takes the rest of the width, no column the clerk
reads is cut off sideways, the columns left out at first can be shown, and cut text shows whole on hover."""

import pytest
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.gui.models.audit_table import COLUMNS

KEYS = [c[0] for c in COLUMNS]


@pytest.fixture
def page(qtbot, demo_window):
    shown = demo_window.show_page("riwayat")
    qtbot.waitUntil(lambda: shown.model.rowCount() > 0)
    return shown


def test_rincian_takes_the_rest_and_nothing_runs_off_to_the_side(page):
    table, header = page.table, page.table.horizontalHeader()
    rincian = KEYS.index("rincian")
    assert header.visualIndex(rincian) == header.count() - 1
    assert table.columnWidth(rincian) >= 220
    assert not table.horizontalScrollBar().isVisible()
    metrics = table.fontMetrics()
    moved = "Tanjung Kemuning → Tanjung Ganti"
    assert table.columnWidth(KEYS.index("perpindahan")) >= metrics.horizontalAdvance(moved) + 8
    assert table.columnWidth(KEYS.index("waktu")) >= metrics.horizontalAdvance("2026-11-22 10:00:00") + 8


def test_columns_left_out_at_first_can_be_shown(page):
    header = page.table.horizontalHeader()
    tanggal = KEYS.index("tanggal")
    assert header.isSectionHidden(tanggal) and header.isSectionHidden(KEYS.index("nik"))
    actions = {a.text(): a for a in page.column_menu().actions()}
    assert "Rincian" not in actions and not actions["Tanggal kejadian"].isChecked()
    actions["Tanggal kejadian"].trigger()
    assert not header.isSectionHidden(tanggal)


def test_cut_text_shows_whole_on_hover(page):
    jenis, model, table = KEYS.index("jenis"), page.model, page.table
    row = next(r for r in range(min(model.rowCount(), 2000)) if len(model.index(r, jenis).data()) > 22)
    table.scrollTo(model.index(row, jenis))

    def hover(column: int) -> str:
        center = table.visualRect(model.index(row, column)).center()
        viewport = table.viewport()
        QApplication.sendEvent(viewport, QHelpEvent(QHelpEvent.Type.ToolTip, center, viewport.mapToGlobal(center)))
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert hover(KEYS.index("kpj")) == ""  # a value shown whole needs no tooltip
    full = model.index(row, jenis).data()
    assert table.fontMetrics().horizontalAdvance(full) > table.columnWidth(jenis)  # drawn cut, with "…"
    assert hover(jenis) == full
    QToolTip.hideText()
