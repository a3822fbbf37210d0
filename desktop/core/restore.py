"""Restoring the database from a backup: checked first, the old database kept, then copied in whole.

Order matters: (1) decrypt the backup to a private file, (2) check it — SQLite integrity, a schema
this app knows, this office, unbroken hash chains and a projection that matches its log — (3) keep the
current database as a backup, (4) copy the checked file into the live database with SQLite's backup
API, which is one write transaction: a crash half-way leaves the old database as it was.
"""

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pyrage

from desktop.core import audit, backups, check, db, ledger, storage, users
from desktop.core.errors import InvalidInput, UserError
from desktop.core.migrations import MIGRATIONS, migrate

KEPT = "sebelum-pulih"


@dataclass
class RestoreResult:
    restored_from: str
    previous_kept_at: str | None
    office: str
    events: int
    cards: int

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def is_encrypted(path: str | Path) -> bool:
    with Path(path).open("rb") as handle:
        return handle.read(len(backups.AGE_MAGIC)) == backups.AGE_MAGIC


@dataclass
class BackupInfo:
    office: str
    events: int
    cards: int
    last_recorded: str  # when its newest event was recorded (UTC), '' when it has none


def inspect(backup_file: str | Path, *, passphrase: str | None = None, work_dir: str | Path) -> BackupInfo:
    """Open and check a backup without restoring it (what the restore dialog shows before asking)."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise InvalidInput(f"Berkas cadangan {backup_file} tidak ada.")
    work = Path(work_dir) / f".periksa-{os.getpid()}.db"
    try:
        _unpack(backup_file, work, passphrase)
        office, events, cards = _checked(work)
        raw = sqlite3.connect(work)
        try:
            last = raw.execute("SELECT max(recorded_at) FROM events").fetchone()[0] or ""
        finally:
            raw.close()
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            backups.unlink_quietly(Path(f"{work}{suffix}"))
    return BackupInfo(office, events, cards, last)


def restore(db_path: str | Path, backup_file: str | Path, *, passphrase: str | None = None,
            user: str, allow_other_office: bool = False) -> RestoreResult:
    """Replace the database at `db_path` by `backup_file` after checking it. Close other connections first."""
    db_path, backup_file = Path(db_path), Path(backup_file)
    _require_permission(db_path, user)
    if not backup_file.is_file():
        raise InvalidInput(f"Berkas cadangan {backup_file} tidak ada.")
    work = backups.folder(db_path) / f".pulih-{os.getpid()}.db"
    try:
        _unpack(backup_file, work, passphrase)
        office, events, cards = _checked(work)
        _same_office(db_path, office, allow_other_office)
        kept = _keep_current(db_path)
        _copy_in(work, db_path)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            backups.unlink_quietly(Path(f"{work}{suffix}"))
    conn = db.connect(db_path)
    try:
        result = check.run(conn)
        if not result.ok:  # cannot happen after the checks above, unless the disk failed while copying
            raise UserError("Basis data hasil pemulihan gagal diperiksa: " + "; ".join(result.problems[:3]))
        audit.record(conn, "pulih", {"berkas": backup_file.name, "cadangan_lama": kept and Path(kept).name},
                     user)
    finally:
        conn.close()
    return RestoreResult(str(backup_file), kept, office, events, cards)


def _require_permission(db_path: Path, user: str) -> None:
    """Only an admin restores, as the database now on this PC knows its users. The system user (the CLI)
    is not asked, and its database is not opened: it may be too damaged to open, which is why it is restored."""
    if user == ledger.SYSTEM_USER:
        return
    conn = db.connect(db_path)
    try:
        users.require(conn, user, "pulihkan")
    finally:
        conn.close()


def _unpack(backup_file: Path, work: Path, passphrase: str | None) -> None:
    data = backup_file.read_bytes()
    if data.startswith(backups.AGE_MAGIC):
        if not passphrase:
            raise InvalidInput("Cadangan ini terenkripsi. Masukkan kata sandi yang dipakai saat membuatnya.")
        try:
            data = pyrage.passphrase.decrypt(data, passphrase)
        except pyrage.DecryptError:
            raise InvalidInput(
                "Cadangan tidak dapat dibuka: kata sandinya salah, atau berkasnya rusak/terpotong. "
                "Periksa kata sandi (huruf besar/kecil berpengaruh) atau pakai cadangan lain."
            ) from None
    if not data.startswith(backups.SQLITE_MAGIC):
        raise InvalidInput(f"{backup_file.name} bukan berkas cadangan SerahKartu (.db atau .db.age).")
    try:
        work.parent.mkdir(parents=True, exist_ok=True)
        work.write_bytes(data)
    except OSError as exc:
        raise storage.as_user_error(exc, work.parent) or InvalidInput(str(exc)) from exc


def _checked(work: Path) -> tuple[str, int, int]:
    """Check the unpacked backup; bring it to this app's schema. Returns (office code, events, cards)."""
    conn = sqlite3.connect(work, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            raise InvalidInput(f"Cadangan rusak (integritas SQLite: {integrity[0]}). Pakai cadangan lain.")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if not 1 <= version <= len(MIGRATIONS):
            raise InvalidInput("Cadangan ini bukan dari SerahKartu, atau dari versi yang lebih baru. "
                               "Pasang SerahKartu terbaru atau pakai cadangan lain.")
        office = conn.execute("SELECT kode FROM office WHERE id = 1").fetchone()
        if office is None:
            raise InvalidInput("Cadangan ini berisi basis data yang belum disiapkan untuk kantor mana pun.")
        result = check.run(conn)
        if not result.ok:
            raise InvalidInput("Cadangan gagal diperiksa, jadi tidak dipulihkan: " + "; ".join(result.problems[:3]))
        migrate(conn)
        return office[0], result.events, result.cards
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"Cadangan rusak ({exc}). Pakai cadangan lain.") from exc
    finally:
        conn.close()


