"""What one office sends another: its own events since the other last acknowledged them (cumulative).

district → kecamatan: the district's events for that kecamatan (events.kecamatan_kode) and every
programme event, plus the roster and the district's public keys. kecamatan → district: all its own
events. Both carry an acknowledgement: how far the sender holds the recipient's events. A lost stick
repairs itself: the next file starts again from the last acknowledgement.
"""

import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.core import ledger, users
from desktop.core import office as office_module
from desktop.core.db import transaction
from desktop.core.office import Office
from desktop.core.progress import ProgressFn
from desktop.core.sync import envelope, identity
from desktop.core.sync.identity import PublicIdentity, SyncRefused

COLUMNS = (*ledger.HASHED_COLUMNS, "hash")
SHARED_TYPES = ("program_disimpan",)  # district events every kecamatan receives


@dataclass
class ExportResult:
    path: str
    to: str
    to_nama: str
    nomor: int
    events: int
    after: int
    upto: int
    bytes: int

    def as_dict(self) -> dict:
        return asdict(self)


def recipient(conn: sqlite3.Connection, me: Office, to_kode: str) -> PublicIdentity:
    """The office a file may go to: an enrolled kecamatan (from the district), or the pinned district."""
    if me.is_district:
        found = identity.known_office(conn, to_kode, allow_revoked=False)
        if found.kind != "kecamatan":
            raise SyncRefused(f"{found.nama} bukan kantor kecamatan di roster kabupaten ini.")
        return found
    if to_kode != me.kabupaten_kode:
        raise SyncRefused(
            f"Kantor kecamatan hanya bertukar berkas dengan kabupatennya ({me.kabupaten_kode}), bukan {to_kode}."
        )
    row = conn.execute("SELECT 1 FROM offices WHERE kode = ? AND sign_key IS NOT NULL", (to_kode,)).fetchone()
    if row is None:
        raise SyncRefused(
            "Kantor ini belum menerima berkas dari kabupaten, jadi kunci kabupaten belum dikenal. Impor dulu "
            "berkas pertama dari kabupaten (dan cocokkan sidik jarinya), baru kirim berkas ke kabupaten."
        )
    return identity.known_office(conn, to_kode, allow_revoked=False)


# What the district sends a kecamatan: the events with its code, and the programmes. A person whose
# kecamatan became known or changed later (a desa picked after import, a move) brings along the
# district's earlier events about them, and the kecamatan a person left hears of the move. Every part
# is found through an index (a district holds millions of events); an event sent twice is skipped.
_TOUCHED = """SELECT d.nik FROM events d WHERE d.office = :me AND d.type = 'peserta_diubah' AND d.seq > :acked
    AND EXISTS (SELECT 1 FROM events x WHERE x.nik = d.nik AND x.office = :me AND x.kecamatan_kode = :to)"""
_MOVED_IN = """SELECT nik FROM events WHERE office = :me AND type = 'peserta_diubah' AND seq > :acked
    AND +kecamatan_kode = :to"""
# The unary + keeps SQLite off the big indexes (the whole chain by office and seq, a kecamatan's events):
# the few changed people are found through the small peserta_diubah index, then by nik and kpj.
_CARDS_OF = "SELECT kpj FROM events WHERE nik IN ({}) AND type = 'kartu_didaftarkan' AND +office = :me"
_SHARED = ", ".join(repr(t) for t in SHARED_TYPES)
# Three disjoint parts, each found through an index: counting them is adding three counts.
_DISTRICT_PARTS = (
    "office = :me AND kecamatan_kode = :to AND seq > :acked",
    f"office = :me AND kecamatan_kode IS NULL AND seq > :acked AND type IN ({_SHARED})",
    f"""id IN (
        SELECT id FROM events WHERE nik IN ({_TOUCHED}) AND +office = :me AND +seq > :acked
        UNION SELECT id FROM events WHERE kpj IN ({_CARDS_OF.format(_TOUCHED)}) AND +office = :me AND +seq > :acked
        UNION SELECT id FROM events WHERE nik IN ({_MOVED_IN}) AND +office = :me AND +seq <= :acked
        UNION SELECT id FROM events WHERE kpj IN ({_CARDS_OF.format(_MOVED_IN)}) AND +office = :me
            AND +seq <= :acked)
    AND kecamatan_kode IS NOT :to AND NOT (kecamatan_kode IS NULL AND type IN ({_SHARED}))""",
)


