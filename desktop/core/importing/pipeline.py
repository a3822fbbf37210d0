"""A whole list written into the register as events in ONE transaction — cancel or failure leaves the
database exactly as it was.

The wizard checks the list first (plan.analyse), shows what it found, and `commit` writes that plan when
the clerk says so. The CLI (`import_file`) checks and stores together: each run of rows is stored by
SQLite while Python checks the next, which takes a second off a 100,000-row list on two cores. Both give
the same register and the same result object.

A NIK already registered updates that person (a corrected list) with a `peserta_diubah` event and never
touches card history; the same file imported twice changes nothing the second time.
"""

import itertools
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.core import backups, bulk, db, ledger, storage, users
from desktop.core import office as office_module
from desktop.core.bulk import without_cycle_collector
from desktop.core.db import transaction
from desktop.core.errors import InvalidInput, UserError
from desktop.core.importing import columns, readers
from desktop.core.importing.plan import Checker, Plan, analyse
from desktop.core.importing.rows import Candidate
from desktop.core.ledger import NewEvent
from desktop.core.progress import ProgressFn, report
from desktop.core.register import (
    Program,
    card_event,
    person_with_card_event,
    peserta_event,
    program_by_name,
    save_program,
)

EVENTS_PER_STEP = 10_000  # progress (and the chance to cancel) between these many events
ROWS_PER_RUN = 10_000  # the CLI checks this many rows while the run before is stored


@without_cycle_collector
def commit(conn: sqlite3.Connection, plan: Plan, *, today: date, program: str | None = None,
           remember_mapping: bool = False, user: str = ledger.SYSTEM_USER,
           progress: ProgressFn | None = None) -> dict:
    """Write the plan: all of it, or (on Cancelled or any failure) nothing. Returns the result object."""
    users.require(conn, user, "impor")  # before the backup too: a refused import leaves no trace
    district = _district(conn)
    on = today.isoformat()
    if plan.new or plan.updates or plan.cards:
        backups.before(conn, "impor")  # the register as it was, in case the list was the wrong one
    with transaction(conn):
        program_uuid = _program_uuid(conn, resolve_program(conn, plan, program), on, user)
        events, total = _events(plan.new, plan.updates, plan.cards, program_uuid, district, on)
        report(progress, 0, total, "Menyimpan…")
        bulk.append_overlapped(conn, bulk.chunked(events, EVENTS_PER_STEP), user=user,
                               after_chunk=lambda stored: report(progress, stored, total, "Menyimpan…"))
        if remember_mapping:
            columns.remember(conn, plan.header, plan.mapping, on=on)
        report(progress, total, total, "Tersimpan.")
    return plan.result()


def _district(conn: sqlite3.Connection) -> str:
    office = office_module.require(conn)
    if not office.is_district:
        raise UserError("Hanya kantor kabupaten yang boleh mengimpor daftar peserta. "
                        "Kantor kecamatan menerima datanya lewat sinkronisasi.")
    return office.kode


def _events(new: list[Candidate], updates: list[tuple[Candidate, dict]], cards: list[Candidate],
            program_uuid: str | None, district: str, on: str) -> tuple[Iterator[NewEvent], int]:
    """The events of these rows, made as they are stored (each chunk's while the one before is projected),
    and how many. A new person with a card is one event; a card for someone already registered, a card
    event. In NIK (and KPJ) order: the indexes on those columns then grow at their end, which is what makes
    a 100,000-row insert fast; the order of a list has no meaning for the register."""
    newcomers = {c.data.nik for c in new}
    cards = [c for c in cards if c.data.nik not in newcomers]
    made = itertools.chain(
        (person_with_card_event(c.kpj, c.data, program_uuid, district, on) if c.kpj else peserta_event(c.data, on)
         for c in sorted(new, key=lambda c: c.data.nik)),
        (NewEvent("peserta_diubah", on, nik=c.data.nik, kecamatan_kode=c.data.kecamatan_kode, payload=changes)
         for c, changes in updates),
        (card_event(c.kpj, c.data, program_uuid, district, on) for c in sorted(cards, key=lambda c: c.kpj)),
    )
    return made, len(new) + len(updates) + len(cards)


def resolve_program(conn: sqlite3.Connection, plan: Plan, name: str | None) -> str | None:
    """The programme the list's cards go to (recorded on the plan). A card without a programme is left out
    of the reconciliation's cost, so when the list registers cards and no programme is named, the only
    programme is used (and the note says so); with none or several the import is refused."""
    plan.program, plan.program_note = (" ".join(name.split()) if name and name.strip() else None), ""
    if plan.program:
        existing = program_by_name(conn, plan.program)
        plan.program = existing["nama"] if existing else plan.program  # as it is written in the register
        return plan.program
    if not plan.cards:
        return None
    names = _program_names(conn)
    if len(names) == 1:
        plan.program = names[0]
        plan.program_note = f"Kartu dicatat di program '{names[0]}', satu-satunya program yang ada."
        return plan.program
    cards = f"Daftar ini mencatat {len(plan.cards)} kartu"
    if not names:
        raise InvalidInput(f"{cards}, tetapi belum ada program. Sebutkan programnya dengan --program NAMA "
                           "(program baru dibuat dengan nama itu).")
    raise InvalidInput(f"{cards}, dan ada {len(names)} program: {', '.join(names)}. Pilih programnya dengan "
                       "--program NAMA (nama baru membuat program baru).")


