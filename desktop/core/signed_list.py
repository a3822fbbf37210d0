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

from desktop.core import handover, ledger
from desktop.core.errors import InvalidInput, UserError

HEADER_SCAN_ROWS = 30
SIGN_HEADERS = ("ttd", "tanda tangan", "tandatangan", "paraf", "diterima", "sudah terima", "cap jempol")
DATE_HEADERS = ("tanggal", "tgl")
NOT_SIGNED = {"", "0", "-", "tidak", "belum", "false", "x tidak"}


@dataclass
class SignedRow:
    row: int  # the spreadsheet's own row number
    kpj: str
    on: str | None
    signed: bool


def read(path: str | Path) -> tuple[list[SignedRow], list[dict]]:
    """The rows of the list and the problems found reading it (bad KPJ or date)."""
    rows = _cells(Path(path))
    header_at = next((i for i, r in enumerate(rows[:HEADER_SCAN_ROWS]) if _find(r, ("kpj",)) is not None), None)
    if header_at is None:
        raise InvalidInput(f"Berkas {Path(path).name} tidak punya kolom KPJ di {HEADER_SCAN_ROWS} baris pertama. "
                           "Beri judul 'KPJ' pada kolom nomor kartu.")
    header = rows[header_at]
    kpj_col, date_col = _find(header, ("kpj",)), _find(header, DATE_HEADERS)
    sign_col = _find(header, SIGN_HEADERS)
    result, problems = [], []
    for number, cells in enumerate(rows[header_at + 1:], start=header_at + 2):
        kpj = _kpj(_at(cells, kpj_col))
        if kpj is None:
            if any(str(c).strip() for c in cells):
                problems.append({"row": number, "kpj": str(_at(cells, kpj_col)), "code": "kpj_format",
                                 "message": f"Baris {number}: KPJ '{_at(cells, kpj_col)}' bukan nomor kartu."})
            continue
        signed = sign_col is None or str(_at(cells, sign_col)).strip().lower() not in NOT_SIGNED
        try:
            on = _date(_at(cells, date_col)) if date_col is not None else None
        except ValueError:
            problems.append({"row": number, "kpj": kpj, "code": "date_format",
                             "message": f"Baris {number}: tanggal '{_at(cells, date_col)}' tidak terbaca."})
            continue
        result.append(SignedRow(number, kpj, on, signed))
    return result, problems


def deliver_from_file(conn, path: str | Path, default_on: str | None, *, user: str = ledger.SYSTEM_USER) -> dict:
    """Deliver every signed row of the list; report the rest. Returns the `handover deliver --json` object."""
    rows, problems = read(path)
    signed = [r for r in rows if r.signed]
    if any(r.on is None for r in signed) and not default_on:
        raise InvalidInput("Daftar ini tidak punya kolom tanggal: berikan tanggal tanda tangan (--date).")
    result = handover.deliver_many(conn, [(r.row, r.kpj, r.on or default_on) for r in signed], user=user)
    return {"file": str(path), "rows_read": len(rows) + len(problems), "signed": len(signed),
            "not_signed": len(rows) - len(signed), **result.as_dict(),
            "problems": sorted(problems + result.problems, key=lambda p: p["row"]),
            "refused": len(problems) + len(result.problems)}


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
