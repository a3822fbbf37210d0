"""Schema migrations, named and recorded in the database (as sqlite-utils' migrations do).

`PRAGMA user_version` holds how many migrations ran; a database with more than this app knows was made
by a newer SerahKartu and is refused rather than damaged. Append new migrations; never edit old ones.
"""

import sqlite3
from datetime import datetime, timezone

from desktop.core.errors import DatabaseTooNew

CARD_STATES_SQL = "('di_kabupaten','dikirim','di_kecamatan','di_desa','diserahkan','dikembalikan','hilang')"

INITIAL_SCHEMA = f"""
CREATE TABLE office (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    kind TEXT NOT NULL CHECK (kind IN ('kabupaten', 'kecamatan')),
    kode TEXT NOT NULL,
    nama TEXT NOT NULL,
    kabupaten_kode TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- The roster of other offices this office knows (the district's kecamatan offices, or the district).
CREATE TABLE offices (
    kode TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('kabupaten', 'kecamatan')),
    nama TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT
);

CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE regions (
    kode TEXT PRIMARY KEY,
    nama TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    parent TEXT
) WITHOUT ROWID;
CREATE INDEX regions_parent ON regions(parent);

CREATE TABLE programs (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    nama TEXT NOT NULL UNIQUE,
    pendana TEXT NOT NULL DEFAULT '',
    mulai TEXT,
    selesai TEXT,
    iuran_per_bulan INTEGER NOT NULL DEFAULT 16800,
    target INTEGER,
    batas_distribusi TEXT,
    created_at TEXT NOT NULL
);

-- The append-only log: the truth. peserta, cards and programs are projections of it.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    office TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    kpj TEXT,
    nik TEXT,
    kecamatan_kode TEXT,
    from_state TEXT,
    to_state TEXT,
    from_custodian TEXT,
    to_custodian TEXT,
    occurred_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    user TEXT NOT NULL,
    doc_no TEXT,
    payload TEXT NOT NULL DEFAULT '{{}}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (office, seq)
);
CREATE INDEX events_kpj ON events(kpj);
CREATE INDEX events_nik ON events(nik);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE TABLE peserta (
    id INTEGER PRIMARY KEY,
    nik TEXT NOT NULL UNIQUE,
    nama TEXT NOT NULL,
    tanggal_lahir TEXT,
    jenis_kelamin TEXT CHECK (jenis_kelamin IN ('L', 'P')),
    alamat TEXT NOT NULL DEFAULT '',
    desa_kode TEXT,
    kecamatan_kode TEXT,
    pekerjaan TEXT NOT NULL DEFAULT '',
    telepon TEXT NOT NULL DEFAULT '',
    perlu_dicek TEXT NOT NULL DEFAULT '',
    card_id INTEGER REFERENCES cards(id),
    updated_event_id INTEGER NOT NULL REFERENCES events(id)
);
CREATE INDEX peserta_wilayah ON peserta(kecamatan_kode, desa_kode);
CREATE INDEX peserta_nama ON peserta(nama COLLATE NOCASE);
CREATE INDEX peserta_dicek ON peserta(perlu_dicek) WHERE perlu_dicek != '';

CREATE VIRTUAL TABLE peserta_fts USING fts5(
    nama, content='peserta', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
CREATE TRIGGER peserta_fts_insert AFTER INSERT ON peserta BEGIN
    INSERT INTO peserta_fts(rowid, nama) VALUES (new.id, new.nama);
END;
CREATE TRIGGER peserta_fts_update AFTER UPDATE OF nama ON peserta BEGIN
    INSERT INTO peserta_fts(peserta_fts, rowid, nama) VALUES ('delete', old.id, old.nama);
    INSERT INTO peserta_fts(rowid, nama) VALUES (new.id, new.nama);
END;

CREATE TABLE cards (
    id INTEGER PRIMARY KEY,
    kpj TEXT NOT NULL UNIQUE,
    peserta_id INTEGER NOT NULL REFERENCES peserta(id),
    program_id INTEGER REFERENCES programs(id),
    state TEXT NOT NULL CHECK (state IN {CARD_STATES_SQL}),
    custodian TEXT NOT NULL,
    kecamatan_kode TEXT,
    desa_kode TEXT,
    since TEXT NOT NULL,
    reason TEXT,
    doc_no TEXT,
    last_event_id INTEGER NOT NULL REFERENCES events(id)
);
CREATE INDEX cards_wilayah_state ON cards(kecamatan_kode, desa_kode, state);
CREATE INDEX cards_state_since ON cards(state, since);
CREATE INDEX cards_peserta ON cards(peserta_id);
"""

