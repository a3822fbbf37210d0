"""The audit trail: recording what people did that is not a card move, and reading the whole log.

`record()` writes an `audit_<kind>` event (unmasking NIK, an export, a print, a backup, a restore, user
management) into the same hash-chained log as the card events; its projection does nothing. The
*Riwayat* page and `export_audit` read every event through `AuditFilter` → ids → rows, as the card
table does with `search.CardFilter`: the view holds only ids and fetches a screenful at a time.
"""

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timezone

from desktop.core import ledger
from desktop.core import nik as nik_rules
from desktop.core.db import transaction
from desktop.core.errors import InvalidInput
from desktop.core.ledger import NewEvent
from desktop.core.projection import AUDIT_PREFIX
from desktop.core.states import EVENT_LABELS, RETURN_REASONS

KIND_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,40}$")
NIK_IN_TEXT = re.compile(r"(?<!\d)(\d{6})\d{6}(\d{4})(?!\d)")
MASKED = r"\1******\2"

AUDIT_LABELS = {
    "nik_dibuka": "NIK lengkap ditampilkan",
    "ekspor": "Ekspor data",
    "cetak": "Cetak dokumen",
    "cadangan": "Cadangan dibuat",
    "pulih": "Dipulihkan dari cadangan",
    "masuk": "Masuk",
    "pengguna_dibuat": "Pengguna dibuat",
    "pengguna_diaktifkan": "Pengguna diaktifkan",
    "pengguna_dinonaktifkan": "Pengguna dinonaktifkan",
    "sandi_diubah": "Kata sandi diubah",
    "sandi_direset": "Kata sandi direset admin",
}


def record(conn: sqlite3.Connection, kind: str, details: dict, user: str, *, kpj: str | None = None,
           nik: str | None = None, on: date | None = None) -> int:
    """Write one audit event `audit_<kind>` and return its id. Details must be JSON-serialisable.

    Call it in the same transaction as the work it witnesses when there is one (it nests), so the
    record and the work stand or fall together. Put the NIK/KPJ concerned in `nik`/`kpj` (not in
    `details`) so the Riwayat filter finds it.
    """
    if not KIND_PATTERN.match(kind):
        raise InvalidInput(f"Jenis catatan audit '{kind}' tidak sah (huruf kecil, angka, garis bawah).")
    event = NewEvent(f"{AUDIT_PREFIX}{kind}", (on or date.today()).isoformat(), kpj=kpj, nik=nik,
                     payload=dict(details))
    with transaction(conn):
        return ledger.append(conn, [event], user=user)[0]


def type_label(event_type: str) -> str:
    if event_type.startswith(AUDIT_PREFIX):
        kind = event_type[len(AUDIT_PREFIX):]
        return AUDIT_LABELS.get(kind, kind.replace("_", " ").capitalize())
    return EVENT_LABELS.get(event_type, event_type.replace("_", " ").capitalize())


@dataclass
class AuditFilter:
    user: str | None = None
    date_from: date | None = None  # recorded on or after (local date)
    date_to: date | None = None  # recorded on or before (local date)
    text: str = ""  # KPJ, NIK (whole or start), a name, or a document number
    type: str | None = None  # an event type, or "audit" for every audit event


# column key -> SQL to sort by; every order ends on e.id so paging is stable.
SORT_SQL = {
    "id": "e.id",
    "waktu": "e.recorded_at",
    "tanggal": "e.occurred_on",
    "pengguna": "e.user COLLATE NOCASE",
    "kantor": "e.office",
    "jenis": "e.type",
    "kpj": "e.kpj",
    "nik": "e.nik",
    "dokumen": "e.doc_no",
}


