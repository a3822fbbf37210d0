"""The Kartu & Peserta table over SQLite, smooth at 1,000,000 rows (after Anki's browser model).

The model holds only the matching peserta ids, in order, in a compact array; rows are fetched a
screenful at a time when the view asks for them, and sorting and filtering happen in SQL.
"""

from array import array

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop.core import holding, search
from desktop.core.formatting import short_date
from desktop.core.importing.problems import perlu_dicek_summary
from desktop.core.search import CardFilter
from desktop.core.states import UNDELIVERED
from desktop.gui import labels
from desktop.gui.context import AppContext
from desktop.gui.models.id_loader import LoadsIds

BLOCK = 200  # rows fetched per query
CACHE_LIMIT = 5_000  # rows kept; beyond this the cache starts afresh (memory stays flat at 1M rows)
# Up to this many peserta the ids come at once (milliseconds); above it a worker thread finds them
# while the window stays responsive, and the table shows the new rows when they arrive.
SYNC_LIMIT = 50_000

# (key, header, sort key in search.SORT_SQL, default descending)
COLUMNS = (
    ("nama", QT_TRANSLATE_NOOP("CardTableModel", "Nama"), "nama", False),
    ("nik", "NIK", "nik", False),
    ("kpj", "KPJ", "kpj", False),
    ("desa", QT_TRANSLATE_NOOP("CardTableModel", "Desa/Kelurahan"), "desa", False),
    ("kecamatan", QT_TRANSLATE_NOOP("CardTableModel", "Kecamatan"), "kecamatan", False),
    ("status", QT_TRANSLATE_NOOP("CardTableModel", "Status kartu"), "status", False),
    ("hari", QT_TRANSLATE_NOOP("CardTableModel", "Hari"), "sejak", True),
)  # "perlu dicek" is a warning sign on the name (its reasons in the tooltip): the columns fit at 1366 px
TERTAHAN_COLOR = QColor("#b42318")


class CardTableModel(LoadsIds, QAbstractTableModel):
    loading = Signal()  # a background search started
    ids_loaded = Signal()  # the rows of the current filter are in place
    load_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent=None, *, sync_limit: int = SYNC_LIMIT) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync_limit = sync_limit
        self.filter = CardFilter()
        self._sort = ("nama", False)
        self._ids = array("q")
        self._rows: dict[int, dict] = {}
        self._warning: QIcon | None = None  # made on first use, once the application's style exists

    # -- loading ------------------------------------------------------------------------------
    def set_filter(self, card_filter: CardFilter) -> None:
        self.filter = card_filter
        self.reload()

    def reload(self) -> None:
        key, descending = self._sort
        card_filter, today = self.filter, self.ctx.today()
        peserta = self.ctx.conn.execute("SELECT max(id) FROM peserta").fetchone()[0] or 0
        self._load_ids(peserta, lambda conn: search.ids(conn, card_filter, today, sort=key, descending=descending))

    def peserta_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, peserta_id: int) -> int:
        try:
            return self._ids.index(peserta_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> dict:
        peserta_id = self._ids[row]
        found = self._rows.get(peserta_id)
        if found is None:
            if len(self._rows) > CACHE_LIMIT:
                self._rows.clear()
            start = max(0, row - BLOCK // 4)
            block = list(self._ids[start:start + BLOCK])
            found_rows = search.rows(self.ctx.conn, block, self.ctx.today())
            self._rows.update({k: dict(v) for k, v in found_rows.items()})
            found = self._rows[peserta_id]
        return found

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(self.row_data(index.row()), key)
        if role == Qt.ItemDataRole.ForegroundRole and key in ("hari", "status"):
            return QBrush(TERTAHAN_COLOR) if self.row_data(index.row())["tertahan"] else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "hari":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if key == "nama" and role == Qt.ItemDataRole.DecorationRole:
            return self._warning_icon() if self.row_data(index.row())["perlu_dicek"] else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(self.row_data(index.row()), key)
        return None

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning

    def _tooltip(self, row: dict, key: str) -> str:
        """The whole text of a cell that may be cut short; on the name, why the data needs checking."""
        text = self._display(row, key)
        if key == "nama" and row["perlu_dicek"]:
            return self.tr("{nama}\nPerlu dicek: {alasan}").format(nama=text,
                                                                   alasan=perlu_dicek_summary(row["perlu_dicek"]))
        return text

    def _display(self, row: dict, key: str) -> str:
        if key == "status":
            return labels.state(row["state"]) if row["state"] else self.tr("Belum ada kartu")
        if key == "sejak":
            return short_date(row["since"])
        if key == "hari":
            days = self._days(row)
            return "" if days is None else str(days)
        return row[key] or ""

    def _days(self, row: dict) -> int | None:
        if row["state"] not in UNDELIVERED:
            return None
        return holding.days_held(row["since"], self.ctx.today())

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        _, _, sort_key, inverted = COLUMNS[column]
        if sort_key is None:
            return
        descending = (order == Qt.SortOrder.DescendingOrder) != inverted
        if (sort_key, descending) == self._sort and not self._ids:
            return  # the view announcing its initial order: the page's first refresh loads the rows
        self._sort = (sort_key, descending)
        self.reload()