# Deliveries (serah terima between offices) as projections of their events: the header comes from
# `pengiriman_dibuat` / `pengiriman_diterima`, each card's line from its own kirim/terima/hilang event.
DELIVERIES_SCHEMA = """
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    no TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('kecamatan', 'desa')),
    dari TEXT NOT NULL,
    ke TEXT NOT NULL,
    kecamatan_kode TEXT NOT NULL,
    sent_on TEXT NOT NULL,
    penerima TEXT NOT NULL DEFAULT '',
    jabatan TEXT NOT NULL DEFAULT '',
    catatan TEXT NOT NULL DEFAULT '',
    received_on TEXT,
    received_by TEXT,
    created_event_id INTEGER NOT NULL REFERENCES events(id)
);
CREATE INDEX deliveries_ke ON deliveries(ke, received_on);
CREATE TABLE delivery_cards (
    delivery_id INTEGER NOT NULL REFERENCES deliveries(id),
    kpj TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('dikirim', 'diterima', 'tidak_ada', 'dibatalkan')),
    PRIMARY KEY (delivery_id, kpj)
) WITHOUT ROWID;
CREATE INDEX delivery_cards_kpj ON delivery_cards(kpj);
"""

# Sync between offices (DESIGN §7): this office's public keys, the roster's keys and what each office
# last sent and received, files held for a gap, and conflicts for a person to review.
SYNC_SCHEMA = """
ALTER TABLE office ADD COLUMN sign_key TEXT;
ALTER TABLE office ADD COLUMN age_recipient TEXT;
ALTER TABLE office ADD COLUMN fingerprint TEXT;

ALTER TABLE offices ADD COLUMN kabupaten_kode TEXT;
ALTER TABLE offices ADD COLUMN sign_key TEXT;
ALTER TABLE offices ADD COLUMN age_recipient TEXT;
ALTER TABLE offices ADD COLUMN fingerprint TEXT;
-- Their chain: every one of their events meant for us, up to this number, is held here.
ALTER TABLE offices ADD COLUMN held_through INTEGER NOT NULL DEFAULT 0;
-- Our chain: they told us (in their last file) that they hold our events up to this number.
ALTER TABLE offices ADD COLUMN acked_through INTEGER NOT NULL DEFAULT 0;
ALTER TABLE offices ADD COLUMN last_in_nomor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE offices ADD COLUMN last_in_at TEXT;
ALTER TABLE offices ADD COLUMN last_in_events INTEGER NOT NULL DEFAULT 0;
ALTER TABLE offices ADD COLUMN last_in_digest TEXT;
ALTER TABLE offices ADD COLUMN last_out_nomor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE offices ADD COLUMN last_out_at TEXT;
ALTER TABLE offices ADD COLUMN last_out_events INTEGER NOT NULL DEFAULT 0;

-- The events of a file that starts after a gap, kept (as signed and checked) until the gap fills.
CREATE TABLE sync_held (
    id INTEGER PRIMARY KEY,
    sender TEXT NOT NULL,
    nomor INTEGER NOT NULL,
    after_seq INTEGER NOT NULL,
    upto_seq INTEGER NOT NULL,
    events TEXT NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (sender, nomor)
);

-- A card stepped by two offices: the other office's event is kept in the log but not projected.
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL UNIQUE REFERENCES events(id),
    kpj TEXT NOT NULL,
    office TEXT NOT NULL,
    message TEXT NOT NULL,
    found_at TEXT NOT NULL,
    reviewed_at TEXT,
    reviewed_by TEXT,
    note TEXT
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(reviewed_at, kpj);
CREATE INDEX events_office_kecamatan ON events(office, kecamatan_kode, seq);
"""

