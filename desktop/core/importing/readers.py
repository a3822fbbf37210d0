"""Reading a list into rows of typed cells: .xlsx/.xlsm/.xls/.ods through python-calamine, .csv by hand.

A cell keeps the type it had in the sheet: text stays `str`, a number cell is `float` (so a NIK that was
typed into a number cell can be told apart), a date cell is `date`/`datetime`, an empty cell is "".
CSV cells are all text. Row i of `Table.rows` is the sheet's row i + 1, as the spreadsheet numbers it.
"""

import csv
import io
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine

from desktop.core.bulk import without_cycle_collector
from desktop.core.errors import InvalidInput

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".txt")
SUFFIXES = SPREADSHEET_SUFFIXES + CSV_SUFFIXES
CSV_DELIMITERS = (";", ",", "\t", "|")


@dataclass
class Table:
    path: Path
    sheet: str  # the sheet read ("" for a CSV)
    sheets: list[str]  # every sheet of the workbook, for the choice
    rows: list[list] = field(default_factory=list)
    encoding: str = ""  # CSV only: how the bytes were decoded
    delimiter: str = ""  # CSV only


def sheet_names(path: str | Path) -> list[str]:
    path = _existing(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        return []
    with _reader_panics_as_errors(path):
        workbook = _open_workbook(path)
        try:
            return _visible(workbook)
        finally:
            workbook.close()


@without_cycle_collector
def read(path: str | Path, sheet: str | None = None) -> Table:
    """All rows of `sheet` (by name or 1-based number; default the first visible sheet)."""
    path = _existing(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        return _read_csv(path)
    with _reader_panics_as_errors(path):
        workbook = _open_workbook(path)
        try:
            names = _visible(workbook)
            chosen = _choose_sheet(sheet, names, workbook.sheet_names)
            try:
                rows = workbook.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
            except python_calamine.CalamineError as exc:
                raise InvalidInput(f"Lembar '{chosen}' di {path.name} tidak dapat dibaca; berkasnya mungkin "
                                   "rusak. Buka di Excel lalu simpan ulang sebagai .xlsx.") from exc
        finally:
            workbook.close()
    return _not_empty(Table(path, chosen, names, rows))


@contextmanager
def _reader_panics_as_errors(path: Path):
    """calamine (Rust) panics on some damaged .xls files; pyo3 raises that as a BaseException subclass.
    Found by fuzzing (tests/core/test_fuzz_import.py): a damaged file is the user's to fix, not a crash."""
    try:
        yield
    except BaseException as exc:
        if type(exc).__name__ != "PanicException":
            raise
        raise InvalidInput(
            f"{path.name} rusak dan tidak dapat dibaca. Buka di Excel dan simpan ulang sebagai .xlsx, "
            "atau minta salinan baru berkas itu."
        ) from exc


def _not_empty(table: Table) -> Table:
    if not any(str(cell).strip() for row in table.rows for cell in row if cell is not None):
        where = f"lembar '{table.sheet}' di {table.path.name}" if table.sheet else table.path.name
        raise InvalidInput(f"Berkas kosong: {where} tidak berisi data. Periksa bahwa berkasnya yang benar.")
    return table


def _visible(workbook) -> list[str]:
    visible = python_calamine.SheetVisibleEnum.Visible
    return [m.name for m in workbook.sheets_metadata if m.visible == visible] or list(workbook.sheet_names)


def _existing(path: str | Path) -> Path:
    path = Path(path)
    if path.is_dir():
        raise InvalidInput(f"{path} adalah folder, bukan berkas. Pilih berkas daftarnya (.xlsx, .xls, .ods atau .csv).")
    if not path.is_file():
        raise InvalidInput(f"Berkas {path} tidak ditemukan. Periksa nama dan foldernya.")
    if path.suffix.lower() not in SUFFIXES:
        raise InvalidInput(
            f"Berkas {path.name} bukan daftar yang bisa dibaca. Gunakan .xlsx, .xls, .ods atau .csv."
        )
    if path.stat().st_size == 0:
        raise InvalidInput(f"Berkas kosong: {path.name} berukuran 0 bita. Simpan ulang daftarnya dari Excel, "
                           "lalu coba lagi.")
    return path


def _open_workbook(path: Path):
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as exc:
        raise InvalidInput(f"{path.name} dilindungi kata sandi. Buka di Excel, simpan tanpa sandi, lalu coba lagi.") \
            from exc
    except (python_calamine.CalamineError, OSError, ValueError) as exc:
        # calamine's own words are English and technical ("invalid Zip archive"): the clerk gets what to do
        suffix = path.suffix.lower()
        raise InvalidInput(
            f"Berkas {path.name} bukan lembar kerja {suffix} yang utuh; buka di Excel lalu simpan ulang "
            "sebagai .xlsx."
        ) from exc


def _choose_sheet(sheet: str | None, visible: list[str], every: list[str]) -> str:
    if not visible:
        raise InvalidInput("Berkas ini tidak berisi lembar kerja.")
    if sheet is None or sheet == "":
        return visible[0]
    if sheet in every:
        return sheet
    if sheet.isdigit() and 1 <= int(sheet) <= len(visible):
        return visible[int(sheet) - 1]
    lowered = {name.lower().strip(): name for name in every}
    if sheet.lower().strip() in lowered:
        return lowered[sheet.lower().strip()]
    raise InvalidInput(f"Lembar '{sheet}' tidak ada. Lembar yang ada: {', '.join(visible)}.")


def _read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    text, encoding = decode(raw)
    delimiter = sniff_delimiter(text)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return _not_empty(Table(path, "", [], rows, encoding=encoding, delimiter=delimiter))


def decode(raw: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (Excel's 'CSV')."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most columns, the same number on each line."""
    sample = text[:20_000].splitlines()[:30]
    best, best_score = ",", (0, 0)
    for delimiter in CSV_DELIMITERS:
        widths = [len(r) for r in csv.reader(sample, delimiter=delimiter) if any(c.strip() for c in r)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = delimiter, score
    return best
