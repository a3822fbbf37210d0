"""What a clerk is told about a list that cannot be read, a column that cannot be mapped, a bad row."""

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.core.errors import UserError
from desktop.core.importing import columns, readers
from desktop.core.importing.pipeline import ImportRequest, import_file
from desktop.core.importing.report import write_report
from tests.conftest import TODAY
from tests.core.test_import_register import ANI, BAYU, sheet


def run(conn, path, **options):
    return import_file(conn, ImportRequest(path, **options), today=TODAY)


def test_unknown_kecamatan_is_reported_against_the_kecamatan_column(conn, tmp_path):
    rows = [[ANI, "ANI", "", "Suka Maju", "Kecamatan Tidak Ada", ""],
            [BAYU, "BAYU", "", "Desa Tidak Ada", "Kinal", ""]]
    problems = run(conn, sheet(tmp_path / "a.xlsx", rows)).result()["problems"]
    region = {p["row"]: p for p in problems if p["code"] == "region_unknown"}
    assert region[2]["column"] == "KECAMATAN" and "Kecamatan 'Kecamatan Tidak Ada'" in region[2]["message"]
    assert region[3]["column"] == "DESA"


def test_a_nik_whose_digits_excel_lost_is_explained_as_excel_shows_it(conn, tmp_path):
    path = sheet(tmp_path / "a.xlsx", [[1.70401e15, "ANI", "", "Gedung Wani", "Kinal", ""]])
    [problem] = run(conn, path).result()["problems"]
    assert problem["code"] == "nik_format" and problem["severity"] == "error"
    assert problem["message"] == ("NIK tersimpan sebagai angka di Excel dan digit terakhirnya hilang (1,70401E+15). "
                                  "Ketik ulang NIK sebagai teks.")


@pytest.mark.parametrize("name", ["kosong.xlsx", "kosong.csv"])
def test_an_empty_file_is_called_empty(tmp_path, name):
    (tmp_path / name).write_bytes(b"")
    with pytest.raises(UserError, match="^Berkas kosong"):
        readers.read(tmp_path / name)


def test_a_csv_with_only_blank_lines_is_empty(tmp_path):
    (tmp_path / "a.csv").write_text("\r\n  \r\n\t\r\n")
    with pytest.raises(UserError, match="^Berkas kosong"):
        readers.read(tmp_path / "a.csv")


def test_a_text_file_named_xlsx_gets_a_message_without_english(tmp_path):
    (tmp_path / "daftar.xlsx").write_text("NIK,NAMA\n1704014107850010,Ani\n")
    with pytest.raises(UserError) as refused:
        readers.read(tmp_path / "daftar.xlsx")
    assert str(refused.value) == ("Berkas daftar.xlsx bukan lembar kerja .xlsx yang utuh; buka di Excel lalu simpan "
                                  "ulang sebagai .xlsx.")


def test_a_folder_is_not_a_file(tmp_path):
    (tmp_path / "f").mkdir()
    with pytest.raises(UserError, match="f adalah folder, bukan berkas"):
        readers.read(tmp_path / "f")


def test_the_map_hint_names_the_missing_field_and_the_target_word_is_indonesian():
    with pytest.raises(UserError) as missing:
        columns.require_essentials({"nik": 0})
    assert '--map "JUDUL=nama"' in str(missing.value) and "JUDUL=nik" not in str(missing.value)
    with pytest.raises(UserError, match="^Kolom tujuan 'nomor' tidak dikenal; pilihan: nik, nama"):
        columns.apply_overrides(["NIK", "NAMA"], {}, ["NAMA=nomor"])


@pytest.mark.parametrize("options", [["--map", "rusak"], ["--map", "NAMA=nomor"], ["--header-row", "0"],
                                     ["--header-row", "satu"]])
def test_usage_errors_exit_2(tmp_path, capsys, options):
    path = sheet(tmp_path / "a.xlsx", [[ANI, "ANI", "", "Gedung Wani", "Kinal", ""]])
    with pytest.raises(SystemExit) as usage:
        main(["--db", str(tmp_path / "kab.db"), "import", str(path), *options])
    assert usage.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_the_report_writes_row_numbers_as_numbers(conn, tmp_path):
    plan = run(conn, sheet(tmp_path / "a.xlsx", [[ANI, "", "", "Gedung Wani", "Kinal", ""]]), dry_run=True)
    write_report(plan, tmp_path / "masalah.xlsx")
    rows = list(load_workbook(tmp_path / "masalah.xlsx").active.iter_rows(values_only=True))
    assert rows[0][0] == "Baris" and rows[1][0] == 2


@pytest.mark.parametrize("extra", [[], ["--dry-run"], ["--json"]])
def test_a_list_with_only_its_header_is_refused_with_what_to_do(tmp_path, capsys, extra):
    db = str(tmp_path / "kab.db")
    assert main(["--db", db, "init", "--office", "kabupaten", "--region", "17.04"]) == 0
    (tmp_path / "judul.csv").write_text("NIK;NAMA;DESA\r\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", db, "import", str(tmp_path / "judul.csv"), *extra]) == 1
    said = capsys.readouterr()
    assert "Tidak ada baris data di bawah baris judul (baris 1) di judul.csv" in said.out + said.err
    assert main(["--db", db, "status", "--json"]) == 0
    assert '"total": 0' in capsys.readouterr().out