def where(f: AuditFilter) -> tuple[str, dict]:
    clauses, params = [], {}
    if f.user:
        clauses.append("e.user = :user")
        params["user"] = f.user
    if f.date_from:
        clauses.append("e.recorded_at >= :t0")
        params["t0"] = _utc_start(f.date_from)
    if f.date_to:
        clauses.append("e.recorded_at < :t1")
        params["t1"] = _utc_start(date.fromordinal(f.date_to.toordinal() + 1))
    if f.type == "audit":
        clauses.append("e.type LIKE 'audit\\_%' ESCAPE '\\'")
    elif f.type:
        clauses.append("e.type = :type")
        params["type"] = f.type
    text = f.text.strip()
    if text:
        clause, more = _text_clause(text)
        clauses.append(clause)
        params.update(more)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _utc_start(day: date) -> str:
    """Midnight of `day` on this PC's clock, as the UTC text `recorded_at` is stored in."""
    local_midnight = datetime.combine(day, time.min).astimezone()
    return local_midnight.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def _text_clause(text: str) -> tuple[str, dict]:
    """A person's whole history: their NIK's events and their card's, whichever number is typed."""
    digits = re.sub(r"[\s.\-']", "", text)
    if digits.isdigit():
        upper = digits[:-1] + chr(ord(digits[-1]) + 1)
        return (
            "((e.nik >= :lo AND e.nik < :hi) OR (e.kpj >= :lo AND e.kpj < :hi) "
            "OR e.kpj IN (SELECT c.kpj FROM cards c JOIN peserta p ON p.id = c.peserta_id "
            "             WHERE p.nik >= :lo AND p.nik < :hi) "
            "OR e.nik IN (SELECT p.nik FROM cards c JOIN peserta p ON p.id = c.peserta_id "
            "             WHERE c.kpj >= :lo AND c.kpj < :hi) "
            "OR e.doc_no = :text)"
        ), {"lo": digits, "hi": upper, "text": text}
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return "0", {}
    match = " ".join(f'"{w}"*' for w in words)
    people = "SELECT rowid FROM peserta_fts WHERE peserta_fts MATCH :match"
    return (
        f"(e.nik IN (SELECT nik FROM peserta WHERE id IN ({people})) "
        f"OR e.kpj IN (SELECT c.kpj FROM cards c WHERE c.peserta_id IN ({people})) "
        "OR e.doc_no = :text OR e.user = :text)"
    ), {"match": match, "text": text}


def ids(conn: sqlite3.Connection, f: AuditFilter, *, sort: str = "id", descending: bool = True,
        limit: int | None = None) -> list[int]:
    """Event ids matching `f`, newest first by default."""
    sql_where, params = where(f)
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT e.id FROM events e{sql_where} ORDER BY {SORT_SQL[sort]} {direction}, e.id {direction}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [r[0] for r in conn.execute(sql, params)]


ROW_SQL = (
    "SELECT e.id, e.office, e.seq, e.type, e.kpj, e.nik, e.from_state, e.to_state, e.from_custodian, "
    "e.to_custodian, e.occurred_on, e.recorded_at, e.user, e.doc_no, e.payload "
    "FROM events e WHERE e.id IN ({marks})"
)


def rows(conn: sqlite3.Connection, event_ids: list[int]) -> dict[int, dict]:
    """Display rows (NIK masked, local time, labels) of the given events, by id."""
    if not event_ids:
        return {}
    found = conn.execute(ROW_SQL.format(marks=",".join("?" * len(event_ids))), event_ids).fetchall()
    names = referenced_names(conn, [r["payload"] for r in found])
    holders = holder_names(conn, [c for r in found for c in (r["from_custodian"], r["to_custodian"]) if c])
    return {r["id"]: display(r, names, holders) for r in found}


def display(r: sqlite3.Row, names: dict[str, str] | None = None, holders: dict[str, str] | None = None) -> dict:
    holders = holders or {}
    moved = (f"{holders.get(r['from_custodian'], r['from_custodian'] or '–')} → "
             f"{holders.get(r['to_custodian'], r['to_custodian'])}") if r["to_custodian"] else ""
    return {
        "id": r["id"], "waktu": local_time(r["recorded_at"]), "tanggal": r["occurred_on"],
        "pengguna": r["user"], "kantor": f"{r['office']} #{r['seq']}", "type": r["type"],
        "jenis": type_label(r["type"]), "kpj": r["kpj"] or "",
        "nik": nik_rules.mask(r["nik"]) if r["nik"] else "", "perpindahan": moved,
        "dokumen": r["doc_no"] or "", "rincian": details_text(r["payload"], names, doc_no=r["doc_no"] or ""),
    }


def local_time(recorded_at: str) -> str:
    return datetime.fromisoformat(recorded_at).astimezone().strftime("%Y-%m-%d %H:%M:%S")


# Payload keys that are English or cryptic in the stored events (their names stay: they are in the hash
# chain and in sync files), written the way the rest of the Rincian column reads.
DETAIL_KEYS = {"reason": "alasan", "kind": "jenis", "delivery": "kiriman", "nama_wakil": "nama wakil",
               "nik_wakil": "NIK wakil", "diterima_oleh": "diterima oleh", "tidak_ada": "tidak ada",
               "ahli_waris": "ahli waris", "tanggal_meninggal": "tanggal meninggal", "undoes": "membatalkan",
               "since": "sejak"}
