"""Hold time (DESIGN §3): days a not-yet-delivered card has sat with its current custodian.

A card past its level's limit, or still undelivered after its programme's deadline, is "tertahan".
The rule is written once, as SQL over the cards table (aliased `c`), so the dashboard, the filters,
the overdue list and the reports all count the same cards.
"""

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core import settings
from desktop.core.states import DI_DESA, DI_KABUPATEN, DI_KECAMATAN, DIKIRIM, UNDELIVERED


@dataclass(frozen=True)
class HoldLimits:
    kabupaten: int
    kecamatan: int
    desa: int

    def for_state(self, state: str) -> int | None:
        return {DI_KABUPATEN: self.kabupaten, DIKIRIM: self.kecamatan, DI_KECAMATAN: self.kecamatan,
                DI_DESA: self.desa}.get(state)


def limits(conn: sqlite3.Connection) -> HoldLimits:
    return HoldLimits(settings.get(conn, settings.HOLD_LIMIT_KABUPATEN),
                      settings.get(conn, settings.HOLD_LIMIT_KECAMATAN),
                      settings.get(conn, settings.HOLD_LIMIT_DESA))


def days_held(since: str, today: date) -> int:
    return (today - date.fromisoformat(since)).days


UNDELIVERED_SQL = "(" + ", ".join(f"'{s}'" for s in UNDELIVERED) + ")"


def tertahan_sql(conn: sqlite3.Connection, today: date) -> tuple[str, dict]:
    """A condition on `c` (cards) that is true for cards held too long, with its parameters."""
    hold = limits(conn)

    def cutoff(days: int) -> str:
        return (today - timedelta(days=days)).isoformat()

    sql = (
        "((c.state = 'di_kabupaten' AND c.since < :cut_kab)"
        " OR (c.state IN ('dikirim', 'di_kecamatan') AND c.since < :cut_kec)"
        " OR (c.state = 'di_desa' AND c.since < :cut_desa)"
        f" OR (c.state IN {UNDELIVERED_SQL} AND c.program_id IN"
        "     (SELECT id FROM programs WHERE batas_distribusi < :today)))"
    )
    params = {"cut_kab": cutoff(hold.kabupaten), "cut_kec": cutoff(hold.kecamatan),
              "cut_desa": cutoff(hold.desa), "today": today.isoformat()}
    return sql, params
