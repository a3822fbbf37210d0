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
PROGRAM_FIELDS = ("nama", "pendana", "mulai", "selesai", "iuran_per_bulan", "target", "batas_distribusi")


def apply(conn: sqlite3.Connection, event_id: int, row: dict) -> None:
    payload = json.loads(row["payload"])
    handler = _HANDLERS.get(row["type"], _move_card)
    handler(conn, event_id, row, payload)


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
    assignments = ", ".join(f"{f} = ?" for f in changed)
    values = [payload[f] if payload[f] is not None else _empty(f) for f in changed]
    conn.execute(
        f"UPDATE peserta SET {assignments}{', ' if changed else ''}updated_event_id = ? WHERE nik = ?",
        [*values, event_id, row["nik"]],
    )
    region = {f: payload[f] for f in ("kecamatan_kode", "desa_kode") if f in payload}
    if region:
        conn.execute(
            f"UPDATE cards SET {', '.join(f'{f} = ?' for f in region)} "
            "WHERE peserta_id = (SELECT id FROM peserta WHERE nik = ?)",
            [*region.values(), row["nik"]],
        )


def _register_card(conn, event_id, row, payload):
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


_HANDLERS = {
    "program_disimpan": _save_program,
    "peserta_ditambahkan": _add_peserta,
    "peserta_diubah": _update_peserta,
    "kartu_didaftarkan": _register_card,
    "pengiriman_dibuat": _create_delivery,
    "pengiriman_diterima": _receive_delivery,
}
