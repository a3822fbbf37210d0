"""`check`: is the database whole, are the hash chains unbroken, does the projection match the log?"""

import sqlite3
from dataclasses import dataclass, field

from desktop.core import ledger
from desktop.core import office as office_module


@dataclass
class CheckResult:
    problems: list[str] = field(default_factory=list)
    broken: list[dict] = field(default_factory=list)  # the first broken event of each broken chain
    events: int = 0
    cards: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"ok": self.ok, "events": self.events, "cards": self.cards, "problems": self.problems,
                "broken": self.broken}


def run(conn: sqlite3.Connection) -> CheckResult:
    result = CheckResult()
    try:
        _run(conn, result)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damaged past what integrity_check reports
        result.problems.append(f"berkas basis data rusak: {exc}")
    return result


def _run(conn: sqlite3.Connection, result: CheckResult) -> None:
    integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        result.problems += [f"integritas SQLite: {line}" for line in integrity[:20]]
        return  # the rest would read a damaged file
    office = office_module.current(conn)
    partial = [office.kabupaten_kode] if office and not office.is_district else []
    for broken in ledger.verify_chains(conn, partial):
        result.broken.append({"office": broken.office, "seq": broken.seq, "event_id": broken.event_id,
                              "message": broken.message})
        result.problems.append(
            f"rantai hash kantor {broken.office} putus pada peristiwa nomor {broken.seq} "
            f"(id {broken.event_id}): {broken.message}"
        )
    foreign_keys = conn.execute("PRAGMA foreign_key_check").fetchall()
    if foreign_keys:
        result.problems.append(f"{len(foreign_keys)} baris merujuk ke baris yang tidak ada")
    result.problems += _projection_problems(conn)
    result.problems += _delivery_problems(conn)
    result.events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    result.cards = conn.execute("SELECT count(*) FROM cards").fetchone()[0]


def _projection_problems(conn: sqlite3.Connection) -> list[str]:
    """Each card's position must be the result of its last event in the log."""
    mismatched = conn.execute(
        """
        WITH last AS (
            SELECT kpj, max(id) AS id FROM events
            WHERE kpj IS NOT NULL AND to_state IS NOT NULL
              AND id NOT IN (SELECT event_id FROM sync_conflicts)  -- kept for review, not projected
            GROUP BY kpj
        )
        SELECT c.kpj FROM cards c
        LEFT JOIN last ON last.kpj = c.kpj LEFT JOIN events e ON e.id = last.id
        WHERE e.id IS NULL OR e.id != c.last_event_id OR e.to_state != c.state
              OR e.to_custodian != c.custodian
        LIMIT 20
        """
    ).fetchall()
    problems = [f"status kartu {r[0]} tidak sesuai dengan catatan peristiwanya" for r in mismatched]
    registered = conn.execute("SELECT count(DISTINCT kpj) FROM events WHERE type = 'kartu_didaftarkan'")
    if registered.fetchone()[0] != conn.execute("SELECT count(*) FROM cards").fetchone()[0]:
        problems.append("jumlah kartu tidak sama dengan jumlah pendaftaran kartu dalam catatan peristiwa")
    return problems


def _delivery_problems(conn: sqlite3.Connection) -> list[str]:
    """Deliveries and their lines must be exactly those their events describe."""
    problems = []
    headers = conn.execute("SELECT count(*) FROM events WHERE type = 'pengiriman_dibuat'").fetchone()[0]
    if headers != conn.execute("SELECT count(*) FROM deliveries").fetchone()[0]:
        problems.append("jumlah kiriman (berita acara) tidak sama dengan catatan peristiwanya")
    sent = conn.execute(
        "SELECT count(DISTINCT d.id || '/' || e.kpj) FROM events e "
        "JOIN deliveries d ON d.uuid = json_extract(e.payload, '$.delivery') "
        "WHERE e.type IN ('kirim_kecamatan', 'kirim_desa') "
        "AND e.id NOT IN (SELECT event_id FROM sync_conflicts)"  # kept for review, not projected
    ).fetchone()[0]
    if sent != conn.execute("SELECT count(*) FROM delivery_cards").fetchone()[0]:
        problems.append("isi kiriman (daftar kartu per berita acara) tidak sesuai dengan catatan peristiwanya")
    return problems
