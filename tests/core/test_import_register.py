"""Importing into a register that already holds people: updates, cards, mappings, cancel, report, CLI."""

import json
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from desktop.cli import main
from desktop.core import check, db, office
from desktop.core.errors import UserError
from desktop.core.importing import columns, readers
from desktop.core.importing.pipeline import ImportRequest, commit, import_file
from desktop.core.importing.plan import analyse
from desktop.core.nik import build
from desktop.core.progress import Cancelled
from tests.conftest import TODAY

HEADER = ["NIK", "NAMA", "ALAMAT", "DESA", "KECAMATAN", "NO KPJ"]
ANI = build("17.04.01", date(1990, 1, 1), "P", 1)
BAYU = build("17.04.01", date(1991, 2, 2), "L", 2)


def sheet(path, rows, header=HEADER):
    wb = Workbook()
    wb.active.append(header)
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def run(conn, path, **options):
    options.setdefault("program", "BPU 2026")  # cards need a programme (see test_import_program.py)
    return import_file(conn, ImportRequest(path, **options), today=TODAY).result()


def test_corrected_list_updates_without_touching_card_history(conn, tmp_path):
    run(conn, sheet(tmp_path / "a.xlsx", [[ANI, "ANI", "Dusun I", "Gedung Wani", "Kinal", "30000000001"],
                                          [BAYU, "BAYU", "Dusun I", "Gedung Wani", "Kinal", ""]]))
    card_events = conn.execute("SELECT count(*) FROM events WHERE kpj IS NOT NULL").fetchone()[0]
    result = run(conn, sheet(tmp_path / "b.xlsx", [[ANI, "ANI", "Dusun II", "Penandingan", "Kinal", "30000000001"],
                                                   [BAYU, "BAYU", "Dusun I", "Gedung Wani", "Kinal", "30000000002"]]))
    assert (result["imported"], result["updated"], result["unchanged"]) == (0, 2, 0)
    ani = conn.execute("SELECT * FROM peserta WHERE nik = ?", (ANI,)).fetchone()
    assert (ani["alamat"], ani["desa_kode"]) == ("Dusun II", "17.04.01.2002")
    assert conn.execute("SELECT count(*) FROM events WHERE type = 'peserta_diubah'").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM events WHERE kpj IS NOT NULL").fetchone()[0] == card_events + 1
    assert conn.execute("SELECT desa_kode FROM cards WHERE kpj = '30000000001'").fetchone()[0] == "17.04.01.2002"
    assert check.run(conn).ok


def test_kpj_conflicts_with_the_register(conn, tmp_path):
    run(conn, sheet(tmp_path / "a.xlsx", [[ANI, "ANI", "", "Gedung Wani", "Kinal", "30000000001"]]))
    result = run(conn, sheet(tmp_path / "b.xlsx", [[ANI, "ANI", "", "Gedung Wani", "Kinal", "30000000009"],
                                                   [BAYU, "BAYU", "", "Gedung Wani", "Kinal", "30000000001"]]))
    assert sorted((p["row"], p["code"]) for p in result["problems"]) == [(2, "kpj_changed"), (3, "kpj_duplicate")]
    assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == 1


def test_another_name_on_a_registered_nik_is_flagged(conn, tmp_path):
    run(conn, sheet(tmp_path / "a.xlsx", [[ANI, "ANI", "", "Gedung Wani", "Kinal", ""]]))
    result = run(conn, sheet(tmp_path / "b.xlsx", [[ANI, "ANI SUSANTI", "", "Gedung Wani", "Kinal", ""]]))
    assert [(p["code"], p["severity"]) for p in result["problems"]] == [("nik_duplicate_in_db", "warning")]
    row = conn.execute("SELECT nama, perlu_dicek FROM peserta").fetchone()
    assert row["nama"] == "Ani Susanti" and row["perlu_dicek"].startswith("nik_duplicate_in_db")


def test_confirmed_mapping_is_remembered(conn, tmp_path):
    path = sheet(tmp_path / "a.csv.xlsx", [[ANI, "ANI"]], header=["NO KTP", "NAMA WARGA"])
    with pytest.raises(UserError, match="belum ditentukan"):
        run(conn, path)
    run(conn, path, overrides=["NO KTP=nik", "NAMA WARGA=nama"])
    header = ["no ktp", "Nama  Warga"]
    choice = columns.mapping_for(conn, header)
    assert choice.remembered and choice.mapping == {"nik": 0, "nama": 1}
    assert run(conn, path)["unchanged"] == 1


def test_cancel_leaves_the_database_as_it_was(conn, tmp_path):
    rows = [[build("17.04.01", date(1990, 1, 1), "L", n), f"ORANG {n}", "", "Gedung Wani", "Kinal", ""]
            for n in range(1, 120)]
    table = readers.read(sheet(tmp_path / "a.xlsx", rows))
    plan = analyse(conn, table, 1, columns.guess_mapping(HEADER), today=TODAY)
    events = conn.execute("SELECT count(*) FROM events").fetchone()[0]

    def cancel_when_saving(done, total, text):
        if text.startswith("Menyimpan") and done >= 0:
            raise Cancelled()

    with pytest.raises(Cancelled):
        commit(conn, plan, today=TODAY, program="Baru", progress=cancel_when_saving)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == events
    assert conn.execute("SELECT count(*) FROM peserta").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM programs").fetchone()[0] == 0


