"""The append-only event log and each office's hash chain.

Every change is an event written by `append()`, which numbers it in this office's gap-free sequence,
links it to the office's previous event by hash, and hands it to the projection in the same
transaction. Events from other offices (sync) keep their own office, number and hash.
"""

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from desktop.core import projection
from desktop.core.errors import UserError

GENESIS_HASH = "0" * 64
SYSTEM_USER = "sistem"

# The columns that an event's hash covers, in order. Changing this breaks every chain: append only.
HASHED_COLUMNS = (
    "uuid", "office", "seq", "type", "kpj", "nik", "kecamatan_kode", "from_state", "to_state",
    "from_custodian", "to_custodian", "occurred_on", "recorded_at", "user", "doc_no", "payload",
    "prev_hash",
)
ROW_COLUMNS = (*HASHED_COLUMNS, "hash")  # a stored event's columns but its id
INSERT_SQL = f"INSERT INTO events ({', '.join(ROW_COLUMNS)}) VALUES ({', '.join('?' * len(ROW_COLUMNS))})"


@dataclass
class NewEvent:
    """An event as a core function describes it; `append()` adds identity, number and hash."""

    type: str
    occurred_on: str
    kpj: str | None = None
    nik: str | None = None
    kecamatan_kode: str | None = None
    from_state: str | None = None
    to_state: str | None = None
    from_custodian: str | None = None
    to_custodian: str | None = None
    doc_no: str | None = None
    payload: dict = field(default_factory=dict)


def _json_encoder(*, sort_keys: bool):
    """Text exactly as json.dumps(o, ensure_ascii=False, separators=(",", ":"), sort_keys=…) writes it.

    json.dumps() with options builds a new encoder on every call, and JSONEncoder.encode() still builds
    the C encoder anew each time: for the 400,000 encodings of a 100,000-row import that setup costs more
    than the encoding. So the C encoder is made once here (the pure-Python one where C is missing).
    tests/core/test_ledger_batch.py checks the text against json.dumps.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    fallback = json.JSONEncoder(ensure_ascii=False, sort_keys=sort_keys, separators=(",", ":")).encode
    if make is None:
        return fallback
    try:
        encoder = make(None, fallback.__self__.default, json.encoder.encode_basestring, None, ":", ",",
                       sort_keys, False, True)
    except TypeError:  # another signature in another Python: keep the documented path
        return fallback

    def encode(value) -> str:
        return "".join(encoder(value, 0))
    return encode


_encode_hashed = _json_encoder(sort_keys=False)
_encode_payload = _json_encoder(sort_keys=True)


def event_hash(row: dict) -> str:
    canonical = _encode_hashed([row[c] for c in HASHED_COLUMNS])
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def encode_payload(payload: dict) -> str:
    return _encode_payload(payload)


def this_office(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT kode FROM office WHERE id = 1").fetchone()
    if row is None:
        raise UserError(
            "Kantor ini belum disiapkan. Jalankan 'serahkartu init --office kabupaten|kecamatan "
            "--region KODE' atau buka aplikasi untuk penyiapan awal."
        )
    return row[0]


def chain_head(conn: sqlite3.Connection, office: str) -> tuple[int, str]:
    """(last sequence number, its hash) of `office`'s chain as held here."""
    row = conn.execute(
        "SELECT seq, hash FROM events WHERE office = ? ORDER BY seq DESC LIMIT 1", (office,)
    ).fetchone()
    return (row[0], row[1]) if row else (0, GENESIS_HASH)


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def append(conn: sqlite3.Connection, events: Iterable[NewEvent], *, user: str = SYSTEM_USER) -> list[int]:
    """Write `events` as this office's next events and project them. Call inside a transaction.

    Many events (an import) are stored with one executemany and projected in runs of the same type
    (`projection.apply_batch`); the hashes and the rules are the same as one event at a time.
    """
    if not conn.in_transaction:
        raise RuntimeError("ledger.append must run inside db.transaction()")
    office = this_office(conn)
    rows, params, payloads = link(list(events), office, *chain_head(conn, office), user)
    if len(rows) < BATCH_FROM:
        return [insert_and_project(conn, row) for row in rows]
    ids = store_batch(conn, rows, params)
    projection.apply_batch(conn, list(zip(ids, rows, payloads, strict=True)))
    return ids


def link(events: list[NewEvent], office: str, seq: int, prev: str, user: str) -> tuple[list, list, list]:
    """Number `events` after `seq` and chain them from hash `prev`: (rows, their INSERT parameters, their
    payloads). Pure Python, no database: an import links the next chunk while the last one is projected."""
    recorded_at = now_utc()
    rows, params, payloads = [], [], []
    sha256, encode = hashlib.sha256, _encode_hashed
    for new, uuid in zip(events, new_uuids(len(events)), strict=True):
        seq += 1
        # In HASHED_COLUMNS order: the same list event_hash() would build from the row.
        values = [uuid, office, seq, new.type, new.kpj, new.nik, new.kecamatan_kode, new.from_state, new.to_state,
                  new.from_custodian, new.to_custodian, new.occurred_on, recorded_at, user, new.doc_no,
                  _encode_payload(new.payload), prev]
        prev = sha256(encode(values).encode("utf-8")).hexdigest()
        values.append(prev)
        params.append(values)
        rows.append(dict(zip(ROW_COLUMNS, values, strict=True)))
        payloads.append(new.payload)
    return rows, params, payloads


