"""This office's keys and fingerprint, the public identity file, and the roster of other offices.

Where the private keys live, and why: in a file beside the database (`<db>-kunci-kantor.txt`, mode
0600), not in the database. A database travels (backups, a copy sent for help, the demo); the keys
must not travel with it. The file is also a standard age identity file, so an administrator can open a
sync file with `age -d -i <that file>`: the Ed25519 signing key rides on a comment line, which age
ignores. The database records the public keys and the fingerprint, so a swapped or lost key file is
noticed instead of silently replaced (enrolled offices have pinned the old keys). Back the key file up
with the database.
"""

import base64
import hashlib
import json
import os
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from desktop.core import ledger, users
from desktop.core import office as office_module
from desktop.core.db import transaction
from desktop.core.errors import InvalidInput, UserError
from desktop.core.ledger import now_utc

KEY_FILE_SUFFIX = "-kunci-kantor.txt"
IDENTITY_FORMAT = "serahkartu-identitas"
_SIGNING_LINE = "# serahkartu-ed25519: "


class SyncRefused(UserError):
    """A sync or identity file that must not be used; nothing was changed."""


@dataclass(frozen=True)
class PublicIdentity:
    kode: str
    kind: str
    nama: str
    kabupaten_kode: str
    sign_key: str  # Ed25519 public key, base64
    age_recipient: str  # "age1…"

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_key, self.age_recipient)

    def as_dict(self) -> dict:
        return asdict(self)

    def verify(self, data: bytes, signature_b64: str) -> bool:
        try:
            key = Ed25519PublicKey.from_public_bytes(base64.b64decode(self.sign_key))
            key.verify(base64.b64decode(signature_b64), data)
        except (InvalidSignature, ValueError, TypeError):
            return False
        return True


@dataclass(frozen=True)
class PrivateIdentity:
    public: PublicIdentity
    signing: Ed25519PrivateKey
    age: x25519.Identity

    def sign(self, data: bytes) -> str:
        return base64.b64encode(self.signing.sign(data)).decode("ascii")


def fingerprint(sign_key: str, age_recipient: str) -> str:
    """20 digits in groups of 4, easy to read aloud on the phone: '4821 0937 1164 5502 8813'."""
    digest = hashlib.sha256(b"serahkartu-sidik-jari-1\0" + base64.b64decode(sign_key) + age_recipient.encode())
    digits = f"{int.from_bytes(digest.digest()[:10], 'big') % 10**20:020d}"
    return " ".join(digits[i:i + 4] for i in range(0, 20, 4))


def same_fingerprint(typed: str, actual: str) -> bool:
    """Compare what a person typed (spaces, dashes, dots as they like) with the real fingerprint."""
    return "".join(c for c in typed if c.isdigit()) == "".join(c for c in actual if c.isdigit())


def key_path(conn: sqlite3.Connection) -> Path:
    """The private key file beside this connection's database file."""
    row = next((r for r in conn.execute("PRAGMA database_list") if r[1] == "main"), None)
    if row is None or not row[2]:
        raise UserError("Basis data ini tidak berupa berkas, jadi kunci kantor tidak dapat disimpan.")
    db_file = Path(row[2])
    return db_file.with_name(db_file.stem + KEY_FILE_SUFFIX)


def ensure(conn: sqlite3.Connection) -> PublicIdentity:
    """Create this office's keys if it has none yet; return its public identity.

    Called by `init` (commands/setup.run_init) and by the GUI's first-run page right after
    `office.init_office`. Safe to call again: an office that has keys keeps them. Refuses (UserError)
    when the database records keys but the key file beside it is missing or belongs to another office.
    """
    office = office_module.require(conn)
    recorded = conn.execute("SELECT fingerprint FROM office WHERE id = 1").fetchone()[0]
    if recorded:
        return load(conn).public
    path = key_path(conn)
    if path.exists():
        raise UserError(
            f"Sudah ada berkas kunci {path} yang tidak tercatat di basis data ini. Pindahkan berkas itu "
            "(mungkin milik basis data lain) lalu coba lagi."
        )
    signing, age_identity = Ed25519PrivateKey.generate(), x25519.Identity.generate()
    public = _public_of(office, signing, age_identity)
    _write_key_file(path, public, signing, age_identity)
    with transaction(conn):
        conn.execute(
            "UPDATE office SET sign_key = ?, age_recipient = ?, fingerprint = ? WHERE id = 1",
            (public.sign_key, public.age_recipient, public.fingerprint),
        )
    return public


def _public_of(office, signing: Ed25519PrivateKey, age_identity: x25519.Identity) -> PublicIdentity:
    sign_key = base64.b64encode(signing.public_key().public_bytes_raw()).decode("ascii")
    return PublicIdentity(office.kode, office.kind, office.nama, office.kabupaten_kode, sign_key,
                          str(age_identity.to_public()))


