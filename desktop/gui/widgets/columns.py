"""Table columns sized for what they hold: the header (drawn semi-bold) or a usual value, whichever is wider.

Size them when the table is first shown: only then does the style sheet's font apply.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

CELL_PADDING = 12  # the cell's text margins and a pixel or two to spare
SORT_ARROW = 14  # room for the sort indicator beside a sortable column's title


def fit_column(table: QTableView, column: int, sample: str, *, sortable: bool = False) -> None:
    """Make `column` as wide as its title or `sample` in the cell font (longer values are cut with "…")."""
    bold = table.horizontalHeader().font()
    bold.setBold(True)  # the style sheet draws headers semi-bold
    title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
    title_width = QFontMetrics(bold).horizontalAdvance(title) + (SORT_ARROW if sortable else 0)
    table.setColumnWidth(column, max(table.fontMetrics().horizontalAdvance(sample), title_width) + CELL_PADDING)