OWN_ID = "uuid"  # a programme's or a delivery's own id: the row names it by its name or number already
# Keys holding another record's uuid, and how to find what a clerk knows that record by (its number, its
# name, the step a correction undid). The uuid itself stays in the stored event; the summary leaves it out.
REFERENCES = {
    "delivery": "SELECT uuid, no FROM deliveries WHERE uuid IN ({marks})",
    "program": "SELECT uuid, nama FROM programs WHERE uuid IN ({marks})",
    "undoes": "SELECT uuid, type, occurred_on FROM events WHERE uuid IN ({marks})",
}
LEADING = (*REFERENCES, "reason")  # shown first (what the step concerns, why); the rest as stored


def holder_names(conn: sqlite3.Connection, custodians: list[str]) -> dict[str, str]:
    """Region code -> its name, for the holders of a card (an office, a desa); 'peserta' stays as it is."""
    codes = sorted(set(custodians))
    found = conn.execute(f"SELECT kode, nama FROM regions WHERE kode IN ({','.join('?' * len(codes))})", codes)
    return dict(found.fetchall())


def referenced_names(conn: sqlite3.Connection, payloads: list[str]) -> dict[str, str]:
    """uuid -> what a clerk recognises, for the records these payloads refer to (one query per kind)."""
    wanted: dict[str, set[str]] = {key: set() for key in REFERENCES}
    for payload in payloads:
        if not any(f'"{key}"' in payload for key in REFERENCES):
            continue  # most events refer to nothing: skip parsing them
        data = _parsed(payload)
        for key, found in wanted.items():
            if isinstance(data.get(key), str):
                found.add(data[key])
    names = {}
    for key, uuids in wanted.items():
        if uuids:
            sql = REFERENCES[key].format(marks=",".join("?" * len(uuids)))
            for row in conn.execute(sql, sorted(uuids)):
                names[row[0]] = row[1] if key != "undoes" else f"{type_label(row[1])} ({row[2]})"
    return names


def _parsed(payload: str) -> dict:
    try:
        data = json.loads(payload)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def details_text(payload: str, names: dict[str, str] | None = None, *, doc_no: str = "") -> str:
    """The payload as short 'key: value' text; NIKs inside it are masked too.

    Ids are no help to a clerk: a record's own uuid is left out, a reference to another record shows
    what `names` (from referenced_names) calls it, or is left out when it is not known here. A value
    that repeats the row's document number (`doc_no`, a column of its own) is left out too.
    """
    data = _parsed(payload)
    if not data and payload.strip() not in ("{}", ""):
        return payload
    parts = []
    for key, value in sorted(_entries(data), key=lambda item: item[0] not in LEADING):  # what it is about first
        if key in REFERENCES:
            value = (names or {}).get(value) if isinstance(value, str) else None
        if value in (None, "", [], {}) or key == OWN_ID or (doc_no and value == doc_no):
            continue
        if key == "reason":
            value = RETURN_REASONS.get(value, value)
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        name = DETAIL_KEYS.get(key, key.replace("_", " "))
        parts.append(f"{name}: {NIK_IN_TEXT.sub(MASKED, text)}")
    return "; ".join(parts)


def _entries(data: dict):
    """The payload's keys and values, a record carried inside it (the person a card registration brings
    along) as its own keys: read like that person's own event, not as a block of JSON."""
    for key, value in data.items():
        if isinstance(value, dict):
            yield from value.items()
        else:
            yield key, value


RECENT_TYPES_WINDOW = 10_000


def event_types(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(type, label) for the filter's list: every type this version writes, and any other type among the
    newest events (a newer office's, via sync). A DISTINCT over the whole log would read millions of rows
    each time the Riwayat page opens; the known types need no reading at all."""
    known = {*EVENT_LABELS, *(AUDIT_PREFIX + kind for kind in AUDIT_LABELS)}
    recent = conn.execute("SELECT DISTINCT type FROM events WHERE id > (SELECT coalesce(max(id), 0) FROM events) - ?",
                          (RECENT_TYPES_WINDOW,))
    return sorted(((t, type_label(t)) for t in known | {r[0] for r in recent}), key=lambda item: item[0])


def user_names(conn: sqlite3.Connection) -> list[str]:
    """Everyone who wrote an event here (including users of other offices, via sync)."""
    return [r[0] for r in conn.execute("SELECT DISTINCT user FROM events ORDER BY user COLLATE NOCASE")]
