"""Backups: automatic ones in the data folder, and encrypted ones for a USB stick.

Automatic backups are made with SQLite's online backup API (a consistent copy even while the app is
open) before every import, migration, sync and restore, and once a day; they live in `cadangan/`
beside the database, the last AUTO_KEEP automatic ones and DAILY_KEEP daily ones. A backup to a chosen
folder is the same copy encrypted with a passphrase in the age format (pyrage), so the standard
`age -d` opens it too. A backup is written under a temporary name and renamed when complete: a crash
or a full disk never leaves a half backup that looks whole.
"""

import contextlib
import os
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pyrage

from desktop.core import storage
from desktop.core.errors import InvalidInput, StorageError

AUTO_KEEP = 10
DAILY_KEEP = 7
FOLDER = "cadangan"
AUTO, DAILY = "otomatis", "harian"
PREFIX = "serahkartu"
MIN_PASSPHRASE = 8
AGE_MAGIC = b"age-encryption.org/v1"
SQLITE_MAGIC = b"SQLite format 3\x00"

Source = sqlite3.Connection | str | Path


def folder(db_path: str | Path) -> Path:
    """Where this database's automatic backups go: `cadangan/` beside it, in the data folder."""
    return Path(db_path).resolve().parent / FOLDER


def before(source: Source, reason: str) -> Path | None:
    """Back up before risky work (`reason`: "impor", "sinkron", "migrasi", …) and keep the rotation.

    It copies the committed state through its own connection, so it may also be called inside the
    work's transaction (after the cheap refusals). Returns the backup's path (None for a database not
    yet set up: nothing to lose). Raises StorageError when the copy cannot be written; the caller
    should then not start the work.
    """
    db_path = _path_of(source)
    if db_path is None or not _worth_keeping(db_path):
        return None
    tag = re.sub(r"[^a-z0-9_-]+", "-", reason.lower()).strip("-") or "cadangan"
    now = datetime.now()
    name = f"{PREFIX}-{now:%Y%m%d-%H%M%S}-{now.microsecond // 1000:03d}-{tag}.db"
    target = folder(db_path) / AUTO / name
    try:
        snapshot(db_path, target)
    except StorageError as exc:
        raise StorageError(f"Cadangan otomatis sebelum {reason} gagal dibuat, jadi {reason} tidak "
                           f"dijalankan. {exc}") from exc
    rotate(target.parent, AUTO_KEEP)
    daily(db_path)
    return target


def daily(source: Source, *, today: date | None = None) -> Path | None:
    """Today's backup, once a day (the app calls this when it starts). None if it already exists."""
    db_path = _path_of(source)
    if db_path is None or not _worth_keeping(db_path):
        return None
    target = folder(db_path) / DAILY / f"{PREFIX}-{(today or date.today()).isoformat()}.db"
    if target.exists():
        return None
    snapshot(db_path, target)
    rotate(target.parent, DAILY_KEEP)
    return target


def snapshot(db_path: str | Path, target: Path) -> Path:
    """A consistent copy of the database at `db_path` (committed data only) written to `target`."""
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(db_path, timeout=10)
        try:
            copy = sqlite3.connect(tmp)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            finally:
                copy.close()
        finally:
            source.close()
        _fsync(tmp)
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        unlink_quietly(tmp)
        raise storage.as_user_error(exc, target.parent) or StorageError(
            f"Cadangan tidak dapat ditulis ke {target.parent} ({exc})."
        ) from exc
    return target


def rotate(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups in `directory` (names sort by time). Returns those gone."""
    found = sorted(p for p in directory.glob(f"{PREFIX}-*.db") if p.is_file())
    gone = found[:-keep] if keep else found
    for path in gone:
        unlink_quietly(path)
    return gone


def listing(db_path: str | Path) -> list[Path]:
    """Every backup kept beside this database, newest first."""
    base = folder(db_path)
    found = [p for p in base.rglob(f"{PREFIX}-*.db") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def to_folder(source: Source, out: str | Path, passphrase: str, *, office_kode: str = "") -> Path:
    """An encrypted backup (age, passphrase) in folder `out` — or to file `out` when it ends in .age."""
    check_passphrase(passphrase)
    db_path = _path_of(source)
    if db_path is None:
        raise InvalidInput("Basis data di memori tidak dapat dicadangkan.")
    out = Path(out)
    if out.suffix.lower() != ".age":
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kode = f"-{office_kode.replace('.', '')}" if office_kode else ""
        out = out / f"{PREFIX}{kode}-{stamp}.db.age"
    if not out.parent.is_dir():
        raise InvalidInput(f"Folder {out.parent} tidak ada. Pilih folder yang ada (mis. flashdisk).")
    plain = folder(db_path) / f".ekspor-{os.getpid()}.db"
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        snapshot(db_path, plain)
        encrypted = pyrage.passphrase.encrypt(plain.read_bytes(), passphrase)
        tmp.write_bytes(encrypted)
        _fsync(tmp)
        os.replace(tmp, out)
    except OSError as exc:
        unlink_quietly(tmp)
        raise storage.as_user_error(exc, out.parent) or StorageError(
            f"Cadangan tidak dapat ditulis ke {out.parent} ({exc.strerror or exc})."
        ) from exc
    finally:
        unlink_quietly(plain)
    return out


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            f"Kata sandi cadangan terlalu pendek: paling sedikit {MIN_PASSPHRASE} karakter. Simpan kata "
            "sandi itu di tempat aman; tanpa kata sandi, cadangan tidak dapat dibuka."
        )


def _path_of(source: Source) -> Path | None:
    if isinstance(source, sqlite3.Connection):
        name = storage.database_file(source)
        return Path(name) if name else None
    return Path(source)


def _worth_keeping(db_path: Path) -> bool:
    """A database that exists and has a schema (a brand-new empty file has nothing to lose)."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return False
    try:
        probe = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True, timeout=10)
        try:
            return probe.execute("PRAGMA user_version").fetchone()[0] > 0
        finally:
            probe.close()
    except sqlite3.Error:
        return True  # unreadable now: keep a copy all the more (snapshot will say why if it fails)


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
