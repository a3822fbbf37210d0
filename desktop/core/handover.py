"""The last hop and the way back: a card to its worker (or a proxy), returns, lost cards, going back up.

These are the functions the desk (scanner at the counter), the signed-list ticking, the CLI and the
GUI all call; each goes through `cards.record_step(s)`, so the rules and ownership of DESIGN §3 hold.
"""

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date

from desktop.core import cards, ledger, search, users
from desktop.core import nik as nik_rules
from desktop.core.cards import Step
from desktop.core.db import transaction
from desktop.core.errors import FutureDate, InvalidInput, InvalidTransition, NotFound, UserError
from desktop.core.formatting import long_date
from desktop.core.states import (
    DISERAHKAN,
    HILANG_EVENT,
    KEMBALI_KABUPATEN,
    KEMBALIKAN,
    RETURN_REASONS,
    SERAHKAN,
    STATE_LABELS,
)

RELATIONS = ("suami", "istri", "anak", "orang tua", "saudara", "kerabat", "tetangga", "kepala dusun",
             "ketua RT", "lainnya")
HILANG = "hilang"  # accepted as a return reason: the card is lost or damaged and must be reprinted


def lookup(conn: sqlite3.Connection, text: str, today: date, *, limit: int = 20) -> list[sqlite3.Row]:
    """Cards for what the clerk typed or scanned: a KPJ or NIK (exact first), or a name (prefixes)."""
    text = text.strip()
    digits = re.sub(r"[\s.\-']", "", text)
    if digits.isdigit():
        exact = conn.execute(
            "SELECT p.id FROM cards c JOIN peserta p ON p.id = c.peserta_id WHERE c.kpj = ? OR p.nik = ?",
            (digits, digits)).fetchall()
        if exact:
            return list(search.rows(conn, [r[0] for r in exact]).values())
        if len(digits) >= 11:  # a whole number that matches nothing: no prefix guessing
            return []
    found = search.ids(conn, search.CardFilter(text=text), today, limit=limit)
    rows = search.rows(conn, found)
    return [rows[i] for i in found if rows[i]["kpj"]]


@dataclass
class Proxy:
    """Someone who receives the card for the worker (wakil)."""

    nama: str
    hubungan: str
    nik: str = ""

    def details(self) -> dict:
        if not self.nama.strip():
            raise InvalidInput("Tuliskan nama wakil yang menerima kartu.")
        if not self.hubungan.strip():
            raise InvalidInput("Tuliskan hubungan wakil dengan peserta (mis. istri, anak, orang tua).")
        details = {"penerima": "wakil", "nama_wakil": self.nama.strip(), "hubungan": self.hubungan.strip()}
        if self.nik.strip():
            found = nik_rules.problem(self.nik.strip())
            if found:
                raise InvalidInput(f"NIK wakil: {found[1]}")
            details["nik_wakil"] = self.nik.strip()
        return details


def deliver(conn: sqlite3.Connection, kpj: str, on: str, *, proxy: Proxy | None = None, doc_no: str | None = None,
            user: str = ledger.SYSTEM_USER) -> int:
    """Record that the card is in its worker's hands (or a proxy's). Returns the event id."""
    users.require(conn, user, "serah_terima")  # first: a refusal says why, not what the card's state is
    details = proxy.details() if proxy else {"penerima": "sendiri"}
    refuse_if_delivered(conn, kpj)
    return cards.record_step(conn, kpj, Step(SERAHKAN, on, doc_no=doc_no, details=details), user=user)


def refuse_if_delivered(conn: sqlite3.Connection, kpj: str) -> None:
    """An already-delivered card gets a message that says when and to whom, not just its state."""
    card = cards.card_row(conn, kpj)
    if card["state"] != DISERAHKAN:
        return
    last = conn.execute("SELECT occurred_on, payload FROM events WHERE id = ?", (card["last_event_id"],)).fetchone()
    who = "wakil" if '"penerima":"wakil"' in last["payload"] else "peserta sendiri"
    raise InvalidTransition(f"Kartu {kpj} SUDAH DISERAHKAN pada {long_date(last['occurred_on'])} kepada {who}. "
                            "Jangan diserahkan dua kali; bila pencatatan itu salah, lakukan koreksi.")


def check_deliverable(conn: sqlite3.Connection, kpj: str, on: str) -> None:
    """Raise, with the clerk's message, when `kpj` cannot be handed to its worker here and now."""
    refuse_if_delivered(conn, kpj)
    cards.check_step(conn, kpj, Step(SERAHKAN, on))


@dataclass
class TickResult:
    """What became of a list of cards handed out (a signed list, a scanned batch).

    Every item ends in exactly one place: delivered now, already delivered before (a list ticked twice:
    a warning, nothing to do), or refused (an error: the row was not recorded). `problems` use the shape
    of `import --json` (DESIGN §6), plus the row's KPJ.
    """

    delivered: list[str] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)  # {row, column, code, severity, message, kpj}

    @property
    def already_delivered(self) -> int:
        return sum(p["code"] == ALREADY_DELIVERED for p in self.problems)

    @property
    def refused(self) -> int:
        return sum(p["severity"] == "error" for p in self.problems)

    def as_dict(self) -> dict:
        return {"delivered": len(self.delivered), "delivered_kpj": self.delivered,
                "already_delivered": self.already_delivered, "refused": self.refused, "problems": self.problems}


