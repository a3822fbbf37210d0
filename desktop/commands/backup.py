"""`backup` and `restore` (DESIGN §6, issue 8)."""

import getpass
import sys
from pathlib import Path

from desktop.commands.common import add_json_flag, database, emit
from desktop.core import ledger, office_backup, restore
from desktop.core.errors import InvalidInput
from desktop.core.formatting import number
from desktop.core.paths import default_db_path


def register(commands) -> None:
    backup = commands.add_parser("backup", help="cadangkan basis data terenkripsi (age) ke folder pilihan")
    backup.add_argument("out", metavar="OUT", help="folder tujuan (mis. flashdisk) atau berkas .age")
    backup.add_argument("--passphrase-file", metavar="F", help="berkas berisi kata sandi cadangan")
    add_json_flag(backup)
    backup.set_defaults(run=run_backup)

    back = commands.add_parser("restore", help="pulihkan basis data dari cadangan (diperiksa dulu)")
    back.add_argument("file", metavar="FILE", help="berkas cadangan .db.age atau .db")
    back.add_argument("--passphrase-file", metavar="F", help="berkas berisi kata sandi cadangan")
    back.add_argument("--other-office", action="store_true",
                      help="izinkan cadangan milik kantor lain (mis. memindahkan ke PC baru)")
    add_json_flag(back)
    back.set_defaults(run=run_restore)


def run_backup(args) -> int:
    passphrase = _passphrase(args, confirm=True)
    with database(args) as conn:
        out = office_backup.make(conn, args.out, passphrase)
    size = out.stat().st_size
    emit(args, {"file": str(out), "bytes": size},
         f"Cadangan terenkripsi disimpan: {out} ({number(size // 1024)} KB). Simpan kata sandinya baik-baik.")
    return 0


def run_restore(args) -> int:
    db_path = Path(args.db or default_db_path())
    passphrase = _passphrase(args, confirm=False) if restore.is_encrypted(_existing(args.file)) else None
    result = restore.restore(db_path, args.file, passphrase=passphrase, user=ledger.SYSTEM_USER,
                             allow_other_office=args.other_office)
    kept = f" Basis data lama disimpan di {result.previous_kept_at}." if result.previous_kept_at else ""
    emit(args, result.as_dict(),
         f"Dipulihkan dari {result.restored_from}: {number(result.events)} peristiwa, "
         f"{number(result.cards)} kartu, semua pemeriksaan lulus.{kept}")
    return 0


def _existing(path: str) -> str:
    if not Path(path).is_file():
        raise InvalidInput(f"Berkas cadangan {path} tidak ada.")
    return path


def _passphrase(args, *, confirm: bool) -> str:
    """From --passphrase-file (first line), else typed at the terminal (twice when making a backup)."""
    if args.passphrase_file:
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"Berkas kata sandi {args.passphrase_file} tidak dapat dibaca ({exc}).") from exc
        lines = text.splitlines()
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise InvalidInput("Berikan kata sandi cadangan dengan --passphrase-file BERKAS.")
    first = getpass.getpass("Kata sandi cadangan: ")
    if confirm and getpass.getpass("Ulangi kata sandi: ") != first:
        raise InvalidInput("Kedua kata sandi tidak sama. Tidak ada yang dicadangkan.")
    return first
