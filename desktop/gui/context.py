"""What every page shares: the database, this office, 'today', and the signal that data changed."""

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core import office as office_module
from desktop.core.office import Office


class AppContext(QObject):
    """One per window. Pages read `conn` on the GUI thread; long work goes through `jobs.run_job`,
    which opens its own connection (SQLite connections stay in the thread that made them).

    After any write, call `changed()` so every page refreshes its figures.
    """

    data_changed = Signal()
    office_changed = Signal()

    def __init__(self, conn: sqlite3.Connection, db_path: Path, *, today: date | None = None,
                 demo: bool = False) -> None:
        super().__init__()
        self.conn = conn
        self.db_path = Path(db_path)
        self.demo = demo
        self._fixed_today = today
        self.user = "sistem"  # the signed-in user's name: pass it as `user=` to core write functions
        self.account = None  # the signed-in users.User (its role decides what the pages offer)

    @property
    def office(self) -> Office | None:
        return office_module.current(self.conn)

    def today(self) -> date:
        return self._fixed_today or date.today()

    def changed(self) -> None:
        self.data_changed.emit()