ALREADY_DELIVERED = "already_delivered"
DATE_CODES = ("date_format", "date_future")  # problems of the row's date, not of its KPJ


def tick_problem(row: int, kpj: str, code: str, message: str, *, columns: tuple[str, str] = ("KPJ", "Tanggal")) -> dict:
    """One problem of a handed-out list, in the shape of `import --json`. `columns`: the list's headers of
    the KPJ and the date, so the clerk knows which cell to look at."""
    column = columns[1] if code in DATE_CODES else columns[0]
    severity = "warning" if code == ALREADY_DELIVERED else "error"
    return {"row": row, "column": column, "code": code, "severity": severity, "message": message, "kpj": kpj}


def problem_code(exc: UserError) -> str:
    text = str(exc)
    if isinstance(exc, NotFound):
        return "kpj_unknown"
    if isinstance(exc, FutureDate):
        return "date_future"
    if "SUDAH DISERAHKAN" in text:
        return ALREADY_DELIVERED
    if "tidak dipegang" in text:
        return "not_held"
    return "not_allowed"


def deliver_many(conn: sqlite3.Connection, items: list[tuple[int, str, str]], *,
                 user: str = ledger.SYSTEM_USER, doc_no: str | None = None,
                 columns: tuple[str, str] = ("KPJ", "Tanggal")) -> TickResult:
    """Deliver each (row, kpj, date) to the worker; every card that cannot be is reported, never skipped.

    One transaction; each card in its own savepoint, so one bad row does not undo the good ones.
    """
    result, seen = TickResult(), set()
    users.require(conn, user, "serah_terima")  # once for the list, not as a problem on every row
    with transaction(conn):
        for row, kpj, on in items:
            if kpj in seen:
                result.problems.append(tick_problem(row, kpj, "duplicate_in_list",
                                                    f"KPJ {kpj} tercantum lebih dari sekali dalam daftar.",
                                                    columns=columns))
                continue
            seen.add(kpj)
            try:
                deliver(conn, kpj, on, user=user, doc_no=doc_no)
            except UserError as exc:
                result.problems.append(tick_problem(row, kpj, problem_code(exc), str(exc), columns=columns))
            else:
                result.delivered.append(kpj)
    return result


@dataclass
class Death:
    """What is known of a deceased worker: the heirs must claim the JKM benefit."""

    tanggal: str
    ahli_waris: str = ""
    telepon: str = ""

    def details(self, on: str) -> dict:
        try:
            died = date.fromisoformat(self.tanggal)
        except (TypeError, ValueError) as exc:
            raise InvalidInput("Tanggal meninggal wajib diisi (TTTT-BB-HH) untuk alasan 'meninggal'.") from exc
        if died.isoformat() > on:
            raise InvalidInput("Tanggal meninggal tidak boleh sesudah tanggal pengembalian kartu.")
        telepon = re.sub(r"[\s\-]", "", self.telepon)
        if telepon and not re.fullmatch(r"\+?\d{8,15}", telepon):
            raise InvalidInput(f"Nomor telepon ahli waris '{self.telepon}' tidak sah (8–15 angka).")
        return {"tanggal_meninggal": died.isoformat(), "ahli_waris": self.ahli_waris.strip(),
                "telepon_ahli_waris": telepon}


def return_card(conn: sqlite3.Connection, kpj: str, reason: str, on: str, *, death: Death | None = None,
                catatan: str = "", user: str = ledger.SYSTEM_USER) -> int:
    """Record an undeliverable card (it goes back to the kecamatan), or a lost one (`hilang`: reprint)."""
    users.require(conn, user, "serah_terima")
    details = {"catatan": catatan.strip()} if catatan.strip() else {}
    if reason == HILANG:
        step = Step(HILANG_EVENT, on, reason=catatan.strip() or "hilang/rusak", details=details)
        return cards.record_step(conn, kpj, step, user=user)
    if reason not in RETURN_REASONS:
        raise InvalidInput("Alasan harus salah satu dari: " + ", ".join([*RETURN_REASONS, HILANG]) + ".")
    if reason == "meninggal":
        details.update((death or Death("")).details(on))
    refuse_if_delivered(conn, kpj)
    return cards.record_step(conn, kpj, Step(KEMBALIKAN, on, reason=reason, details=details), user=user)


def send_up(conn: sqlite3.Connection, kpjs: list[str], on: str, *, user: str = ledger.SYSTEM_USER) -> list[int]:
    """Returned cards go up from the kecamatan to the district, with their reason."""
    users.require(conn, user, "serah_terima")
    if not kpjs:
        raise InvalidInput("Pilih kartu kembali yang dikirim ke kabupaten.")
    return cards.record_steps(conn, kpjs, Step(KEMBALI_KABUPATEN, on), user=user)


def describe(card: sqlite3.Row) -> str:
    """One line for the clerk: who, where, state."""
    place = card["desa"] or card["desa_kode"] or ""
    return f"{card['nama']} — KPJ {card['kpj']} — {place} — {STATE_LABELS.get(card['state'], card['state'])}"
