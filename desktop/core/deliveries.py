"""Deliveries between offices (serah terima): district → kecamatan, kecamatan → desa.

A delivery is one box of cards under one document number, the number its berita acara carries. It is
recorded as a `pengiriman_dibuat` event followed by each card's own step (which names the delivery);
the kecamatan's confirmation is a `pengiriman_diterima` event, with every card it did not find in the
box recorded as `hilang`. The `deliveries` and `delivery_cards` tables are projections of these events.
"""

import sqlite3
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import date

from desktop.core import ledger, regions, users
from desktop.core import office as office_module
from desktop.core.cards import Step, record_steps, require_happened
from desktop.core.db import transaction
from desktop.core.errors import InvalidInput, InvalidTransition, NotFound, NotOwner
from desktop.core.ledger import NewEvent
from desktop.core.states import (
    DI_KABUPATEN,
    DI_KECAMATAN,
    HILANG_EVENT,
    KIRIM_DESA,
    KIRIM_KECAMATAN,
    PENGIRIMAN_DIBUAT,
    PENGIRIMAN_DITERIMA,
    TERIMA_KECAMATAN,
    kecamatan_of,
)

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
CODES = {"kecamatan": "BAST-KK", "desa": "BAST-KD"}  # kabupaten→kecamatan, kecamatan→desa
JABATAN = ("Kepala Desa", "Lurah", "Sekretaris Desa", "Sekretaris Kelurahan")


def default_jabatan(desa: str) -> str:
    """Kemendagri numbers kelurahan 1xxx and desa 2xxx: a kelurahan is headed by a lurah."""
    return "Lurah" if desa.rsplit(".", 1)[-1].startswith("1") else "Kepala Desa"


@dataclass
class Delivery:
    id: int
    no: str
    kind: str
    dari: str
    ke: str
    ke_nama: str
    sent_on: str
    penerima: str
    jabatan: str
    received_on: str | None
    lines: dict[str, int] = field(default_factory=dict)  # status -> count
    received_by: str = ""  # who signed for the box at the kecamatan; the kades for a desa handover

    @property
    def jumlah(self) -> int:
        return sum(n for s, n in self.lines.items() if s != "dibatalkan")

    def as_dict(self) -> dict:
        return {"id": self.id, "no": self.no, "kind": self.kind, "dari": self.dari, "ke": self.ke,
                "ke_nama": self.ke_nama, "tanggal": self.sent_on, "penerima": self.penerima or self.received_by,
                "jabatan": self.jabatan, "diterima_pada": self.received_on, "diterima_oleh": self.received_by,
                "jumlah": self.jumlah,
                "baris": dict(self.lines)}


def number(seq: int, kind: str, ke: str, on: str) -> str:
    """The document number of the berita acara: '001/BAST-KK/17.04.01/XI/2026'."""
    day = date.fromisoformat(on)
    return f"{seq:03d}/{CODES[kind]}/{ke}/{ROMAN_MONTHS[day.month - 1]}/{day.year}"


def next_number(conn: sqlite3.Connection, kind: str, dari: str, ke: str, on: str) -> str:
    """The next number in the sender's yearly series for this kind of delivery."""
    row = conn.execute(
        "SELECT max(CAST(substr(no, 1, instr(no, '/') - 1) AS INTEGER)) FROM deliveries "
        "WHERE kind = ? AND dari = ? AND substr(sent_on, 1, 4) = ?",
        (kind, dari, on[:4]),
    ).fetchone()
    return number((row[0] or 0) + 1, kind, ke, on)


def header_event(no: str, kind: str, dari: str, ke: str, on: str, *, penerima: str = "", jabatan: str = "",
                 catatan: str = "", delivery_uuid: str | None = None) -> tuple[NewEvent, str]:
    """The `pengiriman_dibuat` event (also used by the demo generator) and the delivery's uuid."""
    delivery_uuid = delivery_uuid or str(uuid_module.uuid4())
    payload = {"uuid": delivery_uuid, "no": no, "kind": kind, "dari": dari, "ke": ke, "penerima": penerima,
               "jabatan": jabatan, "catatan": catatan}
    return NewEvent(PENGIRIMAN_DIBUAT, on, kecamatan_kode=kecamatan_of(ke), doc_no=no, payload=payload), \
        delivery_uuid


def send_to_kecamatan(conn: sqlite3.Connection, kecamatan: str, on: str, *, kpjs: list[str] | None = None,
                      catatan: str = "", user: str = ledger.SYSTEM_USER) -> Delivery:
    """The district hands a kecamatan its cards (all still at the district, or `kpjs`): one delivery."""
    require_happened(on)
    with transaction(conn):
        users.require(conn, user, "serah_terima")
        office = office_module.require(conn)
        if not office.is_district:
            raise NotOwner("Hanya kantor kabupaten yang mengirim kartu ke kecamatan.")
        _require_region(conn, kecamatan, 3)
        kpjs = _cards_for(conn, kpjs, "kecamatan_kode = ? AND state = ?", (kecamatan, DI_KABUPATEN),
                          "di kabupaten untuk kecamatan ini")
        _require_in_area(conn, kpjs, "kecamatan_kode", kecamatan)
        return _create(conn, "kecamatan", office.kode, kecamatan, on, kpjs, KIRIM_KECAMATAN, user,
                       catatan=catatan)


