"""Panduan: every guide exists in both languages and opens with F1 on the page on screen."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.gui import help as help_module
from desktop.gui.app import open_context
from desktop.gui.help import HelpDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.pages import PAGE_CLASSES


def test_every_guide_has_both_languages():
    guides = {p.name.split(".")[0]: set() for p in help_module.help_dir().glob("*.md")}
    for path in help_module.help_dir().glob("*.md"):
        guides[path.name.split(".")[0]].add(path.name.split(".")[1])
    assert "umum" in guides
    assert all(languages == {"id", "en"} for languages in guides.values()), guides


def test_a_page_without_its_own_guide_opens_the_general_one(qtbot):
    dialog = HelpDialog("halaman_yang_tidak_ada", language="en")
    qtbot.addWidget(dialog)
    assert "SerahKartu guide" in dialog.browser.toPlainText()


def test_f1_opens_the_guide_of_the_page_on_screen(qtbot, demo_path):
    window = MainWindow(open_context(demo_path, demo_mode=False))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page("kartu")
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_F1)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()]
    assert dialogs and "Kartu & Peserta" in dialogs[-1].browser.toPlainText()
    dialogs[-1].close()


def test_every_page_has_its_own_guide():
    missing = [c.key for c in PAGE_CLASSES if not (help_module.help_dir() / f"{c.key}.id.md").is_file()]
    assert not missing, f"write resources/help/<key>.id.md and .en.md for {missing}"
