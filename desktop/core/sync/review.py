"""What the Sinkronisasi page and `sync status` show: per office what went and came, what waits, what
is held, and the conflicts a person must review."""

import sqlite3

from desktop.core import ledger, users
from desktop.core import office as office_module
from desktop.core.db import transaction
from desktop.core.errors import InvalidInput, NotFound
from desktop.core.sync import export, identity


def status(conn: sqlite3.Connection) -> dict:
    """This office's fingerprint and, per office it exchanges files with, the sync figures."""
    office = office_module.require(conn)
    me = identity.public_identity(conn)
    if office.is_district:
        where, params = "kind = 'kecamatan' AND sign_key IS NOT NULL", []
    else:
        where, params = "kode = ? AND sign_key IS NOT NULL", [office.kabupaten_kode]
    rows = conn.execute(f"SELECT * FROM offices WHERE {where} ORDER BY kode", params).fetchall()
    held = dict(conn.execute("SELECT sender, count(*) FROM sync_held GROUP BY sender").fetchall())
    conflicts = dict(conn.execute(
        "SELECT office, count(*) FROM sync_conflicts WHERE reviewed_at IS NULL GROUP BY office").fetchall())
    offices = [
        {
            "kode": r["kode"], "nama": r["nama"], "kind": r["kind"], "fingerprint": r["fingerprint"],
            "enrolled_at": r["enrolled_at"], "revoked_at": r["revoked_at"],
            "last_sent": {"nomor": r["last_out_nomor"], "at": r["last_out_at"], "events": r["last_out_events"]},
            "last_received": {"nomor": r["last_in_nomor"], "at": r["last_in_at"], "events": r["last_in_events"]},
            "events_waiting": export.waiting(conn, office, r["kode"]),
            "files_held": held.get(r["kode"], 0),
            "conflicts": conflicts.get(r["kode"], 0),
        }
        for r in rows
    ]
    return {
        "office": office.as_dict(), "fingerprint": me.fingerprint,
        "key_file": str(identity.key_path(conn)), "offices": offices,
        "conflicts_open": sum(conflicts.values()),
    }


def conflicts(conn: sqlite3.Connection, *, open_only: bool = True) -> list[dict]:
    """The review list: each conflicting event with the card's position here."""
    rows = conn.execute(
        "SELECT s.id, s.kpj, s.office, s.message, s.found_at, s.reviewed_at, s.reviewed_by, s.note, "
        "e.type, e.occurred_on, e.to_state, c.state AS state_here, c.custodian AS custodian_here, "
        "o.nama AS office_nama FROM sync_conflicts s JOIN events e ON e.id = s.event_id "
        "LEFT JOIN cards c ON c.kpj = s.kpj LEFT JOIN offices o ON o.kode = s.office "
        + ("WHERE s.reviewed_at IS NULL " if open_only else "") + "ORDER BY s.id"
    )
    return [dict(r) for r in rows]


def mark_reviewed(conn: sqlite3.Connection, conflict_id: int, note: str, *, user: str = ledger.SYSTEM_USER) -> None:
    """A person looked at the conflict and settled it (a correction recorded at the holding office)."""
    users.require(conn, user, "sinkron")
    if not note.strip():
        raise InvalidInput("Tuliskan bagaimana konflik ini diselesaikan.")
    with transaction(conn):
        found = conn.execute("SELECT reviewed_at FROM sync_conflicts WHERE id = ?", (conflict_id,)).fetchone()
        if found is None:
            raise NotFound(f"Tidak ada konflik nomor {conflict_id}.")
        conn.execute("UPDATE sync_conflicts SET reviewed_at = ?, reviewed_by = ?, note = ? WHERE id = ?",
                     (ledger.now_utc(), user, note.strip(), conflict_id))
