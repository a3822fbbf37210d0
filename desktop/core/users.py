"""Who may sign in on this installation, and what each role may do (issue 8).

Roles: *admin* (settings, users, unmasking NIK, restore — and everything else), *petugas* (import,
handovers, print, sync, export, backup), *pimpinan* (read and export reports). Passwords are hashed
with Argon2id (argon2-cffi); the hash is kept in the `users` table and never in the event log.

The acting user is a username. `ledger.SYSTEM_USER` ("sistem") is the command line and the app's own
maintenance: whoever can run the CLI on this PC already holds the database file, so it is not
restricted. Every other name must be an active user with the permission asked for.

Every core function that changes data or writes a file or a paper takes that name as `user` and calls
`require` before it writes anything (tests/core/test_roles.py runs each of them as each role); the GUI
passes the signed-in user, and only offers what the role may do (desktop/gui/roles.py).
"""

import re
import secrets
import sqlite3
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.core import audit, ledger
from desktop.core.db import transaction
from desktop.core.errors import InvalidInput, NotFound, NotPermitted, SignInFailed, UserError
from desktop.core.ledger import now_utc

ADMIN, PETUGAS, PIMPINAN = "admin", "petugas", "pimpinan"
ROLES = (ADMIN, PETUGAS, PIMPINAN)
ROLE_LABELS = {ADMIN: "Admin", PETUGAS: "Petugas", PIMPINAN: "Pimpinan"}

# permission -> what it lets one do, in words for the refusal message
PERMISSION_LABELS = {
    "baca": "melihat data",
    "ekspor": "mengekspor laporan",
    "impor": "mengimpor daftar peserta",
    "serah_terima": "mencatat serah terima kartu",
    "cetak": "mencetak dokumen",
    "sinkron": "menyinkronkan dengan kantor lain",
    "cadangan": "membuat cadangan",
    "pengaturan": "mengubah pengaturan",
    "pengguna": "mengelola pengguna",
    "buka_nik": "menampilkan NIK lengkap",
    "pulihkan": "memulihkan basis data dari cadangan",
}
_PIMPINAN = {"baca", "ekspor"}
_PETUGAS = _PIMPINAN | {"impor", "serah_terima", "cetak", "sinkron", "cadangan"}
PERMISSIONS = {PIMPINAN: _PIMPINAN, PETUGAS: _PETUGAS, ADMIN: set(PERMISSION_LABELS)}

DEMO_ADMIN = "demo"
MIN_PASSWORD = 8
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
_hasher = PasswordHasher()  # Argon2id with the library's current recommended parameters


@dataclass(frozen=True)
class User:
    username: str
    nama: str
    role: str
    active: bool = True

    @property
    def label(self) -> str:
        return f"{self.nama or self.username} ({ROLE_LABELS[self.role]})"

    def may(self, permission: str) -> bool:
        return permission in PERMISSIONS[self.role]


def has_users(conn: sqlite3.Connection) -> bool:
    """Whether anyone can sign in yet (False on the first run: the admin must be created)."""
    return conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None


def create_admin(conn: sqlite3.Connection, username: str, password: str, nama: str = "") -> User:
    """The first run's admin. Refused once any user exists (later users are added by an admin)."""
    with transaction(conn):
        if has_users(conn):
            raise UserError("Admin pertama sudah dibuat. Pengguna baru ditambahkan oleh admin di Pengaturan.")
        return _insert(conn, username, password, ADMIN, nama, actor=ledger.SYSTEM_USER)


def create_user(conn: sqlite3.Connection, actor: str, username: str, password: str, role: str,
                nama: str = "") -> User:
    """Add a user (an admin's job)."""
    with transaction(conn):
        require(conn, actor, "pengguna")
        return _insert(conn, username, password, role, nama, actor=actor)


def _insert(conn, username: str, password: str, role: str, nama: str, *, actor: str) -> User:
    username = _valid_username(username)
    if role not in ROLES:
        raise InvalidInput(f"Peran '{role}' tidak dikenal. Pilih salah satu: {', '.join(ROLES)}.")
    _check_password(password, username)
    if conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone():
        raise InvalidInput(f"Nama pengguna '{username}' sudah dipakai. Pilih nama lain.")
    stamp = now_utc()
    conn.execute(
        "INSERT INTO users (username, nama, role, password_hash, created_at, password_changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (username, nama.strip(), role, _hasher.hash(password), stamp, stamp),
    )
    _audit(conn, "pengguna_dibuat", {"pengguna": username, "peran": role}, actor)
    return User(username, nama.strip(), role)


def verify(conn: sqlite3.Connection, username: str, password: str) -> User:
    """Sign in: the user when the password is right, else SignInFailed (the same message either way)."""
    row = conn.execute(
        "SELECT username, nama, role, password_hash, active FROM users WHERE username = ?",
        (username.strip().lower(),),
    ).fetchone()
    refused = SignInFailed("Nama pengguna atau kata sandi salah. Periksa tombol Caps Lock, lalu coba lagi.")
    if row is None:
        _hasher.hash(password)  # same work as a real check, so timing does not reveal who exists
        raise refused
    try:
        _hasher.verify(row["password_hash"], password)
    except (VerificationError, InvalidHashError):
        raise refused from None
    if not row["active"]:
        raise SignInFailed(f"Akun '{row['username']}' dinonaktifkan. Hubungi admin kantor ini.")
    if _hasher.check_needs_rehash(row["password_hash"]):  # parameters were raised since it was set
        with transaction(conn):
            conn.execute("UPDATE users SET password_hash = ? WHERE username = ?",
                         (_hasher.hash(password), row["username"]))
    return User(row["username"], row["nama"], row["role"], True)


