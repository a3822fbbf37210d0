"""A table cell too narrow for its text shows "…"; hovering over it shows the whole text."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QToolTip

CELL_MARGINS = 8  # the style's text margins inside a cell


class _CutTextTips(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ToolTip:
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip shows
        text = str(index.data() or "")
        width = self.view.visualRect(index).width() - CELL_MARGINS
        if text and self.view.fontMetrics().horizontalAdvance(text) > width:
            QToolTip.showText(event.globalPos(), text, self.view.viewport())
        else:
            QToolTip.hideText()
        return True


def show_cut_text_on_hover(view: QAbstractItemView) -> None:
    """Give every cell whose text is cut a tooltip with the whole text (the model's own tooltips stay)."""
    view.viewport().installEventFilter(_CutTextTips(view))
