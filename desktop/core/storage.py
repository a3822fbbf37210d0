"""Hostile places for a database: network shares, full disks, read-only folders.

The database belongs on the PC's own disk (DESIGN §4): SQLite's locking is unreliable over SMB/NFS, so a
path on a network share gets a warning. A full disk or a read-only folder turns SQLite's and the OS's
terse errors into a StorageError with an Indonesian message; the transaction was rolled back, so
nothing was lost.
"""

import errno
import os
import sqlite3
import sys
from pathlib import Path

from desktop.core.errors import StorageError

NETWORK_FILESYSTEMS = {
    "cifs", "smb3", "smbfs", "nfs", "nfs4", "ncpfs", "afs", "9p", "ceph", "glusterfs", "fuse.sshfs",
    "fuse.glusterfs", "fuse.davfs2", "davfs", "fuse.rclone", "lustre", "gfs2", "ocfs2",
}
PROC_MOUNTS = Path("/proc/mounts")


def network_share(path: str | Path, *, mounts: Path = PROC_MOUNTS) -> str | None:
    """A short description of the network share `path` lies on, or None when it is a local disk."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return f"folder jaringan {text.split(os.sep)[2] if os.sep in text else text[:40]}"
    if sys.platform == "win32":
        return _windows_network_drive(Path(path))
    return _linux_network_mount(Path(path), mounts)


def _windows_network_drive(path: Path) -> str | None:
    import ctypes  # Windows only: a mapped drive letter (Z:) that points to a share

    drive = Path(os.path.abspath(path)).drive
    if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4:  # DRIVE_REMOTE
        return f"drive jaringan {drive}"
    return None


def _linux_network_mount(path: Path, mounts: Path) -> str | None:
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = os.path.realpath(path)
    best, best_type, best_device = "", "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        device, point, fstype = fields[0], _unescape(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type, best_device = point, fstype, device
    if best_type in NETWORK_FILESYSTEMS:
        return f"{best_type} {best_device}"
    return None


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in paths as octal escapes (\\040)."""
    return field.encode("latin-1", "backslashreplace").decode("unicode_escape")


def warnings(path: str | Path) -> list[str]:
    """What the user should be told about where the database lies (empty when all is well)."""
    share = network_share(path)
    if not share:
        return []
    return [
        f"Basis data {path} berada di {share}. SQLite tidak aman di folder jaringan: dua PC yang membukanya "
        "bersamaan dapat merusaknya, dan koneksi yang putus dapat menghilangkan perubahan. Pindahkan basis "
        "data ke disk PC ini (folder data pengguna) dan gunakan sinkronisasi untuk bertukar data."
    ]


_FULL = ("database or disk is full", "no space left")
_READ_ONLY = ("readonly database", "read-only", "unable to open database file", "permission denied")
_IO = ("disk i/o error",)


def as_user_error(exc: BaseException, path: str | Path | None = None) -> StorageError | None:
    """The StorageError that explains `exc`, or None when `exc` is not about the disk."""
    if isinstance(exc, StorageError):
        return exc
    where = f" ({path})" if path else ""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return StorageError(_full_message(where))
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StorageError(_read_only_message(where))
        return None
    if not isinstance(exc, sqlite3.OperationalError):
        return None
    text = str(exc).lower()
    if any(s in text for s in _FULL):
        return StorageError(_full_message(where))
    if any(s in text for s in _READ_ONLY):
        return StorageError(_read_only_message(where))
    if any(s in text for s in _IO):
        return StorageError(
            f"Disk gagal dibaca atau ditulisi{where}. Perubahan terakhir dibatalkan. Periksa disk atau "
            "flashdisk itu; bila masalah berulang, pulihkan dari cadangan di Pengaturan."
        )
    return None


def _full_message(where: str) -> str:
    return (
        f"Disk penuh{where}: perubahan ini tidak disimpan dan tidak ada data yang hilang. Kosongkan ruang "
        "disk (hapus berkas yang tidak perlu, kosongkan Recycle Bin), lalu ulangi."
    )


def _read_only_message(where: str) -> str:
    return (
        f"Folder atau berkas basis data hanya-baca{where}: perubahan ini tidak disimpan dan tidak ada data "
        "yang hilang. Pindahkan basis data ke folder yang boleh ditulisi, atau minta petugas TI memberi "
        "izin tulis."
    )


def database_file(conn: sqlite3.Connection) -> str:
    """The file behind `conn` ('' for an in-memory database)."""
    try:
        for row in conn.execute("PRAGMA database_list"):
            if row[1] == "main":
                return row[2]
    except sqlite3.Error:
        pass
    return ""
