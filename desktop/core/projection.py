"""The current state, derived from the events: programs, peserta and cards.

`apply()` is called for every event, in the same transaction that stores it; `check` rebuilds the
card positions from the log with the same code and compares. Everything here reads only the event row,
so an event from another office projects exactly as it did there.
"""

import json
import sqlite3

from desktop.core.errors import UserError

PESERTA_FIELDS = (
    "nama", "tanggal_lahir", "jenis_kelamin", "alamat", "desa_kode", "kecamatan_kode",
    "pekerjaan", "telepon", "perlu_dicek",
)
AUDIT_PREFIX = "audit_"
PROGRAM_FIELDS = ("nama", "pendana", "mulai", "selesai", "iuran_per_bulan", "target", "batas_distribusi")


def apply(conn: sqlite3.Connection, event_id: int, row: dict) -> None:
    payload = json.loads(row["payload"])
    _handler(row["type"])(conn, event_id, row, payload)


def _handler(kind: str):
    found = _HANDLERS.get(kind)
    if found is None:
        # Audit events (who unmasked, exported, printed, restored…) only bear witness: no state changes.
        found = _record_only if kind.startswith(AUDIT_PREFIX) else _move_card
    return found


def apply_batch(conn: sqlite3.Connection, items: list[tuple[int, dict, dict]]) -> None:
    """Project many stored events (event id, row, payload) in order, a run of additions at a time.

    Runs of `peserta_ditambahkan` and of `kartu_didaftarkan` (an import) become one executemany each;
    every other event goes through its usual handler, so the result is what `apply` would give.
    """
    start = 0
    while start < len(items):
        kind = items[start][1]["type"]
        end = start + 1
        while end < len(items) and items[end][1]["type"] == kind:
            end += 1
        run = items[start:end]
        if kind in _BATCH_HANDLERS:
            _BATCH_HANDLERS[kind](conn, run)
        else:
            handler = _handler(kind)
            for event_id, row, payload in run:
                handler(conn, event_id, row, payload)
        start = end


def statements_only(items: list[tuple[int, dict, dict]]) -> bool:
    """Whether `apply_batch` projects these events with a few SQL statements and no Python per event
    (runs of additions): then it may run in a helper thread, SQLite working without the GIL."""
    return all(row["type"] in _BATCH_HANDLERS for _, row, _ in items)


def _add_peserta_batch(conn, run):
    _insert_people(conn, run, "$")


def _register_card_batch(conn, run):
    """A run of card registrations; those that bring their person (register.person_with_card_event) add
    the person first."""
    if any("peserta" in payload for _, _, payload in run):
        _insert_people(conn, run, "$.peserta")
    first_card = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM cards").fetchone()[0]
    programs = {payload.get("program") for _, _, payload in run}
    if len(programs) == 1:  # an import: one programme for the whole run, looked up once, not parsed per row
        program = conn.execute("SELECT id FROM programs WHERE uuid = ?", (programs.pop(),)).fetchone()
        program_sql, params = "?", (program[0] if program else None, *_id_range(run))
    else:
        program_sql, params = "(SELECT id FROM programs WHERE uuid = e.payload ->> '$.program')", _id_range(run)
    added = conn.execute(
        "INSERT INTO cards (kpj, peserta_id, program_id, state, custodian, kecamatan_kode, desa_kode, since, "
        f"last_event_id) SELECT e.kpj, p.id, {program_sql}, e.to_state, e.to_custodian, p.kecamatan_kode, "
        "p.desa_kode, e.occurred_on, e.id FROM events e JOIN peserta p ON p.nik = e.nik "
        "WHERE e.id BETWEEN ? AND ? AND e.type = 'kartu_didaftarkan' ORDER BY e.id", params).rowcount
    if added != len(run):
        missing = conn.execute(
            "SELECT nik FROM events e WHERE e.id BETWEEN ? AND ? AND NOT EXISTS "
            "(SELECT 1 FROM peserta p WHERE p.nik = e.nik) ORDER BY e.id", _id_range(run)).fetchone()
        raise UserError(f"Peserta dengan NIK {missing[0]} tidak ada; kartunya tidak dapat dicatat.")
    # Each person points at their card: one statement over the new cards, not one UPDATE per person.
    conn.execute("UPDATE peserta SET card_id = cards.id FROM cards "
                 "WHERE cards.id >= ? AND peserta.id = cards.peserta_id", (first_card,))


