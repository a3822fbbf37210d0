"""`user`: the accounts that may sign in to the desktop app (issue 8)."""

import getpass
import sys
from pathlib import Path

from desktop.commands.common import add_json_flag, database, emit
from desktop.core import ledger, users
from desktop.core.errors import InvalidInput


def register(commands) -> None:
    user = commands.add_parser("user", help="pengguna aplikasi: tambah, daftar, reset kata sandi")
    actions = user.add_subparsers(dest="action", metavar="TINDAKAN", required=True)

    add = actions.add_parser("add", help="tambah pengguna (yang pertama selalu admin)")
    add.add_argument("username")
    add.add_argument("--role", choices=users.ROLES, default=users.PETUGAS)
    add.add_argument("--nama", default="", help="nama lengkap")
    add.add_argument("--password-file", metavar="F", help="berkas berisi kata sandi")
    add_json_flag(add)
    add.set_defaults(run=run_add)

    listing = actions.add_parser("list", help="daftar pengguna")
    add_json_flag(listing)
    listing.set_defaults(run=run_list)

    reset = actions.add_parser("reset-password", help="setel kata sandi baru untuk pengguna")
    reset.add_argument("username")
    reset.add_argument("--password-file", metavar="F", help="berkas berisi kata sandi baru")
    add_json_flag(reset)
    reset.set_defaults(run=run_reset)


def run_add(args) -> int:
    password = _password(args)
    with database(args) as conn:
        if users.has_users(conn):
            user = users.create_user(conn, ledger.SYSTEM_USER, args.username, password, args.role, args.nama)
        else:
            user = users.create_admin(conn, args.username, password, args.nama)
    emit(args, {"username": user.username, "role": user.role},
         f"Pengguna '{user.username}' ({users.ROLE_LABELS[user.role]}) dibuat.")
    return 0


def run_list(args) -> int:
    with database(args) as conn:
        found = users.all_users(conn)
    rows = [{"username": u.username, "nama": u.nama, "role": u.role, "active": u.active} for u in found]
    lines = [f"  {u.username:<20} {users.ROLE_LABELS[u.role]:<9} {'aktif' if u.active else 'nonaktif':<9} {u.nama}"
             for u in found]
    emit(args, {"users": rows}, "\n".join(lines) if lines else "Belum ada pengguna.")
    return 0


def run_reset(args) -> int:
    password = _password(args)
    with database(args) as conn:
        users.reset_password(conn, ledger.SYSTEM_USER, args.username, password)
    emit(args, {"username": args.username}, f"Kata sandi '{args.username}' diganti.")
    return 0


def _password(args) -> str:
    if args.password_file:
        try:
            lines = Path(args.password_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"Berkas kata sandi {args.password_file} tidak dapat dibaca ({exc}).") from exc
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise InvalidInput("Berikan kata sandi dengan --password-file BERKAS.")
    first = getpass.getpass("Kata sandi: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise InvalidInput("Kedua kata sandi tidak sama.")
    return first
