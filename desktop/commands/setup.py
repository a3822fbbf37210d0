"""`init` and `demo`: setting up this office."""

from desktop.commands.common import add_json_flag, database, emit, parse_date
from desktop.core import demo, office
from desktop.core.formatting import number
from desktop.core.sync import identity


def register(commands) -> None:
    init = commands.add_parser("init", help="siapkan kantor ini (kabupaten atau kecamatan)")
    init.add_argument("--office", required=True, choices=office.KINDS, help="jenis kantor")
    init.add_argument("--region", required=True, metavar="KODE", help="kode wilayah Kemendagri, mis. 17.04")
    add_json_flag(init)
    init.set_defaults(run=run_init)

    sample = commands.add_parser("demo", help="isi basis data dengan program contoh satu kabupaten")
    sample.add_argument("--region", default=demo.DEFAULT_REGION, metavar="KODE", help="kode kabupaten")
    sample.add_argument("--workers", type=int, default=demo.DEFAULT_WORKERS, metavar="N")
    sample.add_argument("--seed", type=int, default=1, metavar="S")
    sample.add_argument("--today", type=parse_date, help="tanggal 'hari ini' untuk data contoh")
    add_json_flag(sample)
    sample.set_defaults(run=run_demo)


def run_init(args) -> int:
    office.region_for(args.office, args.region)  # a wrong code is refused before any file is made
    with database(args, create=True) as conn:
        result = office.init_office(conn, args.office, args.region)
        keys = identity.ensure(conn)
    emit(args, {"office": result.as_dict(), "fingerprint": keys.fingerprint},
         f"Kantor disiapkan: {result.nama} ({result.kode}). Sidik jari kantor: {keys.fingerprint}.")
    return 0


def run_demo(args) -> int:
    with database(args, create=True) as conn:
        result = demo.build(conn, region=args.region, workers=args.workers, seed=args.seed, today=args.today)
    emit(args, {"workers": result.workers, "events": result.events, "program": result.program},
         f"Data contoh dibuat: {number(result.workers)} pekerja, {number(result.events)} peristiwa, "
         f"program '{result.program}'.")
    return 0
