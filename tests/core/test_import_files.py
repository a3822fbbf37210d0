"""Each committed fixture list: the exact rows imported, rejected and flagged, with their codes."""

from pathlib import Path

import pytest

from desktop.core import check
from desktop.core.importing.pipeline import ImportRequest, import_file
from tests.conftest import TODAY

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def run(conn, name, **options):
    return import_file(conn, ImportRequest(FIXTURES / name, **options), today=TODAY).result()


def codes(result):
    return sorted((p["row"], p["code"], p["severity"]) for p in result["problems"])


def counts(result):
    return {k: result[k] for k in ("rows_read", "imported", "updated", "unchanged", "rejected", "warnings")}


def test_title_rows_xlsx(conn):
    result = run(conn, "daftar_judul.xlsx", program="BPU Kaur 2026")
    assert counts(result) == {"rows_read": 11, "imported": 7, "updated": 0, "unchanged": 0, "rejected": 4,
                              "warnings": 5}
    assert codes(result) == [
        (6, "nik_excel_number", "warning"),
        (9, "nik_format", "error"),
        (10, "nik_duplicate_in_file", "error"),
        (11, "nik_date", "error"),
        (12, "name_missing", "error"),
        (13, "region_unknown", "warning"),
        (14, "region_unknown", "warning"),
        (15, "birthdate_mismatch", "warning"),
        (15, "kpj_duplicate", "warning"),
        (16, "kpj_format", "warning"),
        (16, "nik_region_mismatch", "warning"),
    ]
    people = {r["nik"]: r for r in conn.execute("SELECT * FROM peserta")}
    budi = people["1704010503780001"]
    assert (budi["nama"], budi["tanggal_lahir"], budi["desa_kode"], budi["telepon"]) == (
        "Budi Santoso", "1978-03-05", "17.04.01.2001", "081234567890")
    assert people["1704014107850010"]["nama"] == "Siti Aminah"
    assert people["1704014107850010"]["perlu_dicek"].startswith("nik_excel_number: ")
    assert people["1704011212900003"]["perlu_dicek"] == ""  # a number cell not ending in 0 is whole
    cards = dict(conn.execute("SELECT kpj, state FROM cards"))
    assert cards == {"10000000001": "di_kabupaten", "10000000002": "di_kabupaten"}
    assert conn.execute("SELECT nama FROM programs").fetchone()[0] == "BPU Kaur 2026"
    assert check.run(conn).ok


def test_old_xls_with_number_cells(conn):
    result = run(conn, "daftar_lama.xls", program="BPU Kaur 2026")
    assert counts(result) == {"rows_read": 4, "imported": 4, "updated": 0, "unchanged": 0, "rejected": 0,
                              "warnings": 2}
    assert codes(result) == [(4, "nik_excel_number", "warning"), (5, "region_unknown", "warning")]
    born = dict(conn.execute("SELECT nama, tanggal_lahir FROM peserta"))
    assert born["Nur Hasanah"] == "1980-09-16"  # a bare Excel serial
    assert born["Yusuf"] == "1975-06-15"
    assert sorted(r[0] for r in conn.execute("SELECT kpj FROM cards")) == ["20000000001", "20000000002"]


def test_ods(conn):
    result = run(conn, "daftar.ods")
    assert counts(result) == {"rows_read": 3, "imported": 2, "updated": 0, "unchanged": 0, "rejected": 1,
                              "warnings": 0}
    assert codes(result) == [(5, "nik_format", "error")]
    ratna = conn.execute("SELECT * FROM peserta WHERE nama = 'Ratna Sari'").fetchone()
    assert (ratna["tanggal_lahir"], ratna["jenis_kelamin"], ratna["desa_kode"]) == ("1984-10-01", "P",
                                                                                    "17.04.05.1013")


def test_semicolon_windows_1252_csv(conn):
    result = run(conn, "daftar_excel_windows.csv")
    assert counts(result) == {"rows_read": 4, "imported": 2, "updated": 0, "unchanged": 0, "rejected": 2,
                              "warnings": 0}
    assert codes(result) == [(3, "nik_format", "error"), (5, "nik_duplicate_in_file", "error")]
    names = dict(conn.execute("SELECT nik, nama FROM peserta"))
    assert names["1704011203880013"] == "Muh. Ma\u2019ruf"
    assert names["1704015203880014"] == "Rosmawati"  # NIK written with spaces
    phone = conn.execute("SELECT telepon FROM peserta WHERE nama = 'Rosmawati'").fetchone()[0]
    assert phone == "085212345678"


def test_p3ke_layout_kode_kemdagri_wins(conn):
    result = run(conn, "p3ke.xlsx")
    assert counts(result) == {"rows_read": 3, "imported": 3, "updated": 0, "unchanged": 0, "rejected": 0,
                              "warnings": 0}
    desa = dict(conn.execute("SELECT nama, desa_kode FROM peserta"))
    assert desa == {"Mardiana": "17.04.05.2009", "Suryadi": "17.04.05.1013", "Zainal Abidin": "17.04.05.2024"}
    assert conn.execute("SELECT tanggal_lahir FROM peserta WHERE nama = 'Zainal Abidin'").fetchone()[0] == \
        "1972-02-29"


@pytest.mark.parametrize("name", ["daftar_judul.xlsx", "daftar_lama.xls", "daftar.ods",
                                  "daftar_excel_windows.csv", "p3ke.xlsx"])
def test_importing_twice_changes_nothing(conn, name):
    first = run(conn, name, program="Program A")
    events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    snapshot = conn.execute("SELECT * FROM peserta ORDER BY id").fetchall()
    second = run(conn, name, program="Program A")
    assert second["imported"] == 0 and second["updated"] == 0
    assert second["unchanged"] == first["imported"]
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == events
    assert [tuple(r) for r in conn.execute("SELECT * FROM peserta ORDER BY id")] == [tuple(r) for r in snapshot]


def test_dry_run_writes_nothing(conn):
    result = run(conn, "daftar_judul.xlsx", dry_run=True)
    assert result["imported"] == 7
    assert conn.execute("SELECT count(*) FROM peserta").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