def new_uuids(count: int) -> list[str]:
    """`count` time-ordered UUIDs (RFC 9562 version 7) as text: the millisecond clock, 26 random bits,
    then a random 48-bit number counted up within the batch (the RFC's "monotonic random"). Unique as
    random ones are, and in the order they are made, so the unique index on events.uuid grows at its end
    instead of at 100,000 random places during a big import."""
    clock = f"{int(time.time() * 1000) & (1 << 48) - 1:012x}"
    random_a, random_b, start = (int.from_bytes(os.urandom(n), "big") for n in (2, 2, 6))
    # version 7, then the variant bits 10; the counter starts below 2^47 so it never carries over.
    prefix = f"{clock[:8]}-{clock[8:]}-7{random_a & 0xFFF:03x}-{0x8000 | random_b & 0x3FFF:04x}-"
    start &= (1 << 47) - 1
    return [f"{prefix}{value:012x}" for value in range(start, start + count)]


BATCH_FROM = 50  # below this, one statement per event is as fast and simpler to follow


def store_batch(conn: sqlite3.Connection, rows: list[dict], params: list[list]) -> list[int]:
    """Insert linked events with one executemany; their ids, for the projection."""
    # events has an INTEGER PRIMARY KEY and is never deleted from; inside our write transaction the new
    # rows take max(id)+1, +2, … — checked below, because the projection links to these ids.
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM events").fetchone()[0]
    conn.executemany(INSERT_SQL, params)
    ids = list(range(first, first + len(rows)))
    confirm_last_id(conn, rows[-1], ids[-1])
    return ids


def confirm_last_id(conn: sqlite3.Connection, last_row: dict, expected: int) -> None:
    """The id the last of a batch of new events was stored under is the one its projection will name."""
    stored = conn.execute("SELECT id FROM events WHERE uuid = ?", (last_row["uuid"],)).fetchone()[0]
    if stored != expected:
        raise RuntimeError(f"event ids are not consecutive ({stored} != {expected})")


def insert_and_project(conn: sqlite3.Connection, row: dict) -> int:
    """Store one complete event (ours or another office's) and update the projection."""
    cursor = conn.execute(INSERT_SQL, [row[c] for c in HASHED_COLUMNS] + [row["hash"]])
    projection.apply(conn, cursor.lastrowid, row)
    return cursor.lastrowid


def insert_and_project_many(conn: sqlite3.Connection, rows: list[dict]) -> list[int]:
    """Store complete events in order (another office's, from a sync file) and project them, in runs."""
    if len(rows) < BATCH_FROM:
        return [insert_and_project(conn, row) for row in rows]
    params = [[row[c] for c in HASHED_COLUMNS] + [row["hash"]] for row in rows]
    ids = store_batch(conn, rows, params)
    projection.apply_batch(conn, list(zip(ids, rows, [json.loads(row["payload"]) for row in rows], strict=True)))
    return ids


@dataclass
class ChainProblem:
    office: str
    seq: int
    event_id: int
    message: str


def verify_chains(conn: sqlite3.Connection, partial: Iterable[str] = ()) -> list[ChainProblem]:
    """Check every office's chain: numbering without gaps, each hash right, each link right.

    `partial` names offices whose chain is held only in part (a kecamatan holds just its own share of the
    district's events): there numbers may jump and links cannot be followed, but each hash must be right.
    Returns the first broken event of each broken chain (empty when all are whole).
    """
    partial = set(partial)
    problems: dict[str, ChainProblem] = {}
    expected: dict[str, tuple[int, str]] = {}
    columns = ", ".join(HASHED_COLUMNS)
    rows = conn.execute(f"SELECT id, {columns}, hash FROM events ORDER BY office, seq")
    for values in rows:
        row = dict(zip(("id", *HASHED_COLUMNS, "hash"), values, strict=True))
        office = row["office"]
        if office in problems:
            continue
        last_seq, last_hash = expected.get(office, (0, GENESIS_HASH))
        message = None
        if office in partial:
            if row["seq"] <= last_seq:
                message = f"nomor urut mundur dari {last_seq} ke {row['seq']}"
        elif row["seq"] != last_seq + 1:
            message = f"nomor urut melompat dari {last_seq} ke {row['seq']}"
        elif row["prev_hash"] != last_hash:
            message = "tautan ke peristiwa sebelumnya tidak cocok"
        if message is None and event_hash(row) != row["hash"]:
            message = "isi peristiwa tidak cocok dengan hash-nya (diubah di luar aplikasi)"
        if message:
            problems[office] = ChainProblem(office, row["seq"], row["id"], message)
        else:
            expected[office] = (row["seq"], row["hash"])
    return list(problems.values())
