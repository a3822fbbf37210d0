"""Workbooks a clerk can hand on: styled tables written fast enough for 100,000 cards.

openpyxl builds the workbook — styles, headers, column widths, frozen panes, autofilters, print set-up,
charts — but writing 1.7 million cells through its cell objects takes far longer than the 6 s a
100,000-card reconciliation may take (DESIGN §8). So each table's data rows are streamed as sheet XML
into a temporary file while the table is built, with the style ids openpyxl registered for them, and
spliced into the saved package in place of the empty `<sheetData>` tail. Everything else in the file
is openpyxl's own output.

NIK, KPJ and phone numbers are written as text cells formatted "@" (DESIGN §5: a number cell would lose
digits); dates as date serials with a dd-mm-yyyy format; formulas carry their computed value too, so a
viewer that does not calculate still shows the right figure.
"""

import math
import re
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.exports.writers import check_target, saving

HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DATE_FORMAT = "dd-mm-yyyy"  # how dates are written on Indonesian forms
_EXCEL_EPOCH = date(1899, 12, 30).toordinal()

# kind -> (number format, horizontal alignment); "note" is text that wraps
KINDS = {
    "text": ("General", "left"),
    "note": ("General", "left"),
    "code": ("@", "left"),  # NIK, KPJ, phone, region codes: text, never a number
    "int": ("#,##0", "right"),
    "date": (DATE_FORMAT, "center"),
    "pct": ("0.0%", "right"),
    "dec": ("0.0", "right"),
    "money": ("#,##0", "right"),
}
TEXT_KINDS = ("text", "note", "code")

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
_UNSAFE = re.compile(r'[&<>"\x00-\x08\x0b\x0c\x0e-\x1f]')  # XML's specials, and controls XML forbids


def _escape(value) -> str:
    """Text for an XML element. The search alone is seven times faster than translating every string."""
    text = value if value.__class__ is str else str(value)
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(lambda m: _ENTITIES.get(m.group(0), ""), text)


_escape_repeated = lru_cache(maxsize=8192)(_escape)


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"
    width: float = 12
    formula: str | None = None  # e.g. "E{r}/C{r}"; {r} is the row number; the row's value is its result
    group: str = ""  # a label over this and its neighbours with the same group (in the row above the header)
    repeats: bool = False  # few distinct values (region names, states): their XML is remembered


@dataclass
class Table:
    """Where a written table sits: header row, first and last data row (last < first when empty)."""

    ws: Worksheet
    header_row: int
    first_row: int
    last_row: int
    columns: Sequence[Column]


def letters_of(headers: Sequence[str]) -> dict[str, str]:
    """Each header's column letter."""
    return {h: get_column_letter(i) for i, h in enumerate(headers, start=1)}


