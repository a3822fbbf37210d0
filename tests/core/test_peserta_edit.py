"""Adding a person by hand and fixing a person in place ("Perlu dicek"), with the import's rules."""

from dataclasses import replace
from datetime import date

import pytest

from desktop.core import check
from desktop.core.errors import InvalidInput
from desktop.core.importing.pipeline import ImportRequest, import_file
from desktop.core.nik import build
from desktop.core.peserta_edit import add_person, correct_person, load
from desktop.core.register import PesertaData
from tests.conftest import TODAY
from tests.core.test_import_files import FIXTURES

NIK = build("17.04.01", date(1990, 1, 1), "P", 1)


def test_add_person_with_card_and_warnings(conn):
    add_person(conn, PesertaData(nik=NIK, nama="Ani", tanggal_lahir="1990-01-02", jenis_kelamin="P"),
               today=TODAY, kpj="30000000001")
    person = load(conn, NIK)
    assert person.perlu_dicek.splitlines()[0].startswith("birthdate_mismatch")
    assert "region_unknown" in person.perlu_dicek
    assert conn.execute("SELECT state FROM cards WHERE kpj = '30000000001'").fetchone()[0] == "di_kabupaten"
    with pytest.raises(InvalidInput, match="sudah terdaftar"):
        add_person(conn, PesertaData(nik=NIK, nama="Ani"), today=TODAY)
    with pytest.raises(InvalidInput, match="16 digit"):
        add_person(conn, PesertaData(nik="123", nama="Ani"), today=TODAY)
    with pytest.raises(InvalidInput, match="Nama wajib"):
        add_person(conn, PesertaData(nik=build("17.04.01", date(1990, 1, 1), "P", 2), nama=" "), today=TODAY)


def test_fix_desa_and_nik_from_perlu_dicek(conn):
    import_file(conn, ImportRequest(FIXTURES / "daftar_judul.xlsx", program="BPU Kaur 2026"), today=TODAY)
    joko = load(conn, "1704050202800005")  # row 13: desa 'Suka Maju' unknown
    assert joko.perlu_dicek.startswith("region_unknown")
    changes = correct_person(conn, joko.nik, replace(joko, desa_kode="17.04.05.2009"), today=TODAY)
    assert changes == {"desa_kode": "17.04.05.2009", "perlu_dicek": ""}
    assert load(conn, joko.nik).perlu_dicek == ""

    siti = load(conn, "1704014107850010")  # row 6: NIK from a number cell, last digit lost
    correct_person(conn, siti.nik, replace(siti, nik="1704014107850011"), today=TODAY)
    fixed = load(conn, "1704014107850011")
    assert (fixed.nama, fixed.perlu_dicek) == ("Siti Aminah", "")
    assert conn.execute("SELECT p.nik FROM cards c JOIN peserta p ON p.id = c.peserta_id "
                        "WHERE c.kpj = '10000000002'").fetchone()[0] == "1704014107850011"
    assert correct_person(conn, fixed.nik, fixed, today=TODAY) == {}  # nothing changed, nothing written
    assert check.run(conn).ok


def test_marking_checked_clears_the_reasons(conn):
    add_person(conn, PesertaData(nik=NIK, nama="Ani"), today=TODAY)
    person = load(conn, NIK)
    assert person.perlu_dicek
    correct_person(conn, NIK, person, today=TODAY, checked_by_clerk=True)
    assert load(conn, NIK).perlu_dicek == ""


def test_desa_must_be_in_the_kecamatan(conn):
    with pytest.raises(InvalidInput, match="tidak berada di kecamatan"):
        add_person(conn, PesertaData(nik=NIK, nama="Ani", kecamatan_kode="17.04.01", desa_kode="17.04.05.2009"),
                   today=TODAY)
