"""Importing a sync file: every check first, then a set union of events in one transaction.

Refused with a clear message and no change: not a sync file, tampered or truncated, not for this
office, from an unknown, revoked or unpinned office, an older file than one already imported, a newer
format. Accepted: events already held are skipped; events that continue the sender's chain are
stored and projected exactly as at their origin; a file that starts after a gap is held until the gap
fills; an event that steps a card which this office saw in another position is stored but not
projected, and goes to the review list (never merged silently).
"""

import hashlib
import json
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.core import backups, ledger, regions, users
from desktop.core import office as office_module
from desktop.core.db import transaction
from desktop.core.formatting import number, short_date
from desktop.core.office import Office
from desktop.core.states import DAFTAR, EVENT_LABELS, STATE_LABELS
from desktop.core.sync import envelope, identity
from desktop.core.sync.export import COLUMNS
from desktop.core.sync.identity import PublicIdentity, SyncRefused

APPLIED, HELD, ALREADY = "diterapkan", "ditahan", "sudah_diimpor"


@dataclass
class ImportResult:
    file: str
    dari: str
    dari_nama: str
    nomor: int
    status: str
    added: int = 0
    skipped: int = 0
    conflicts: int = 0
    released: int = 0  # files held for a gap that this file let through
    held_files: int = 0  # files from this office still waiting for a gap to fill
    pinned: bool = False

    def as_dict(self) -> dict:
        return {**asdict(self), "message": self.message}

    @property
    def message(self) -> str:
        head = f"Berkas nomor {self.nomor} dari {self.dari_nama.split(',')[0]}"
        if self.status == ALREADY:
            return f"{head} sudah pernah diimpor. Tidak ada yang berubah."
        if self.status == HELD:
            return (f"{head} dimulai setelah peristiwa yang belum diterima kantor ini, jadi disimpan dulu. "
                    "Kirim berkas sinkronisasi ke kantor itu: berkas balasannya membawa peristiwa yang kurang, "
                    "lalu berkas ini diterapkan dengan sendirinya.")
        text = f"{head} diterima: {number(self.added)} peristiwa baru, {number(self.skipped)} sudah ada."
        if self.released:
            text += f" {number(self.released)} berkas yang tertahan ikut diterapkan."
        if self.conflicts:
            text += f" {number(self.conflicts)} konflik perlu diperiksa (Sinkronisasi → Konflik)."
        return text


def import_file(conn: sqlite3.Connection, path: str | Path, *, fingerprint: str | None = None,
                user: str = ledger.SYSTEM_USER) -> ImportResult:
    users.require(conn, user, "sinkron")
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SyncRefused(f"Berkas {path} tidak dapat dibaca ({exc.strerror or exc}).") from exc
    me = identity.load(conn)
    office = office_module.require(conn)
    header, body = envelope.unseal(data, me, path.name)
    content = _parse(body, path.name)
    sender, pin = _sender(conn, office, header, content, fingerprint)
    if not sender.verify(body, header.get("tanda_tangan", "")):
        raise SyncRefused(
            f"Tanda tangan {path.name} tidak sah: isinya diubah setelah ditandatangani {sender.nama}, atau "
            "berkas ini bukan buatan kantor itu. Jangan dipakai; minta berkas baru. Tidak ada yang diubah."
        )
    if content["untuk"] != office.kode:
        raise SyncRefused(f"{path.name} ditujukan untuk kantor {content['untuk']}, bukan kantor ini "
                          f"({office.kode}). Tidak ada yang diubah.")
    result = ImportResult(str(path), sender.kode, sender.nama, content["nomor"], APPLIED, pinned=pin)
    with transaction(conn):
        if pin:
            identity.save_office(conn, sender, revoked_at=None)
        last, last_digest = conn.execute("SELECT last_in_nomor, last_in_digest FROM offices WHERE kode = ?",
                                         (sender.kode,)).fetchone()
        digest = hashlib.sha256(body).hexdigest()
        if result.nomor == last and digest == last_digest:
            result.status = ALREADY
            return result
        if result.nomor < last:
            raise SyncRefused(
                f"{path.name} adalah berkas nomor {result.nomor} dari {sender.nama}, lebih lama daripada berkas "
                f"nomor {last} yang sudah diimpor (isinya sudah tercakup berkas yang lebih baru). Berkas lama "
                "tidak diterima. Tidak ada yang diubah."
            )
        backups.before(conn, "sinkron")  # the file is new and sound: keep the database as it was before it
        if sender.kind == "kabupaten":
            _apply_roster(conn, office, content.get("roster", []))
        head = ledger.chain_head(conn, office.kode)[0]
        # Files are taken in order, so the newest acknowledgement is the truth, even when it went down
        # (the other office was restored from a backup): our next file then starts from it again.
        conn.execute("UPDATE offices SET acked_through = ?, last_out_nomor = max(last_out_nomor, ?) WHERE kode = ?",
                     (min(content["tanda_terima"], head), content.get("nomor_diterima", 0), sender.kode))
        _take_events(conn, sender, content, result)
        _release_held(conn, sender, result)
        conn.execute("UPDATE offices SET last_in_nomor = ?, last_in_at = ?, last_in_events = ?, last_in_digest = ? "
                     "WHERE kode = ?", (result.nomor, ledger.now_utc(), len(content["peristiwa"]), digest, sender.kode))
        result.held_files = conn.execute("SELECT count(*) FROM sync_held WHERE sender = ?",
                                         (sender.kode,)).fetchone()[0]
    return result