def _insert_people(conn, run, path: str) -> None:
    """Add the people of a run of stored events, read from the events themselves with SQLite's JSON
    functions (`path` is where the person is in the payload). One statement for the whole run: handing
    each value over from Python cost more than storing it.

    The name index (FTS5) is fed by a trigger, one row at a time; for a big run it is twice as fast to
    fill it with one INSERT … SELECT afterwards. The trigger is dropped and re-created with its own SQL
    inside this same transaction, so a failure or a Cancel restores it with everything else."""
    trigger = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'peserta_fts_insert'"
    ).fetchone() if len(run) >= FTS_BULK_FROM else None
    last_id = conn.execute("SELECT coalesce(max(id), 0) FROM peserta").fetchone()[0]
    if trigger:
        conn.execute("DROP TRIGGER peserta_fts_insert")
    values = ", ".join(_person_value(path, f) for f in PESERTA_FIELDS)
    conn.execute(
        f"INSERT INTO peserta (nik, {', '.join(PESERTA_FIELDS)}, updated_event_id) "
        f"SELECT nik, {values}, id FROM events WHERE id BETWEEN ? AND ? "
        "AND type IN ('peserta_ditambahkan', 'kartu_didaftarkan') AND payload -> ? IS NOT NULL ORDER BY id",
        (*_id_range(run), path),
    )
    if trigger:
        conn.execute("INSERT INTO peserta_fts (rowid, nama) SELECT id, nama FROM peserta WHERE id > ?", (last_id,))
        conn.execute(trigger[0])


def _person_value(path: str, field: str) -> str:
    """The SQL for one field of a person in an event's payload, as `_add_peserta` stores it: a missing or
    empty value is '' for text kept as text, NULL for a code or a date."""
    value = f"payload ->> '{path}.{field}'"
    return f"coalesce({value}, '')" if _empty(field) == "" else f"nullif({value}, '')"


def _id_range(run) -> tuple[int, int]:
    return run[0][0], run[-1][0]


FTS_BULK_FROM = 1_000


def _save_program(conn, event_id, row, payload):
    values = [payload.get(f) for f in PROGRAM_FIELDS]
    conn.execute(
        f"INSERT INTO programs (uuid, {', '.join(PROGRAM_FIELDS)}, created_at) "
        f"VALUES (?, {', '.join('?' * len(PROGRAM_FIELDS))}, ?) "
        f"ON CONFLICT(uuid) DO UPDATE SET " + ", ".join(f"{f} = excluded.{f}" for f in PROGRAM_FIELDS),
        [payload["uuid"], *values, row["recorded_at"]],
    )


def _add_peserta(conn, event_id, row, payload):
    values = [payload.get(f) or _empty(f) for f in PESERTA_FIELDS]
    conn.execute(
        f"INSERT INTO peserta (nik, {', '.join(PESERTA_FIELDS)}, updated_event_id) "
        f"VALUES (?, {', '.join('?' * len(PESERTA_FIELDS))}, ?)",
        [row["nik"], *values, event_id],
    )


def _update_peserta(conn, event_id, row, payload):
    changed = [f for f in PESERTA_FIELDS if f in payload]
    assignments = [f"{f} = ?" for f in changed]
    values = [payload[f] if payload[f] is not None else _empty(f) for f in changed]
    if payload.get("nik_baru"):  # a corrected NIK: the event's `nik` is the one the person had
        assignments.append("nik = ?")
        values.append(payload["nik_baru"])
    conn.execute(
        f"UPDATE peserta SET {''.join(a + ', ' for a in assignments)}updated_event_id = ? WHERE nik = ?",
        [*values, event_id, row["nik"]],
    )
    region = {f: payload[f] for f in ("kecamatan_kode", "desa_kode") if f in payload}
    if region:
        conn.execute(
            f"UPDATE cards SET {', '.join(f'{f} = ?' for f in region)} "
            "WHERE peserta_id = (SELECT id FROM peserta WHERE nik = ?)",
            [*region.values(), payload.get("nik_baru") or row["nik"]],
        )


def _register_card(conn, event_id, row, payload):
    if "peserta" in payload:  # a new person and their card in one event (register.person_with_card_event)
        _add_peserta(conn, event_id, row, payload["peserta"])
    peserta = conn.execute(
        "SELECT id, kecamatan_kode, desa_kode FROM peserta WHERE nik = ?", (row["nik"],)
    ).fetchone()
    if peserta is None:
        raise UserError(f"Peserta dengan NIK {row['nik']} tidak ada; kartu {row['kpj']} tidak dapat dicatat.")
    program = conn.execute("SELECT id FROM programs WHERE uuid = ?", (payload.get("program"),)).fetchone()
    cursor = conn.execute(
        "INSERT INTO cards (kpj, peserta_id, program_id, state, custodian, kecamatan_kode, desa_kode, "
        "since, last_event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row["kpj"], peserta["id"], program[0] if program else None, row["to_state"], row["to_custodian"],
         peserta["kecamatan_kode"], peserta["desa_kode"], row["occurred_on"], event_id),
    )
    conn.execute("UPDATE peserta SET card_id = ? WHERE id = ?", (cursor.lastrowid, peserta["id"]))