# The column mapping a clerk confirmed for a header, so the next list with that header maps itself.
IMPORT_MAPPINGS = """
CREATE TABLE import_mappings (
    signature TEXT PRIMARY KEY,
    header TEXT NOT NULL,
    mapping TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
"""

# The card moves of the log in card order, with what the reconciliation reads from them: it walks every
# card's history without touching the table (a 100,000-card workbook in seconds, see reconciliation.py).
CARD_MOVES_INDEX = """
CREATE INDEX events_card_moves ON events(kpj, from_state, to_state, type, occurred_on)
WHERE kpj IS NOT NULL AND to_state IS NOT NULL;
"""

# Sync routing finds the few changes of a person's data (moves between kecamatan) without a scan.
SYNC_ROUTING_INDEX = """
CREATE INDEX events_peserta_diubah ON events(office, seq) WHERE type = 'peserta_diubah';
"""

# A narrow copy of (id, nama) for a name search: the FTS5 matches are put in name order reading this
# dense index instead of the wide peserta rows (a 1,000,000-row search stays within milliseconds).
PESERTA_NAME_COVER = "CREATE INDEX peserta_id_nama ON peserta(id, nama COLLATE NOCASE);"

# Who may sign in here, and with which role (users.py). Kept out of the event log: a password hash
# must never travel in a sync file; the log records what each user did, by username.
USERS_SCHEMA = """
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    nama TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('admin', 'petugas', 'pimpinan')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
);
CREATE INDEX events_user ON events(user);
"""

# One index over the events of cards instead of two: `kpj` alone was already the first column of
# events_card_moves. An import stores its events in NIK order, so each index took its KPJs at random
# places, and keeping the second one in step cost a 100,000-row import about 0.25 s. With only
# `kpj IS NOT NULL` left as its condition, a lookup by KPJ (a card's history, Riwayat, sync routing) uses
# it too. Built once over the existing log: about 3 s for 100,000 cards.
ONE_CARD_EVENTS_INDEX = """
DROP INDEX events_kpj;
DROP INDEX events_card_moves;
CREATE INDEX events_card_moves ON events(kpj, from_state, to_state, type, occurred_on) WHERE kpj IS NOT NULL;
"""

# (name, SQL). The position in this list is the schema version.
MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", INITIAL_SCHEMA),
    ("0002_deliveries", DELIVERIES_SCHEMA),
    ("0003_sync", SYNC_SCHEMA),
    ("0004_import_mappings", IMPORT_MAPPINGS),
    ("0005_card_moves_index", CARD_MOVES_INDEX),
    ("0006_sync_routing_index", SYNC_ROUTING_INDEX),
    ("0007_peserta_name_cover", PESERTA_NAME_COVER),
    ("0008_users", USERS_SCHEMA),
    ("0009_one_card_events_index", ONE_CARD_EVENTS_INDEX),
]


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Run the migrations this database lacks, each in its own transaction. Returns their names."""
    current = schema_version(conn)
    if current > len(MIGRATIONS):
        raise DatabaseTooNew(
            "Basis data ini dibuat oleh SerahKartu versi yang lebih baru "
            f"(skema {current}, aplikasi ini mengenal sampai {len(MIGRATIONS)}). "
            "Pasang versi SerahKartu terbaru; basis data tidak diubah."
        )
    applied = []
    for version, (name, sql) in enumerate(MIGRATIONS[current:], start=current + 1):
        _apply(conn, version, name, sql)
        applied.append(name)
    return applied


def _apply(conn: sqlite3.Connection, version: int, name: str, sql: str) -> None:
    # executescript() would COMMIT first; run the statements one by one inside our own transaction.
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        for statement in _statements(sql):
            conn.execute(statement)
        conn.execute(
            "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
            (name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
        )
        conn.execute(f"PRAGMA user_version = {version}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(sql: str) -> list[str]:
    """Split a script into complete statements (triggers contain semicolons)."""
    statements, pending = [], ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements
