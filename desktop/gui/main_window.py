"""The main window: navigation on the left, one page at a time on the right."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import firstrun
from desktop.gui import i18n, prefs, roles
from desktop.gui.context import AppContext
from desktop.gui.help import show_help
from desktop.gui.pages import PAGE_CLASSES
from desktop.gui.pages.base import Page
from desktop.gui.pages.firstrun import FirstRunPage
from desktop.gui.widgets.page_scroll import PageScroll

# 1366×768 at 150 % scaling leaves Windows about 910×485 logical pixels under the taskbar: the window, its
# title bar included, must fit. Every page fits this size (tests/gui/test_layout_1366.py); a page that
# cannot (a long form on a short screen) scrolls rather than being cut off.
MIN_SIZE = (880, 440)
DEFAULT_SIZE = (1366, 768)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, *, open_demo=None) -> None:
        super().__init__()
        self.ctx = ctx
        self.open_demo = open_demo  # callable(window) that switches this window to a demo database
        self.pages: dict[str, Page] = {}
        self.setMinimumSize(*MIN_SIZE)
        self._restore_geometry()
        help_key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        help_key.activated.connect(self.show_help)
        self.idle_lock = None  # the app attaches a signin.IdleLock after building the window
        self.load(ctx)

    # -- building -------------------------------------------------------------------------------
    def load(self, ctx: AppContext) -> None:
        """(Re)build the window for `ctx`: the first-run page, or the pages of this office."""
        self.ctx = ctx
        self._shutdown_pages()
        office = ctx.office
        self._update_title()
        if office is None or firstrun.under_way(ctx.conn):
            first_run = FirstRunPage(ctx)
            first_run.office_ready.connect(self._update_title)
            first_run.finished.connect(lambda: self.load(self.ctx))
            first_run.show_cards.connect(self.show_cards)
            first_run.demo_requested.connect(self._demo_requested)
            self.setCentralWidget(first_run)
            return
        self.setCentralWidget(self._body(ctx))
        self.statusBar().showMessage(f"{office.nama} · {ctx.db_path}")
        if self.idle_lock is not None:
            self.idle_lock.arm()  # the office may have just got its first user

    def reload(self, *, language: str | None = None, page: str | None = None) -> None:
        """Rebuild every page (after a language change or to go through the first-run steps again)."""
        if language is not None:
            i18n.install(QApplication.instance(), language)
        self.load(self.ctx)
        if page in self.pages:
            self.show_page(page)

    def _update_title(self) -> None:
        office = self.ctx.office
        title = "SerahKartu"
        if office is not None:
            title += f" — {office.nama}"
        if self.ctx.demo:
            title += " " + self.tr("(data contoh)")
        self.setWindowTitle(title)

    def _body(self, ctx: AppContext) -> QWidget:
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if ctx.demo:
            banner = QLabel(self.tr("DATA CONTOH — bukan data sebenarnya. Perubahan tidak disimpan ke data kantor."))
            banner.setObjectName("demoBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            outer.addWidget(banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget(objectName="nav")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget(objectName="pageStack")
        for number, page_class in enumerate(c for c in PAGE_CLASSES if c.available(ctx)):
            page = page_class(ctx)
            self.pages[page.key] = page
            self.stack.addWidget(PageScroll(page))  # scrolls only if the window is too small
            item = QListWidgetItem(QCoreApplication.translate("Page", page.title))
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.nav.addItem(item)
            if number < 9:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), body)
                shortcut.activated.connect(lambda key=page.key: self.show_page(key))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._connect_pages()
        row.addWidget(self._nav_column())
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        self.nav.setCurrentRow(0)
        return body

    def _nav_column(self) -> QWidget:
        """The page list (the pages this user's role may use), who is signed in, and the Panduan button
        (the same guide as F1)."""
        column = QWidget(objectName="navColumn")
        column.setFixedWidth(self.nav.maximumWidth())
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav, 1)
        account = self.ctx.account
        self.user_label = None if account is None else QLabel(
            self.tr("Masuk sebagai {who}").format(who=roles.account_label(account)), objectName="navUser",
            wordWrap=True)
        if self.user_label is not None:
            layout.addWidget(self.user_label)
        self.help_button = QPushButton(self.tr("Panduan (F1)"), objectName="navHelp")
        self.help_button.setToolTip(self.tr("Panduan singkat untuk halaman ini"))
        self.help_button.clicked.connect(self.show_help)
        layout.addWidget(self.help_button)
        return column

    def current_page_key(self) -> str:
        """The key of the page on screen ("firstrun" before the office is set up)."""
        if not self.pages:
            return "firstrun"
        return list(self.pages)[self.nav.currentRow()]

    def current_page(self) -> Page | None:
        """The page on show (None before the office is set up). The page stack holds each page inside its
        scroll area (widgets/page_scroll.py), so ask this rather than the stack."""
        return self.pages.get(self.current_page_key())

    def show_help(self) -> None:
        show_help(self.current_page_key(), self)

    def _connect_pages(self) -> None:
        beranda, kartu = self.pages.get("beranda"), self.pages.get("kartu")
        if beranda is not None and kartu is not None:
            beranda.show_cards.connect(self.show_cards)
        impor = self.pages.get("impor")
        if impor is not None and kartu is not None:
            impor.show_cards.connect(self.show_cards)

    # -- navigation -----------------------------------------------------------------------------
    def show_page(self, key: str) -> Page:
        keys = list(self.pages)
        self.nav.setCurrentRow(keys.index(key))
        return self.pages[key]

    def show_cards(self, card_filter) -> None:
        kartu = self.show_page("kartu")
        kartu.apply_filter(card_filter)

    def _demo_requested(self) -> None:
        if self.open_demo is not None:
            self.open_demo(self)

    # -- window state ---------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = prefs.store().value(prefs.GEOMETRY)
        if saved is None or not self.restoreGeometry(saved):
            self.resize(*DEFAULT_SIZE)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        prefs.store().setValue(prefs.GEOMETRY, self.saveGeometry())
        self._shutdown_pages()
        super().closeEvent(event)

    def _shutdown_pages(self) -> None:
        for page in self.pages.values():
            page.shutdown()
        self.pages.clear()
