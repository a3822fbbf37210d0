"""A table column that takes the spare width, but never less than a readable name.

A stretched column gets what the other columns leave. At 1366×768 that is plenty; at 150 % scaling on the
same screen it was a few letters ("Abd…"). Below the floor the column keeps the floor's width and the
table scrolls sideways for the columns after it; with room again, it stretches again.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop.gui.widgets.columns import CELL_PADDING

NAME_SAMPLE = "Abdul Bambang Salim"  # a usual name of three words
AREA_SAMPLE = "Padang Guci Hulu"  # a usual kecamatan or desa name


class _Floor(QObject):
    def __init__(self, table: QTableView, column: int, sample: str) -> None:
        super().__init__(table)
        self.table, self.column, self.sample = table, column, sample
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._section_resized)

    def width(self) -> int:
        return self.table.fontMetrics().horizontalAdvance(self.sample) + CELL_PADDING

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self.column:  # another column grew or shrank: the room left changed
            self.apply()

    def apply(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(i) for i in range(header.count())
                     if i != self.column and not header.isSectionHidden(i))
        room = self.table.viewport().width() - others
        if room >= self.width():
            if header.sectionResizeMode(self.column) != QHeaderView.ResizeMode.Stretch:
                header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Stretch)
        elif header.sectionResizeMode(self.column) == QHeaderView.ResizeMode.Stretch:
            header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(self.column, self.width())


def stretch_column(table: QTableView, column: int, sample: str) -> None:
    """Let `column` take the table's spare width, and keep at least `sample` (in the cell font) readable."""
    table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    _Floor(table, column, sample).apply()
