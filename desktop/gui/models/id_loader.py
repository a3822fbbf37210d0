"""Finds the ids for the card table in a worker thread, so a search over 1,000,000 rows never
freezes the window. One worker thread with its own connection; answers to superseded requests
are dropped by generation number.
"""

from array import array
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.core import db, search
from desktop.core.search import CardFilter


class _Worker(QObject):
    loaded = Signal(int, object)  # generation, array of ids
    failed = Signal(int, str)

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self.conn = None

    @Slot(int, object, object, str, bool)
    def load(self, generation: int, card_filter: CardFilter, today: date, sort: str, descending: bool) -> None:
        try:
            if self.conn is None:
                self.conn = db.connect(self.db_path, migrate_schema=False)
            ids = array("q", search.ids(self.conn, card_filter, today, sort=sort, descending=descending))
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

    _requested = Signal(int, object, object, str, bool)
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

    def request(self, card_filter: CardFilter, today: date, sort: str, descending: bool) -> int:
        self.generation += 1
        self._requested.emit(self.generation, card_filter, today, sort, descending)
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