class Book:
    """An .xlsx under construction. Call `table()` per sheet, then `save(path)`."""

    def __init__(self) -> None:
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self._styles: dict[tuple[str, bool], int] = {}
        self._bodies: dict[str, tuple] = {}  # sheet title -> (temp file, first row, last row)

    def style_id(self, kind: str, bold: bool = False) -> int:
        """openpyxl's index of the cell style for `kind` (registered once, written with the styles)."""
        key = (kind, bold)
        if key not in self._styles:
            number_format, horizontal = KINDS[kind]
            cell = Cell(self._scratch())
            cell.number_format = number_format
            cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=kind == "note")
            cell.border = BOX
            if bold:
                cell.font = Font(bold=True)
                cell.fill = TOTAL_FILL
            self._styles[key] = cell.style_id
        return self._styles[key]

    def _scratch(self) -> Worksheet:
        return self.wb.worksheets[0]

    def table(self, name: str, title: str, subtitle: str, columns: Sequence[Column], rows: Iterable[Sequence],
              *, totals_label: str | None = None, total_columns: Sequence[str] = (),
              total_values: dict[str, object] | None = None, freeze_columns: int = 0,
              progress: Callable[[int], None] | None = None, landscape: bool = True) -> Table:
        """A sheet with a title, a styled header, the data rows and optionally a totals row: SUM formulas
        over `total_columns` (headers, their sums cached in the file), the other formula columns
        recomputed on it, and `total_values` (header -> value) for the rest."""
        ws = self.wb.create_sheet(name)
        header_row = _write_heading(ws, title, subtitle, columns)
        first = header_row + 1
        body = tempfile.TemporaryFile()  # noqa: SIM115 (closed by save() or close())
        styles = [self.style_id(c.kind) for c in columns]
        summed = [i for i, c in enumerate(columns) if c.header in total_columns]
        sums = [0] * len(columns)
        if totals_label is not None and summed:
            rows = _summing(rows, summed, sums)
        try:
            last = _write_rows(body, columns, rows, first, styles, progress)
        finally:
            getattr(rows, "close", lambda: None)()  # a generator over a query: end the query now
        if last >= first:
            ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}{last}"
        if totals_label is not None:
            bold = [self.style_id(c.kind, bold=True) for c in columns]
            totals = [totals_label, *[sums[i] if i in summed else None for i in range(1, len(columns))]]
            for header, value in (total_values or {}).items():
                totals[[c.header for c in columns].index(header)] = value
            last = _write_totals(body, columns, totals, total_columns, first, last, bold)
        ws.freeze_panes = f"{get_column_letter(freeze_columns + 1)}{first}"
        _print_setup(ws, header_row, landscape)
        self._bodies[name] = (body, get_column_letter(len(columns)), last)
        return Table(ws, header_row, first, last if totals_label is None else last - 1, columns)

    def save(self, path: Path) -> None:
        """Write the package to a temporary file beside `path`, then move it into place (never half a file)."""
        path = check_target(path, (".xlsx",))
        buffer = BytesIO()
        self.wb.save(buffer)
        paths = {ws.path.lstrip("/"): ws.title for ws in self.wb.worksheets if ws.title in self._bodies}
        try:
            with saving(path) as handle, zipfile.ZipFile(buffer) as source:
                target = zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
                try:
                    for item in source.infolist():
                        data = source.read(item.filename)
                        if item.filename in paths:
                            _splice(target, item.filename, data, *self._bodies[paths[item.filename]])
                        else:
                            target.writestr(item, data)
                    target.close()
                finally:
                    target.fp = None  # a failed write: no second attempt at the central directory in __del__
        finally:
            self.close()

    def close(self) -> None:
        for body, _, _ in self._bodies.values():
            body.close()

    def __enter__(self) -> "Book":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _write_heading(ws: Worksheet, title: str, subtitle: str, columns: Sequence[Column]) -> int:
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = subtitle
    ws["A2"].font = Font(italic=True, color="595959")
    header_row = 4
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row=header_row, column=index, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(index)].width = _width(column)
    _write_groups(ws, header_row - 1, columns)
    lines = max(math.ceil(len(c.header) / max(_width(c) - 2, 1)) for c in columns)
    ws.row_dimensions[header_row].height = 15 * min(4, lines)
    return header_row


def _write_groups(ws: Worksheet, row: int, columns: Sequence[Column]) -> None:
    """Merged, boxed labels over runs of columns of the same group ("Dikembalikan" over its reasons)."""
    start = 0
    for index in range(1, len(columns) + 1):
        if index < len(columns) and columns[index].group == columns[start].group:
            continue
        if columns[start].group:
            cell = ws.cell(row=row, column=start + 1, value=columns[start].group)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(horizontal="center")
            for column in range(start + 1, index + 1):
                ws.cell(row=row, column=column).border = BOX
            if index > start + 1:
                ws.merge_cells(start_row=row, start_column=start + 1, end_row=row, end_column=index)
        start = index


def _width(column: Column) -> float:
    """The column's width, wide enough that no word of its bold header is broken."""
    return max(column.width, 1.15 * max(len(word) for word in column.header.split()) + 1.5)


def _print_setup(ws: Worksheet, header_row: int, landscape: bool) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "Halaman &P dari &N"


def _summing(rows: Iterable[Sequence], summed: list[int], sums: list) -> Iterable[Sequence]:
    for row in rows:
        for i in summed:
            sums[i] += row[i] or 0
        yield row


def _write_rows(out, columns: Sequence[Column], rows: Iterable[Sequence], first: int, styles: list[int],
                progress: Callable[[int], None] | None) -> int:
    """Stream the rows as <row> elements; returns the last row number written."""
    row_xml = _row_formatter(columns, styles)
    r = first - 1
    chunk: list[str] = []
    for r, values in enumerate(rows, start=first):
        chunk.append(row_xml(r, values))
        if len(chunk) == 2000:
            out.write("".join(chunk).encode("utf-8"))
            chunk.clear()
            if progress:
                progress(r - first + 1)
    out.write("".join(chunk).encode("utf-8"))
    return r


