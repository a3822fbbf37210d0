"""One data row judged: its values made clean, its region resolved, its problems named (DESIGN §5–6)."""

import re
from dataclasses import dataclass, field
from datetime import date

from desktop.core import nik as nik_rules
from desktop.core.importing import values
from desktop.core.importing.problems import ERROR, Problem
from desktop.core.importing.wilayah import RegionMatcher
from desktop.core.register import PesertaData

_TOTAL = re.compile(r"^\s*(jumlah|total|sub\s*total|grand\s*total)\b", re.IGNORECASE)
KPJ_LENGTH = 11


@dataclass
class Candidate:
    row: int
    data: PesertaData
    kpj: str | None = None
    problems: list[Problem] = field(default_factory=list)
    supplied: set[str] = field(default_factory=set)  # peserta fields this row gives a value for

    @property
    def rejected(self) -> bool:
        return any(p.severity == ERROR for p in self.problems)


def _column_numbers(cells: list) -> bool:
    """The row of column numbers (1, 2, 3, …) that government tables put under their header."""
    filled = [values.text(c) for c in cells if not values.is_blank(c)]
    return len(filled) >= 3 and all(t.isdigit() and len(t) <= 2 for t in filled) and \
        [int(t) for t in filled] == list(range(int(filled[0]), int(filled[0]) + len(filled)))


class RowJudge:
    def __init__(self, header: list[str], mapping: dict[str, int], matcher: RegionMatcher, today: date):
        self.header, self.mapping, self.matcher, self.today = header, mapping, matcher, today
        self.columns = {f: (header[i] or f"kolom {i + 1}") for f, i in mapping.items()}

    def skip(self, cells: list) -> bool:
        """Blank rows, rows of column numbers and total rows (JUMLAH, TOTAL) are not data."""
        nik_text = values.text(self._cell(cells, "nik"))
        nik_digits = any(ch.isdigit() for ch in nik_text)
        if nik_digits and len(nik_text) > 2:
            return False  # the common case, decided by one cell: a row with a NIK is none of those
        if all(values.is_blank(c) for c in cells):
            return True
        if _column_numbers(cells):
            return True
        return not nik_digits and any(isinstance(c, str) and _TOTAL.match(c) for c in cells[:6])

    def judge(self, row: int, cells: list) -> Candidate:
        width = len(cells)
        cells = {f: cells[i] if i < width else "" for f, i in self.mapping.items()}  # field -> cell, once
        nik, from_number = values.nik(cells.get("nik", ""))
        data = PesertaData(nik=nik, nama=values.name(cells.get("nama", "")))
        candidate = Candidate(row, data)
        self._check_nik(candidate, from_number)
        if not data.nama:
            self.add_problem(candidate, "nama", "name_missing", "Nama kosong.")
        if candidate.rejected:
            return candidate
        self._person(candidate, cells)
        self._region(candidate, cells)
        self._kpj(candidate, cells)
        return candidate

    def _cell(self, cells: list, name: str):
        index = self.mapping.get(name)
        return cells[index] if index is not None and index < len(cells) else ""

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

    def _person(self, candidate: Candidate, cells: dict) -> None:
        data, supplied = candidate.data, candidate.supplied
        supplied.add("nama")
        stated = None
        if "tanggal_lahir" in self.mapping and not values.is_blank(cells.get("tanggal_lahir", "")):
            stated = values.birth_date(cells.get("tanggal_lahir", ""), today=self.today)
            column = "tanggal_lahir"
        elif "tempat_tanggal_lahir" in self.mapping and not values.is_blank(cells.get("tempat_tanggal_lahir", "")):
            stated = values.split_place_date(cells.get("tempat_tanggal_lahir", ""), today=self.today)[1]
            column = "tempat_tanggal_lahir"
        else:
            column = None
        if column and stated is None:
            self.add_problem(candidate, column, "birthdate_format",
                          f"Tanggal lahir '{values.text(cells.get(column, ''))}' tidak terbaca; tulis hh-bb-tttt.")
        info = nik_rules.info(data.nik, today=self.today)
        if stated and info.birth_date and stated != info.birth_date:
            self.add_problem(candidate, column, "birthdate_mismatch",
                             f"Tanggal lahir {stated:%d-%m-%Y} berbeda dari tanggal dalam NIK "
                             f"({info.birth_date:%d-%m-%Y}).")
        # Without a stated date the NIK's own is used for a new person; it never overwrites a stored one.
        birth = stated or info.birth_date
        data.tanggal_lahir = birth.isoformat() if birth else None
        if stated:
            supplied.add("tanggal_lahir")
        sex = values.sex(cells.get("jenis_kelamin", ""))
        if sex and sex != info.sex:
            self.add_problem(candidate, "jenis_kelamin", "sex_mismatch",
                          f"Jenis kelamin {sex} berbeda dari NIK ({info.sex}: tanggal lahir di NIK "
                          f"{'ditambah 40' if info.sex == 'P' else 'tanpa tambahan 40'}).")
        data.jenis_kelamin = sex or info.sex
        if sex:
            supplied.add("jenis_kelamin")
        for name, clean in (("alamat", values.plain), ("pekerjaan", values.plain), ("telepon", values.phone)):
            if name in self.mapping:
                value = clean(cells.get(name, ""))
                if value:
                    setattr(data, name, value)
                    supplied.add(name)

    def _region(self, candidate: Candidate, cells: dict) -> None:
        kode = values.text(cells.get("kode_kemdagri", ""))
        kecamatan = values.text(cells.get("kecamatan", ""))
        desa = values.text(cells.get("desa", ""))
        found = self.matcher.resolve(kode, kecamatan, desa)
        data = candidate.data
        data.kecamatan_kode, data.desa_kode = found.kecamatan_kode, found.desa_kode
        if found.kecamatan_kode:
            candidate.supplied.add("kecamatan_kode")
        if found.desa_kode:
            candidate.supplied.add("desa_kode")
        if found.problem:
            mapped = [f for f in (found.about, "desa", "kecamatan", "kode_kemdagri") if f in self.mapping]
            column = mapped[0] if mapped else found.about
            self.add_problem(candidate, column, "region_unknown", found.problem)
        if found.kecamatan_kode and data.nik[:6] != found.kecamatan_kode.replace(".", ""):
            self.add_problem(candidate, "nik", "nik_region_mismatch",
                          f"NIK terdaftar di kecamatan {data.nik[:6]}, alamat di Kecamatan "
                          f"{self.matcher.name(found.kecamatan_kode)} ({found.kecamatan_kode.replace('.', '')}).")

    def _kpj(self, candidate: Candidate, cells: dict) -> None:
        cell = cells.get("kpj", "")
        if values.is_blank(cell):
            return
        kpj = values.digits(cell)
        if not kpj.isdigit() or len(kpj) != KPJ_LENGTH:
            self.add_problem(candidate, "kpj", "kpj_format",
                          f"Nomor KPJ '{values.text(cell)}' harus {KPJ_LENGTH} digit angka; kartu belum dicatat.")
            return
        candidate.kpj = kpj
