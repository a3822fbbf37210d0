"""Big-number tiles for the dashboard: a figure, a label, and an accent colour; and the grid that holds them."""

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QLayoutItem, QVBoxLayout, QWidget

from desktop.gui.widgets.list_layout import ListLayout


class Tile(QFrame):
    def __init__(self, label: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(f"#tile {{ border-top: 4px solid {accent}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        self.value = QLabel("–")  # never wraps: the tile is at least as wide as its figure
        self.value.setObjectName("tileValue")
        self.caption = QLabel(label)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str, tooltip: str = "") -> None:
        self.value.setText(text)
        self.setToolTip(tooltip)


class TileGrid(ListLayout):
    """Tiles in as many columns as fit, the rows balanced (nine tiles: one row of 9 on a wide window, 5 + 4
    on a narrow one such as 1366×768 at 150 %), recomputed on every resize. No column is narrower than the
    widest tile's minimum (its figure, and its label's longest word), so a figure is never cut off."""

    def __init__(self, parent: QWidget | None = None, *, max_rows: int = 2, spacing: int = 8) -> None:
        super().__init__(parent)
        self._max_rows = max_rows  # the minimum width is the one that needs this many rows
        self.setSpacing(spacing)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation.Horizontal

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        columns, widths = self._widths(width)
        return self._height(columns, widths)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """All tiles in one row, each as wide as it would like."""
        widths = [self._preferred(item) for item in self._items]
        width = sum(widths) + max(len(widths) - 1, 0) * self.spacing()
        return QSize(width, self._height(len(widths) or 1, widths))

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        columns = math.ceil(len(self._items) / self._max_rows) or 1
        width = columns * self._cell_width() + (columns - 1) * self.spacing()
        return QSize(width, self._height(columns, [self._cell_width()] * len(self._items)))

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        columns, widths = self._widths(rect.width())
        height = self._row_height(widths)
        x, y = rect.x(), rect.y()
        for index, (item, width) in enumerate(zip(self._items, widths, strict=True)):
            if index and index % columns == 0:  # a new row
                x, y = rect.x(), y + height + self.spacing()
            item.setGeometry(QRect(x, y, width, height))
            x += width + self.spacing()

    # -- measuring ------------------------------------------------------------------------------
    def columns_for(self, width: int) -> int:
        """As many columns as fit in `width`, then as few as keep the same number of rows (balanced)."""
        count = len(self._items)
        if not count:
            return 1
        fit = max(1, min(count, (width + self.spacing()) // (self._cell_width() + self.spacing())))
        rows = math.ceil(count / fit)
        return math.ceil(count / rows)

    def _widths(self, width: int) -> tuple[int, list[int]]:
        """The number of columns and each tile's width. On several rows all are equally wide (the columns line
        up); on one row each gets its preferred width and an equal share of the rest, so a long label stays on
        one line as in a plain grid, unless the preferred widths do not fit."""
        columns = self.columns_for(width)
        equal = max(self._cell_width(), (width - (columns - 1) * self.spacing()) // columns)
        widths = [equal] * len(self._items)
        if columns == len(self._items):
            preferred = [self._preferred(item) for item in self._items]
            spare = width - sum(preferred) - (columns - 1) * self.spacing()
            if spare >= 0:
                share, rest = divmod(spare, columns)
                widths = [w + share + (1 if index < rest else 0) for index, w in enumerate(preferred)]
        return columns, widths

    @staticmethod
    def _preferred(item: QLayoutItem) -> int:
        return max(item.sizeHint().width(), item.minimumSize().width())

    def _cell_width(self) -> int:
        return max((item.minimumSize().width() for item in self._items), default=0)

    def _row_height(self, widths: list[int]) -> int:
        """Every row as tall as the tallest tile at its width (a two-line label makes all tiles taller)."""
        return max((item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
                    for item, width in zip(self._items, widths, strict=True)), default=0)

    def _height(self, columns: int, widths: list[int]) -> int:
        rows = math.ceil(len(self._items) / columns) if self._items else 0
        return rows * self._row_height(widths) + max(rows - 1, 0) * self.spacing()