def _row_formatter(columns: Sequence[Column], styles: list[int]) -> Callable[[int, Sequence], str]:
    """A function (row number, values) -> the row's XML, compiled once per table.

    One generated expression per table (as `dataclasses` and `namedtuple` generate their code) instead
    of a call per cell: the per-cell calls were half the time of a 100,000-card workbook.
    """
    parts, names = [], []
    for i, (column, style) in enumerate(zip(columns, styles, strict=True)):
        v = f"v{i}"
        names.append(v)
        style_attr = '" s="%d"' % style  # noqa: UP031 (an f-string cannot nest these quotes before 3.12)
        ref = f"{get_column_letter(i + 1)!r} + R + {style_attr!r}"
        cell, empty = f"'<c r=\"' + {ref}", f"'<c r=\"' + {ref} + '/>'"
        if column.formula:
            formula = " + R + ".join(repr(_escape(piece)) for piece in column.formula.split("{r}"))
            parts.append(f"{cell} + '><f>' + {formula} + '</f>' + ('' if {v} is None else "
                         f"'<v>' + str({v}) + '</v>') + '</c>'")
        elif column.kind in TEXT_KINDS:
            escape = "_escape_repeated" if column.repeats else "_escape"
            parts.append(f"({empty} if {v} is None or {v} == '' else {cell} + "
                         f"' t=\"inlineStr\"><is><t>' + {escape}({v}) + '</t></is></c>')")
        elif column.kind == "date":
            parts.append(f"({empty} if not {v} else {cell} + '><v>' + str(_serial({v})) + '</v></c>')")
        else:
            parts.append(f"({empty} if {v} is None else {cell} + '><v>' + str({v}) + '</v></c>')")
    source = (f"def row_xml(r, values):\n    R = str(r)\n    {', '.join(names)}, = values\n"
              f"    return '<row r=\"' + R + '\">' + {' + '.join(parts)} + '</row>'\n")
    namespace = {"_escape": _escape, "_escape_repeated": _escape_repeated, "_serial": _serial}
    exec(source, namespace)  # noqa: S102 (code built above from our own column specs, no data)
    return namespace["row_xml"]


@lru_cache(maxsize=4096)  # a workbook holds few distinct dates, each on thousands of rows
def _serial(value) -> int:
    """Excel's day number of a date or an ISO date string."""
    day = value if isinstance(value, date) else date.fromisoformat(value[:10])
    return day.toordinal() - _EXCEL_EPOCH


def _write_totals(out, columns: Sequence[Column], values: list, total_columns: Sequence[str], first: int,
                  last: int, styles: list[int]) -> int:
    """A bold totals row: SUM over the data rows for `total_columns`, the other formulas re-applied to
    the totals, and the given values (the first is the label)."""
    r = last + 1
    letters = [get_column_letter(i + 1) for i in range(len(columns))]
    sums = [Column(c.header, c.kind, c.width, f"SUM({x}{first}:{x}{last})") if c.header in total_columns else c
            for x, c in zip(letters, columns, strict=True)]
    out.write(_row_formatter(sums, styles)(r, values).encode("utf-8"))
    return r


_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')


def _splice(target: zipfile.ZipFile, name: str, sheet_xml: bytes, body, last_column: str, last_row: int) -> None:
    """Write sheet `name` with the streamed rows inserted before </sheetData>."""
    if b"</sheetData>" in sheet_xml:
        head, tail = sheet_xml.split(b"</sheetData>", 1)
    else:  # openpyxl writes <sheetData/> for a sheet without cells
        head, tail = sheet_xml.split(b"<sheetData/>", 1)
        head += b"<sheetData>"
    head = _DIMENSION.sub(f'<dimension ref="A1:{last_column}{last_row}"/>'.encode(), head, count=1)
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    for attribute in ("compress_level", "_compresslevel"):  # its name from Python 3.13, and before
        if hasattr(info, attribute):
            setattr(info, attribute, 1)
    with target.open(info, "w", force_zip64=True) as out:
        out.write(head)
        body.seek(0)
        while block := body.read(1 << 20):
            out.write(block)
        out.write(b"</sheetData>" + tail)
