"""A whole list: analysed against the database (`analyse`, read-only), then written (`commit`) as events
in ONE transaction — cancel or failure leaves the database exactly as it was.

A NIK already registered updates that person (a corrected list) with a `peserta_diubah` event and never
touches card history; the same file imported twice changes nothing the second time.
"""

import itertools
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from pathlib import Path

from desktop.core import backups, bulk, ledger, users
from desktop.core import office as office_module
from desktop.core.bulk import without_cycle_collector
from desktop.core.db import transaction
from desktop.core.errors import InvalidInput, UserError
from desktop.core.importing import columns, readers
from desktop.core.importing.problems import WARNING, Problem, perlu_dicek_text
from desktop.core.importing.readers import Table
from desktop.core.importing.rows import Candidate, RowJudge
from desktop.core.importing.wilayah import RegionMatcher
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

COMPARED = ("nama", "tanggal_lahir", "jenis_kelamin", "alamat", "desa_kode", "kecamatan_kode", "pekerjaan",
            "telepon")
EVENTS_PER_STEP = 10_000  # progress (and the chance to cancel) between these many events
ROWS_PER_STEP = 5_000


@dataclass
class Plan:
    """What importing the table would do; `commit` carries it out."""

    table: Table
    header_row: int
    header: list[str]
    mapping: dict[str, int]
    rows_read: int = 0
    new: list[Candidate] = field(default_factory=list)
    updates: list[tuple[Candidate, dict]] = field(default_factory=list)  # (row, changed fields)
    cards: list[Candidate] = field(default_factory=list)
    unchanged: int = 0
    rejected: int = 0
    warnings: int = 0
    problems: list[Problem] = field(default_factory=list)

    cards_only: int = 0  # registered people whose only news is their card
    program: str | None = None  # the programme the cards are registered in (see resolve_program)
    program_note: str = ""  # why that programme, when the clerk did not name it

    @property
    def updated(self) -> int:
        return len(self.updates) + self.cards_only

    def result(self) -> dict:
        """The `import --json` object of DESIGN §6."""
        return {"file": str(self.table.path), "rows_read": self.rows_read, "imported": len(self.new),
                "updated": self.updated, "unchanged": self.unchanged, "rejected": self.rejected,
                "warnings": self.warnings, "problems": [p.as_dict() for p in self.problems],
                "program": self.program, "program_note": self.program_note}


@without_cycle_collector
def analyse(conn: sqlite3.Connection, table: Table, header_row: int, mapping: dict[str, int], *,
            today: date, progress: ProgressFn | None = None) -> Plan:
    """Judge every row and compare with the register. Reads only."""
    columns.require_essentials(mapping)
    office = office_module.require(conn)
    header = columns.header_cells(table.rows, header_row)
    plan = Plan(table, header_row, header, mapping)
    judge = RowJudge(header, mapping, RegionMatcher(conn, office.kabupaten_kode), today)
    data_rows = table.rows[header_row:]
    candidates = []
    for offset, cells in enumerate(data_rows):
        if offset % ROWS_PER_STEP == 0:
            report(progress, offset, len(data_rows), "Memeriksa baris…")
        if judge.skip(cells):
            continue
        candidates.append(judge.judge(header_row + offset + 1, cells))
    plan.rows_read = len(candidates)
    accepted = _first_of_each_nik(candidates, judge)
    _compare_with_register(conn, plan, accepted, judge)
    for candidate in candidates:
        if candidate.problems:  # most rows of a list have none: nothing to count
            plan.problems += candidate.problems
            if candidate.rejected:
                plan.rejected += 1
            elif any(p.severity == WARNING for p in candidate.problems):
                plan.warnings += 1
    plan.problems.sort(key=attrgetter("row"))
    report(progress, len(data_rows), len(data_rows), "Pemeriksaan selesai.")
    return plan


def _first_of_each_nik(candidates: list[Candidate], judge: RowJudge) -> list[Candidate]:
    first_row: dict[str, int] = {}
    accepted = []
    for candidate in candidates:
        if candidate.rejected:
            continue
        seen = first_row.get(candidate.data.nik)
        if seen:
            candidate.problems.clear()  # the repeat is not imported: its other problems do not matter
            judge.add_problem(candidate, "nik", "nik_duplicate_in_file",
                           f"NIK {candidate.data.nik} sudah ada di baris {seen}; baris ini tidak diimpor.")
            continue
        first_row[candidate.data.nik] = candidate.row
        accepted.append(candidate)
    return accepted