def _same_office(db_path: Path, office: str, allowed: bool) -> None:
    if allowed or not db_path.is_file():
        return
    try:
        probe = sqlite3.connect(db_path)
        try:
            row = probe.execute("SELECT kode FROM office WHERE id = 1").fetchone()
        finally:
            probe.close()
    except sqlite3.DatabaseError:
        return  # the current database is damaged: restoring over it is the point
    if row and row[0] != office:
        raise InvalidInput(
            f"Cadangan ini milik kantor {office}, sedangkan basis data ini milik kantor {row[0]}. "
            "Pulihkan cadangan kantor ini, atau gunakan basis data lain (--db)."
        )


def _keep_current(db_path: Path) -> str | None:
    """Keep the database being replaced, outside the rotation (it is never deleted automatically)."""
    if not db_path.is_file():
        return None
    target = backups.folder(db_path) / KEPT / f"{backups.PREFIX}-{datetime.now():%Y%m%d-%H%M%S}.db"
    try:
        return str(backups.snapshot(db_path, target))
    except UserError:
        # A damaged current database cannot be copied by SQLite; keep its bytes as they are.
        target = target.with_name(f"rusak-{target.name}")
        try:
            target.write_bytes(db_path.read_bytes())
        except OSError as exc:
            raise storage.as_user_error(exc, target.parent) or UserError(str(exc)) from exc
        return str(target)


def _copy_in(work: Path, db_path: Path) -> None:
    source = sqlite3.connect(work)
    try:
        target = sqlite3.connect(db_path, timeout=db.BUSY_TIMEOUT_MS / 1000)
        try:
            source.backup(target)  # all pages in one step: one transaction on the live database
        finally:
            target.close()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) or storage.as_user_error(exc):
            raise storage.as_user_error(exc, db_path) or UserError(
                f"Basis data tidak dapat diganti ({exc}). Tutup SerahKartu di jendela lain lalu ulangi; "
                "basis data lama tidak berubah."
            ) from exc
        source.close()
        _replace_damaged(work, db_path)  # the live file is not a database SQLite can write into
    finally:
        source.close()


def _replace_damaged(work: Path, db_path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        backups.unlink_quietly(Path(f"{db_path}{suffix}"))  # a stale log must not be replayed onto the new file
    os.replace(work, db_path)
