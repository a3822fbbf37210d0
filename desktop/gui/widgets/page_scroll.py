"""The scroll area around each page of the main window.

Scroll bars appear only when the window is smaller than the page needs (150 % scaling on a 1366×768
screen, a long form on a short screen), so nothing is cut off or out of reach; otherwise the page fills
the window as before. Qt's QScrollArea measures its page again only when it is resized itself: a page
whose content changed (new figures, a filled list) kept its old height, and a scroll bar it no longer
needed. This one measures again once the page's layouts have settled after each change.
"""

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PageScroll(QScrollArea):
    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(page)
        # The background behind stays as without the scroll area (setWidget made the page paint its own).
        page.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        # After the page's own layout request, the nested ones (a column, a form) still come: measure once
        # they are all done, not in the middle (a half-updated column gave a height 40 px too tall).
        self._settled = QTimer(self, singleShot=True, interval=0)
        self._settled.timeout.connect(self._measure)
        page.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._settled.start()
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._settled.start()

    def _measure(self) -> None:
        self.setWidgetResizable(True)  # Qt's way to fit the page to the viewport again (scroll bars and all)
