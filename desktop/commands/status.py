"""`status` and `check`."""

from datetime import date

from desktop.commands.common import add_json_flag, database, emit, parse_date
from desktop.core import check, figures
from desktop.core.formatting import number
from desktop.core.states import STATE_LABELS, STATES


def register(commands) -> None:
    status = commands.add_parser("status", help="jumlah kartu per status dan per kecamatan")
    status.add_argument("--today", type=parse_date, help="hitung lama tertahan per tanggal ini")
    add_json_flag(status)
    status.set_defaults(run=run_status)

    checker = commands.add_parser("check", help="periksa keutuhan basis data dan rantai hash")
    add_json_flag(checker)
    checker.set_defaults(run=run_check)


def run_status(args) -> int:
    with database(args) as conn:
        result = figures.status(conn, args.today or date.today())
    emit(args, result, _status_text(result))
    return 0


def _status_text(result: dict) -> str:
    lines = [f"{result['office']['nama']} — {number(result['total'])} kartu, "
             f"{number(result['tertahan'])} tertahan", ""]
    lines += [f"  {STATE_LABELS[s]:<22} {number(result['states'][s]):>8}" for s in STATES]
    lines += ["", f"  {'Kecamatan':<22} {'Kartu':>7} {'Diserahkan':>11} {'Tertahan':>9}"]
    for kec in result["kecamatan"]:
        lines.append(f"  {kec['nama']:<22} {kec['total']:>7} {kec['states']['diserahkan']:>11} {kec['tertahan']:>9}")
    return "\n".join(lines)


def run_check(args) -> int:
    with database(args) as conn:
        result = check.run(conn)
    human = (f"Basis data utuh: {result.events} peristiwa, {result.cards} kartu, semua rantai hash benar."
             if result.ok else "Pemeriksaan GAGAL:\n" + "\n".join(f"  - {p}" for p in result.problems))
    emit(args, result.as_dict(), human)
    return 0 if result.ok else 1
