"""BPJS cross-check: BPJS Ketenagakerjaan's list of participants (KPJ, NIK, name, status) against the register.

Findings, by code:
* `tidak_di_register` — on BPJS's list, but neither its KPJ nor its NIK is in the register;
* `tanpa_kartu` — a person in the register without a card (with the KPJ BPJS gives them, when it does);
* `kpj_beda` — the same person with another KPJ at BPJS, or the register's KPJ belongs to another NIK;
* `nama_beda` — same person, a different name (case, spacing and punctuation aside);
* `tidak_di_bpjs` — a card in the register whose KPJ and NIK are both missing from BPJS's list;
* `ganda_di_bpjs` — a KPJ listed twice by BPJS.
The list is read with the import's readers (any .xlsx/.xls/.ods/.csv, title rows above the header).
`save_report` writes the findings as a workbook (checked against the user's role; recorded when unmasked).
"""

import re
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.core import ledger, users
from desktop.core.errors import InvalidInput
from desktop.core.exports import disclosure
from desktop.core.importing import columns, readers, values
from desktop.core.reports.card_lists import Names, nik_shown
from desktop.core.reports.xlsx import Book, Column

CATEGORIES = {
    "tidak_di_register": "Di daftar BPJS, tidak ada di register",
    "tanpa_kartu": "Di register tanpa kartu",
    "kpj_beda": "KPJ berbeda",
    "nama_beda": "Nama berbeda",
    "tidak_di_bpjs": "Kartu di register, tidak ada di daftar BPJS",
    "ganda_di_bpjs": "KPJ ganda di daftar BPJS",
}
STATUS_HEADERS = {"status", "status kepesertaan", "status peserta", "keterangan status", "status aktif"}


@dataclass
class BpjsRow:
    row: int  # the spreadsheet's own row number
    kpj: str
    nik: str
    nama: str
    status: str


@dataclass
class Finding:
    code: str
    row: int | None = None
    kpj_bpjs: str = ""
    nik_bpjs: str = ""
    nama_bpjs: str = ""
    status_bpjs: str = ""
    kpj: str = ""
    nik: str = ""
    nama: str = ""
    kecamatan: str = ""
    desa: str = ""
    keterangan: str = ""

    @property
    def kategori(self) -> str:
        return CATEGORIES[self.code]


@dataclass
class CrossCheck:
    file: str
    rows_read: int = 0
    matched: int = 0
    findings: list[Finding] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(CATEGORIES, 0)
        for f in self.findings:
            counts[f.code] += 1
        return counts

    def as_dict(self) -> dict:
        return {"file": self.file, "rows_read": self.rows_read, "matched": self.matched, "counts": self.counts(),
                "findings": [{**asdict(f), "kategori": f.kategori} for f in self.findings]}


def read_list(path: str | Path, *, sheet: str | None = None) -> list[BpjsRow]:
    """BPJS's rows: the header found below any title rows, KPJ/NIK/name/status columns by their names."""
    table = readers.read(path, sheet)
    header_row = columns.find_header_row(table.rows)
    header = columns.header_cells(table.rows, header_row)
    mapping = columns.guess_mapping(header)
    status_at = next((i for i, h in enumerate(header) if columns.normalise_header(h) in STATUS_HEADERS), None)
    if "kpj" not in mapping and "nik" not in mapping:
        raise InvalidInput(f"Daftar {Path(path).name} tidak punya kolom KPJ maupun NIK. Beri judul kolom "
                           "'NO KPJ' dan 'NIK' pada baris judul.")

    def cell(row: list, name: str, convert):
        at = mapping.get(name)
        return convert(row[at]) if at is not None and at < len(row) else ""

    found = []
    for number, row in enumerate(table.rows[header_row:], start=header_row + 1):
        kpj, nik = cell(row, "kpj", values.digits), cell(row, "nik", lambda c: values.nik(c)[0])
        if not kpj and not nik:
            continue  # blank rows, total rows
        status = values.text(row[status_at]) if status_at is not None and status_at < len(row) else ""
        found.append(BpjsRow(number, kpj, nik, cell(row, "nama", values.name), status))
    return found


def same_name(a: str, b: str) -> bool:
    """Names agree when their words agree, whatever the case, spacing, punctuation and word order."""
    def words(name: str) -> list[str]:
        return sorted(re.sub(r"[^\w\s]", " ", name.upper()).split())
    return words(a) == words(b)