def _write_key_file(path: Path, public: PublicIdentity, signing: Ed25519PrivateKey, age_identity) -> None:
    text = (
        f"# SerahKartu: kunci rahasia {public.nama} ({public.kode}). JANGAN dibagikan; cadangkan bersama "
        "basis data.\n"
        f"# Membuka berkas sinkronisasi: age -d -i {path.name} BERKAS.age\n"
        f"# created: {now_utc()}\n"
        f"# public key: {public.age_recipient}\n"
        f"# sidik jari: {public.fingerprint}\n"
        f"{_SIGNING_LINE}{base64.b64encode(signing.private_bytes_raw()).decode('ascii')}\n"
        f"{age_identity}\n"
    )
    # O_EXCL: never overwrite a key file; 0600: only this user may read it.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def load(conn: sqlite3.Connection) -> PrivateIdentity:
    """This office's private identity, checked against the public keys the database records."""
    office = office_module.require(conn)
    if not conn.execute("SELECT fingerprint FROM office WHERE id = 1").fetchone()[0]:
        ensure(conn)  # an office set up before sync existed gets its keys on first use
    row = conn.execute("SELECT sign_key, age_recipient, fingerprint FROM office WHERE id = 1").fetchone()
    path = key_path(conn)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        signing = Ed25519PrivateKey.from_private_bytes(
            base64.b64decode(next(x for x in lines if x.startswith(_SIGNING_LINE))[len(_SIGNING_LINE):]))
        age_identity = x25519.Identity.from_str(next(x for x in lines if x.startswith("AGE-SECRET-KEY-")))
    except FileNotFoundError as exc:
        raise UserError(
            f"Berkas kunci kantor {path} tidak ada. Pulihkan berkas itu dari cadangan; tanpa kunci itu "
            "kantor ini tidak dapat menerima atau mengirim berkas sinkronisasi."
        ) from exc
    except Exception as exc:  # unreadable in any way: say so, never guess
        raise UserError(f"Berkas kunci kantor {path} rusak ({exc}). Pulihkan dari cadangan.") from exc
    public = _public_of(office, signing, age_identity)
    if public.fingerprint != row["fingerprint"]:
        raise UserError(
            f"Berkas kunci {path} bukan milik kantor ini (sidik jari {public.fingerprint}, seharusnya "
            f"{row['fingerprint']}). Pulihkan berkas kunci yang benar dari cadangan."
        )
    return PrivateIdentity(public, signing, age_identity)


def public_identity(conn: sqlite3.Connection) -> PublicIdentity:
    return load(conn).public


