"""One data row judged: its values made clean, its region resolved, its problems named (DESIGN §5–6)."""

import re
from collections import namedtuple
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter

from desktop.core import nik as nik_rules
from desktop.core.importing import values
from desktop.core.importing.columns import FIELDS
from desktop.core.importing.problems import ERROR, Problem
from desktop.core.importing.wilayah import RegionMatcher, Resolved
from desktop.core.register import PesertaData

_TOTAL = re.compile(r"^\s*(jumlah|total|sub\s*total|grand\s*total)\b", re.IGNORECASE)
KPJ_LENGTH = 11
RowCells = namedtuple("RowCells", FIELDS)  # a row's cell for each field ("" for a field not mapped)


@dataclass(slots=True)
class Candidate:
    row: int
    data: PesertaData
    kpj: str | None = None
    problems: list[Problem] = field(default_factory=list)
    supplied: AbstractSet[str] = field(default_factory=set)  # peserta fields this row gives a value for

    @property
    def rejected(self) -> bool:
        return bool(self.problems) and any(p.severity == ERROR for p in self.problems)


def _column_numbers(cells: list) -> bool:
    """The row of column numbers (1, 2, 3, …) that government tables put under their header."""
    filled = [values.text(c) for c in cells if not values.is_blank(c)]
    return len(filled) >= 3 and all(t.isdigit() and len(t) <= 2 for t in filled) and \
        [int(t) for t in filled] == list(range(int(filled[0]), int(filled[0]) + len(filled)))