def send_to_desa(conn: sqlite3.Connection, desa: str, kades: str, on: str, *, jabatan: str = "",
                 kpjs: list[str] | None = None, user: str = ledger.SYSTEM_USER) -> Delivery:
    """The kecamatan hands a desa's head the cards of that desa's people that it holds."""
    if not kades.strip():
        raise InvalidInput("Tuliskan nama kepala desa/lurah (atau wakilnya) yang menerima kartu.")
    require_happened(on)
    with transaction(conn):
        users.require(conn, user, "serah_terima")
        office = office_module.require(conn)
        _require_region(conn, desa, 4)
        if office.is_district:
            _require_district_numbers(conn, kecamatan_of(desa))
        kpjs = _cards_for(conn, kpjs, "desa_kode = ? AND state = ?", (desa, DI_KECAMATAN),
                          "di kantor kecamatan untuk desa ini")
        _require_in_area(conn, kpjs, "desa_kode", desa)
        return _create(conn, "desa", kecamatan_of(desa), desa, on, kpjs, KIRIM_DESA, user,
                       penerima=kades.strip(), jabatan=jabatan.strip() or default_jabatan(desa))


# A kecamatan's desa handovers are numbered in its own yearly series, whichever office records them, and
# the number carries no mark of that office: two offices giving numbers in one series would give the same
# number twice, and the very same string for one desa in one month (then each office refuses the other's
# files for ever: deliveries.no is unique). So the series has one issuer at a time, handed over once: the
# district while it works alone, the kecamatan's office from its enrolment on. That hand-over is safe, as
# the office's first file carries every number the district gave before the office holds a card to hand
# out. The way back is not: a revoked office may have numbered handovers whose files never reached the
# district (a stick in a drawer, a stolen PC, or the office simply going on), so the district does not
# number that kecamatan's handovers again; they are recorded at the kecamatan once it is enrolled again.
def _require_district_numbers(conn, kecamatan: str) -> None:
    since = office_module.enrolled_since(conn, kecamatan)
    if since:
        raise NotOwner(
            f"Berita acara serah terima ke desa di {regions.label(conn, kecamatan)} diberi nomor oleh kantor "
            f"kecamatan itu sejak kantornya terdaftar ({since[:10]}). Kabupaten tidak memberi nomor lagi, supaya "
            "satu nomor tidak dipakai untuk dua berita acara. Catat serah terima ini di kantor kecamatan (bila "
            "pendaftarannya dicabut, daftarkan ulang dulu). Tidak ada yang dicatat."
        )


def _create(conn, kind, dari, ke, on, kpjs, step_kind, user, **header) -> Delivery:
    no = next_number(conn, kind, dari, ke, on)
    event, delivery_uuid = header_event(no, kind, dari, ke, on, **header)
    ledger.append(conn, [event], user=user)
    step = Step(step_kind, on, desa=ke if kind == "desa" else None, doc_no=no,
                details={"delivery": delivery_uuid, **({"penerima": header["penerima"]} if kind == "desa" else {})})
    record_steps(conn, kpjs, step, user=user)
    return get(conn, no)


def _cards_for(conn, kpjs, where, params, what) -> list[str]:
    if kpjs is None:
        kpjs = [r[0] for r in conn.execute(f"SELECT kpj FROM cards WHERE {where} ORDER BY kpj", params)]
    kpjs = list(dict.fromkeys(k.strip() for k in kpjs if k.strip()))
    if not kpjs:
        raise InvalidInput(f"Tidak ada kartu {what}. Tidak ada yang dikirim.")
    return kpjs


def _require_region(conn, kode: str, level: int) -> None:
    office_module.check_area(conn, kode, level=level)


def _require_in_area(conn, kpjs, column, kode) -> None:
    marks = ",".join("?" * len(kpjs))
    wrong = conn.execute(f"SELECT kpj FROM cards WHERE kpj IN ({marks}) AND {column} != ?", [*kpjs, kode])
    wrong = [r[0] for r in wrong]
    if wrong:
        raise InvalidInput(f"Kartu {', '.join(wrong[:5])} bukan milik peserta {regions.label(conn, kode)}.")


def get(conn: sqlite3.Connection, ref: str | int) -> Delivery:
    """A delivery by its number ('001/BAST-KK/…') or its id."""
    row = conn.execute(
        "SELECT d.*, r.nama AS ke_nama FROM deliveries d LEFT JOIN regions r ON r.kode = d.ke "
        "WHERE d.no = ? OR d.id = ?", (str(ref).strip(), _as_id(ref)),
    ).fetchone()
    if row is None:
        raise NotFound(f"Kiriman '{ref}' tidak ditemukan. Periksa nomor berita acaranya.")
    return _delivery(conn, row)


def _as_id(ref) -> int:
    text = str(ref).strip()
    return int(text) if text.isdigit() else -1


