"""The findings of a BPJS cross-check: a count per kind, a filter, and the rows in a table."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.core.formatting import number
from desktop.core.reports import bpjs_check
from desktop.gui import labels

_ROOT = QModelIndex()


class FindingsModel(QAbstractTableModel):
    """The report's rows (NIK masked), read-only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [labels.label(c.header) for c in bpjs_check.REPORT_COLUMNS]
        self.rows: list[tuple] = []
        self.codes: list[str] = []

    def load(self, result: bpjs_check.CrossCheck) -> None:
        self.beginResetModel()
        self.rows = bpjs_check.report_rows(result)
        self.codes = [f.code for f in result.findings]
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column()]
            if index.column() == 0:  # the finding's category, a core label
                return labels.label(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return self.codes[index.row()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt's name)
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class BpjsFindings(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: bpjs_check.CrossCheck | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.currentIndexChanged.connect(self._filter)
        # As wide as its longest category where there is room; in a narrow window (150 % scaling) it may
        # shrink to this and cut the shown choice short (the open list shows every choice whole).
        self.kind.setMinimumWidth(self.kind.fontMetrics().averageCharWidth() * 24)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        top.addWidget(QLabel(self.tr("Tampilkan")))
        top.addWidget(self.kind)
        top.addWidget(self.counts, 1)
        layout.addLayout(top)
        self.model = FindingsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)  # the finding's code
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the list's own order
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.table.resizeColumnsToContents()  # the headers readable before any list is opened
        self._fill_kinds({})

    def show_result(self, result: bpjs_check.CrossCheck) -> None:
        self.result = result
        self.model.load(result)
        self._fill_kinds(result.counts())
        self.table.resizeColumnsToContents()
        self.counts.setText(self.tr("{rows} baris BPJS, {matched} cocok").format(
            rows=number(result.rows_read), matched=number(result.matched)))

    def _fill_kinds(self, counts: dict[str, int]) -> None:
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Semua temuan ({n})").format(n=number(sum(counts.values()))), None)
        for code, label in bpjs_check.CATEGORIES.items():
            self.kind.addItem(f"{labels.label(label)} ({number(counts.get(code, 0))})", code)
        self.kind.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        code = self.kind.currentData()
        self.proxy.setFilterRegularExpression(f"^{code}$" if code else "")