class RowJudge:
    """Judges the rows of one list. Runs for every row of a 100,000-row list, so the common cells (a NIK,
    a KPJ and a phone number typed as text, a date cell) take short paths, and values that repeat down a
    list (desa and kecamatan, sex, the birth digits of a NIK) are worked out once per import."""

    def __init__(self, header: list[str], mapping: dict[str, int], matcher: RegionMatcher, today: date):
        self.header, self.mapping, self.matcher, self.today = header, mapping, matcher, today
        self.columns = {f: (header[i] or f"kolom {i + 1}") for f, i in mapping.items()}
        # A row's cells are taken in one call, the fields not mapped from a "" put just past the mapped
        # columns: cheaper than a dict per row, which was a tenth of the check.
        self._blank_at = max(mapping.values(), default=-1) + 1
        self._nik_at = mapping.get("nik")
        self._take = itemgetter(*(mapping.get(f, self._blank_at) for f in FIELDS))
        self._free_text = tuple((name, RowCells._fields.index(name), clean) for name, clean in
                                (("alamat", values.plain), ("pekerjaan", values.plain), ("telepon", values.phone))
                                if name in mapping)  # (field, its place in RowCells, how it is cleaned)
        self._regions: dict[tuple[str, str, str], tuple[Resolved, str, str | None]] = {}
        self._sexes: dict[str, str | None] = {}
        self._supplied: dict[frozenset[str], frozenset[str]] = {}
        self._nik_births: dict[str, tuple[date | None, str, str | None]] = {}

    def skip(self, cells: list) -> bool:
        """Blank rows, rows of column numbers and total rows (JUMLAH, TOTAL) are not data."""
        at = self._nik_at
        nik_cell = cells[at] if at is not None and at < len(cells) else ""
        if type(nik_cell) is str and len(nik_cell) > 2 and nik_cell.isdigit():
            return False  # the commonest row of all: a NIK typed as text (what the general test below says)
        nik_text = values.text(nik_cell)
        nik_digits = any(ch.isdigit() for ch in nik_text)
        if nik_digits and len(nik_text) > 2:
            return False  # the common case, decided by one cell: a row with a NIK is none of those
        if all(values.is_blank(c) for c in cells):
            return True
        if _column_numbers(cells):
            return True
        return not nik_digits and any(isinstance(c, str) and _TOTAL.match(c) for c in cells[:6])

    def judge(self, row: int, cells: list) -> Candidate:
        cells = self._by_field(cells)
        nik, from_number = values.nik(cells.nik)
        data = PesertaData(nik=nik, nama=values.name(cells.nama))
        candidate = Candidate(row, data)
        self._check_nik(candidate, from_number)
        if not data.nama:
            self.add_problem(candidate, "nama", "name_missing", "Nama kosong.")
        if candidate.rejected:
            return candidate
        self._person(candidate, cells)
        self._region(candidate, cells)
        self._kpj(candidate, cells)
        candidate.supplied = self._shared(candidate.supplied)
        return candidate

    def _shared(self, supplied: AbstractSet[str]) -> frozenset[str]:
        """Rows mostly give the same fields: one frozen set per combination, shared, instead of a set of
        700 bytes for each of 100,000 rows (memory that the check spent a tenth of its time obtaining)."""
        frozen = frozenset(supplied)
        return self._supplied.setdefault(frozen, frozen)

    def _by_field(self, cells: list) -> RowCells:
        """The row's cell for each field, once per row; "" for a field not mapped or past a short row's end."""
        if len(cells) == self._blank_at:  # the common row: as wide as the mapped columns
            return RowCells._make(self._take(cells + [""]))
        padded = cells[:self._blank_at]
        padded += [""] * (self._blank_at + 1 - len(padded))
        return RowCells._make(self._take(padded))

    def add_problem(self, candidate: Candidate, name: str, code: str, message: str) -> None:
        candidate.problems.append(Problem(candidate.row, self.columns.get(name, ""), code, message))

    def _check_nik(self, candidate: Candidate, from_number: bool) -> None:
        nik = candidate.data.nik
        if not nik:
            self.add_problem(candidate, "nik", "nik_format", "NIK kosong.")
            return
        found = nik_rules.problem(nik)
        if found and from_number and nik.isdigit() and nik.endswith("0"):
            # A number cell keeps 15 digits; what is left ends in zeros and the clerk sees 1,70401E+15.
            self.add_problem(candidate, "nik", "nik_format",
                             f"NIK tersimpan sebagai angka di Excel dan digit terakhirnya hilang "
                             f"({values.excel_general(int(nik))}). Ketik ulang NIK sebagai teks.")
        elif found:
            self.add_problem(candidate, "nik", found[0], f"{found[1]} Tertulis: {nik}.")
        elif from_number and nik.endswith("0"):
            self.add_problem(candidate, "nik", "nik_excel_number",
                          "NIK diketik di sel angka Excel dan berakhir 0: digit terakhirnya mungkin hilang. "
                          "Cocokkan dengan KTP/KK.")

    def _person(self, candidate: Candidate, cells: RowCells) -> None:
        data, supplied = candidate.data, candidate.supplied
        supplied.add("nama")
        stated, column = self._stated_birth(cells)
        if column and stated is None:
            self.add_problem(candidate, column, "birthdate_format",
                          f"Tanggal lahir '{values.text(getattr(cells, column))}' tidak terbaca; tulis hh-bb-tttt.")
        nik_birth, nik_sex, nik_birth_text = self._nik_birth(data.nik)
        if stated and nik_birth and stated != nik_birth:
            self.add_problem(candidate, column, "birthdate_mismatch",
                             f"Tanggal lahir {stated:%d-%m-%Y} berbeda dari tanggal dalam NIK "
                             f"({nik_birth:%d-%m-%Y}).")
        # Without a stated date the NIK's own is used for a new person; it never overwrites a stored one.
        birth = stated or nik_birth
        # Mostly the stated date is the NIK's own, whose text is worked out once with it.
        data.tanggal_lahir = nik_birth_text if birth == nik_birth else birth.isoformat() if birth else None
        if stated:
            supplied.add("tanggal_lahir")
        sex = self._sex(cells.jenis_kelamin)
        if sex and sex != nik_sex:
            self.add_problem(candidate, "jenis_kelamin", "sex_mismatch",
                          f"Jenis kelamin {sex} berbeda dari NIK ({nik_sex}: tanggal lahir di NIK "
                          f"{'ditambah 40' if nik_sex == 'P' else 'tanpa tambahan 40'}).")
        data.jenis_kelamin = sex or nik_sex
        if sex:
            supplied.add("jenis_kelamin")
        for name, at, clean in self._free_text:
            value = clean(cells[at])
            if value:
                setattr(data, name, value)
                supplied.add(name)

    def _stated_birth(self, cells: RowCells) -> tuple[date | None, str | None]:
        """(the date of birth the row states, the field it is in); (None, None) when it states none."""
        cell = cells.tanggal_lahir
        if type(cell) is date:
            return cell, "tanggal_lahir"  # a date cell, the common case: nothing to read
        if "tanggal_lahir" in self.mapping and not values.is_blank(cell):
            return values.birth_date(cell, today=self.today), "tanggal_lahir"
        cell = cells.tempat_tanggal_lahir
        if "tempat_tanggal_lahir" in self.mapping and not values.is_blank(cell):
            return values.split_place_date(cell, today=self.today)[1], "tempat_tanggal_lahir"
        return None, None

    def _nik_birth(self, nik: str) -> tuple[date | None, str, str | None]:
        """(birth date, sex, the date as YYYY-MM-DD) that a valid NIK states. They depend on its digits 7–12
        only, which many people of a list share (at 100,000 rows, two in three): worked out once per digits."""
        digits = nik[6:12]
        known = self._nik_births.get(digits)
        if known is None:
            birth, sex = nik_rules.birth_and_sex(nik, today=self.today)
            known = self._nik_births[digits] = (birth, sex, birth.isoformat() if birth else None)
        return known

    def _sex(self, cell) -> str | None:
        if type(cell) is not str:  # only text is remembered: as dict keys 1, 1.0 and True are one key
            return values.sex(cell)
        if cell not in self._sexes:
            self._sexes[cell] = values.sex(cell)
        return self._sexes[cell]

    def _region(self, candidate: Candidate, cells: RowCells) -> None:
        found, column, kecamatan_digits = self._resolved(cells)
        data = candidate.data
        data.kecamatan_kode, data.desa_kode = found.kecamatan_kode, found.desa_kode
        if found.kecamatan_kode:
            candidate.supplied.add("kecamatan_kode")
        if found.desa_kode:
            candidate.supplied.add("desa_kode")
        if found.problem:
            self.add_problem(candidate, column, "region_unknown", found.problem)
        if kecamatan_digits and data.nik[:6] != kecamatan_digits:
            self.add_problem(candidate, "nik", "nik_region_mismatch",
                          f"NIK terdaftar di kecamatan {data.nik[:6]}, alamat di Kecamatan "
                          f"{self.matcher.name(found.kecamatan_kode)} ({kecamatan_digits}).")

    def _resolved(self, cells: RowCells) -> tuple[Resolved, str, str | None]:
        """(the region the row names, the column a region problem is shown in, the kecamatan's code as the
        6 digits a NIK starts with). A list names a few hundred desa at most: remembered per text cells."""
        key = (cells.kode_kemdagri, cells.kecamatan, cells.desa)
        known = self._regions.get(key)
        if known is not None:
            return known
        found = self.matcher.resolve(*(values.text(cell) for cell in key))
        mapped = [f for f in (found.about, "desa", "kecamatan", "kode_kemdagri") if f in self.mapping]
        known = (found, mapped[0] if mapped else found.about,
                 found.kecamatan_kode.replace(".", "") if found.kecamatan_kode else None)
        if all(type(cell) is str for cell in key):  # only text is remembered: 1, 1.0 and True are one key
            self._regions[key] = known
        return known

    def _kpj(self, candidate: Candidate, cells: RowCells) -> None:
        cell = cells.kpj
        if type(cell) is str and len(cell) == KPJ_LENGTH and cell.isdigit():
            candidate.kpj = cell  # the common case: eleven digits typed as text
            return
        if values.is_blank(cell):
            return
        kpj = values.digits(cell)
        if not kpj.isdigit() or len(kpj) != KPJ_LENGTH:
            self.add_problem(candidate, "kpj", "kpj_format",
                          f"Nomor KPJ '{values.text(cell)}' harus {KPJ_LENGTH} digit angka; kartu belum dicatat.")
            return
        candidate.kpj = kpj
