"""Pengaturan › Umum: the language switch rebuilds the window in the chosen language; the first-run
steps can be gone through again."""

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.core import firstrun
from desktop.gui import i18n
from desktop.gui.app import open_context
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.firstrun import FirstRunPage


@pytest.fixture
def window(qtbot, demo_path, qapp):
    window = MainWindow(open_context(demo_path, demo_mode=False))
    qtbot.addWidget(window)
    window.show()
    yield window
    i18n.uninstall(qapp)


def general(window):
    page = window.show_page("pengaturan")
    section = page.sections["GeneralSection"]
    page.tabs.setCurrentWidget(section)
    return section


def test_choosing_english_rebuilds_the_window_in_english_and_remembers_it(window, qtbot):
    section = general(window)
    section.language.setCurrentIndex(section.language.findData("en"))
    section.apply_language.click()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Home")
    assert i18n.chosen() == "en" and i18n.current() == "en"
    assert window.current_page_key() == "pengaturan"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_going_through_the_first_run_steps_again(window, qtbot):
    general(window).repeat_steps.click()
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), FirstRunPage))
    first_run = window.centralWidget()
    assert first_run.stack.currentIndex() == 1 and firstrun.under_way(window.ctx.conn)
    while first_run.current is not first_run.steps[-1]:
        first_run.skip_button.click()
    first_run.steps[-1].open_button.click()
    assert "beranda" in window.pages and not firstrun.under_way(window.ctx.conn)


def test_the_window_geometry_is_remembered_for_the_next_start(qtbot, tmp_path, monkeypatch):
    from desktop.core import db
    from desktop.gui import prefs
    from desktop.gui.context import AppContext

    first = MainWindow(AppContext(db.connect(tmp_path / "a.db"), tmp_path / "a.db"))
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 700)
    first.close()
    saved = prefs.store().value(prefs.GEOMETRY)
    assert saved == first.saveGeometry()
    restored = []  # the offscreen screen clamps sizes, so check what the next window is given
    monkeypatch.setattr(MainWindow, "restoreGeometry", lambda self, data: restored.append(data) or True)
    again = MainWindow(AppContext(db.connect(tmp_path / "a.db"), tmp_path / "a.db"))
    qtbot.addWidget(again)
    assert restored == [saved]
