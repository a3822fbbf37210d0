"""`export KIND OUT`: files that leave the app. Each kind is a branch of `run_export` over a writer in
desktop/core/exports/ (add a kind by adding it to KINDS and a branch)."""

from desktop.commands.common import add_json_flag, database, emit
from desktop.core.exports import peserta
from desktop.core.formatting import number

KINDS = ("peserta",)


def register(commands) -> None:
    parser = commands.add_parser("export", help="ekspor daftar ke .xlsx atau .csv")
    parser.add_argument("kind", choices=KINDS, metavar="JENIS", help="yang diekspor: " + ", ".join(KINDS))
    parser.add_argument("out", metavar="OUT", help="berkas tujuan (.xlsx atau .csv)")
    parser.add_argument("--kecamatan", metavar="KODE", help="hanya satu kecamatan, mis. 17.04.01")
    parser.add_argument("--unmask-nik", action="store_true", help="tulis NIK lengkap (tercatat di log)")
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
