"""The Riwayat table: every event in the log, over SQL (as the card table): the model holds only the
matching event ids in a compact array and fetches a screenful of rows when the view asks. A big log
(a district at 1,000,000 peserta holds millions of events) is searched in the background."""

from array import array

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal

from desktop.core import audit
from desktop.core.audit import AuditFilter
from desktop.gui import labels
from desktop.gui.context import AppContext
from desktop.gui.models.id_loader import LoadsIds

BLOCK = 200
CACHE_LIMIT = 5_000
# Up to this many events the ids come at once (a tenth of a second); beyond, a worker thread finds them.
SYNC_LIMIT = 200_000

# (row key, header, sort key in audit.SORT_SQL or None)
COLUMNS = (
    ("waktu", QT_TRANSLATE_NOOP("AuditTableModel", "Waktu dicatat"), "waktu"),
    ("pengguna", QT_TRANSLATE_NOOP("AuditTableModel", "Pengguna"), "pengguna"),
    ("jenis", QT_TRANSLATE_NOOP("AuditTableModel", "Jenis"), "jenis"),
    ("kpj", "KPJ", "kpj"),
    ("nik", "NIK", "nik"),
    ("perpindahan", QT_TRANSLATE_NOOP("AuditTableModel", "Dari → ke"), None),
    ("dokumen", QT_TRANSLATE_NOOP("AuditTableModel", "No. dokumen"), "dokumen"),
    ("rincian", QT_TRANSLATE_NOOP("AuditTableModel", "Rincian"), None),
    ("tanggal", QT_TRANSLATE_NOOP("AuditTableModel", "Tanggal kejadian"), "tanggal"),
    ("kantor", QT_TRANSLATE_NOOP("AuditTableModel", "Kantor #urut"), "kantor"),
)


class AuditTableModel(LoadsIds, QAbstractTableModel):
    loading = Signal()  # a background search started
    ids_loaded = Signal()  # the rows of the current filter are in place
    load_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent=None, *, sync_limit: int = SYNC_LIMIT) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync_limit = sync_limit
        self.filter = AuditFilter()
        self._sort = ("id", True)
        self._ids = array("q")
        self._rows: dict[int, dict] = {}

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self.filter = audit_filter
        self.reload()

    def reload(self) -> None:
        key, descending = self._sort
        audit_filter = self.filter
        events = self.ctx.conn.execute("SELECT max(id) FROM events").fetchone()[0] or 0
        self._load_ids(events, lambda conn: audit.ids(conn, audit_filter, sort=key, descending=descending))

    def row_data(self, row: int) -> dict:
        event_id = self._ids[row]
        found = self._rows.get(event_id)
        if found is None:
            if len(self._rows) > CACHE_LIMIT:
                self._rows.clear()
            start = max(0, row - BLOCK // 4)
            self._rows.update(audit.rows(self.ctx.conn, list(self._ids[start:start + BLOCK])))
            found = self._rows[event_id]
        return found

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.row_data(index.row())[key]
            return labels.label(value) if key == "jenis" else value  # the type's name is a core label
        if role == Qt.ItemDataRole.ToolTipRole and key in ("rincian", "perpindahan"):
            return self.row_data(index.row())[key] or None
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        sort_key = COLUMNS[column][2]
        if sort_key is None:
            return
        if not self.loaded:
            # The view announcing its initial order (Waktu, newest first): the page's first refresh loads
            # the newest first by id, which is that order for this office's events and needs no sort of
            # the whole log (ordering millions of events by time takes seconds).
            return
        self._sort = (sort_key, order == Qt.SortOrder.DescendingOrder)
        self.reload()
