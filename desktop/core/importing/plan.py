"""What importing a list would do (`Plan`): every row judged and compared with the register, read-only.

`Checker` does it a run of rows at a time. What spans runs — the first row of each NIK and of each KPJ —
is kept in the checker, so a list checked in runs gives exactly the plan it gives checked at once: the
wizard checks the whole list before the clerk decides (`analyse`), the CLI stores each run while it
checks the next (pipeline.import_file).
"""

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from desktop.core import office as office_module
from desktop.core.bulk import without_cycle_collector
from desktop.core.importing import columns
from desktop.core.importing.problems import WARNING, Problem, perlu_dicek_text
from desktop.core.importing.readers import Table
from desktop.core.importing.rows import Candidate, RowJudge
from desktop.core.importing.wilayah import RegionMatcher
from desktop.core.progress import ProgressFn, report

COMPARED = ("nama", "tanggal_lahir", "jenis_kelamin", "alamat", "desa_kode", "kecamatan_kode", "pekerjaan",
            "telepon")
ROWS_PER_STEP = 5_000


@dataclass
class Plan:
    """What importing the table would do; pipeline.commit carries it out."""

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
    program: str | None = None  # the programme the cards are registered in (see pipeline.resolve_program)
    program_note: str = ""  # why that programme, when the clerk did not name it

    @property
    def updated(self) -> int:
        return len(self.updates) + self.cards_only

    @property
    def data_rows(self) -> int:
        """How many rows there are below the header (blank and total rows included)."""
        return max(len(self.table.rows) - self.header_row, 0)

    def result(self) -> dict:
        """The `import --json` object of DESIGN §6."""
        return {"file": str(self.table.path), "rows_read": self.rows_read, "imported": len(self.new),
                "updated": self.updated, "unchanged": self.unchanged, "rejected": self.rejected,
                "warnings": self.warnings, "problems": [p.as_dict() for p in self.problems],
                "program": self.program, "program_note": self.program_note}


class Checker:
    """Judges the plan's rows a run at a time, adding each to the plan's lists and counts.

    `register` is the connection the register is read through; while the import's own connection is
    busy storing the runs before, that is a second, read-only one (db.reader), which sees the register as
    it was before the import — what `analyse` sees too.
    """

    def __init__(self, conn: sqlite3.Connection, plan: Plan, today: date,
                 register: sqlite3.Connection | None = None) -> None:
        columns.require_essentials(plan.mapping)
        office = office_module.require(conn)
        self.plan = plan
        self.judge = RowJudge(plan.header, plan.mapping, RegionMatcher(conn, office.kabupaten_kode), today)
        self.register = register or conn
        self.first_row: dict[str, int] = {}  # NIK → the row it was first accepted from
        self.kpj_row: dict[str, Candidate] = {}  # KPJ → the row whose card it is

    def check(self, start: int, stop: int) -> None:
        """Data rows start…stop-1 (0 is the row just below the header)."""
        plan, judge = self.plan, self.judge
        first = plan.header_row
        candidates = [judge.judge(first + offset + 1, cells)
                      for offset, cells in enumerate(plan.table.rows[first + start:first + stop], start)
                      if not judge.skip(cells)]
        plan.rows_read += len(candidates)
        self._compare_with_register(self._first_of_each_nik(candidates))
        for candidate in candidates:
            if candidate.problems:  # most rows of a list have none: nothing to count
                plan.problems += candidate.problems
                if candidate.rejected:
                    plan.rejected += 1
                elif any(p.severity == WARNING for p in candidate.problems):
                    plan.warnings += 1

    def finish(self) -> Plan:
        self.plan.problems.sort(key=attrgetter("row"))
        return self.plan

    def _first_of_each_nik(self, candidates: list[Candidate]) -> list[Candidate]:
        first_row, judge = self.first_row, self.judge
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

    def _compare_with_register(self, accepted: list[Candidate]) -> None:
        plan, judge = self.plan, self.judge
        existing = _existing_peserta(self.register, [c.data.nik for c in accepted])
        card_owner = _card_owners(self.register, [c.kpj for c in accepted if c.kpj])
        for candidate in accepted:
            person = existing.get(candidate.data.nik)
            _check_kpj(candidate, person, card_owner, self.kpj_row, judge)
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


@without_cycle_collector
def analyse(conn: sqlite3.Connection, table: Table, header_row: int, mapping: dict[str, int], *,
            today: date, progress: ProgressFn | None = None) -> Plan:
    """Judge every row and compare with the register. Reads only."""
    plan = Plan(table, header_row, columns.header_cells(table.rows, header_row), mapping)
    checker = Checker(conn, plan, today)
    total = plan.data_rows
    for start in range(0, total, ROWS_PER_STEP):
        report(progress, start, total, "Memeriksa baris…")
        checker.check(start, start + ROWS_PER_STEP)
    report(progress, total, total, "Pemeriksaan selesai.")
    return checker.finish()


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


