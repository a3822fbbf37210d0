"""Adding one person by hand (a late addition) and correcting a person's data — with the rules of the
import (DESIGN §5–6): errors refuse the change, warnings are shown and kept in `perlu_dicek` unless the
clerk marks the person as checked. A correction is a `peserta_diubah` event; card history is untouched.
"""

import sqlite3
from dataclasses import dataclass, replace
from datetime import date

from desktop.core import ledger, users
from desktop.core import nik as nik_rules
from desktop.core.db import transaction
from desktop.core.errors import InvalidInput, NotFound
from desktop.core.importing.problems import Problem, perlu_dicek_text
from desktop.core.ledger import NewEvent
from desktop.core.register import PesertaData, _require_district, add_peserta, program_by_name

EDITABLE = ("nama", "tanggal_lahir", "jenis_kelamin", "alamat", "desa_kode", "kecamatan_kode", "pekerjaan",
            "telepon", "perlu_dicek")


@dataclass
class Checked:
    errors: list[Problem]
    warnings: list[Problem]


def check(conn: sqlite3.Connection, data: PesertaData, *, today: date, original_nik: str | None = None) -> Checked:
    """What is wrong with `data` (errors: not saved) and what needs a second look (warnings)."""
    errors, warnings = [], []

    def add(target, column, code, message):
        target.append(Problem(0, column, code, message))

    found = nik_rules.problem(data.nik)
    if found:
        add(errors, "NIK", found[0], found[1])
    elif data.nik != original_nik and conn.execute("SELECT 1 FROM peserta WHERE nik = ?", (data.nik,)).fetchone():
        add(errors, "NIK", "nik_duplicate_in_db", f"NIK {data.nik} sudah terdaftar untuk orang lain.")
    if not data.nama.strip():
        add(errors, "Nama", "name_missing", "Nama wajib diisi.")
    if data.desa_kode and not _is_desa_of(conn, data.desa_kode, data.kecamatan_kode):
        add(errors, "Desa/kelurahan", "region_unknown", "Desa/kelurahan tidak berada di kecamatan yang dipilih.")
    if errors:
        return Checked(errors, warnings)
    info = nik_rules.info(data.nik, today=today)
    if data.tanggal_lahir and info.birth_date and data.tanggal_lahir != info.birth_date.isoformat():
        add(warnings, "Tanggal lahir", "birthdate_mismatch",
            f"Tanggal lahir berbeda dari tanggal dalam NIK ({info.birth_date:%d-%m-%Y}).")
    if data.jenis_kelamin and data.jenis_kelamin != info.sex:
        add(warnings, "Jenis kelamin", "sex_mismatch", f"Jenis kelamin berbeda dari NIK ({info.sex}).")
    if not data.desa_kode:
        add(warnings, "Desa/kelurahan", "region_unknown", "Desa/kelurahan belum dipilih.")
    if data.kecamatan_kode and data.nik[:6] != data.kecamatan_kode.replace(".", ""):
        add(warnings, "NIK", "nik_region_mismatch",
            f"NIK terdaftar di kecamatan {data.nik[:6]}, alamat di kecamatan {data.kecamatan_kode.replace('.', '')}.")
    return Checked(errors, warnings)


def _is_desa_of(conn, desa: str, kecamatan: str | None) -> bool:
    row = conn.execute("SELECT parent FROM regions WHERE kode = ? AND level = 4", (desa,)).fetchone()
    return row is not None and (kecamatan is None or row[0] == kecamatan)


def _refuse(checked: Checked) -> None:
    if checked.errors:
        raise InvalidInput(" ".join(p.message for p in checked.errors))


def add_person(conn: sqlite3.Connection, data: PesertaData, *, today: date, kpj: str | None = None,
               program: str | None = None, checked_by_clerk: bool = False, user: str = ledger.SYSTEM_USER) -> None:
    """A late addition: validated like an imported row; the card registered when the KPJ is known."""
    users.require(conn, user, "impor")
    data = _with_region(conn, data)
    checked = check(conn, data, today=today)
    _refuse(checked)
    kpj = (kpj or "").strip() or None
    if kpj and (not kpj.isdigit() or len(kpj) != 11):
        raise InvalidInput(f"Nomor KPJ '{kpj}' harus 11 digit angka.")
    data.perlu_dicek = "" if checked_by_clerk else perlu_dicek_text(checked.warnings)
    program_row = program_by_name(conn, program) if program else None
    add_peserta(conn, data, on=today.isoformat(), kpj=kpj, program_uuid=program_row["uuid"] if program_row else None,
                user=user)


def load(conn: sqlite3.Connection, nik: str) -> PesertaData:
    row = conn.execute(f"SELECT nik, {', '.join(EDITABLE)} FROM peserta WHERE nik = ?", (nik,)).fetchone()
    if row is None:
        raise NotFound(f"Tidak ada peserta dengan NIK {nik}.")
    return PesertaData(**dict(row))


def correct_person(conn: sqlite3.Connection, original_nik: str, data: PesertaData, *, today: date,
                   checked_by_clerk: bool = False, user: str = ledger.SYSTEM_USER) -> dict:
    """Fix a person's data in place (a desa picked, a NIK corrected). Returns the changed fields
    (empty: nothing changed, nothing written)."""
    users.require(conn, user, "impor")  # the register is written by those who import it
    data = _with_region(conn, data)
    checked = check(conn, data, today=today, original_nik=original_nik)
    _refuse(checked)
    with transaction(conn):
        _require_district(conn, "mengubah data peserta")
        before = load(conn, original_nik)
        data = replace(data, perlu_dicek="" if checked_by_clerk else _still_to_check(before, data, checked))
        changes = {f: getattr(data, f) for f in EDITABLE if getattr(data, f) != getattr(before, f)}
        if data.nik != original_nik:
            changes["nik_baru"] = data.nik
        if changes:
            ledger.append(conn, [NewEvent("peserta_diubah", today.isoformat(), nik=original_nik,
                                          kecamatan_kode=data.kecamatan_kode, payload=changes)], user=user)
    return changes


def _still_to_check(before: PesertaData, after: PesertaData, checked: Checked) -> str:
    """The reasons that still hold: the import's notes stay unless the clerk fixed what they are about
    (a desa chosen ends region_unknown; a changed NIK ends the NIK notes); fresh warnings are added."""
    fixed = set()
    if after.desa_kode and after.desa_kode != before.desa_kode:
        fixed.add("region_unknown")
    if after.nik != before.nik:
        fixed |= {"nik_excel_number", "nik_region_mismatch", "birthdate_mismatch", "sex_mismatch"}
    if after.tanggal_lahir != before.tanggal_lahir:
        fixed.add("birthdate_mismatch")
    now = {p.code for p in checked.warnings}
    kept = [line for line in before.perlu_dicek.splitlines()
            if line.split(": ", 1)[0] not in fixed and line.split(": ", 1)[0] not in now]
    return "\n".join([*kept, perlu_dicek_text(checked.warnings)]).strip("\n")


def _with_region(conn, data: PesertaData) -> PesertaData:
    """A chosen desa decides the kecamatan."""
    if data.desa_kode and not data.kecamatan_kode:
        return replace(data, kecamatan_kode=data.desa_kode[:8])
    return data
