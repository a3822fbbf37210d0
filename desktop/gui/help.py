"""Panduan: a short offline guide per page, for a clerk, opened with F1 or the Panduan button.

Guides are Markdown files `resources/help/<page key>.<language>.md` (id and en); a page without its own
guide opens the general one (`umum`).
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.paths import resources_dir
from desktop.gui import i18n

GENERAL = "umum"
TITLE_BAR = 40  # the window frame Windows adds above the dialog (about 30 px at 150 %), and a little air


def help_dir() -> Path:
    return resources_dir() / "help"


def guide_path(key: str, language: str) -> Path:
    """The guide of page `key` in `language`, falling back to Indonesian and then to the general guide."""
    for candidate_key in (key, GENERAL):
        for candidate_language in (language, i18n.DEFAULT):
            path = help_dir() / f"{candidate_key}.{candidate_language}.md"
            if path.is_file():
                return path
    raise FileNotFoundError(help_dir() / f"{GENERAL}.{i18n.DEFAULT}.md")


class HelpDialog(QDialog):
    def __init__(self, key: str, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panduan — SerahKartu"))
        # 640×560, but never taller than the screen leaves (1366×768 at 150 %: about 485 px above the taskbar,
        # title bar included), or its Tutup button is off the screen.
        available = (parent or self).screen().availableGeometry()
        self.resize(min(640, available.width()), min(560, available.height() - TITLE_BAR))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDefaultStyleSheet("h1 { font-size: 15pt; color: #1e3a8a; } h2 { font-size: 12pt; }")
        self.browser.setMarkdown(guide_path(key, language or i18n.current()).read_text(encoding="utf-8"))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)


def show_help(key: str, parent: QWidget | None = None) -> HelpDialog:
    dialog = HelpDialog(key, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
