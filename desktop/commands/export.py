"""`export KIND OUT`: files that leave the app. Each kind is a branch of `run_export` over a writer in
desktop/core/exports/ or desktop/core/reports/ (add a kind by adding it to KINDS and a branch)."""

import sys
from datetime import date

from desktop.commands.common import add_json_flag, database, emit, parse_date
from desktop.core.exports import peserta
from desktop.core.formatting import number
from desktop.core.reports import rekonsiliasi, tertahan

KINDS = ("peserta", "rekonsiliasi", "tertahan")


def register(commands) -> None:
    parser = commands.add_parser("export", help="ekspor daftar peserta, rekonsiliasi, atau kartu tertahan")
    parser.add_argument("kind", choices=KINDS, metavar="JENIS", help="yang diekspor: " + ", ".join(KINDS))
    parser.add_argument("out", metavar="OUT", help="berkas tujuan (.xlsx, atau .csv untuk peserta dan tertahan)")
    parser.add_argument("--kecamatan", metavar="KODE", help="hanya satu kecamatan, mis. 17.04.01")
    parser.add_argument("--unmask-nik", action="store_true", help="tulis NIK lengkap (dicatat di riwayat kantor)")
    parser.add_argument("--today", type=parse_date, help="rekonsiliasi/tertahan: hitung lama tertahan per tanggal ini")
    add_json_flag(parser)
    parser.set_defaults(run=run_export)


def run_export(args) -> int:
    with database(args) as conn:
        if args.kind == "peserta":
            rows = peserta.export(conn, args.out, unmask_nik=args.unmask_nik, kecamatan=args.kecamatan)
            emit(args, {"file": args.out, "kind": "peserta", "rows": rows, "nik_masked": not args.unmask_nik},
                 f"{number(rows)} peserta ditulis ke {args.out}"
                 + ("" if args.unmask_nik else " (NIK disamarkan; --unmask-nik untuk NIK lengkap)."))
            return 0
        writer = rekonsiliasi.write if args.kind == "rekonsiliasi" else tertahan.write
        result = writer(conn, args.out, args.today or date.today(), kecamatan=args.kecamatan,
                        unmask_nik=args.unmask_nik)
    emit(args, result.as_dict(), _report_text(result))
    if not result.balanced:
        print("Peringatan: ada baris rekonsiliasi yang selisihnya tidak nol. Jalankan 'serahkartu check' dan "
              "laporkan kepada petugas TI.", file=sys.stderr)
        return 1
    return 0


def _report_text(result: rekonsiliasi.ExportResult) -> str:
    if result.kind == "tertahan":
        return (f"Daftar kartu tertahan ditulis ke {result.path}: {number(result.cards)} kartu di "
                f"{len(result.summary)} kecamatan.")
    sheets = ", ".join(f"{name} {number(n)} baris" for name, n in result.rows.items())
    return (f"Rekonsiliasi ditulis ke {result.path}: {number(result.cards)} kartu; selisih 0 di setiap baris. "
            f"Lembar: {sheets}.")