def _move_card(conn, event_id, row, payload):
    # A correction restores the position the undone step started from, "since" included.
    since = payload.get("since", row["occurred_on"])
    conn.execute(
        "UPDATE cards SET state = ?, custodian = ?, since = ?, reason = ?, doc_no = ?, last_event_id = ? "
        "WHERE kpj = ?",
        (row["to_state"], row["to_custodian"], since, payload.get("reason"), row["doc_no"], event_id,
         row["kpj"]),
    )
    if "delivery" in payload:
        _delivery_line(conn, row["type"], row["kpj"], payload["delivery"])
    elif "undoes" in payload:
        _undo_delivery_line(conn, row["kpj"], payload["undoes"])


# What a card's event makes of its line in a delivery; a correction puts the line back.
_LINE_STATUS = {"kirim_kecamatan": "dikirim", "kirim_desa": "diterima", "terima_kecamatan": "diterima",
                "hilang": "tidak_ada"}
_LINE_UNDO = {"kirim_kecamatan": "dibatalkan", "kirim_desa": "dibatalkan", "terima_kecamatan": "dikirim",
              "hilang": "dikirim"}


def _delivery_line(conn, event_type, kpj, delivery_uuid):
    delivery = conn.execute("SELECT id FROM deliveries WHERE uuid = ?", (delivery_uuid,)).fetchone()
    if delivery is None or event_type not in _LINE_STATUS:
        return
    conn.execute(
        "INSERT INTO delivery_cards (delivery_id, kpj, status) VALUES (?, ?, ?) "
        "ON CONFLICT(delivery_id, kpj) DO UPDATE SET status = excluded.status",
        (delivery[0], kpj, _LINE_STATUS[event_type]),
    )


def _undo_delivery_line(conn, kpj, undone_uuid):
    undone = conn.execute("SELECT type, payload FROM events WHERE uuid = ?", (undone_uuid,)).fetchone()
    if undone is None or undone["type"] not in _LINE_UNDO:
        return
    delivery_uuid = json.loads(undone["payload"]).get("delivery")
    if delivery_uuid:
        conn.execute(
            "UPDATE delivery_cards SET status = ? WHERE kpj = ? "
            "AND delivery_id = (SELECT id FROM deliveries WHERE uuid = ?)",
            (_LINE_UNDO[undone["type"]], kpj, delivery_uuid),
        )


DELIVERY_FIELDS = ("uuid", "no", "kind", "dari", "ke", "penerima", "jabatan", "catatan")


def _create_delivery(conn, event_id, row, payload):
    values = [payload.get(f) or "" for f in DELIVERY_FIELDS]
    # A desa's head signs for the cards as they are handed over: that delivery is received at once.
    received = (row["occurred_on"], payload.get("penerima") or "") if payload["kind"] == "desa" else (None, None)
    conn.execute(
        f"INSERT INTO deliveries ({', '.join(DELIVERY_FIELDS)}, kecamatan_kode, sent_on, received_on, "
        f"received_by, created_event_id) VALUES ({', '.join('?' * (len(DELIVERY_FIELDS) + 5))})",
        [*values, row["kecamatan_kode"], row["occurred_on"], *received, event_id],
    )


def _receive_delivery(conn, event_id, row, payload):
    conn.execute(
        "UPDATE deliveries SET received_on = ?, received_by = ? WHERE uuid = ?",
        (row["occurred_on"], payload.get("diterima_oleh") or "", payload["delivery"]),
    )


def _empty(field: str):
    return "" if field in ("alamat", "pekerjaan", "telepon", "perlu_dicek") else None


_BATCH_HANDLERS = {
    "peserta_ditambahkan": _add_peserta_batch,
    "kartu_didaftarkan": _register_card_batch,
}


def _record_only(conn, event_id, row, payload):
    """Events kept for the record (who printed what, with NIK unmasked or not): no projection."""


_HANDLERS = {
    "dokumen_dicetak": _record_only,
    "nik_diekspor": _record_only,
    "program_disimpan": _save_program,
    "peserta_ditambahkan": _add_peserta,
    "peserta_diubah": _update_peserta,
    "kartu_didaftarkan": _register_card,
    "pengiriman_dibuat": _create_delivery,
    "pengiriman_diterima": _receive_delivery,
}