def change_password(conn: sqlite3.Connection, username: str, old: str, new: str) -> None:
    """A user changes their own password (the old one proves it is them)."""
    user = verify(conn, username, old)
    _check_password(new, user.username)
    with transaction(conn):
        _set_password(conn, user.username, new)
        _audit(conn, "sandi_diubah", {"pengguna": user.username}, user.username)


def reset_password(conn: sqlite3.Connection, actor: str, username: str, new: str) -> None:
    """An admin sets a new password for someone who forgot theirs."""
    with transaction(conn):
        require(conn, actor, "pengguna")
        user = get(conn, username)
        _check_password(new, user.username)
        _set_password(conn, user.username, new)
        _audit(conn, "sandi_direset", {"pengguna": user.username}, actor)


def set_active(conn: sqlite3.Connection, actor: str, username: str, active: bool) -> None:
    """Disable (or enable again) an account; users are never deleted, their names stay in the log."""
    with transaction(conn):
        require(conn, actor, "pengguna")
        user = get(conn, username)
        if not active and user.role == ADMIN and _active_admins(conn) <= 1 and user.active:
            raise UserError("Ini admin aktif terakhir. Buat admin lain dulu sebelum menonaktifkannya.")
        conn.execute("UPDATE users SET active = ? WHERE username = ?", (int(active), user.username))
        _audit(conn, "pengguna_diaktifkan" if active else "pengguna_dinonaktifkan",
               {"pengguna": user.username}, actor)


def get(conn: sqlite3.Connection, username: str) -> User:
    row = conn.execute(
        "SELECT username, nama, role, active FROM users WHERE username = ?", (username.strip().lower(),)
    ).fetchone()
    if row is None:
        raise NotFound(f"Pengguna '{username}' tidak ada.")
    return User(row["username"], row["nama"], row["role"], bool(row["active"]))


def all_users(conn: sqlite3.Connection) -> list[User]:
    rows = conn.execute("SELECT username, nama, role, active FROM users ORDER BY username")
    return [User(r["username"], r["nama"], r["role"], bool(r["active"])) for r in rows]


def require(conn: sqlite3.Connection, actor: "str | User", permission: str) -> None:
    """Refuse (NotPermitted, nothing changed) unless `actor` may do `permission` (or has that role).

    Core write functions call this with their `user` argument before writing.
    """
    name = actor.username if isinstance(actor, User) else actor
    if name == ledger.SYSTEM_USER:
        return
    try:
        user = get(conn, name)
    except NotFound:
        raise NotPermitted(f"Pengguna '{name}' tidak terdaftar di kantor ini; tindakan ditolak.") from None
    if not user.active:
        raise NotPermitted(f"Akun '{name}' dinonaktifkan; tindakan ditolak.")
    allowed = user.role == permission if permission in ROLES else user.may(permission)
    if not allowed:
        what = PERMISSION_LABELS.get(permission, f"bertindak sebagai {permission}")
        raise NotPermitted(
            f"Pengguna '{name}' ({ROLE_LABELS[user.role]}) tidak berwenang {what}. "
            "Minta admin kantor ini melakukannya atau mengubah peran Anda."
        )


def require_for_output(conn: sqlite3.Connection, actor: "str | User", permission: str, *, unmask_nik: bool) -> None:
    """A paper or a file: `permission` ("cetak", "ekspor"), and "buka_nik" too when it shows whole NIKs."""
    require(conn, actor, permission)
    if unmask_nik:
        require(conn, actor, "buka_nik")


def ensure_demo_admin(conn: sqlite3.Connection) -> User:
    """The demo's own admin (random password: the demo signs in by itself, no one types it)."""
    with transaction(conn):
        if not conn.execute("SELECT 1 FROM users WHERE username = ?", (DEMO_ADMIN,)).fetchone():
            _insert(conn, DEMO_ADMIN, secrets.token_urlsafe(24), ADMIN, "Admin Demo", actor=ledger.SYSTEM_USER)
    return get(conn, DEMO_ADMIN)


def _valid_username(username: str) -> str:
    username = username.strip().lower()
    if not USERNAME_PATTERN.match(username) or username == ledger.SYSTEM_USER:
        raise InvalidInput(
            "Nama pengguna harus 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda minus, "
            f"diawali huruf atau angka, dan bukan '{ledger.SYSTEM_USER}'. Contoh: budi.santoso"
        )
    return username


def _check_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"Kata sandi terlalu pendek: paling sedikit {MIN_PASSWORD} karakter.")
    if password.strip().lower() == username:
        raise InvalidInput("Kata sandi tidak boleh sama dengan nama pengguna.")


def _set_password(conn, username: str, password: str) -> None:
    conn.execute("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE username = ?",
                 (_hasher.hash(password), now_utc(), username))


def _active_admins(conn) -> int:
    return conn.execute("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1").fetchone()[0]


def _audit(conn, kind: str, details: dict, actor: str) -> None:
    """User management goes into the audit trail when the office is set up (the log needs an office)."""
    if conn.execute("SELECT 1 FROM office WHERE id = 1").fetchone():
        audit.record(conn, kind, details, actor)
