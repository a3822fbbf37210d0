"""Writing a table to .xlsx or .csv. Every cell is written as text, so NIK, KPJ and phone numbers keep
their digits (DESIGN §5: Excel would round a 16-digit number and drop a leading zero)."""

import csv
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop.core.errors import InvalidInput

SUFFIXES = (".xlsx", ".csv")


def check_target(out: str | Path) -> Path:
    out = Path(out)
    if out.suffix.lower() not in SUFFIXES:
        raise InvalidInput(f"Nama berkas {out.name} harus berakhiran .xlsx atau .csv.")
    if not out.parent.is_dir():
        raise InvalidInput(f"Folder {out.parent} tidak ada. Pilih folder yang ada.")
    return out


def write_table(out: str | Path, title: str, header: list[str], rows: Iterable[list]) -> None:
    out = check_target(out)
    if out.suffix.lower() == ".csv":
        write_csv(out, header, rows)
    else:
        write_xlsx(out, title, header, rows)


def write_csv(out: Path, header: list[str], rows: Iterable[list]) -> None:
    """UTF-8 with a BOM (Excel then reads the accents right), comma-separated."""
    try:
        with open(out, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(["" if v is None else str(v) for v in row] for row in rows)
    except OSError as exc:
        raise InvalidInput(f"Berkas {out} tidak dapat ditulis ({exc}). Tutup berkas itu bila terbuka di Excel.") \
            from exc


def write_xlsx(out: str | Path, title: str, header: list[str], rows: Iterable[list], *,
               widths: dict[str, int] | None = None) -> None:
    """One sheet, header in bold and frozen, every cell text ('@'); streamed, so 1,000,000 rows fit."""
    out = Path(out)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header, start=1):
        width = (widths or {}).get(name, min(max(len(name) + 2, 12), 40))
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    sheet.append([_cell(sheet, name, bold) for name in header])
    for row in rows:
        values = ["" if v is None else str(v) for v in row]  # a str cell is text: NIK keeps its 16 digits
        if any("\n" in v for v in values):
            sheet.append([_cell(sheet, v, None, wrap) for v in values])
        else:
            sheet.append(values)
    try:
        workbook.save(out)
    except OSError as exc:
        raise InvalidInput(f"Berkas {out} tidak dapat ditulis ({exc}). Tutup berkas itu bila terbuka di Excel.") \
            from exc


def _cell(sheet, value: str, font=None, alignment=None) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = "@"
    if font:
        cell.font = font
    if alignment:
        cell.alignment = alignment
    return cell
