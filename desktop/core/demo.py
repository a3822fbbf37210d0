"""A realistic synthetic programme for one kabupaten: this office is the district office working alone.

Every card goes through the same rule (`states.next_position`) as a clerk's click, so the demo's
history is one that the app could have recorded; a seed makes it the same on every run.
"""

import random
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.core import demo_names as names
from desktop.core import ledger, regions
from desktop.core import nik as nik_rules
from desktop.core import office as office_module
from desktop.core.cards import Step, step_event
from desktop.core.db import transaction
from desktop.core.demo_deliveries import DemoDeliveries
from desktop.core.errors import InvalidInput, UserError
from desktop.core.register import PesertaData, Program, person_with_card_event, save_program
from desktop.core.states import (
    HILANG_EVENT,
    KEMBALIKAN,
    KIRIM_DESA,
    KIRIM_KECAMATAN,
    RETURN_REASONS,
    SERAHKAN,
    TERIMA_KECAMATAN,
    Position,
)

DEFAULT_REGION = "17.04"  # Kabupaten Kaur, Bengkulu: 7,130 workers in 15 kecamatan (seeds/)
DEFAULT_WORKERS = 7130
CHUNK = 20_000  # events per transaction when the demo is large


@dataclass
class DemoResult:
    workers: int
    events: int
    program: str


@dataclass
class _Card:
    person: PesertaData
    kpj: str
    position: Position
    steps: list = field(default_factory=list)  # (date, order, NewEvent)


def build(conn: sqlite3.Connection, *, region: str = DEFAULT_REGION, workers: int = DEFAULT_WORKERS,
          seed: int = 1, today: date | None = None) -> DemoResult:
    """Fill this (empty) database with the demo programme. Refuses a database that already holds data."""
    if workers < 1 or workers > 2_000_000:
        raise InvalidInput("Jumlah pekerja contoh harus antara 1 dan 2.000.000.")
    today = today or date.today()
    office = office_module.init_office(conn, "kabupaten", region)
    if conn.execute("SELECT count(*) FROM events").fetchone()[0]:
        raise UserError("Basis data ini sudah berisi data. Data contoh hanya dibuat di basis data kosong.")
    rng = random.Random(seed)
    arrival = today - timedelta(days=60)
    program = Program(
        nama=f"Perlindungan Pekerja Rentan {office.nama} {arrival.year}",
        pendana=f"APBD {office.nama}", mulai=arrival.replace(day=1).isoformat(),
        selesai=_add_months(arrival.replace(day=1), 6).isoformat(), target=workers,
        batas_distribusi=(today + timedelta(days=12)).isoformat(),
    )
    program_uuid = save_program(conn, program, on=arrival.isoformat())
    cards = _people(conn, rng, office.kode, workers, arrival)
    boxes = DemoDeliveries()
    _plan_journeys(rng, cards, office.kode, arrival, today, boxes)
    # Each worker and their card in one event, as an imported list registers them.
    events = [person_with_card_event(c.kpj, c.person, program_uuid, office.kode, arrival.isoformat()) for c in cards]
    moves = sorted([*(s for c in cards for s in c.steps), *boxes.events()], key=lambda s: (s[0], s[1]))
    events += [s[2] for s in moves]
    for start in range(0, len(events), CHUNK):
        with transaction(conn):
            ledger.append(conn, events[start:start + CHUNK])
    return DemoResult(workers, len(events) + 1, program.nama)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1)


def _people(conn, rng: random.Random, kabupaten: str, workers: int, arrival: date) -> list[_Card]:
    kecamatan = regions.children(conn, kabupaten)
    desa_of = {k["kode"]: [d["kode"] for d in regions.children(conn, k["kode"])] for k in kecamatan}
    weights = [len(desa_of[k["kode"]]) * rng.uniform(0.6, 1.4) for k in kecamatan]
    kpjs = rng.sample(range(10_000_000_000, 99_999_999_999), workers)
    serials: dict[str, int] = {}
    cards = []
    for i, kec in enumerate(rng.choices([k["kode"] for k in kecamatan], weights, k=workers)):
        sex = rng.choice("LP")
        birth = arrival - timedelta(days=rng.randint(19 * 365, 64 * 365))
        prefix = nik_rules.build(kec, birth, sex, 0)[:12]
        serials[prefix] = serials.get(prefix, rng.randint(0, 40)) + 1
        person = PesertaData(
            nik=nik_rules.build(kec, birth, sex, serials[prefix]), nama=_name(rng, sex),
            tanggal_lahir=birth.isoformat(), jenis_kelamin=sex, alamat=_address(rng),
            desa_kode=rng.choice(desa_of[kec]), kecamatan_kode=kec,
            pekerjaan=rng.choices([j for j, _ in names.JOBS], [w for _, w in names.JOBS])[0],
            telepon=f"08{rng.choice('1257')}{rng.randint(10**8, 10**9 - 1)}" if rng.random() < 0.6 else "",
        )
        cards.append(_Card(person, str(kpjs[i]), Position("di_kabupaten", kabupaten, arrival.isoformat())))
    return cards


