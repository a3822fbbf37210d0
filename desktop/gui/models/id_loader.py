"""Finds the ids for a big table (the card table, Riwayat) in a worker thread, so a search over
1,000,000 peserta or millions of events never freezes the window. One worker thread with its own
connection; answers to superseded requests are dropped by generation number.

A request is a query: a function of a connection returning ids (e.g. a core `ids()` with its filter
bound), so the loader knows nothing of what it loads.
"""

from array import array
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.core import db

IdQuery = Callable[[object], list[int]]  # connection -> ids


class _Worker(QObject):
    loaded = Signal(int, object)  # generation, array of ids
    failed = Signal(int, str)

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self.conn = None

    @Slot(int, object)
    def load(self, generation: int, query: IdQuery) -> None:
        try:
            if self.conn is None:
                self.conn = db.connect(self.db_path, migrate_schema=False)
            ids = array("q", query(self.conn))
        except Exception as exc:  # reported to the page, which shows it; the table keeps its rows
            self.failed.emit(generation, str(exc))
            return
        self.loaded.emit(generation, ids)

    @Slot()
    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class IdLoader(QObject):
    """`request(...)` returns a generation number; `loaded(generation, ids)` follows for the newest."""

    _requested = Signal(int, object)
    _closing = Signal()
    loaded = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.thread = QThread(self)
        self.worker = _Worker(db_path)
        self.worker.moveToThread(self.thread)
        self._requested.connect(self.worker.load)
        self._closing.connect(self.worker.close)
        self.worker.loaded.connect(self._loaded)
        self.worker.failed.connect(self._failed)
        self.thread.start()

    def request(self, query: IdQuery) -> int:
        self.generation += 1
        self._requested.emit(self.generation, query)
        return self.generation

    def _loaded(self, generation: int, ids) -> None:
        if generation == self.generation:
            self.loaded.emit(generation, ids)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self.failed.emit(generation, message)

    def stop(self) -> None:
        self._closing.emit()
        self.thread.quit()
        self.thread.wait()


class LoadsIds:
    """For a table model that holds only ids (`_ids`, `_rows`, `ctx`, `sync_limit` and the signals
    `loading`, `ids_loaded`, `load_failed`): a small result comes at once, a big one from the worker."""

    _loader: IdLoader | None = None
    loaded = False  # whether ids have been set once (before that, the view's sort requests are ignored)

    def _load_ids(self, size: int, query: IdQuery) -> None:
        """`size` is how big the searched table is (its max id): above `sync_limit`, search in the background."""
        if size <= self.sync_limit:
            self._set_ids(array("q", query(self.ctx.conn)))
            return
        if self._loader is None:
            self._loader = IdLoader(self.ctx.db_path, self)
            self._loader.loaded.connect(lambda _generation, ids: self._set_ids(ids))
            self._loader.failed.connect(lambda _generation, message: self.load_failed.emit(message))
        self.loading.emit()
        self._loader.request(query)

    def _set_ids(self, ids: array) -> None:
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self.loaded = True
        self.endResetModel()
        self.ids_loaded.emit()

    def shutdown(self) -> None:
        """Stop the worker thread (before the model goes away)."""
        if self._loader is not None:
            self._loader.stop()
            self._loader = None
