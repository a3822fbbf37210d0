"""`sync`: this office's identity, enrolment of kecamatan offices, and the files on USB sticks (DESIGN §7)."""

from datetime import datetime

from desktop.commands.common import add_json_flag, database, emit
from desktop.core.formatting import number
from desktop.core.sync import export, identity, receive, review


def register(commands) -> None:
    sync = commands.add_parser("sync", help="identitas kantor, pendaftaran kantor, berkas sinkronisasi")
    actions = sync.add_subparsers(dest="sync_command", metavar="AKSI", required=True)

    ident = actions.add_parser("identity", help="simpan berkas identitas publik kantor ini (untuk didaftarkan)")
    ident.add_argument("-o", "--output", required=True, metavar="FILE", help="berkas identitas yang ditulis")
    add_json_flag(ident)
    ident.set_defaults(run=run_identity)

    enroll = actions.add_parser("enroll", help="kabupaten: daftarkan kantor kecamatan dari berkas identitasnya")
    enroll.add_argument("file", metavar="FILE")
    enroll.add_argument("--fingerprint", metavar="FP", help="sidik jari yang dibacakan kantor itu")
    add_json_flag(enroll)
    enroll.set_defaults(run=run_enroll)

    revoke = actions.add_parser("revoke", help="kabupaten: cabut pendaftaran kantor kecamatan")
    revoke.add_argument("kode", metavar="KODE")
    add_json_flag(revoke)
    revoke.set_defaults(run=run_revoke)

    out = actions.add_parser("export", help="tulis berkas sinkronisasi untuk kantor lain")
    out.add_argument("--to", required=True, metavar="KODE", help="kode kantor tujuan")
    out.add_argument("-o", "--output", required=True, metavar="FILE")
    add_json_flag(out)
    out.set_defaults(run=run_export)

    take = actions.add_parser("import", help="terima berkas sinkronisasi dari kantor lain")
    take.add_argument("file", metavar="FILE")
    take.add_argument("--fingerprint", metavar="FP", help="sidik jari kabupaten (kontak pertama)")
    add_json_flag(take)
    take.set_defaults(run=run_import)

    state = actions.add_parser("status", help="berkas terakhir, peristiwa belum dikonfirmasi, berkas tertahan, konflik")
    add_json_flag(state)
    state.set_defaults(run=run_status)


def run_identity(args) -> int:
    with database(args) as conn:
        me = export.identity_file(conn, args.output)
    emit(args, {"office": me.kode, "nama": me.nama, "fingerprint": me.fingerprint, "file": args.output},
         f"Identitas {me.nama} ditulis ke {args.output}.\nSidik jari: {me.fingerprint}\n"
         "Bacakan sidik jari ini kepada kantor kabupaten saat berkas itu didaftarkan.")
    return 0


def run_enroll(args) -> int:
    with database(args) as conn:
        found = identity.enroll(conn, args.file, args.fingerprint)
    emit(args, {"enrolled": found.kode, "nama": found.nama, "fingerprint": found.fingerprint},
         f"{found.nama} ({found.kode}) terdaftar. Sidik jari: {found.fingerprint}.")
    return 0


def run_revoke(args) -> int:
    with database(args) as conn:
        found = identity.revoke(conn, args.kode)
    emit(args, {"revoked": found.kode, "nama": found.nama},
         f"Pendaftaran {found.nama} ({found.kode}) dicabut; berkas dari kantor itu tidak diterima lagi.")
    return 0


def run_export(args) -> int:
    with database(args) as conn:
        result = export.export_file(conn, args.to, args.output)
    emit(args, result.as_dict(),
         f"Berkas nomor {result.nomor} untuk {result.to_nama} ditulis ke {result.path} "
         f"({number(result.events)} peristiwa) dan sudah diperiksa ulang.")
    return 0


def run_import(args) -> int:
    with database(args) as conn:
        result = receive.import_file(conn, args.file, fingerprint=args.fingerprint)
    emit(args, result.as_dict(), result.message)
    return 0


def run_status(args) -> int:
    with database(args) as conn:
        result = review.status(conn)
        result["conflicts"] = review.conflicts(conn)
    emit(args, result, _status_text(result))
    return 0


def _status_text(result: dict) -> str:
    lines = [f"{result['office']['nama']} — sidik jari {result['fingerprint']}", ""]
    if not result["offices"]:
        lines.append("  Belum ada kantor yang terdaftar untuk bertukar berkas.")
    for o in result["offices"]:
        sent, got = o["last_sent"], o["last_received"]
        lines.append(f"  {o['nama']} ({o['kode']})" + ("  [DICABUT]" if o["revoked_at"] else ""))
        lines.append("    terakhir dikirim : " + _file_line(sent))
        lines.append("    terakhir diterima: " + _file_line(got))
        # Events already written to a file count until the other office confirms it took them in.
        lines.append(f"    peristiwa belum dikonfirmasi diterima {number(o['events_waiting'])}, berkas tertahan "
                     f"{o['files_held']}, konflik {o['conflicts']}")
    for c in result["conflicts"]:
        lines.append(f"  KONFLIK {c['id']}: {c['message']}")
    return "\n".join(lines)


def _file_line(last: dict) -> str:
    return f"nomor {last['nomor']}, {local_time(last['at'])}" if last["at"] else "-"


def local_time(stamp: str) -> str:
    """A time stored in UTC as the clerk's own clock shows it, as the GUI does: '22-11-2026 12.39'."""
    return datetime.fromisoformat(stamp).astimezone().strftime("%d-%m-%Y %H.%M")