def _compare_with_register(conn, plan: Plan, accepted: list[Candidate], judge: RowJudge) -> None:
    existing = _existing_peserta(conn, [c.data.nik for c in accepted])
    card_owner = _card_owners(conn, [c.kpj for c in accepted if c.kpj])
    kpj_row: dict[str, Candidate] = {}
    for candidate in accepted:
        person = existing.get(candidate.data.nik)
        _check_kpj(candidate, person, card_owner, kpj_row, judge)
        if person is not None:
            _check_same_person(candidate, person, judge)
        text = perlu_dicek_text(candidate.problems)
        if person is None:
            candidate.data.perlu_dicek = text
            plan.new.append(candidate)
        else:
            changes = _changes(candidate, person, text)
            if changes:
                plan.updates.append((candidate, changes))
            elif candidate.kpj:
                plan.cards_only += 1
            else:
                plan.unchanged += 1
        if candidate.kpj:
            plan.cards.append(candidate)


def _check_kpj(candidate, person, card_owner, kpj_row, judge) -> None:
    kpj = candidate.kpj
    if not kpj:
        return
    owner = card_owner.get(kpj)
    if person is not None and person["kpj"]:
        if person["kpj"] != kpj:
            judge.add_problem(candidate, "kpj", "kpj_changed",
                           f"Peserta ini sudah punya kartu KPJ {person['kpj']}; KPJ {kpj} di berkas tidak dicatat.")
        candidate.kpj = None
    elif owner and owner != candidate.data.nik:
        judge.add_problem(candidate, "kpj", "kpj_duplicate",
                       f"KPJ {kpj} sudah tercatat untuk NIK {owner}; kartu tidak dicatat untuk orang ini.")
        candidate.kpj = None
    elif kpj in kpj_row:
        judge.add_problem(candidate, "kpj", "kpj_duplicate",
                       f"KPJ {kpj} juga tertulis di baris {kpj_row[kpj].row} untuk orang lain; kartu tidak dicatat.")
        candidate.kpj = None
    else:
        kpj_row[kpj] = candidate


def _check_same_person(candidate, person, judge) -> None:
    def key(name):
        return "".join(ch for ch in name.lower() if ch.isalnum())
    if key(candidate.data.nama) != key(person["nama"]):
        judge.add_problem(candidate, "nama", "nik_duplicate_in_db",
                       f"NIK ini sudah terdaftar atas nama '{person['nama']}'; nama diganti menjadi "
                       f"'{candidate.data.nama}'. Pastikan orangnya sama.")


def _changes(candidate: Candidate, person, text: str) -> dict:
    """The fields this row changes. perlu_dicek changes with the data, or when the row brings a new
    reason (a desa the clerk already chose in the app is not flagged again)."""
    data = candidate.data
    changes = {f: getattr(data, f) for f in COMPARED
               if f in candidate.supplied and getattr(data, f) != person[f]}
    if changes:
        if text != person["perlu_dicek"]:
            changes["perlu_dicek"] = text
        return changes
    stored = {line.split(": ", 1)[0] for line in person["perlu_dicek"].splitlines()}
    fresh = [line for line in text.splitlines() if line.split(": ", 1)[0] not in stored
             and not (line.startswith("region_unknown") and person["desa_kode"])]
    if fresh:
        changes["perlu_dicek"] = "\n".join([person["perlu_dicek"], *fresh]).strip("\n")
    return changes