def identity_file_bytes(me: PrivateIdentity) -> bytes:
    """The public identity file: the office's public keys, signed with its own key (proof of possession)."""
    body = json.dumps(me.public.as_dict(), ensure_ascii=False, sort_keys=True)
    document = {"format": IDENTITY_FORMAT, "versi": 1, "kantor": me.public.as_dict(),
                "tanda_tangan": me.sign(body.encode("utf-8"))}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_identity_file(path: Path) -> PublicIdentity:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        if document.get("format") != IDENTITY_FORMAT:
            raise ValueError("format")
        if document.get("versi", 1) > 1:
            raise SyncRefused("Berkas identitas ini dibuat oleh SerahKartu versi yang lebih baru. "
                              "Perbarui SerahKartu di kantor ini lalu coba lagi.")
        found = PublicIdentity(**{k: document["kantor"][k] for k in PublicIdentity.__dataclass_fields__})
    except SyncRefused:
        raise
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise SyncRefused(
            f"{Path(path).name} bukan berkas identitas kantor SerahKartu yang utuh. Minta kantor itu "
            "membuat ulang berkas identitasnya (Sinkronisasi → Simpan identitas)."
        ) from exc
    body = json.dumps(found.as_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8")
    if not found.verify(body, document.get("tanda_tangan", "")):
        raise SyncRefused(f"Tanda tangan berkas identitas {Path(path).name} tidak sah: berkas itu diubah. "
                          "Minta berkas baru dari kantor itu.")
    return found


def require_fingerprint(found: PublicIdentity, typed: str | None, what: str) -> None:
    """Refuse until a person has compared the fingerprint with the other office and typed it in."""
    if not typed:
        # 'kabupaten' + 'Kabupaten Kaur' would say the word twice; the office's own name says what it is.
        who = found.nama if found.nama.lower().startswith(what.lower()) else f"{what} {found.nama}"
        raise SyncRefused(
            f"Sidik jari {who} ({found.kode}) adalah {found.fingerprint}. Cocokkan dengan "
            "kantor itu (telepon atau surat), lalu ulangi dengan --fingerprint \"" + found.fingerprint + "\"."
        )
    if not same_fingerprint(typed, found.fingerprint):
        raise SyncRefused(
            f"Sidik jari tidak cocok: berkas ini bersidik jari {found.fingerprint}, bukan {typed}. Jangan "
            f"dipakai: berkas ini mungkin bukan dari {found.nama}. Tidak ada yang diubah."
        )


def enroll(conn: sqlite3.Connection, path: Path, typed_fingerprint: str | None, *,
           user: str = ledger.SYSTEM_USER) -> PublicIdentity:
    """The district adds a kecamatan office to its roster after the fingerprints were compared."""
    users.require(conn, user, "sinkron")
    me = office_module.require(conn)
    if not me.is_district:
        raise InvalidInput("Hanya kantor kabupaten yang mendaftarkan kantor kecamatan.")
    found = read_identity_file(path)
    if found.kind != "kecamatan" or found.kabupaten_kode != me.kode:
        raise SyncRefused(f"{found.nama} ({found.kode}) bukan kantor kecamatan di {me.nama}.")
    require_fingerprint(found, typed_fingerprint, "kantor")
    existing = conn.execute("SELECT fingerprint, revoked_at FROM offices WHERE kode = ?", (found.kode,)).fetchone()
    if existing and existing["fingerprint"] not in (None, found.fingerprint) and not existing["revoked_at"]:
        raise SyncRefused(
            f"{found.nama} sudah terdaftar dengan kunci lain (sidik jari {existing['fingerprint']}). Bila "
            "komputer kantor itu diganti, cabut dulu pendaftarannya (sync revoke) lalu daftarkan lagi."
        )
    with transaction(conn):
        save_office(conn, found, revoked_at=None)
    return found


def save_office(conn: sqlite3.Connection, found: PublicIdentity, *, revoked_at: str | None) -> None:
    """Add or update one office of the roster (its keys and whether it is revoked)."""
    conn.execute(
        "INSERT INTO offices (kode, kind, nama, kabupaten_kode, sign_key, age_recipient, fingerprint, "
        "enrolled_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kode) DO UPDATE SET "
        "kind = excluded.kind, nama = excluded.nama, kabupaten_kode = excluded.kabupaten_kode, "
        "sign_key = excluded.sign_key, age_recipient = excluded.age_recipient, "
        "fingerprint = excluded.fingerprint, revoked_at = excluded.revoked_at",
        (found.kode, found.kind, found.nama, found.kabupaten_kode, found.sign_key, found.age_recipient,
         found.fingerprint, now_utc(), revoked_at),
    )


def revoke(conn: sqlite3.Connection, kode: str, *, user: str = ledger.SYSTEM_USER) -> PublicIdentity:
    """The district stops trusting a kecamatan office (a stolen PC): its files are refused from now on."""
    users.require(conn, user, "sinkron")
    if not office_module.require(conn).is_district:
        raise InvalidInput("Hanya kantor kabupaten yang mencabut pendaftaran kantor kecamatan.")
    found = known_office(conn, kode)
    with transaction(conn):
        conn.execute("UPDATE offices SET revoked_at = ? WHERE kode = ?", (now_utc(), kode))
    return found


def known_office(conn: sqlite3.Connection, kode: str, *, allow_revoked: bool = True) -> PublicIdentity:
    row = conn.execute("SELECT * FROM offices WHERE kode = ? AND sign_key IS NOT NULL", (kode,)).fetchone()
    if row is None:
        raise SyncRefused(
            f"Kantor {kode} belum terdaftar di kantor ini. Daftarkan dulu berkas identitasnya "
            "(sync enroll) setelah sidik jarinya dicocokkan."
        )
    if row["revoked_at"] and not allow_revoked:
        raise SyncRefused(
            f"Pendaftaran {row['nama']} ({kode}) sudah dicabut pada {row['revoked_at'][:10]}. Berkas dari "
            "atau untuk kantor itu tidak diterima. Daftarkan ulang bila kantor itu sudah aman."
        )
    return PublicIdentity(row["kode"], row["kind"], row["nama"], row["kabupaten_kode"], row["sign_key"],
                          row["age_recipient"])


def roster(conn: sqlite3.Connection) -> list[dict]:
    """The district's roster as it travels in every district file."""
    rows = conn.execute(
        "SELECT kode, kind, nama, kabupaten_kode, sign_key, age_recipient, revoked_at FROM offices "
        "WHERE kind = 'kecamatan' AND sign_key IS NOT NULL ORDER BY kode"
    )
    return [dict(r) for r in rows]
