"""`bpjs-cek FILE [--report OUT.xlsx]`: compare BPJS's participant list with the register."""

from datetime import date

from desktop.commands.common import add_json_flag, database, emit
from desktop.core.formatting import number
from desktop.core.reports import bpjs_check, rekonsiliasi


def register(commands) -> None:
    parser = commands.add_parser("bpjs-cek", help="cocokkan daftar peserta dari BPJS dengan register")
    parser.add_argument("file", metavar="BERKAS", help="daftar BPJS (.xlsx, .xls, .ods, .csv): KPJ, NIK, nama, status")
    parser.add_argument("--sheet", metavar="LEMBAR", help="nama atau nomor lembar (bawaan: lembar pertama)")
    parser.add_argument("--kecamatan", metavar="KODE", help="bandingkan dengan register satu kecamatan saja")
    parser.add_argument("--report", metavar="OUT.xlsx", help="tulis temuan ke buku kerja ini")
    parser.add_argument("--unmask-nik", action="store_true", help="NIK utuh di laporan (dicatat di riwayat kantor)")
    add_json_flag(parser)
    parser.set_defaults(run=run_check)


def run_check(args) -> int:
    with database(args) as conn:
        kecamatan = rekonsiliasi.check_scope(conn, args.kecamatan)
        result = bpjs_check.check_file(conn, args.file, sheet=args.sheet, kecamatan=kecamatan)
        if args.report:
            heading = rekonsiliasi.subtitle(conn, date.today(), kecamatan, args.unmask_nik)
            bpjs_check.save_report(conn, result, args.report, heading, kecamatan=kecamatan, unmask=args.unmask_nik)
    output = result.as_dict()
    output["report"] = args.report
    emit(args, output, _text(result, args.report))
    return 0


def _text(result: bpjs_check.CrossCheck, report: str | None) -> str:
    lines = [f"{number(result.rows_read)} baris dibaca dari {result.file}; {number(result.matched)} cocok."]
    lines += [f"  {bpjs_check.CATEGORIES[code]:<45} {number(n):>8}" for code, n in result.counts().items()]
    if report:
        lines.append(f"Temuan ditulis ke {report}.")
    return "\n".join(lines)
