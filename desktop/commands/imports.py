"""`import FILE`: bring a beneficiary/card list into the register (DESIGN §6)."""

import argparse
from datetime import date
from pathlib import Path

from desktop.commands.common import add_json_flag, database, emit, parse_date
from desktop.core.errors import InvalidInput
from desktop.core.formatting import number
from desktop.core.importing import columns, report
from desktop.core.importing.pipeline import ImportRequest, import_file
from desktop.core.importing.problems import label

SHOWN_PROBLEMS = 30


def register(commands) -> None:
    parser = commands.add_parser("import", help="impor daftar peserta/kartu (.xlsx, .xls, .ods, .csv)")
    parser.add_argument("file", metavar="FILE", help="berkas daftar")
    parser.add_argument("--program", metavar="NAME", help="nama program daftar ini (dibuat bila belum ada)")
    parser.add_argument("--sheet", metavar="S", help="nama atau nomor lembar (bawaan: lembar pertama)")
    parser.add_argument("--header-row", type=header_row, metavar="N", help="nomor baris judul kolom (bawaan: dicari)")
    parser.add_argument("--map", action="append", default=[], type=map_item, metavar="\"HEADER=field\"",
                        help="tentukan kolom: JUDUL=nik|nama|tanggal_lahir|…|abaikan (boleh berulang)")
    parser.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan")
    parser.add_argument("--report", metavar="OUT.xlsx", help="tulis baris bermasalah ke berkas ini")
    parser.add_argument("--today", type=parse_date, help="tanggal pencatatan (bawaan: hari ini)")
    add_json_flag(parser)
    parser.set_defaults(run=run_import)


def run_import(args) -> int:
    if args.report and not args.report.lower().endswith(".xlsx"):
        raise InvalidInput("Berkas laporan (--report) harus berakhiran .xlsx.")
    request = ImportRequest(Path(args.file), sheet=args.sheet, header_row=args.header_row, overrides=args.map,
                            program=args.program, dry_run=args.dry_run)
    with database(args) as conn:
        plan = import_file(conn, request, today=args.today or date.today())
        if args.report:
            # The problem rows keep their original cells, whole NIKs included: recorded as an unmasked export.
            report.save(conn, plan, args.report)
    result = plan.result()
    emit(args, result, _human(result, args))
    return 0


def header_row(text: str) -> int:
    """argparse type for --header-row: a row number, 1 or more (a usage error otherwise: exit 2)."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' bukan nomor baris; --header-row harus 1 atau lebih")
    return int(text)


def map_item(text: str) -> str:
    """argparse type for --map: "JUDUL KOLOM=kolom tujuan", the target one of FIELDS or abaikan."""
    try:
        columns.check_override(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    return text


def _human(result: dict, args) -> str:
    verb = "akan diimpor" if args.dry_run else "diimpor"
    lines = [
        f"{result['file']}: {number(result['rows_read'])} baris dibaca.",
        f"  {number(result['imported'])} peserta baru {verb}, {number(result['updated'])} diperbarui, "
        f"{number(result['unchanged'])} tidak berubah.",
        f"  {number(result['rejected'])} baris ditolak, {number(result['warnings'])} baris perlu dicek.",
    ]
    if result["program_note"]:
        lines.append(f"  {result['program_note']}")
    problems = result["problems"]
    for problem in problems[:SHOWN_PROBLEMS]:
        kind = "DITOLAK" if problem["severity"] == "error" else "cek"
        lines.append(f"  baris {problem['row']:>6} [{kind}] {label(problem['code'])}: {problem['message']}")
    if len(problems) > SHOWN_PROBLEMS:
        lines.append(f"  … dan {number(len(problems) - SHOWN_PROBLEMS)} masalah lain"
                     + ("" if args.report else " (tulis semuanya dengan --report OUT.xlsx)."))
    if args.dry_run:
        lines.append("Pemeriksaan saja (--dry-run): tidak ada yang disimpan.")
    if args.report:
        lines.append(f"Baris bermasalah ditulis ke {args.report}.")
    return "\n".join(lines)
