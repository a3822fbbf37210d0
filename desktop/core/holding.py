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


# Age of a card still on its way, in days at its current custodian (the Beranda's columns).
BUCKETS = (("0-7", 0, 7), ("8-14", 8, 14), ("15-30", 15, 30), (">30", 31, None))
BUCKET_LABELS = {"0-7": "0–7 hari", "8-14": "8–14 hari", "15-30": "15–30 hari", ">30": "> 30 hari"}


@dataclass
class AreaAges:
    kode: str
    nama: str
    buckets: dict[str, int]
    tertua: int  # days the longest-held card of the area has waited

    @property
    def total(self) -> int:
        return sum(self.buckets.values())

    def as_dict(self) -> dict:
        return {"kode": self.kode, "nama": self.nama, "buckets": dict(self.buckets), "total": self.total,
                "tertua": self.tertua}


def _bucket_case() -> str:
    parts = [f"WHEN d <= {hi} THEN '{key}'" for key, _, hi in BUCKETS if hi is not None]
    return f"CASE {' '.join(parts)} ELSE '{BUCKETS[-1][0]}' END"


def age_buckets(conn: sqlite3.Connection, today: date, *, kecamatan: str | None = None) -> list[AreaAges]:
    """Cards not yet delivered, by how long they have sat where they are: per kecamatan, or per desa
    of `kecamatan`. Areas are grouped by the worker's address; the most overdue area comes first."""
    column = "desa_kode" if kecamatan else "kecamatan_kode"
    scope = "AND c.kecamatan_kode = :kecamatan" if kecamatan else ""
    query = (
        f"SELECT area, r.nama, {_bucket_case()} AS bucket, count(*), max(d) FROM ("
        f"  SELECT c.{column} AS area, CAST(julianday(:today) - julianday(c.since) AS INTEGER) AS d"
        f"  FROM cards c WHERE c.state IN {UNDELIVERED_SQL} {scope}"
        ") LEFT JOIN regions r ON r.kode = area GROUP BY area, bucket"
    )
    areas: dict[str, AreaAges] = {}
    for kode, nama, bucket, n, oldest in conn.execute(query, {"today": today.isoformat(), "kecamatan": kecamatan}):
        area = areas.setdefault(kode, AreaAges(kode, nama or kode or "(belum ditentukan)",
                                               {key: 0 for key, _, _ in BUCKETS}, 0))
        area.buckets[bucket] = n
        area.tertua = max(area.tertua, oldest)
    order = [key for key, _, _ in reversed(BUCKETS)]
    return sorted(areas.values(), key=lambda a: ([-a.buckets[k] for k in order], a.kode))


def deadline_countdown(conn: sqlite3.Connection, today: date) -> list[dict]:
    """Each programme with a distribution deadline: days left (negative once passed) and cards to go."""
    # Cards counted per programme in one scan first: joining programmes to cards made SQLite build a
    # throwaway index on cards.program_id at every Beranda refresh (0.17 s → 0.07 s at 100,000 cards).
    rows = conn.execute(
        "SELECT pr.nama, pr.batas_distribusi, coalesce(k.belum, 0), coalesce(k.total, 0) FROM programs pr "
        f"LEFT JOIN (SELECT program_id, sum(state IN {UNDELIVERED_SQL}) AS belum, count(*) AS total "
        "FROM cards GROUP BY program_id) k ON k.program_id = pr.id "
        "WHERE pr.batas_distribusi IS NOT NULL ORDER BY pr.batas_distribusi"
    ).fetchall()
    result = []
    for nama, batas, belum, total in rows:
        left = (date.fromisoformat(batas) - today).days
        per_day = -(-belum // left) if left > 0 and belum else None  # ceiling: cards a day to make it
        result.append({"program": nama, "batas": batas, "hari_lagi": left, "belum_diserahkan": belum,
                       "total": total, "per_hari": per_day})
    return result