def first_contact(conn: sqlite3.Connection, path: str | Path) -> PublicIdentity | None:
    """The district as a file from it claims to be, when this kecamatan has not pinned the district yet:
    the GUI shows its fingerprint to compare by phone before `import_file(…, fingerprint=…)`. None when
    no comparison is needed (or the file is refused anyway: `import_file` then says why)."""
    office = office_module.require(conn)
    if office.is_district or conn.execute(
            "SELECT 1 FROM offices WHERE kode = ? AND sign_key IS NOT NULL", (office.kabupaten_kode,)).fetchone():
        return None
    try:
        header, body = envelope.unseal(Path(path).read_bytes(), identity.load(conn), Path(path).name)
        claimed = _claimed(_parse(body, Path(path).name), header)
    except (OSError, SyncRefused):
        return None
    if claimed.kind != "kabupaten" or not claimed.verify(body, header.get("tanda_tangan", "")):
        return None
    return claimed


def _parse(body: bytes, name: str) -> dict:
    try:
        content = json.loads(body)
        ok = (_whole_number(content.get("nomor")) and _whole_number(content.get("tanda_terima"))
              and _whole_number(content.get("nomor_diterima", 0)) and isinstance(content.get("untuk"), str)
              and isinstance(content.get("peristiwa"), list) and isinstance(content.get("dari"), dict)
              and _whole_number(content["rentang"]["setelah"]) and _whole_number(content["rentang"]["sampai"])
              and _whole_number(content.get("versi", 0)) and isinstance(content.get("roster", []), list)
              and all(isinstance(entry, dict) for entry in content.get("roster", []))
              and all(_event_shape(values) for values in content["peristiwa"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        ok = False
    if not ok:
        raise SyncRefused(f"Isi {name} tidak utuh. Minta kantor pengirim membuat berkas baru. Tidak ada yang diubah.")
    if content.get("versi", 0) > envelope.VERSION or content.get("kolom") != list(COLUMNS):
        raise SyncRefused(f"{name} dibuat oleh SerahKartu versi yang lebih baru. Perbarui SerahKartu di kantor "
                          "ini, lalu impor lagi. Tidak ada yang diubah.")
    return content


def _whole_number(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**62


_TEXT_COLUMNS = {"uuid", "office", "type", "occurred_on", "recorded_at", "user", "payload", "prev_hash", "hash"}


def _event_shape(values) -> bool:
    """One event as a list of the expected columns: numbers where numbers go, text where text goes
    (fuzzing showed that a signed file with a dict in a column otherwise failed deep in SQLite)."""
    if not isinstance(values, list) or len(values) != len(COLUMNS):
        return False
    row = dict(zip(COLUMNS, values, strict=True))
    if not _whole_number(row["seq"]) or not all(isinstance(row[c], str) for c in _TEXT_COLUMNS if c in row):
        return False
    if not all(v is None or isinstance(v, str) for c, v in row.items() if c not in _TEXT_COLUMNS | {"seq"}):
        return False
    try:
        return isinstance(json.loads(row["payload"]), dict)
    except ValueError:
        return False


def _sender(conn, office: Office, header: dict, content: dict, typed: str | None) -> tuple[PublicIdentity, bool]:
    """The sender as this office knows it (its pinned keys), or as the file claims on first contact."""
    claimed = _claimed(content, header)
    if office.is_district:
        if claimed.kind != "kecamatan" or claimed.kabupaten_kode != office.kode:
            raise SyncRefused(f"Berkas ini dari {claimed.nama} ({claimed.kode}), bukan dari kecamatan di "
                              f"{office.nama}. Tidak ada yang diubah.")
        return identity.known_office(conn, claimed.kode, allow_revoked=False), False
    if claimed.kind != "kabupaten" or claimed.kode != office.kabupaten_kode:
        raise SyncRefused(f"Berkas ini dari {claimed.nama} ({claimed.kode}), bukan dari kabupaten kantor ini "
                          f"({office.kabupaten_kode}). Tidak ada yang diubah.")
    pinned = conn.execute("SELECT 1 FROM offices WHERE kode = ? AND sign_key IS NOT NULL", (claimed.kode,)).fetchone()
    if pinned:
        known = identity.known_office(conn, claimed.kode, allow_revoked=False)
        if typed and not identity.same_fingerprint(typed, known.fingerprint):
            raise SyncRefused(f"Sidik jari kabupaten yang tercatat di kantor ini adalah {known.fingerprint}, "
                              f"bukan {typed}. Tidak ada yang diubah.")
        return known, False
    identity.require_fingerprint(claimed, typed, "kabupaten")  # first contact: compare, then pin
    return claimed, True


def _claimed(content: dict, header: dict) -> PublicIdentity:
    claimed = _identity(content["dari"], "Isi berkas tidak menyebut pengirimnya dengan utuh. Tidak ada yang diubah.")
    if claimed.kode != header.get("pengirim"):
        raise SyncRefused("Kepala dan isi berkas menyebut pengirim yang berbeda: berkas diubah. Tidak ada yang diubah.")
    return claimed


def _identity(entry: dict, refusal: str) -> PublicIdentity:
    """An office identity as a file states it: every field text, the keys decodable."""
    try:
        found = PublicIdentity(**{k: entry[k] for k in PublicIdentity.__dataclass_fields__})
        if not all(isinstance(value, str) for value in found.as_dict().values()):
            raise TypeError("not text")
        found.fingerprint  # noqa: B018 (decodes the signing key: a damaged one is refused here)
    except (KeyError, TypeError, ValueError) as exc:
        raise SyncRefused(refusal) from exc
    return found


def _apply_roster(conn, office: Office, roster: list) -> None:
    """The district's roster: the other kecamatan offices and which of them are revoked."""
    for entry in roster:
        found = _identity(entry, "Daftar kantor dalam berkas ini tidak utuh. Tidak ada yang diubah.")
        if found.kode != office.kode:
            identity.save_office(conn, found, revoked_at=entry.get("revoked_at"))


def _take_events(conn, sender: PublicIdentity, content: dict, result: ImportResult) -> None:
    rows = [dict(zip(COLUMNS, values, strict=True)) for values in content["peristiwa"]]
    after, upto = content["rentang"]["setelah"], content["rentang"]["sampai"]
    held_through = conn.execute("SELECT held_through FROM offices WHERE kode = ?", (sender.kode,)).fetchone()[0]
    if after > held_through:
        conn.execute(
            "INSERT INTO sync_held (sender, nomor, after_seq, upto_seq, events, received_at) VALUES (?, ?, ?, ?, ?, ?)",
            (sender.kode, result.nomor, after, upto, json.dumps(content["peristiwa"], ensure_ascii=False),
             ledger.now_utc()),
        )
        result.status = HELD
        return
    _apply(conn, sender, rows, upto, result)


def _release_held(conn, sender: PublicIdentity, result: ImportResult) -> None:
    """Apply, in order, every held file whose gap is now filled."""
    while True:
        held_through = conn.execute("SELECT held_through FROM offices WHERE kode = ?", (sender.kode,)).fetchone()[0]
        held = conn.execute(
            "SELECT id, upto_seq, events FROM sync_held WHERE sender = ? AND after_seq <= ? ORDER BY after_seq, nomor "
            "LIMIT 1", (sender.kode, held_through)).fetchone()
        if held is None:
            return
        rows = [dict(zip(COLUMNS, values, strict=True)) for values in json.loads(held["events"])]
        _apply(conn, sender, rows, held["upto_seq"], result)
        conn.execute("DELETE FROM sync_held WHERE id = ?", (held["id"],))
        result.released += 1
        if result.status == HELD:
            result.status = APPLIED


def _apply(conn, sender: PublicIdentity, rows: list[dict], upto: int, result: ImportResult) -> None:
    # We hold a kecamatan's whole chain; a kecamatan holds only its own part of the district's chain.
    whole_chain = sender.kind == "kecamatan"
    head_seq, head_hash = ledger.chain_head(conn, sender.kode)
    held = dict(conn.execute("SELECT seq, hash FROM events WHERE office = ? AND seq BETWEEN ? AND ?",
                             (sender.kode, rows[0]["seq"], rows[-1]["seq"])).fetchall()) if rows else {}
    accepted: list[dict] = []  # stored and projected together, in runs (an import of thousands)
    positions: dict[str, tuple | None] = {}  # the cards as they stand after the events accepted so far
    previous = 0
    for row in rows:
        if row["office"] != sender.kode or row["seq"] <= previous:
            raise _broken(sender, row["seq"], "urutan peristiwanya kacau")
        previous = row["seq"]
        existing = held.get(row["seq"])
        if existing:
            if existing != row["hash"]:
                raise _broken(sender, row["seq"], "isinya berbeda dengan peristiwa bernomor sama yang sudah ada "
                              "(basis data kantor itu mungkin dipulihkan dari cadangan lama)")
            result.skipped += 1
            continue
        if ledger.event_hash(row) != row["hash"]:
            raise _broken(sender, row["seq"], "isinya tidak cocok dengan hash-nya")
        if whole_chain and (row["seq"] != head_seq + 1 or row["prev_hash"] != head_hash):
            raise _broken(sender, row["seq"], f"tidak menyambung ke peristiwa nomor {head_seq}")
        problem = _conflict(conn, sender, row, positions)
        if problem is None:
            accepted.append(row)
        else:
            _store(conn, sender, accepted)
            _store_conflict(conn, sender, row, problem)
            result.conflicts += 1
        result.added += 1
        head_seq, head_hash = row["seq"], row["hash"]
    _store(conn, sender, accepted)
    conn.execute("UPDATE offices SET held_through = max(held_through, ?) WHERE kode = ?", (upto, sender.kode))


def _store(conn, sender: PublicIdentity, accepted: list[dict]) -> None:
    try:
        ledger.insert_and_project_many(conn, accepted)
    except sqlite3.IntegrityError as exc:
        raise _broken(sender, accepted[0]["seq"], f"dan berikutnya tidak dapat dicatat di kantor ini ({exc})") from exc
    accepted.clear()


def _store_conflict(conn, sender: PublicIdentity, row: dict, problem: str) -> None:
    """Kept in the log (the sender's chain goes on from it) but not projected: a person decides."""
    cursor = conn.execute(ledger.INSERT_SQL, [row[c] for c in COLUMNS])
    conn.execute("INSERT INTO sync_conflicts (event_id, kpj, office, message, found_at) VALUES (?, ?, ?, ?, ?)",
                 (cursor.lastrowid, row["kpj"], sender.kode, problem, ledger.now_utc()))


def _conflict(conn, sender: PublicIdentity, row: dict, positions: dict) -> str | None:
    """Why this card step cannot follow what this office holds for the card, or None when it can."""
    kpj = row["kpj"]
    if kpj is None or row["to_state"] is None:
        return None
    if row["type"] == DAFTAR:
        positions[kpj] = (row["to_state"], row["to_custodian"])
        return None
    if kpj not in positions:
        card = conn.execute("SELECT state, custodian FROM cards WHERE kpj = ?", (kpj,)).fetchone()
        positions[kpj] = tuple(card) if card else None
    here = positions[kpj]
    if here is None:
        return f"Kartu {kpj}: {sender.nama} mencatat langkah untuk kartu yang tidak ada di kantor ini."
    if here == (row["from_state"], row["from_custodian"]):
        positions[kpj] = (row["to_state"], row["to_custodian"])
        return None
    label = EVENT_LABELS.get(row["type"], row["type"])
    there, ours = regions.label(conn, row["from_custodian"]), regions.label(conn, here[1])
    return (f"Kartu {kpj}: {sender.nama.split(',')[0]} mencatat '{label}' pada "
            f"{short_date(row['occurred_on'])} dari status "
            f"'{STATE_LABELS.get(row['from_state'], row['from_state'])}' ({there}), tetapi di kantor "
            f"ini kartu itu berstatus '{STATE_LABELS[here[0]]}' ({ours}). Periksa kedua catatan, "
            "lalu catat koreksi di kantor pemegang kartu.")


def _broken(sender: PublicIdentity, seq: int, why: str) -> SyncRefused:
    return SyncRefused(f"Peristiwa nomor {seq} dari {sender.nama} {why}. Berkas tidak diterima; tidak ada yang "
                       "diubah. Hubungi kantor itu.")