def _pending_parts(me: Office, to_kode: str, acked: int) -> tuple[tuple[str, ...], dict]:
    params = {"me": me.kode, "acked": acked, "to": to_kode}
    if me.is_district:
        return _DISTRICT_PARTS, params
    return ("office = :me AND seq > :acked",), params


def waiting(conn: sqlite3.Connection, me: Office, to_kode: str) -> int:
    """How many of our events the next file to `to_kode` would carry (not yet acknowledged there)."""
    acked = conn.execute("SELECT acked_through FROM offices WHERE kode = ?", (to_kode,)).fetchone()
    parts, params = _pending_parts(me, to_kode, acked[0] if acked else 0)
    return sum(conn.execute(f"SELECT count(*) FROM events WHERE {part}", params).fetchone()[0] for part in parts)


def build_content(conn: sqlite3.Connection, me: identity.PrivateIdentity, office: Office,
                  to: PublicIdentity, nomor: int) -> dict:
    peer = conn.execute("SELECT acked_through, held_through, last_in_nomor FROM offices WHERE kode = ?",
                        (to.kode,)).fetchone()
    parts, params = _pending_parts(office, to.kode, peer["acked_through"])
    select = f"SELECT {', '.join(COLUMNS)} FROM events WHERE "
    rows = conn.execute(" UNION ALL ".join(select + part for part in parts) + " ORDER BY seq", params)
    content = {
        "format": envelope.FORMAT, "versi": envelope.VERSION, "dari": me.public.as_dict(), "untuk": to.kode,
        "nomor": nomor, "dibuat": ledger.now_utc(),
        # How far we hold the recipient's events: the recipient's next file starts after this.
        "tanda_terima": peer["held_through"],
        # The last file we took from the recipient: after a restore from backup it learns to number on.
        "nomor_diterima": peer["last_in_nomor"],
        "rentang": {"setelah": peer["acked_through"], "sampai": ledger.chain_head(conn, office.kode)[0]},
        "kolom": list(COLUMNS), "peristiwa": [list(r) for r in rows],
    }
    if office.is_district:
        content["roster"] = identity.roster(conn)
    return content


def export_file(conn: sqlite3.Connection, to_kode: str, path: str | Path, *, user: str = ledger.SYSTEM_USER,
                progress: ProgressFn | None = None) -> ExportResult:
    """Write the next sync file for `to_kode` to `path` (safely), and count it as sent."""
    users.require(conn, user, "sinkron")
    path = Path(path)
    if path.is_dir():
        raise SyncRefused(f"{path} adalah folder. Sebutkan nama berkas, mis. {path / suggested_name(conn, to_kode)}")
    me = identity.load(conn)
    office = office_module.require(conn)
    with transaction(conn):
        to = recipient(conn, office, to_kode)
        nomor = conn.execute("SELECT last_out_nomor FROM offices WHERE kode = ?", (to.kode,)).fetchone()[0] + 1
        if progress:
            progress(0, 3, "Mengumpulkan peristiwa")
        content = build_content(conn, me, office, to, nomor)
        if progress:
            progress(1, 3, "Menandatangani dan mengenkripsi")
        data = envelope.seal(content, me, to.age_recipient)
        if progress:
            progress(2, 3, "Menulis ke flashdisk")
        envelope.write_safely(path, data)
        count = len(content["peristiwa"])
        conn.execute(
            "UPDATE offices SET last_out_nomor = ?, last_out_at = ?, last_out_events = ? WHERE kode = ?",
            (nomor, content["dibuat"], count, to.kode),
        )
    rentang = content["rentang"]
    return ExportResult(str(path), to.kode, to.nama, nomor, count, rentang["setelah"], rentang["sampai"], len(data))


def identity_file(conn: sqlite3.Connection, path: str | Path, *, user: str = ledger.SYSTEM_USER) -> PublicIdentity:
    """Save this office's public identity file, which the other office enrols (`sync enroll`)."""
    users.require(conn, user, "sinkron")
    me = identity.load(conn)
    envelope.write_safely(Path(path), identity.identity_file_bytes(me))
    return me.public


def suggested_name(conn: sqlite3.Connection, to_kode: str) -> str:
    """A file name that says who it is from, for whom, and which number: sorting by name sorts by number."""
    office = office_module.require(conn)
    row = conn.execute("SELECT last_out_nomor FROM offices WHERE kode = ?", (to_kode,)).fetchone()
    nomor = (row[0] if row else 0) + 1
    return f"serahkartu-{office.kode}-ke-{to_kode}-{nomor:04d}.age"
