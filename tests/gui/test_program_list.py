"""Pengaturan › Program: each programme in the list with its coverage period, in the UI language."""

import pytest

from desktop.core import db, register
from desktop.gui import i18n
from desktop.gui.context import AppContext
from desktop.gui.settings.program import ProgramSection
from tests.conftest import TODAY


@pytest.fixture
def section(qtbot, demo_path):
    ctx = AppContext(db.connect(demo_path), demo_path, today=TODAY, demo=True)
    register.save_program(ctx.conn, register.Program(nama="Program tanpa tanggal"), on=TODAY.isoformat())
    shown = ProgramSection(ctx)
    qtbot.addWidget(shown)
    return shown


def periods(section) -> dict[str, str]:
    section.refresh()
    items = (section.programs.item(i).text().split("\n") for i in range(section.programs.count()))
    return {name: period for name, period in items}


@pytest.mark.parametrize(("code", "between", "unset"), [("id", "s.d.", "masa perlindungan belum diisi"),
                                                        ("en", "to", "coverage dates not set")])
def test_the_coverage_period_reads_in_the_ui_language(qapp, section, code, between, unset):
    i18n.install(qapp, code)
    try:
        shown = periods(section)
    finally:
        i18n.uninstall(qapp)
    demo = section.ctx.conn.execute("SELECT nama, mulai, selesai FROM programs WHERE mulai IS NOT NULL").fetchone()
    start, end = (f"{d[8:10]}-{d[5:7]}-{d[:4]}" for d in (demo["mulai"], demo["selesai"]))
    assert shown[demo["nama"]] == f"{start} {between} {end}"
    assert shown["Program tanpa tanggal"] == unset
