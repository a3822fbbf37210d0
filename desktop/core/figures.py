"""The figures of the dashboard, `status` and the reports: one set of queries, so they always agree."""

import sqlite3
from dataclasses import dataclass, field
from datetime import date

from desktop.core import holding
from desktop.core import office as office_module
from desktop.core.states import DISERAHKAN, STATES


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
    for kode, state, n in conn.execute(
        f"SELECT c.{level_column}, c.state, count(*) FROM cards c WHERE {scope} GROUP BY 1, 2",
        {"parent": parent},
    ):
        areas.setdefault(kode, AreaFigures(kode, kode or "(belum ditentukan)")).states[state] += n
    tertahan_where, params = holding.tertahan_sql(conn, today)
    for kode, n in conn.execute(
        f"SELECT c.{level_column}, count(*) FROM cards c WHERE {scope} AND {tertahan_where} GROUP BY 1",
        {**params, "parent": parent},
    ):
        areas[kode].tertahan = n
    if office.kind == "kecamatan" and level_column == "kecamatan_kode":
        return [a for a in areas.values() if a.kode == office.kode]
    return list(areas.values())


def status(conn: sqlite3.Connection, today: date) -> dict:
    """The `status --json` object of DESIGN §6 / issue 2."""
    office = office_module.require(conn)
    states = counts_by_state(conn)
    return {
        "office": office.as_dict(),
        "today": today.isoformat(),
        "total": sum(states.values()),
        "states": states,
        "tertahan": tertahan_count(conn, today),
        "kecamatan": [a.as_dict() for a in per_area(conn, today)],
    }


def tertahan_count(conn: sqlite3.Connection, today: date) -> int:
    sql, params = holding.tertahan_sql(conn, today)
    return conn.execute(f"SELECT count(*) FROM cards c WHERE {sql}", params).fetchone()[0]


def overdue(conn: sqlite3.Connection, today: date, *, kecamatan: str | None = None,
            limit: int | None = None) -> list[dict]:
    """Cards held too long, longest first: the list the Bupati asks about."""
    sql, params = holding.tertahan_sql(conn, today)
    scope = ""
    if kecamatan:
        scope = " AND c.kecamatan_kode = :kecamatan"
        params["kecamatan"] = kecamatan
    query = (
        "SELECT c.kpj, p.nik, p.nama, c.state, c.custodian, c.since, c.kecamatan_kode, c.desa_kode, "
        "kr.nama AS kecamatan, dr.nama AS desa "
        "FROM cards c JOIN peserta p ON p.id = c.peserta_id "
        "LEFT JOIN regions kr ON kr.kode = c.kecamatan_kode LEFT JOIN regions dr ON dr.kode = c.desa_kode "
        f"WHERE {sql}{scope} ORDER BY c.since, c.kpj"
    )
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    hold = holding.limits(conn)
    result = []
    for row in conn.execute(query, params):
        item = dict(row)
        item["hari"] = holding.days_held(row["since"], today)
        item["batas"] = hold.for_state(row["state"])
        result.append(item)
    return result


def timeline(conn: sqlite3.Connection, kpj: str | None, nik: str) -> list[sqlite3.Row]:
    """Every event of a person and their card, oldest first."""
    return conn.execute(
        "SELECT * FROM events WHERE nik = ? OR (kpj IS NOT NULL AND kpj = ?) ORDER BY id",
        (nik, kpj),
    ).fetchall()
