"""Exporting the Riwayat (the whole log, or what a filter selects) to .xlsx or .csv.

NIKs are masked as on screen; numbers are written as text so Excel keeps every digit (DESIGN §5).
The export is itself recorded in the audit trail.
"""

import csv
import os
import sqlite3
from dataclasses import asdict
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from desktop.core import audit, ledger, users
from desktop.core.errors import InvalidInput, StorageError
from desktop.core.progress import ProgressFn

COLUMNS = (
    ("id", "No."), ("waktu", "Waktu dicatat"), ("tanggal", "Tanggal kejadian"), ("pengguna", "Pengguna"),
    ("kantor", "Kantor #urut"), ("jenis", "Jenis"), ("kpj", "KPJ"), ("nik", "NIK"),
    ("perpindahan", "Dari → ke"), ("dokumen", "No. dokumen"), ("rincian", "Rincian"),
)
WIDTHS = (8, 20, 16, 14, 16, 28, 14, 20, 34, 22, 60)
PAGE = 2000


def export(conn: sqlite3.Connection, f: audit.AuditFilter, out: str | Path, *, user: str = ledger.SYSTEM_USER,
           progress: ProgressFn | None = None) -> int:
    """Write the events `f` selects to `out` (.xlsx or .csv), oldest first. Returns the row count."""
    users.require(conn, user, "ekspor")  # NIKs are masked here as on screen: no "buka_nik" to ask
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InvalidInput(f"Berkas ekspor harus berakhiran .xlsx atau .csv, bukan '{out.name}'.")
    event_ids = audit.ids(conn, f, descending=False)
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        (_write_xlsx if suffix == ".xlsx" else _write_csv)(conn, event_ids, tmp, progress)
        os.replace(tmp, out)  # a cancelled or failed export leaves no half-written file behind
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            f"Riwayat tidak dapat disimpan ke {out} ({exc.strerror or exc}). "
            "Periksa bahwa folder itu ada, boleh ditulisi dan disknya tidak penuh."
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    filters = {k: str(v) for k, v in asdict(f).items() if v}
    audit.record(conn, "ekspor", {"laporan": "riwayat", "berkas": out.name, "baris": len(event_ids),
                                  "saring": filters}, user)
    return len(event_ids)


def _pages(conn, event_ids, progress):
    for start in range(0, len(event_ids), PAGE):
        chunk = event_ids[start:start + PAGE]
        found = audit.rows(conn, chunk)
        yield [found[i] for i in chunk]
        if progress:
            progress(min(start + PAGE, len(event_ids)), len(event_ids), "Menulis riwayat…")


def _write_csv(conn, event_ids, path: Path, progress) -> None:
    # utf-8-sig so Excel on Windows opens the accents right; ';' is what Indonesian Excel expects.
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([title for _, title in COLUMNS])
        for page in _pages(conn, event_ids, progress):
            writer.writerows([[row[key] for key, _ in COLUMNS] for row in page])


def _write_xlsx(conn, event_ids, path: Path, progress) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Riwayat")
    for index, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for _, title in COLUMNS:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for page in _pages(conn, event_ids, progress):
        for row in page:
            values = [row[key] for key, _ in COLUMNS]
            values[0] = int(values[0])
            sheet.append(values)  # strings stay text: KPJ and NIK keep every digit
    book.save(path)
