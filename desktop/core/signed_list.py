"""A signed handover list coming back from a desa, as a spreadsheet: which cards reached their workers.

The sheet needs a KPJ column. A date column ("Tanggal", "Tgl terima") gives each row's date, else the
date given for the whole list is used. A signature column ("TTD", "Tanda tangan", "Paraf",
"Diterima") says which rows were signed: an empty cell there means not (yet) delivered. Without such a
column, every listed card counts as signed.
"""

import csv
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from python_calamine import CalamineWorkbook

from desktop.core import handover, ledger, users
from desktop.core.errors import InvalidInput, UserError

HEADER_SCAN_ROWS = 30
SIGN_HEADERS = ("ttd", "tanda tangan", "tandatangan", "paraf", "diterima", "sudah terima", "cap jempol")
DATE_HEADERS = ("tanggal", "tgl")
NOT_SIGNED = {"", "0", "-", "tidak", "belum", "false", "x tidak"}


@dataclass
class SignedRow:
    row: int  # the spreadsheet's own row number
    kpj: str  # as read: digits when the cell holds a card number, else the cell's text
    on: str | None
    signed: bool
    problem: tuple[str, str] | None = None  # (code, message) when the row cannot be read


@dataclass
class SignedSheet:
    rows: list[SignedRow]  # every row under the header that has something in it
    blank: int  # empty rows between the header and the last row, skipped
    columns: tuple[str, str]  # the headers of the KPJ and the date columns, named in problems


def read(path: str | Path) -> SignedSheet:
    """The rows of the list, each signed or not, with the problem that keeps it from being read."""
    rows = _cells(Path(path))
    header_at = next((i for i, r in enumerate(rows[:HEADER_SCAN_ROWS]) if _find(r, ("kpj",)) is not None), None)
    if header_at is None:
        raise InvalidInput(f"Berkas {Path(path).name} tidak punya kolom KPJ di {HEADER_SCAN_ROWS} baris pertama. "
                           "Beri judul 'KPJ' pada kolom nomor kartu.")
    header = rows[header_at]
    kpj_col, date_col = _find(header, ("kpj",)), _find(header, DATE_HEADERS)
    sign_col = _find(header, SIGN_HEADERS)
    columns = (str(header[kpj_col]).strip(), str(header[date_col]).strip() if date_col is not None else "")
    result, blank, pending = [], 0, 0  # empty rows after the last filled one are not part of the list
    for number, cells in enumerate(rows[header_at + 1:], start=header_at + 2):
        if not any(str(c).strip() for c in cells):
            pending += 1
            continue
        blank, pending = blank + pending, 0
        result.append(_row(number, cells, kpj_col, date_col, sign_col))
    return SignedSheet(result, blank, columns)


def _row(number: int, cells: list, kpj_col: int, date_col: int | None, sign_col: int | None) -> SignedRow:
    signed = sign_col is None or str(_at(cells, sign_col)).strip().lower() not in NOT_SIGNED
    kpj = _kpj(_at(cells, kpj_col))
    if kpj is None:
        text = str(_at(cells, kpj_col)).strip()
        return SignedRow(number, text, None, signed, ("kpj_format", f"KPJ '{text}' bukan nomor kartu."))
    try:
        on = _date(_at(cells, date_col)) if date_col is not None else None
    except ValueError:
        return SignedRow(number, kpj, None, signed,
                         ("date_format", f"Tanggal '{_at(cells, date_col)}' tidak terbaca. Tulis seperti 22-11-2026."))
    return SignedRow(number, kpj, on, signed)


def deliver_from_file(conn, path: str | Path, default_on: str | None, *, user: str = ledger.SYSTEM_USER) -> dict:
    """Deliver every signed row of the list; report the rest. Returns the `handover deliver --json` object.

    The figures add up: rows_read = signed + not_signed + skipped_blank, and
    signed = delivered + already_delivered + refused (one problem per refused row, severity 'error';
    one per already-delivered row, severity 'warning').
    """
    users.require(conn, user, "serah_terima")
    sheet = read(path)
    signed = [r for r in sheet.rows if r.signed]
    ready = [r for r in signed if r.problem is None]
    if any(r.on is None for r in ready) and not default_on:
        raise InvalidInput("Daftar ini tidak punya kolom tanggal: berikan tanggal tanda tangan (--date).")
    result = handover.deliver_many(conn, [(r.row, r.kpj, r.on or default_on) for r in ready], user=user,
                                   columns=sheet.columns)
    unreadable = [handover.tick_problem(r.row, r.kpj, *r.problem, columns=sheet.columns)
                  for r in signed if r.problem]
    return {"file": str(path), "rows_read": len(sheet.rows) + sheet.blank, "skipped_blank": sheet.blank,
            "signed": len(signed), "not_signed": len(sheet.rows) - len(signed), **result.as_dict(),
            "refused": result.refused + len(unreadable),
            "problems": sorted(unreadable + result.problems, key=lambda p: p["row"])}


def _cells(path: Path) -> list[list]:
    if not path.exists():
        raise InvalidInput(f"Berkas {path} tidak ada.")
    try:
        if path.suffix.lower() == ".csv":
            with path.open(newline="", encoding="utf-8-sig") as handle:
                sample = handle.read(4096)
                handle.seek(0)
                return list(csv.reader(handle, delimiter=";" if sample.count(";") > sample.count(",") else ","))
        return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise UserError(f"Berkas {path.name} tidak dapat dibaca ({exc}). Simpan sebagai .xlsx lalu coba lagi.") from exc
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise UserError(f"Berkas {path.name} rusak atau bukan lembar kerja ({exc}).") from exc


def _find(header: list, names: tuple[str, ...]) -> int | None:
    for i, cell in enumerate(header):
        text = re.sub(r"\s+", " ", str(cell).strip().lower())
        if any(name in text for name in names):
            return i
    return None


def _at(cells: list, col: int | None):
    return cells[col] if col is not None and col < len(cells) else ""


def _kpj(value) -> str | None:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    digits = re.sub(r"[\s.\-']", "", str(value))
    return digits if digits.isdigit() and 8 <= len(digits) <= 16 else None


def _date(value) -> str | None:
    if value in ("", None):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(text)
