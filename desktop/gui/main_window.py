"""The main window: navigation on the left, one page at a time on the right."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.context import AppContext
from desktop.gui.pages import PAGE_CLASSES
from desktop.gui.pages.base import Page
from desktop.gui.pages.firstrun import FirstRunPage

MIN_SIZE = (1024, 640)
DEFAULT_SIZE = (1366, 768)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, *, open_demo=None) -> None:
        super().__init__()
        self.ctx = ctx
        self.open_demo = open_demo  # callable(window) that switches this window to a demo database
        self.pages: dict[str, Page] = {}
        self.setMinimumSize(*MIN_SIZE)
        self._restore_geometry()
        self.load(ctx)

    # -- building -------------------------------------------------------------------------------
    def load(self, ctx: AppContext) -> None:
        """(Re)build the window for `ctx`: the first-run page, or the pages of this office."""
        self.ctx = ctx
        self._shutdown_pages()
        office = ctx.office
        title = "SerahKartu"
        if office is not None:
            title += f" — {office.nama}"
        if ctx.demo:
            title += " " + self.tr("(data contoh)")
        self.setWindowTitle(title)
        if office is None:
            first_run = FirstRunPage(ctx)
            first_run.office_ready.connect(lambda: self.load(self.ctx))
            first_run.demo_requested.connect(self._demo_requested)
            self.setCentralWidget(first_run)
            return
        self.setCentralWidget(self._body(ctx))
        self.statusBar().showMessage(f"{office.nama} · {ctx.db_path}")

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
            self.stack.addWidget(page)
            item = QListWidgetItem(page.tr(page.title))
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.nav.addItem(item)
            if number < 9:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), body)
                shortcut.activated.connect(lambda key=page.key: self.show_page(key))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._connect_pages()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        self.nav.setCurrentRow(0)
        return body

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
        saved = QSettings().value("main_window/geometry")
        if saved is None or not self.restoreGeometry(saved):
            self.resize(*DEFAULT_SIZE)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self._shutdown_pages()
        super().closeEvent(event)

    def _shutdown_pages(self) -> None:
        for page in self.pages.values():
            page.shutdown()
        self.pages.clear()
