"""Whether this office is still in its first-run steps (office → letterhead → admin → first list).

The GUI sets up the office as the first step and marks the steps as under way; until they are finished
(or skipped) the app reopens on them, so closing the window half-way loses nothing. An office set up
otherwise (`serahkartu init`) never enters the steps.
"""

import sqlite3

from desktop.core import ledger, settings
from desktop.core.db import transaction

STEPS = settings.Setting("langkah_awal", "", "Langkah awal")
UNDER_WAY, FINISHED = "berjalan", "selesai"


def start(conn: sqlite3.Connection, *, user: str = ledger.SYSTEM_USER) -> None:
    """Go through the steps (again): the office's settings are opened for change, so "pengaturan"."""
    with transaction(conn):
        settings.put(conn, STEPS, UNDER_WAY, user=user)


def finish(conn: sqlite3.Connection) -> None:
    """The steps are over (done or skipped): the app's own bookkeeping, whoever clicked the last button."""
    with transaction(conn):
        settings.put(conn, STEPS, FINISHED, user=ledger.SYSTEM_USER)


def under_way(conn: sqlite3.Connection) -> bool:
    return settings.get(conn, STEPS) == UNDER_WAY
