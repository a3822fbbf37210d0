"""Recording a card's next step: the one function that enforces the rules and the ownership of §3."""

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from desktop.core import ledger, regions, users
from desktop.core import office as office_module
from desktop.core.db import transaction
from desktop.core.errors import FutureDate, InvalidInput, InvalidTransition, NotFound, NotOwner
from desktop.core.formatting import short_date
from desktop.core.ledger import NewEvent
from desktop.core.states import DAFTAR, KOREKSI, Position, next_position


@dataclass
class Step:
    """One step for one card: what happened, when, and the papers and people involved."""

    kind: str  # one of states.ALLOWED_FROM
    on: str  # ISO date of the handover
    desa: str | None = None  # for kirim_desa
    reason: str | None = None  # for kembalikan / hilang
    doc_no: str | None = None
    details: dict = field(default_factory=dict)  # proxy, relation, kades, heir, …


def card_row(conn: sqlite3.Connection, kpj: str) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM cards WHERE kpj = ?", (kpj,)).fetchone()
    if row is None:
        raise NotFound(f"Kartu dengan KPJ {kpj} tidak ditemukan di basis data kantor ini.")
    return row


def record_step(conn: sqlite3.Connection, kpj: str, step: Step, *, user: str = ledger.SYSTEM_USER) -> int:
    """Record `step` for card `kpj` and return the event id. Refused (nothing written) when not allowed."""
    return record_steps(conn, [kpj], step, user=user)[0]


def record_steps(conn: sqlite3.Connection, kpjs: Iterable[str], step: Step, *,
                 user: str = ledger.SYSTEM_USER) -> list[int]:
    """The same step for many cards (a delivery, a desa's box): all recorded, or none."""
    with transaction(conn):
        users.require(conn, user, "serah_terima")
        office = office_module.require(conn)
        events = [_step_event(conn, office, card_row(conn, kpj), step) for kpj in kpjs]
        return ledger.append(conn, events, user=user)


def check_step(conn: sqlite3.Connection, kpj: str, step: Step) -> None:
    """Raise the error `record_step` would raise, without writing anything (the desk checks a scan)."""
    _step_event(conn, office_module.require(conn), card_row(conn, kpj), step)


def require_happened(on: str, today: date | None = None) -> None:
    """Refuse a date after today: an office records what has happened. A future date is a typo, and a
    card 'sent' in 2099 would count as held 0 days, hiding it from the overdue list.

    Only steps recorded by this office are judged here; the demo builds its history with `step_event`
    and its own 'today', and events from other offices arrive through sync as they were recorded.
    """
    try:
        day = date.fromisoformat(on)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"Tanggal '{on}' tidak terbaca. Tulis tanggal sebagai TTTT-BB-HH.") from exc
    if day > (today or date.today()):
        raise FutureDate(f"Tanggal {short_date(day)} belum terjadi. Periksa tanggalnya.")


def _step_event(conn, office, card, step: Step) -> NewEvent:
    require_happened(step.on)
    current = Position(card["state"], card["custodian"], card["since"], card["reason"])
    if not office_module.holds(conn, office, current.custodian, card["kecamatan_kode"]):
        raise NotOwner(
            f"Kartu {card['kpj']} tidak dipegang kantor ini (pemegang: {regions.label(conn, current.custodian)}), "
            "jadi langkah berikutnya dicatat oleh kantor pemegangnya."
        )
    if step.desa and not step.desa.startswith(card["kecamatan_kode"] + "."):
        raise InvalidInput(f"Desa {step.desa} tidak berada di kecamatan kartu {card['kpj']}.")
    return step_event(card["kpj"], card["kecamatan_kode"], current, step)[0]


def step_event(kpj: str, kecamatan: str, current: Position, step: Step) -> tuple[NewEvent, Position]:
    """The event for `step` from `current`, judged by the rules, and the position it leads to."""
    after = next_position(step.kind, current, on=step.on, kecamatan=kecamatan, desa=step.desa,
                          reason=step.reason)
    payload = dict(step.details)
    if after.reason:
        payload["reason"] = after.reason
    event = NewEvent(step.kind, step.on, kpj=kpj, kecamatan_kode=kecamatan, from_state=current.state,
                     to_state=after.state, from_custodian=current.custodian, to_custodian=after.custodian,
                     doc_no=step.doc_no, payload=payload)
    return event, after


def correct_last_step(conn: sqlite3.Connection, kpj: str, alasan: str, *, on: str,
                      user: str = ledger.SYSTEM_USER) -> int:
    """Undo the card's last step with a correcting event; the timeline keeps both."""
    if not alasan.strip():
        raise InvalidInput("Tuliskan alasan koreksi.")
    require_happened(on)
    with transaction(conn):
        users.require(conn, user, "serah_terima")
        office = office_module.require(conn)
        card = card_row(conn, kpj)
        last = conn.execute("SELECT * FROM events WHERE id = ?", (card["last_event_id"],)).fetchone()
        if last["type"] in (DAFTAR, KOREKSI):
            raise InvalidTransition(
                f"Kartu {kpj} tidak punya langkah yang bisa dibatalkan "
                + ("(langkah terakhirnya sudah koreksi)." if last["type"] == KOREKSI else "(baru didaftarkan).")
            )
        if last["office"] != office.kode:
            raise NotOwner(
                f"Langkah terakhir kartu {kpj} dicatat oleh kantor {regions.label(conn, last['office'])}; "
                "koreksi dilakukan di sana."
            )
        restored = _position_before(conn, last)
        payload = {"undoes": last["uuid"], "alasan": alasan.strip(), "since": restored.since}
        if restored.reason:
            payload["reason"] = restored.reason
        event = NewEvent(KOREKSI, on, kpj=kpj, kecamatan_kode=card["kecamatan_kode"],
                         from_state=card["state"], to_state=restored.state, from_custodian=card["custodian"],
                         to_custodian=restored.custodian, doc_no=None, payload=payload)
        return ledger.append(conn, [event], user=user)[0]


def _position_before(conn: sqlite3.Connection, event: sqlite3.Row) -> Position:
    """The card's position just before `event`: the result of the card's previous event."""
    previous = conn.execute(
        "SELECT * FROM events WHERE kpj = ? AND id < ? AND to_state IS NOT NULL ORDER BY id DESC LIMIT 1",
        (event["kpj"], event["id"]),
    ).fetchone()
    payload = json.loads(previous["payload"])
    return Position(previous["to_state"], previous["to_custodian"],
                    payload.get("since", previous["occurred_on"]), payload.get("reason"))