def _program_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT nama FROM programs ORDER BY nama COLLATE NOCASE")]


_UNKNOWN = object()


def _program_before_check(conn: sqlite3.Connection, plan: Plan, name: str | None) -> str | None | object:
    """The programme resolve_program will give, when it can be told before the list is checked: the one
    named, none for a list without a KPJ column, the only one there is. Otherwise _UNKNOWN: it depends on
    whether the list has cards at all, and a refusal says how many."""
    if name and name.strip():
        return resolve_program(conn, plan, name)
    if "kpj" not in plan.mapping:
        return None
    names = _program_names(conn)
    return names[0] if len(names) == 1 else _UNKNOWN


def _program_uuid(conn, name: str | None, on: str, user: str) -> str | None:
    if not name:
        return None
    row = program_by_name(conn, name)
    if row:
        return row["uuid"]
    return save_program(conn, Program(nama=" ".join(name.split())), on=on, user=user)


@dataclass
class ImportRequest:
    path: Path
    sheet: str | None = None
    header_row: int | None = None
    overrides: list[str] = field(default_factory=list)
    program: str | None = None
    dry_run: bool = False


def import_file(conn: sqlite3.Connection, request: ImportRequest, *, today: date, user: str = ledger.SYSTEM_USER,
                progress: ProgressFn | None = None) -> Plan:
    """The CLI's path: read, find the header, map (remembered, guessed, overridden), check and store."""
    table = readers.read(request.path, request.sheet)
    header_row = request.header_row or columns.find_header_row(table.rows)
    header = columns.header_cells(table.rows, header_row)
    mapping = columns.apply_overrides(header, columns.mapping_for(conn, header).mapping, request.overrides)
    columns.require_essentials(mapping)
    plan = Plan(table, header_row, header, mapping)
    program = _UNKNOWN if request.dry_run else _program_before_check(conn, plan, request.program)
    if program is not _UNKNOWN and db.readable_while_writing(conn):
        return _check_and_store(conn, plan, request, program, today=today, user=user, progress=progress)
    plan = analyse(conn, table, header_row, mapping, today=today, progress=progress)
    _require_rows(plan, request)
    if request.dry_run:
        try:
            resolve_program(conn, plan, request.program)
        except InvalidInput as refusal:  # a check shows every problem: this one goes with the others
            plan.program_note = str(refusal)
    else:
        commit(conn, plan, today=today, program=request.program, remember_mapping=bool(request.overrides),
               user=user, progress=progress)
    return plan


@without_cycle_collector
def _check_and_store(conn: sqlite3.Connection, plan: Plan, request: ImportRequest, program: str | None, *,
                     today: date, user: str, progress: ProgressFn | None) -> Plan:
    """Check the list a run of rows at a time and store each run while the next is checked, in one
    transaction. The register is read through a second connection meanwhile (the import's own is lent to
    the storing thread), which sees it as it was before the import, as `analyse` would."""
    users.require(conn, user, "impor")
    on = today.isoformat()
    database = storage.database_file(conn)
    with db.reader(database) as register, transaction(conn):
        district = _district(conn)
        program_uuid = _program_uuid(conn, program, on, user)
        checker = Checker(conn, plan, today, register=register)
        runs = _checked_runs(checker, program_uuid, district, on, database, progress)
        bulk.append_overlapped(conn, runs, user=user)
        _require_rows(plan, request)  # nothing was stored: the transaction ends with nothing written
        resolve_program(conn, plan, request.program)  # the programme and its note, as `commit` gives them
        if request.overrides:
            columns.remember(conn, plan.header, plan.mapping, on=on)
    report(progress, plan.data_rows, plan.data_rows, "Tersimpan.")
    return checker.finish()


def _checked_runs(checker: Checker, program_uuid: str | None, district: str, on: str, database: str,
                  progress: ProgressFn | None) -> Iterator[list[NewEvent]]:
    """Each run's events, checked when bulk asks for them (while it stores the run before). The backup
    is taken before the first run that changes anything, so a list that changes nothing leaves none."""
    plan, total = checker.plan, checker.plan.data_rows
    backed_up = False
    for start in range(0, total, ROWS_PER_RUN):
        report(progress, start, total, "Mengimpor…")
        new, updates, cards = len(plan.new), len(plan.updates), len(plan.cards)
        checker.check(start, start + ROWS_PER_RUN)
        events, count = _events(plan.new[new:], plan.updates[updates:], plan.cards[cards:], program_uuid,
                                district, on)
        if count and not backed_up:
            backups.before(database, "impor")  # its own connection: reads the register as committed
            backed_up = True
        yield list(events)


def _require_rows(plan: Plan, request: ImportRequest) -> None:
    if not plan.rows_read:  # the wizard says the same under its disabled "Impor sekarang"
        raise InvalidInput(f"Tidak ada baris data di bawah baris judul (baris {plan.header_row}) di "
                           f"{request.path.name}. Periksa baris judulnya (--header-row N) atau pilih berkas lain. "
                           "Tidak ada yang diimpor.")
