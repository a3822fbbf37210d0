"""A stack of pages as tall as the page on show, not as the tallest page (a wizard's first step is short).

Qt's QStackedWidget asks every page, shown or not, how big it must be: at 150 % scaling on a 1366×768
screen the import wizard's first step scrolled by the height of its fourth step's tables, and its
"Lanjut" button went below the window's edge.
"""

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QStackedLayout, QWidget


class _CurrentPageLayout(QStackedLayout):
    """Sizes, minimum and height for a width all from the page on show (QStackedLayout: the largest page)."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        if page is None:
            return 0
        if page.hasHeightForWidth():
            return page.layout().totalMinimumHeightForWidth(width)
        return self.minimumSize().height()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        return QSize() if page is None else page.minimumSizeHint().expandedTo(page.minimumSize())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        return QSize() if page is None else page.sizeHint().expandedTo(self.minimumSize())


class CurrentStack(QWidget):
    """The part of QStackedWidget's interface the wizards use."""

    currentChanged = Signal(int)  # noqa: N815 (as QStackedWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = _CurrentPageLayout(self)
        self._layout.currentChanged.connect(self._changed)

    def _changed(self, index: int) -> None:
        self._layout.invalidate()  # the height now follows another page
        self.currentChanged.emit(index)

    def addWidget(self, page: QWidget) -> int:  # noqa: N802 (as QStackedWidget)
        return self._layout.addWidget(page)

    def removeWidget(self, page: QWidget) -> None:  # noqa: N802 (as QStackedWidget)
        self._layout.removeWidget(page)

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 (as QStackedWidget)
        self._layout.setCurrentIndex(index)

    def currentIndex(self) -> int:  # noqa: N802 (as QStackedWidget)
        return self._layout.currentIndex()

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (as QStackedWidget)
        return self._layout.currentWidget()

    def widget(self, index: int) -> QWidget | None:
        return self._layout.widget(index)

    def count(self) -> int:
        return self._layout.count()
