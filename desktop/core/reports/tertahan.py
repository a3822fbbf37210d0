"""The Tertahan export: cards held too long, per kecamatan, the longest-held first (.xlsx or .csv).

The list is `figures.overdue` — the Beranda's own overdue list — so both name the same cards.

CSV is written by the shared writer (desktop/core/exports/writers.py): `;`, CRLF, UTF-8 with BOM, and
NIK, KPJ and phone numbers as `="0812…"` so Excel keeps them as text (DESIGN §5).
"""

import sqlite3
from datetime import date
from pathlib import Path

from desktop.core import figures, ledger, users
from desktop.core.exports import disclosure
from desktop.core.exports.writers import write_csv
from desktop.core.progress import ProgressFn, report
from desktop.core.reports import card_lists
from desktop.core.reports.rekonsiliasi import (
    ExportResult,
    check_scope,
    require_suffix,
    subtitle,
)
from desktop.core.reports.xlsx import Book, Column
from desktop.core.states import STATE_LABELS

COLUMNS = [
    Column("Kode kecamatan", "code", 10), Column("Kecamatan", "text", 17, repeats=True),
    Column("Desa/Kelurahan", "text", 18, repeats=True), Column("KPJ", "code", 13), Column("NIK", "code", 18),
    Column("Nama", "text", 26), Column("Status", "text", 18, repeats=True),
    Column("Pemegang", "text", 22, repeats=True), Column("Sejak", "date", 12),
    Column("Lama dipegang (hari)", "int", 10), Column("Batas (hari)", "int", 8),
    Column("Lewat batas (hari)", "int", 9), Column("Telepon", "code", 15),
]
TEXT_COLUMNS = {"KPJ", "NIK", "Telepon", "Kode kecamatan"}


def rows(conn: sqlite3.Connection, today: date, *, kecamatan: str | None = None, unmask: bool = False) -> list[tuple]:
    """The overdue cards, grouped by kecamatan and longest-held first within each."""
    names = card_lists.Names(conn)
    show_nik = card_lists.nik_shown(unmask)
    items = figures.overdue(conn, today, kecamatan=kecamatan)
    phones = card_lists.phones(conn, [i["kpj"] for i in items])
    items.sort(key=lambda i: (i["kecamatan_kode"] or "", -i["hari"], i["kpj"]))
    return [
        (i["kecamatan_kode"], i["kecamatan"] or "", i["desa"] or "", i["kpj"], show_nik(i["nik"]), i["nama"],
         STATE_LABELS[i["state"]], names.custodian(i["custodian"]), i["since"], i["hari"], i["batas"],
         i["hari"] - i["batas"] if i["batas"] is not None else None, phones.get(i["kpj"], ""))
        for i in items
    ]


def write(conn: sqlite3.Connection, path: Path, today: date, *, kecamatan: str | None = None,
          unmask_nik: bool = False, user: str = ledger.SYSTEM_USER,
          progress: ProgressFn | None = None) -> ExportResult:
    """Write the overdue list to `path` (.xlsx or .csv). Only an unmasked file is recorded (disclosure)."""
    users.require_for_output(conn, user, "ekspor", unmask_nik=unmask_nik)
    path = require_suffix(path, (".xlsx", ".csv"))
    kecamatan = check_scope(conn, kecamatan)
    report(progress, 0, 2, "Mencari kartu tertahan…")
    found = rows(conn, today, kecamatan=kecamatan, unmask=unmask_nik)
    report(progress, 1, 2, "Menyimpan berkas…")
    if path.suffix.lower() == ".csv":
        _write_csv(path, found)
    else:
        _write_xlsx(path, found, subtitle(conn, today, kecamatan, unmask_nik))
    if unmask_nik:
        disclosure.record(conn, "tertahan", path, rows=len(found), kecamatan=kecamatan, user=user)
    report(progress, 2, 2, "Selesai.")
    per_kecamatan = _per_kecamatan(found)
    return ExportResult(path, "tertahan", kecamatan, len(found), rows={"Tertahan": len(found)},
                        nik_unmasked=unmask_nik,
                        summary=[{"kode": k, "nama": n, "tertahan": c, "terlama_hari": d}
                                 for k, n, c, d in per_kecamatan])


def _per_kecamatan(found: list[tuple]) -> list[tuple]:
    summary: dict[str, list] = {}
    for row in found:
        entry = summary.setdefault(row[0], [row[0], row[1], 0, 0])
        entry[2] += 1
        entry[3] = max(entry[3], row[9])
    return [tuple(v) for v in summary.values()]


def _write_xlsx(path: Path, found: list[tuple], heading: str) -> None:
    with Book() as book:
        book.table("Tertahan", "Kartu tertahan per kecamatan (terlama dulu)", heading, COLUMNS, found,
                   freeze_columns=6)
        book.table("Per kecamatan", "Jumlah kartu tertahan per kecamatan", heading,
                   [Column("Kode", "code", 10), Column("Kecamatan", "text", 20), Column("Tertahan", "int", 10),
                    Column("Terlama (hari)", "int", 10)], _per_kecamatan(found),
                   totals_label="JUMLAH", total_columns=["Tertahan"], landscape=False)
        book.save(path)


def _write_csv(path: Path, found: list[tuple]) -> None:
    text_at = [i for i, c in enumerate(COLUMNS) if c.header in TEXT_COLUMNS]
    write_csv(path, [c.header for c in COLUMNS], found, text_at)