def _existing_peserta(conn, niks: list[str]) -> dict[str, sqlite3.Row]:
    found = {}
    if _empty(conn, "peserta"):
        return found  # the first list of a district: 100,000 NIKs not looked up one chunk at a time
    for start in range(0, len(niks), 500):
        chunk = niks[start:start + 500]
        for row in conn.execute(
            f"SELECT p.nik, {', '.join('p.' + f for f in COMPARED)}, p.perlu_dicek, c.kpj "
            f"FROM peserta p LEFT JOIN cards c ON c.id = p.card_id WHERE p.nik IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            found[row["nik"]] = row
    return found


def _card_owners(conn, kpjs: list[str]) -> dict[str, str]:
    owners = {}
    if _empty(conn, "cards"):
        return owners
    for start in range(0, len(kpjs), 500):
        chunk = kpjs[start:start + 500]
        owners.update(conn.execute(
            f"SELECT c.kpj, p.nik FROM cards c JOIN peserta p ON p.id = c.peserta_id "
            f"WHERE c.kpj IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    return owners


def _empty(conn, table: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None


@without_cycle_collector
def commit(conn: sqlite3.Connection, plan: Plan, *, today: date, program: str | None = None,
           remember_mapping: bool = False, user: str = ledger.SYSTEM_USER,
           progress: ProgressFn | None = None) -> dict:
    """Write the plan: all of it, or (on Cancelled or any failure) nothing. Returns the result object."""
    users.require(conn, user, "impor")  # before the backup too: a refused import leaves no trace
    on = today.isoformat()
    if plan.new or plan.updates or plan.cards:
        backups.before(conn, "impor")  # the register as it was, in case the list was the wrong one
    with transaction(conn):
        office = office_module.require(conn)
        if not office.is_district:
            raise UserError("Hanya kantor kabupaten yang boleh mengimpor daftar peserta. "
                            "Kantor kecamatan menerima datanya lewat sinkronisasi.")
        program_uuid = _program_uuid(conn, resolve_program(conn, plan, program), on, user)
        events, total = _events(plan, program_uuid, office.kode, on)
        report(progress, 0, total, "Menyimpan…")
        bulk.append_overlapped(conn, bulk.chunked(events, EVENTS_PER_STEP), user=user,
                               after_chunk=lambda stored: report(progress, stored, total, "Menyimpan…"))
        if remember_mapping:
            columns.remember(conn, plan.header, plan.mapping, on=on)
        report(progress, total, total, "Tersimpan.")
    return plan.result()


def _events(plan: Plan, program_uuid: str | None, district: str, on: str) -> tuple[Iterator[NewEvent], int]:
    """The plan's events, made as they are stored (each chunk's while the one before is projected), and
    how many. A new person with a card is one event; a card for someone already registered, a card event.
    In NIK (and KPJ) order: the indexes on those columns then grow at their end, which is what makes a
    100,000-row insert fast; the order of a list has no meaning for the register."""
    newcomers = {c.data.nik for c in plan.new}
    cards = [c for c in plan.cards if c.data.nik not in newcomers]
    made = itertools.chain(
        (person_with_card_event(c.kpj, c.data, program_uuid, district, on) if c.kpj else peserta_event(c.data, on)
         for c in sorted(plan.new, key=lambda c: c.data.nik)),
        (NewEvent("peserta_diubah", on, nik=c.data.nik, kecamatan_kode=c.data.kecamatan_kode, payload=changes)
         for c, changes in plan.updates),
        (card_event(c.kpj, c.data, program_uuid, district, on) for c in sorted(cards, key=lambda c: c.kpj)),
    )
    return made, len(plan.new) + len(plan.updates) + len(cards)


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
    names = [r[0] for r in conn.execute("SELECT nama FROM programs ORDER BY nama COLLATE NOCASE")]
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
    """The CLI's path: read, find the header, map (remembered, guessed, overridden), analyse, commit."""
    table = readers.read(request.path, request.sheet)
    header_row = request.header_row or columns.find_header_row(table.rows)
    header = columns.header_cells(table.rows, header_row)
    mapping = columns.apply_overrides(header, columns.mapping_for(conn, header).mapping, request.overrides)
    plan = analyse(conn, table, header_row, mapping, today=today, progress=progress)
    if not plan.rows_read:  # the wizard says the same under its disabled "Impor sekarang"
        raise InvalidInput(f"Tidak ada baris data di bawah baris judul (baris {header_row}) di {request.path.name}. "
                           "Periksa baris judulnya (--header-row N) atau pilih berkas lain. Tidak ada yang diimpor.")
    if request.dry_run:
        try:
            resolve_program(conn, plan, request.program)
        except InvalidInput as refusal:  # a check shows every problem: this one goes with the others
            plan.program_note = str(refusal)
    else:
        commit(conn, plan, today=today, program=request.program, remember_mapping=bool(request.overrides),
               user=user, progress=progress)
    return plan

