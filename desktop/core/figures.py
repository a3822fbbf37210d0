"""The figures of the dashboard, `status` and the reports: one set of queries, so they always agree."""

import sqlite3
from dataclasses import dataclass, field
from datetime import date

from desktop.core import holding
from desktop.core import office as office_module
from desktop.core.states import DISERAHKAN, STATES, UNDELIVERED


@dataclass
class AreaFigures:
    kode: str
    nama: str
    states: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATES, 0))
    tertahan: int = 0

    @property
    def total(self) -> int:
        return sum(self.states.values())

    @property
    def delivered(self) -> int:
        return self.states[DISERAHKAN]

    def as_dict(self) -> dict:
        return {"kode": self.kode, "nama": self.nama, "total": self.total, "states": dict(self.states),
                "tertahan": self.tertahan}


def counts_by_state(conn: sqlite3.Connection) -> dict[str, int]:
    counts = dict.fromkeys(STATES, 0)
    for state, n in conn.execute("SELECT state, count(*) FROM cards GROUP BY state"):
        counts[state] = n
    return counts


def per_area(conn: sqlite3.Connection, today: date, *, parent: str | None = None) -> list[AreaFigures]:
    """Figures per kecamatan of this office's kabupaten, or per desa of kecamatan `parent`.

    Every area of the region list appears, even one with no cards yet (a zero is information).
    """
    office = office_module.require(conn)
    level_column = "kecamatan_kode" if parent is None else "desa_kode"
    parent = parent or office.kabupaten_kode
    areas = {r["kode"]: AreaFigures(r["kode"], r["nama"]) for r in conn.execute(
        "SELECT kode, nama FROM regions WHERE parent = ? ORDER BY kode", (parent,))}
    scope = "c.kecamatan_kode = :parent" if level_column == "desa_kode" else "1"
    tertahan_where, params = holding.tertahan_sql(conn, today)
    # One pass over the cards: counts per state and, in the same scan, the held-too-long ones.
    for kode, state, n, held in conn.execute(
        f"SELECT c.{level_column}, c.state, count(*), sum(CASE WHEN {tertahan_where} THEN 1 ELSE 0 END) "
        f"FROM cards c WHERE {scope} GROUP BY 1, 2",
        {**params, "parent": parent},
    ):
        area = areas.setdefault(kode, AreaFigures(kode, kode or "(belum ditentukan)"))
        area.states[state] += n
        area.tertahan += held
    if office.kind == "kecamatan" and level_column == "kecamatan_kode":
        return [a for a in areas.values() if a.kode == office.kode]
    return list(areas.values())


def status(conn: sqlite3.Connection, today: date) -> dict:
    """The `status --json` object of DESIGN §6 / issue 2."""
    office = office_module.require(conn)
    areas = per_area(conn, today)
    whole = combined(areas)
    return {
        "office": office.as_dict(),
        "today": today.isoformat(),
        "total": whole.total,
        "states": whole.states,
        "tertahan": whole.tertahan,
        "kecamatan": [a.as_dict() for a in areas],
    }


def combined(areas: list[AreaFigures], kode: str = "", nama: str = "") -> AreaFigures:
    """The sum of several areas' figures (the whole office from its kecamatan)."""
    whole = AreaFigures(kode, nama)
    for area in areas:
        for state, n in area.states.items():
            whole.states[state] += n
        whole.tertahan += area.tertahan
    return whole


def tertahan_count(conn: sqlite3.Connection, today: date) -> int:
    sql, params = holding.tertahan_sql(conn, today)
    return conn.execute(f"SELECT count(*) FROM cards c WHERE {sql}", params).fetchone()[0]


def overdue(conn: sqlite3.Connection, today: date, *, kecamatan: str | None = None,
            limit: int | None = None) -> list[dict]:
    """Cards held too long, longest first: the list the Bupati asks about.

    Queried state by state so that each part walks the (state, since) index in order and stops at
    `limit`, instead of sorting every held card; the parts are merged by date.
    """
    sql, params = holding.tertahan_sql(conn, today)
    scope = ""
    if kecamatan:
        scope = " AND c.kecamatan_kode = :kecamatan"
        params["kecamatan"] = kecamatan
    tail = f" LIMIT {int(limit)}" if limit is not None else ""
    rows = []
    for state in UNDELIVERED:
        rows += conn.execute(
            "SELECT c.kpj, p.nik, p.nama, c.state, c.custodian, c.since, c.kecamatan_kode, c.desa_kode, "
            "kr.nama AS kecamatan, dr.nama AS desa "
            "FROM cards c INDEXED BY cards_state_since JOIN peserta p ON p.id = c.peserta_id "
            "LEFT JOIN regions kr ON kr.kode = c.kecamatan_kode LEFT JOIN regions dr ON dr.kode = c.desa_kode "
            f"WHERE c.state = :state AND {sql}{scope} ORDER BY c.since, c.kpj{tail}",
            {**params, "state": state},
        ).fetchall()
    rows.sort(key=lambda r: (r["since"], r["kpj"]))
    hold = holding.limits(conn)
    result = []
    for row in rows[:limit] if limit is not None else rows:
        item = dict(row)
        item["hari"] = holding.days_held(row["since"], today)
        item["batas"] = hold.for_state(row["state"])
        result.append(item)
    return result