def test_kecamatan_office_may_not_import(tmp_path):
    conn = db.connect(tmp_path / "kec.db")
    office.init_office(conn, "kecamatan", "17.04.01")
    with pytest.raises(UserError, match="Hanya kantor kabupaten"):
        run(conn, sheet(tmp_path / "a.xlsx", [[ANI, "ANI", "", "Gedung Wani", "Kinal", ""]]))
    conn.close()


def test_unreadable_files_are_clear_errors(conn, tmp_path):
    (tmp_path / "rusak.xlsx").write_bytes(b"not a zip")
    with pytest.raises(UserError, match="bukan lembar kerja .xlsx yang utuh; buka di Excel lalu simpan ulang"):
        readers.read(tmp_path / "rusak.xlsx")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(UserError, match=".xlsx, .xls, .ods atau .csv"):
        readers.read(tmp_path / "x.pdf")
    with pytest.raises(UserError, match="Lembar 'Tidak Ada' tidak ada"):
        readers.read(sheet(tmp_path / "a.xlsx", []), "Tidak Ada")


def test_cli_json_report_and_export(tmp_path, capsys):
    from tests.core.test_import_files import FIXTURES

    database = str(tmp_path / "kab.db")
    assert main(["--db", database, "init", "--office", "kabupaten", "--region", "17.04"]) == 0
    capsys.readouterr()
    report = tmp_path / "masalah.xlsx"
    assert main(["--db", database, "import", str(FIXTURES / "daftar_judul.xlsx"), "--program", "BPU 2026",
                 "--report", str(report), "--today", "2026-11-22", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert list(result) == ["file", "rows_read", "imported", "updated", "unchanged", "rejected", "warnings",
                            "problems", "program", "program_note"]
    assert list(result["problems"][0]) == ["row", "column", "code", "severity", "message"]
    sheet_rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert sheet_rows[0][:3] == ("Baris", "Status", "NO")
    assert [r[0] for r in sheet_rows[1:]] == [6, 9, 10, 11, 12, 13, 14, 15, 16]  # numbers
    assert sheet_rows[1][3] == "1704014107850010"  # the NIK as text, all 16 digits

    out = tmp_path / "peserta.xlsx"
    assert main(["--db", database, "export", "peserta", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"file": str(out), "kind": "peserta", "rows": 7,
                                                   "nik_masked": True}
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("nik", "nama", "tanggal_lahir") and "status_kartu" in rows[0]
    assert all("******" in r[0] for r in rows[1:])
    csv_out = tmp_path / "peserta.csv"
    assert main(["--db", database, "export", "peserta", str(csv_out), "--unmask-nik"]) == 0
    lines = csv_out.read_text(encoding="utf-8-sig").splitlines()
    assert any(line.startswith('"=""1704010503780001""";Budi Santoso;') for line in lines)
    assert main(["--db", database, "import", str(tmp_path / "tidak-ada.xlsx")]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err


def test_a_big_list_is_searchable_by_name_and_the_name_trigger_survives(conn, tmp_path):
    from desktop.core import search
    from desktop.core.search import CardFilter

    rows = [[build("17.04.01", date(1990, 1, 1 + n % 28), "L", 1 + n // 28), f"WARGA NOMOR{n}", "", "Gedung Wani",
             "Kinal", ""] for n in range(1_100)]
    assert run(conn, sheet(tmp_path / "besar.xlsx", rows))["imported"] == 1_100
    assert len(search.ids(conn, CardFilter(text="nomor1099"), TODAY)) == 1
    trigger = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'peserta_fts_insert'").fetchone()[0]
    assert trigger == 1
    run(conn, sheet(tmp_path / "satu.xlsx", [[ANI, "ANI SUSANTI", "", "Gedung Wani", "Kinal", ""]]))
    assert len(search.ids(conn, CardFilter(text="susanti"), TODAY)) == 1  # one row: through the trigger
    assert check.run(conn).ok


def test_the_row_of_column_numbers_under_the_header_is_not_data(conn, tmp_path):
    result = run(conn, sheet(tmp_path / "a.xlsx", [[1, 2, 3, 4, 5, 6], ["(1)", "", "", "", "", ""],
                                                   [ANI, "ANI", "", "Gedung Wani", "Kinal", ""]]))
    assert (result["rows_read"], result["imported"]) == (2, 1)  # "(1)" is not a column-number row
    result = run(conn, sheet(tmp_path / "b.xlsx", [[1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
                                                   [BAYU, "BAYU", "", "Gedung Wani", "Kinal", ""]]))
    assert (result["rows_read"], result["imported"], result["rejected"]) == (1, 1, 0)