def _name(rng: random.Random, sex: str) -> str:
    first, last = (names.MALE, names.MALE_SURNAMES) if sex == "L" else (names.FEMALE, names.FEMALE_SURNAMES)
    roll = rng.random()
    if roll < 0.3:
        return rng.choice(first)
    if roll < 0.85:
        return f"{rng.choice(first)} {rng.choice(last)}"
    return f"{rng.choice(first)} {rng.choice(first)} {rng.choice(last)}"


def _address(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"Dusun {rng.choice(['I', 'II', 'III', 'IV'])} RT {rng.randint(1, 8):03d}"
    return f"{rng.choice(names.STREETS)} No. {rng.randint(1, 120)}"


def _plan_journeys(rng: random.Random, cards: list[_Card], kabupaten: str, arrival: date, today: date,
                   boxes: DemoDeliveries) -> None:
    """Give each kecamatan a pace (some quick, some holding the cards) and walk every card along it."""
    by_kecamatan: dict[str, list[_Card]] = {}
    for card in cards:
        by_kecamatan.setdefault(card.person.kecamatan_kode, []).append(card)
    ordered = sorted(by_kecamatan.items())
    # One kecamatan still waits for its box and one has not confirmed it: every state shows up.
    unsent, unconfirmed = rng.sample(range(len(ordered)), 2) if len(ordered) > 2 else (None, None)
    for number, (kec, group) in enumerate(ordered, start=1):
        if number - 1 == unsent:
            continue
        pace = rng.random()
        sent = arrival + timedelta(days=rng.randint(3, 45))
        if number - 1 == unconfirmed:
            sent = today - timedelta(days=rng.randint(2, 12))
        received = min(sent + timedelta(days=rng.randint(0, 3)), today)
        desa_dates = _desa_handover_dates(rng, group, received, today, pace)
        box = boxes.to_kecamatan(kabupaten, kec, sent, None if number - 1 == unconfirmed else received)
        for card in group:
            _walk(rng, card, kec, sent, box, box.received, desa_dates, today, boxes)


def _desa_handover_dates(rng, group, received: date, today: date, pace: float) -> dict[str, date | None]:
    """When the kecamatan passed each desa its cards; a slow kecamatan still sits on some."""
    dates = {}
    for desa in sorted({c.person.desa_kode for c in group}):
        held = rng.random() < (0.45 - 0.4 * pace)
        when = received + timedelta(days=rng.randint(1, 20))
        dates[desa] = None if held or when > today else when
    return dates


def _walk(rng, card: _Card, kec: str, sent: date, box, received: date | None,
          desa_dates: dict, today: date, boxes: DemoDeliveries) -> None:
    # Document numbers and delivery links are filled in once every box is known (DemoDeliveries).
    _step(card, KIRIM_KECAMATAN, sent, kec)
    box.card_events.append(card.steps[-1][2])
    if received is None:
        return
    _step(card, TERIMA_KECAMATAN, received, kec)
    box.card_events.append(card.steps[-1][2])
    roll = rng.random()
    if roll < 0.06:  # handed over at the kecamatan counter
        _finish(rng, card, kec, received + timedelta(days=rng.randint(0, 6)), today)
        return
    if roll < 0.075:
        _step(card, HILANG_EVENT, min(received + timedelta(days=rng.randint(1, 10)), today), kec,
              reason="rusak di kantor kecamatan")
        return
    at_desa = desa_dates[card.person.desa_kode]
    if at_desa is None:
        return
    desa_box = boxes.to_desa(kec, card.person.desa_kode, at_desa)
    _step(card, KIRIM_DESA, at_desa, kec, desa=card.person.desa_kode, details={"penerima": desa_box.penerima})
    desa_box.card_events.append(card.steps[-1][2])
    if rng.random() < 0.85:
        _finish(rng, card, kec, at_desa + timedelta(days=rng.randint(0, 20)), today)


def _finish(rng, card: _Card, kec: str, when: date, today: date) -> None:
    """The last hop: to the worker (sometimes a proxy), or back as undeliverable."""
    if when > today:
        return
    roll = rng.random()
    if roll < 0.05:
        reason = rng.choices(list(RETURN_REASONS), [2, 4, 5, 1, 2, 1])[0]
        details = {}
        if reason == "meninggal":
            details = {"tanggal_meninggal": (when - timedelta(days=rng.randint(3, 40))).isoformat(),
                       "ahli_waris": _name(rng, rng.choice("LP")),
                       "telepon_ahli_waris": f"0812{rng.randint(10**7, 10**8 - 1)}"}
        _step(card, KEMBALIKAN, when, kec, reason=reason, details=details)
        return
    details = {"penerima": "sendiri"}
    if roll < 0.2:
        details = {"penerima": "wakil", "nama_wakil": _name(rng, rng.choice("LP")),
                   "hubungan": rng.choice(names.RELATIONS)}
    _step(card, SERAHKAN, when, kec, details=details)


def _step(card: _Card, kind: str, when: date, kec: str, *, desa=None, reason=None, doc_no=None,
          details=None) -> None:
    step = Step(kind, when.isoformat(), desa=desa, reason=reason, doc_no=doc_no, details=details or {})
    event, card.position = step_event(card.kpj, kec, card.position, step)
    card.steps.append((step.on, len(card.steps), event))
