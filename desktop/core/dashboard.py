"""Everything Beranda shows, gathered in one call: the GUI computes it off the UI thread on a big register
(at 100,000 cards these queries take half a second, at 1,000,000 several), and its widgets only display it.
"""

import sqlite3
from dataclasses import dataclass
from datetime import date

from desktop.core import figures, holding
from desktop.core import office as office_module
from desktop.core.figures import AreaFigures
from desktop.core.holding import AreaAges

OVERDUE_ROWS = 15


@dataclass
class AreaTable:
    """The per-area table: per kecamatan, or per desa of `kecamatan`, with each area's waiting times."""

    kecamatan: str | None
    areas: list[AreaFigures]
    ages: dict[str, AreaAges]


@dataclass
class Dashboard:
    today: date
    whole: AreaFigures  # the office's figures (the tiles and the summary line)
    areas: list[AreaFigures]  # the office's areas (kecamatan of a district, desa of a kecamatan)
    table: AreaTable
    countdown: list[dict]
    overdue: list[dict]


def area_table(conn: sqlite3.Connection, today: date, kecamatan: str | None,
               areas: list[AreaFigures] | None = None) -> AreaTable:
    """Per kecamatan (kecamatan None) or per desa of `kecamatan`; `areas` when already counted."""
    if areas is None:
        areas = figures.per_area(conn, today, parent=kecamatan)
    ages = {a.kode: a for a in holding.age_buckets(conn, today, kecamatan=kecamatan)}
    return AreaTable(kecamatan, areas, ages)


def gather(conn: sqlite3.Connection, today: date, *, kecamatan: str | None = None) -> Dashboard:
    """Beranda's figures. A district's table is per kecamatan, or per desa of `kecamatan` when one is
    chosen; a kecamatan office's table is always per desa of its own kecamatan."""
    office = office_module.require(conn)
    own = None if office.is_district else office.kode
    # One pass over the cards serves the tiles and the table (the areas add up to the office).
    areas = figures.per_area(conn, today, parent=own)
    level = kecamatan if office.is_district else office.kode
    table = area_table(conn, today, level, areas if level == own else None)
    return Dashboard(today, figures.combined(areas), areas, table, holding.deadline_countdown(conn, today),
                     figures.overdue(conn, today, limit=OVERDUE_ROWS))
