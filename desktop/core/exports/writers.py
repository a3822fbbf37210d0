"""Writing files that leave the app — the one place for it, used by every export and report.

- `saving(path)`: the file is written to a temporary file beside the target and moved into place only
  when complete, so a full disk or a crash never leaves half a file; an OSError becomes a UserError that
  says in Indonesian what went wrong (disk full, a folder, no permission, open in Excel).
- `write_csv`: CSV the way Indonesian Excel saves it: `;` between fields (Indonesian Excel splits on `;`,
  its list separator), CRLF line ends, UTF-8 with a byte-order mark (Excel then reads the accents), and
  NIK, KPJ and phone numbers as `="0812…"`, Excel's way of saying "this is text" — opened as a number a
  phone loses its leading 0 and a NIK its last digit (DESIGN §5).
- `write_xlsx`: a plain one-sheet table; every str cell is text (NIK keeps its 16 digits), ints are numbers.
"""

import csv
import errno
import os
import tempfile
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop.core.errors import InvalidInput, UserError

SUFFIXES = (".xlsx", ".csv")
CSV_DELIMITER = ";"
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT}


def check_target(out: str | Path, suffixes: tuple[str, ...] = SUFFIXES) -> Path:
    """The target's name and folder, checked before any work is done."""
    out = Path(out)
    if out.suffix.lower() not in suffixes:
        raise InvalidInput(f"Nama berkas {out.name} harus berakhiran {' atau '.join(suffixes)}.")
    if out.is_dir():
        example = out / ("daftar" + suffixes[0])
        raise InvalidInput(f"{out} adalah folder, bukan berkas. Tulis nama berkasnya, mis. {example}.")
    if not out.parent.is_dir():
        raise InvalidInput(f"Folder {out.parent} tidak ada. Pilih folder yang ada untuk menyimpan berkas.")
    return out


@contextmanager
def saving(path: str | Path, mode: str = "wb", **open_args) -> Iterator:
    """An open temporary file beside `path`; on leaving without error it becomes `path`, on any error it is
    removed and `path` is untouched."""
    path = Path(path)
    try:
        fd, temp_name = tempfile.mkstemp(suffix=path.suffix, prefix=".serahkartu-", dir=path.parent)
    except OSError as exc:
        raise write_problem(exc, path) from exc
    try:
        with os.fdopen(fd, mode, **open_args) as handle:
            yield handle
        os.chmod(temp_name, 0o644)  # readable as any file the user saves (mkstemp makes it 0600)
        try:
            os.replace(temp_name, path)
        except PermissionError as exc:
            raise UserError(f"Berkas {path} tidak dapat ditimpa: mungkin sedang terbuka di Excel. Tutup berkas "
                            "itu lalu coba lagi.") from exc
    except OSError as exc:
        raise write_problem(exc, path) from exc
    finally:
        Path(temp_name).unlink(missing_ok=True)


def write_problem(exc: OSError, path: Path) -> UserError:
    """What the clerk is told when the system refuses to write `path`."""
    if exc.errno in _FULL:
        return UserError(f"Ruang penyimpanan di {path.parent} penuh; berkas {path.name} tidak disimpan. "
                         "Kosongkan ruang atau pilih tempat lain (mis. flashdisk lain), lalu coba lagi.")
    if exc.errno == errno.EISDIR or path.is_dir():
        return UserError(f"{path} adalah folder, bukan berkas. Tulis nama berkasnya.")
    if exc.errno in _DENIED:
        return UserError(f"Tidak ada izin menulis di folder {path.parent}. Pilih folder lain, mis. Dokumen.")
    return UserError(f"Berkas {path} tidak dapat ditulis (galat sistem {errno.errorcode.get(exc.errno, exc.errno)}). "
                     "Pilih folder lain lalu coba lagi.")


def write_table(out: str | Path, title: str, header: list[str], rows: Iterable[list],
                text_columns: Collection[int] = ()) -> None:
    """.csv or .xlsx by the name's ending; `text_columns` (indexes) are numbers kept as text in a CSV."""
    out = check_target(out)
    if out.suffix.lower() == ".csv":
        write_csv(out, header, rows, text_columns)
    else:
        write_xlsx(out, title, header, rows)


def write_csv(out: str | Path, header: list[str], rows: Iterable[list], text_columns: Collection[int] = ()) -> None:
    """`;`, CRLF, UTF-8 with BOM; the `text_columns` (indexes) written as ="…" so Excel keeps their digits."""
    out = check_target(out, (".csv",))
    with saving(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=CSV_DELIMITER, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            values = ["" if v is None else v for v in row]
            for i in text_columns:
                if values[i] != "":
                    values[i] = f'="{values[i]}"'
            writer.writerow(values)


def write_xlsx(out: str | Path, title: str, header: list[str], rows: Iterable[list], *,
               widths: dict[str, int] | None = None) -> None:
    """One sheet, header in bold and frozen; str cells are text ('@'), int cells numbers; streamed."""
    out = check_target(out, (".xlsx",))
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header, start=1):
        width = (widths or {}).get(name, min(max(len(name) + 2, 12), 40))
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    sheet.append([_cell(sheet, name, bold) for name in header])
    for row in rows:
        values = [v if isinstance(v, int) and not isinstance(v, bool) else "" if v is None else str(v) for v in row]
        if any("\n" in v for v in values if isinstance(v, str)):
            sheet.append([_cell(sheet, v, None, wrap) if isinstance(v, str) else v for v in values])
        else:
            sheet.append(values)
    # Zipped in memory, then written in one go: a ZipFile that fails half-way on a full disk leaves an
    # "Exception ignored in ZipFile.__del__" traceback behind; bytes in memory cannot fail that way.
    buffer = BytesIO()
    workbook.save(buffer)
    with saving(out) as handle:
        handle.write(buffer.getbuffer())


def _cell(sheet, value: str, font=None, alignment=None) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = "@"
    if font:
        cell.font = font
    if alignment:
        cell.alignment = alignment
    return cell
