"""The wizard's programme follows the import's rule: the only programme is preselected; a list that
registers cards cannot be imported until its programme is chosen or a new one is named."""

import pytest

from desktop.core import db, office
from desktop.core.register import Program, save_program
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.impor import CHECK, DONE, MAPPING
from tests.conftest import TODAY
from tests.core.test_import_files import FIXTURES
from tests.gui.test_import_wizard import shot


@pytest.fixture
def window(qtbot, tmp_path):
    conn = db.connect(tmp_path / "kab.db")
    office.init_office(conn, "kabupaten", "17.04")
    main = MainWindow(AppContext(conn, tmp_path / "kab.db", today=TODAY))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def to_check(page, qtbot, name="daftar_lama.xls"):
    page.file_step.set_path(str(FIXTURES / name))
    page.go_next()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == MAPPING, timeout=10_000)
    page.go_next()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == CHECK, timeout=10_000)


def card_programs(conn):
    return {r[0] for r in conn.execute("SELECT p.nama FROM cards c LEFT JOIN programs p ON p.id = c.program_id")}


def test_no_programme_yet_asks_for_a_name_and_creates_it(window, qtbot):
    page = window.show_page("impor")
    assert page.file_step.program.currentText() == ""
    to_check(page, qtbot)
    check = page.check_step
    assert check.program_box.isVisibleTo(page) and "2 kartu" in check.program_label.text()
    assert not page.next.isEnabled()  # cards without a programme: not yet
    shot(window, "program_wajib")
    check.program.setEditText("BPU Kaur 2026")
    assert page.next.isEnabled()
    page.go_next()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == DONE, timeout=20_000)
    assert card_programs(window.ctx.conn) == {"BPU Kaur 2026"}
    assert "program BPU Kaur 2026" in page.done_step.message.text()


def test_the_only_programme_is_preselected(window, qtbot):
    save_program(window.ctx.conn, Program(nama="BPU 2026"), on=TODAY.isoformat())
    page = window.pages["impor"].__class__(window.ctx)  # a wizard opened after the programme exists
    qtbot.addWidget(page)
    assert page.file_step.program.currentText() == "BPU 2026"
    to_check(page, qtbot)
    assert page.check_step.program.currentText() == "BPU 2026" and page.next.isEnabled()


def test_several_programmes_need_a_choice(window, qtbot):
    for name in ("BPU 2025", "BPU 2026"):
        save_program(window.ctx.conn, Program(nama=name), on=TODAY.isoformat())
    page = window.pages["impor"].__class__(window.ctx)
    qtbot.addWidget(page)
    assert page.file_step.program.currentText() == ""
    to_check(page, qtbot)
    assert not page.next.isEnabled()
    page.check_step.program.setCurrentIndex(page.check_step.program.findText("BPU 2025"))
    assert page.next.isEnabled()
    page.go_next()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == DONE, timeout=20_000)
    assert card_programs(window.ctx.conn) == {"BPU 2025"}


def test_a_list_without_cards_needs_no_programme(window, qtbot):
    page = window.show_page("impor")
    to_check(page, qtbot, "daftar.ods")
    assert not page.check_step.program_box.isVisibleTo(page) and page.next.isEnabled()