def _delivery(conn, row) -> Delivery:
    lines = dict(conn.execute(
        "SELECT status, count(*) FROM delivery_cards WHERE delivery_id = ? GROUP BY status", (row["id"],)))
    return Delivery(row["id"], row["no"], row["kind"], row["dari"], row["ke"], row["ke_nama"] or row["ke"],
                    row["sent_on"], row["penerima"], row["jabatan"], row["received_on"], lines,
                    row["received_by"] or "")


def listing(conn: sqlite3.Connection, *, kind: str | None = None, pending: bool = False,
            limit: int = 200) -> list[Delivery]:
    """Deliveries, newest first; `pending` keeps those whose receipt is not yet confirmed."""
    clauses = ["1"]
    if kind:
        clauses.append("d.kind = :kind")
    if pending:
        clauses.append("d.received_on IS NULL")
    rows = conn.execute(
        "SELECT d.*, r.nama AS ke_nama FROM deliveries d LEFT JOIN regions r ON r.kode = d.ke "
        f"WHERE {' AND '.join(clauses)} ORDER BY d.sent_on DESC, d.id DESC LIMIT :limit",
        {"kind": kind, "limit": limit},
    ).fetchall()
    return [_delivery(conn, r) for r in rows]


def lines(conn: sqlite3.Connection, delivery_id: int) -> list[sqlite3.Row]:
    """The cards of a delivery with their people, by name: the list attached to the berita acara."""
    return conn.execute(
        "SELECT dc.kpj, dc.status, p.nik, p.nama, p.alamat, p.desa_kode, r.nama AS desa, c.state "
        "FROM delivery_cards dc JOIN cards c ON c.kpj = dc.kpj JOIN peserta p ON p.id = c.peserta_id "
        "LEFT JOIN regions r ON r.kode = p.desa_kode WHERE dc.delivery_id = ? "
        "ORDER BY p.nama COLLATE NOCASE, dc.kpj", (delivery_id,),
    ).fetchall()


@dataclass
class Receipt:
    delivery: Delivery
    expected: int
    received: list[str]
    missing: list[str]

    def as_dict(self) -> dict:
        return {"delivery": self.delivery.as_dict(), "penerima": self.delivery.received_by,
                "expected": self.expected, "received": len(self.received),
                "missing": len(self.missing), "missing_kpj": self.missing}


def receive(conn: sqlite3.Connection, ref: str | int, on: str, *, received: list[str] | None = None,
            missing: list[str] | None = None, received_by: str = "", user: str = ledger.SYSTEM_USER) -> Receipt:
    """The kecamatan confirms a delivery: the cards found in the box arrive, the others are recorded lost.

    Give the cards found (`received`, e.g. scanned) or those not found (`missing`); neither means all
    arrived.
    """
    require_happened(on)
    with transaction(conn):
        users.require(conn, user, "serah_terima")
        office_module.require(conn)
        delivery = get(conn, ref)
        if delivery.kind != "kecamatan":
            raise InvalidInput(f"Kiriman {delivery.no} adalah serah terima ke desa; tidak perlu dikonfirmasi.")
        if delivery.received_on:
            raise InvalidTransition(f"Kiriman {delivery.no} sudah dikonfirmasi diterima pada {delivery.received_on}.")
        expected = [r[0] for r in conn.execute(
            "SELECT kpj FROM delivery_cards WHERE delivery_id = ? AND status = 'dikirim' ORDER BY kpj",
            (delivery.id,))]
        found, lost = _split(delivery, expected, received, missing)
        details = {"delivery": _uuid(conn, delivery.id)}
        if found:
            record_steps(conn, found, Step(TERIMA_KECAMATAN, on, doc_no=delivery.no, details=details), user=user)
        if lost:
            record_steps(conn, lost, Step(HILANG_EVENT, on, reason=f"tidak ada dalam kiriman {delivery.no}",
                                          doc_no=delivery.no, details=details), user=user)
        event = NewEvent(PENGIRIMAN_DITERIMA, on, kecamatan_kode=delivery.ke, doc_no=delivery.no,
                         payload={**details, "diterima_oleh": received_by.strip(), "diharapkan": len(expected),
                                  "diterima": len(found), "tidak_ada": len(lost)})
        ledger.append(conn, [event], user=user)
        return Receipt(get(conn, delivery.id), len(expected), found, lost)


def _split(delivery, expected, received, missing) -> tuple[list[str], list[str]]:
    expected_set = set(expected)
    named = [k.strip() for k in (received if received is not None else missing or []) if k.strip()]
    strangers = [k for k in named if k not in expected_set]
    if strangers:
        raise InvalidInput(
            f"KPJ {', '.join(strangers[:5])} bukan bagian dari kiriman {delivery.no} (atau sudah dicatat). "
            "Periksa kartunya; tidak ada yang dicatat."
        )
    if received is not None:
        keep = set(named)
        return [k for k in expected if k in keep], [k for k in expected if k not in keep]
    gone = set(named)
    return [k for k in expected if k not in gone], [k for k in expected if k in gone]


def _uuid(conn, delivery_id: int) -> str:
    return conn.execute("SELECT uuid FROM deliveries WHERE id = ?", (delivery_id,)).fetchone()[0]