def compare(conn: sqlite3.Connection, bpjs: list[BpjsRow], *, file: str = "",
            kecamatan: str | None = None) -> CrossCheck:
    """Compare BPJS's rows with the register (limited to `kecamatan` when given)."""
    names = Names(conn)
    scope, params = ("WHERE p.kecamatan_kode = ?", (kecamatan,)) if kecamatan else ("", ())
    people = {r["nik"]: r for r in conn.execute(
        "SELECT p.nik, p.nama, p.kecamatan_kode, p.desa_kode, c.kpj FROM peserta p "
        f"LEFT JOIN cards c ON c.id = p.card_id {scope}", params)}
    by_kpj = {p["kpj"]: p for p in people.values() if p["kpj"]}
    result = CrossCheck(file, rows_read=len(bpjs))
    seen_kpj: set[str] = set()
    seen_nik: set[str] = set()

    def finding(code: str, row: BpjsRow | None, person, note: str) -> Finding:
        theirs = (row.row, row.kpj, row.nik, row.nama, row.status) if row else (None, "", "", "", "")
        ours = ((person["kpj"] or "", person["nik"], person["nama"], names.of(person["kecamatan_kode"]),
                 names.of(person["desa_kode"])) if person else ("", "", "", "", ""))
        return Finding(code, *theirs, *ours, note)

    for row in bpjs:
        if row.kpj and row.kpj in seen_kpj:
            result.findings.append(finding("ganda_di_bpjs", row, by_kpj.get(row.kpj), "KPJ ini sudah ada di baris "
                                           "lain daftar BPJS."))
            continue
        seen_kpj.add(row.kpj)
        seen_nik.add(row.nik)
        person = people.get(row.nik) if row.nik else None
        holder = by_kpj.get(row.kpj) if row.kpj else None
        if person is None and holder is None:
            result.findings.append(finding("tidak_di_register", row, None, "Tambahkan ke register bila memang "
                                           "peserta program ini."))
            continue
        person = person or holder
        problems = _problems(row, person, holder, finding)
        result.findings += problems
        if not problems:
            result.matched += 1
    for person in people.values():
        if person["kpj"] is None and person["nik"] not in seen_nik:
            result.findings.append(finding("tanpa_kartu", None, person, "Tidak ada di daftar BPJS: tanyakan "
                                           "apakah kartunya sudah dicetak."))
        elif person["kpj"] and person["kpj"] not in seen_kpj and person["nik"] not in seen_nik:
            result.findings.append(finding("tidak_di_bpjs", None, person, "Periksa kepesertaannya di BPJS."))
    return result


def _problems(row: BpjsRow, person, holder, finding) -> list[Finding]:
    found = []
    if person["kpj"] is None:
        found.append(finding("tanpa_kartu", row, person, f"BPJS mencatat KPJ {row.kpj}: daftarkan kartunya."
                             if row.kpj else "BPJS juga tidak mencatat KPJ."))
    elif row.kpj and person["kpj"] != row.kpj:
        found.append(finding("kpj_beda", row, person, f"Register: KPJ {person['kpj']}; BPJS: KPJ {row.kpj}."))
    elif holder is not None and row.nik and holder["nik"] != row.nik:
        found.append(finding("kpj_beda", row, holder, "KPJ ini di register milik NIK lain."))
    if row.nama and not same_name(row.nama, person["nama"]):
        found.append(finding("nama_beda", row, person, f"Register: {person['nama']}; BPJS: {row.nama}."))
    return found


def check_file(conn: sqlite3.Connection, path: str | Path, *, sheet: str | None = None,
               kecamatan: str | None = None) -> CrossCheck:
    return compare(conn, read_list(path, sheet=sheet), file=str(path), kecamatan=kecamatan)


REPORT_COLUMNS = [
    Column("Kategori", "text", 30, repeats=True), Column("Baris di daftar BPJS", "int", 9),
    Column("KPJ (BPJS)", "code", 13), Column("NIK (BPJS)", "code", 18), Column("Nama (BPJS)", "text", 24),
    Column("Status BPJS", "text", 12, repeats=True), Column("KPJ (register)", "code", 13),
    Column("NIK (register)", "code", 18), Column("Nama (register)", "text", 24),
    Column("Kecamatan", "text", 16, repeats=True), Column("Desa/Kelurahan", "text", 17, repeats=True),
    Column("Keterangan", "note", 40),
]


def report_rows(result: CrossCheck, unmask: bool = False) -> list[tuple]:
    show = nik_shown(unmask)
    return [(f.kategori, f.row, f.kpj_bpjs, show(f.nik_bpjs) if f.nik_bpjs else "", f.nama_bpjs, f.status_bpjs,
             f.kpj, show(f.nik) if f.nik else "", f.nama, f.kecamatan, f.desa, f.keterangan)
            for f in result.findings]


def write_report(result: CrossCheck, path: str | Path, heading: str, *, unmask: bool = False) -> None:
    """The findings as a workbook: a count per category, then every finding (NIK masked by default)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InvalidInput(f"Nama berkas laporan {path.name} harus berakhiran .xlsx.")
    counts = result.counts()
    with Book() as book:
        book.table("Ringkasan", "Pencocokan daftar peserta BPJS dengan register", heading,
                   [Column("Hasil", "text", 44), Column("Jumlah", "int", 10)],
                   [("Baris dibaca dari daftar BPJS", result.rows_read), ("Cocok", result.matched),
                    *[(CATEGORIES[code], n) for code, n in counts.items()]], landscape=False)
        book.table("Temuan", f"Temuan pencocokan: {Path(result.file).name}", heading, REPORT_COLUMNS,
                   report_rows(result, unmask), freeze_columns=1)
        book.save(path)


def save_report(conn: sqlite3.Connection, result: CrossCheck, path: str | Path, heading: str, *,
                kecamatan: str | None = None, unmask: bool = False, user: str = ledger.SYSTEM_USER) -> Path:
    """The findings as a file (an export: "ekspor", and "buka_nik" for whole NIKs, which is recorded)."""
    users.require_for_output(conn, user, "ekspor", unmask_nik=unmask)
    write_report(result, path, heading, unmask=unmask)
    if unmask:
        disclosure.record(conn, "bpjs-cek", path, rows=len(result.findings), kecamatan=kecamatan, user=user)
    return Path(path)
