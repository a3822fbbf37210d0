"""A list that registers cards always puts them in a programme: the one named, the only one, or a refusal.

A card without a programme is missing from the reconciliation's cost (its Program sheet summed nothing).
"""

import json

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.core.errors import UserError
from desktop.core.importing.pipeline import ImportRequest, import_file
from desktop.core.register import Program, save_program
from tests.conftest import TODAY
from tests.core.test_import_register import ANI, BAYU, sheet

WITH_CARDS = [[ANI, "ANI", "", "Gedung Wani", "Kinal", "30000000001"],
              [BAYU, "BAYU", "", "Gedung Wani", "Kinal", "30000000002"]]


def run(conn, path, **options):
    return import_file(conn, ImportRequest(path, **options), today=TODAY).result()


def card_programs(conn):
    return [r[0] for r in conn.execute("SELECT p.nama FROM cards c LEFT JOIN programs p ON p.id = c.program_id")]


def test_no_programme_at_all_is_refused_and_nothing_changes(conn, tmp_path):
    with pytest.raises(UserError, match="belum ada program.*--program NAMA"):
        run(conn, sheet(tmp_path / "a.xlsx", WITH_CARDS))
    assert conn.execute("SELECT count(*) FROM peserta").fetchone()[0] == 0


def test_the_only_programme_is_used_and_the_result_says_so(conn, tmp_path):
    save_program(conn, Program(nama="BPU Kaur 2026"), on=TODAY.isoformat())
    result = run(conn, sheet(tmp_path / "a.xlsx", WITH_CARDS))
    assert card_programs(conn) == ["BPU Kaur 2026", "BPU Kaur 2026"]
    assert result["program"] == "BPU Kaur 2026" and "satu-satunya program" in result["program_note"]


def test_several_programmes_need_a_choice(conn, tmp_path):
    for name in ("BPU 2025", "BPU 2026"):
        save_program(conn, Program(nama=name), on=TODAY.isoformat())
    with pytest.raises(UserError, match="2 program: BPU 2025, BPU 2026.*--program NAMA"):
        run(conn, sheet(tmp_path / "a.xlsx", WITH_CARDS))
    run(conn, sheet(tmp_path / "a.xlsx", WITH_CARDS), program="BPU 2025")
    assert card_programs(conn) == ["BPU 2025", "BPU 2025"]


def test_a_programme_named_in_other_case_or_spacing_is_the_existing_one(conn, tmp_path):
    save_program(conn, Program(nama="BPU Kaur 2026"), on=TODAY.isoformat())
    save_program(conn, Program(nama="BPU 2025"), on=TODAY.isoformat())
    result = run(conn, sheet(tmp_path / "a.xlsx", WITH_CARDS), program="  bpu kaur   2026 ")
    assert result["program"] == "BPU Kaur 2026"
    assert card_programs(conn) == ["BPU Kaur 2026", "BPU Kaur 2026"]
    assert conn.execute("SELECT count(*) FROM programs").fetchone()[0] == 2


def test_a_list_without_cards_needs_no_programme(conn, tmp_path):
    result = run(conn, sheet(tmp_path / "a.xlsx", [[ANI, "ANI", "", "Gedung Wani", "Kinal", ""]]))
    assert result["imported"] == 1 and result["program"] is None and result["program_note"] == ""


def test_cli_refuses_then_creates_the_named_programme(tmp_path, capsys):
    database = str(tmp_path / "kab.db")
    assert main(["--db", database, "init", "--office", "kabupaten", "--region", "17.04"]) == 0
    path = str(sheet(tmp_path / "a.xlsx", WITH_CARDS))
    capsys.readouterr()
    assert main(["--db", database, "import", path, "--dry-run", "--json"]) == 0  # a check lists it, refuses nothing
    assert "--program NAMA" in json.loads(capsys.readouterr().out)["program_note"]
    assert main(["--db", database, "import", path]) == 1
    assert "--program NAMA" in capsys.readouterr().err
    assert main(["--db", database, "import", path, "--program", "BPU Kaur 2026", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["program"] == "BPU Kaur 2026"

    out = tmp_path / "rekon.xlsx"
    assert main(["--db", database, "export", "rekonsiliasi", str(out), "--today", TODAY.isoformat()]) == 0
    sheet_rows = list(load_workbook(out)["Program"].iter_rows(min_row=5, values_only=True))
    assert sheet_rows[0][0] == "BPU Kaur 2026"  # the cards are costed under their programme
