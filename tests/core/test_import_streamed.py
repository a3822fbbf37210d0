"""The CLI stores each run of rows while it checks the next (pipeline.import_file): it must leave exactly
what the wizard's check-then-commit leaves, whatever the runs' size, and nothing at all when it fails."""

from datetime import date
from pathlib import Path

import pytest

from desktop.core import backups, check, db, office
from desktop.core.errors import InvalidInput, UserError
from desktop.core.importing import columns, pipeline, readers
from desktop.core.importing.pipeline import ImportRequest, commit, import_file
from desktop.core.importing.plan import Checker, analyse
from desktop.core.nik import build
from desktop.core.progress import Cancelled
from tests.conftest import TODAY
from tests.core.test_import_register import sheet

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
PROGRAM = "BPU 2026"


def person(n, name=None, desa="Gedung Wani", kpj=""):
    return [build("17.04.01", date(1990, 1, 1), "L", n), name or f"ORANG {n}", "", desa, "Kinal", kpj]


# Repeats that span runs of two rows: a NIK again four rows on, a KPJ on two people, a corrected person.
FIRST_LIST = [person(1, kpj="30000000001"), person(2), person(3, kpj="30000000003"), person(4)]
SECOND_LIST = [person(1, "ORANG SATU", kpj="30000000001"), person(5, kpj="30000000003"), person(6),
               person(7, kpj="30000000007"), person(2, desa="Penandingan", kpj="30000000002"),
               person(8, kpj="30000000007"), person(6, "ORANG ENAM LAGI"), [], person(9, desa="Tidak Ada"),
               ["JUMLAH", "", "", "", "", ""], person(3, kpj="30000000033"), person(10, kpj="3000000001X")]


def two_phase(conn, path):
    """What the wizard does: check the whole list, then commit it."""
    table = readers.read(path)
    header_row = columns.find_header_row(table.rows)
    mapping = columns.mapping_for(conn, columns.header_cells(table.rows, header_row)).mapping
    plan = analyse(conn, table, header_row, mapping, today=TODAY)
    return commit(conn, plan, today=TODAY, program=PROGRAM)


def streamed(conn, path):
    return import_file(conn, ImportRequest(path, program=PROGRAM), today=TODAY).result()


def register(conn):
    """The register as a clerk sees it (the ids and timestamps of events aside)."""
    people = conn.execute("SELECT nik, nama, tanggal_lahir, jenis_kelamin, alamat, desa_kode, kecamatan_kode, "
                          "pekerjaan, telepon, perlu_dicek FROM peserta ORDER BY nik").fetchall()
    cards = conn.execute("SELECT c.kpj, p.nik, c.state, c.custodian, c.kecamatan_kode, c.desa_kode, c.since, "
                         "g.nama FROM cards c JOIN peserta p ON p.id = c.peserta_id "
                         "LEFT JOIN programs g ON g.id = c.program_id ORDER BY c.kpj").fetchall()
    events = conn.execute("SELECT type, nik, kpj, to_state FROM events ORDER BY type, nik, kpj").fetchall()
    return [tuple(r) for r in people], [tuple(r) for r in cards], [tuple(r) for r in events]


def lists(tmp_path):
    return [[FIXTURES / name for name in ("daftar_judul.xlsx", "daftar_lama.xls", "daftar.ods",
                                          "daftar_excel_windows.csv", "p3ke.xlsx")],
            [sheet(tmp_path / "pertama.xlsx", FIRST_LIST), sheet(tmp_path / "kedua.xlsx", SECOND_LIST)]]


@pytest.mark.parametrize("rows_per_run", [1, 2, 3, 10_000])
def test_stored_while_checked_leaves_what_check_then_commit_leaves(tmp_path, monkeypatch, rows_per_run):
    monkeypatch.setattr(pipeline, "ROWS_PER_RUN", rows_per_run)
    monkeypatch.setattr(pipeline, "analyse", None)  # the CLI's path must not fall back to check-then-commit
    for number, paths in enumerate(lists(tmp_path)):
        left, right = (db.connect(tmp_path / f"{side}{number}.db") for side in ("a", "b"))
        for conn in (left, right):
            office.init_office(conn, "kabupaten", "17.04")
        for path in [*paths, *paths]:  # and each list again: the second time changes nothing
            assert streamed(left, path) == two_phase(right, path), path.name
            assert register(left) == register(right), path.name
        assert check.run(left).ok
        left.close()
        right.close()


def test_a_run_that_fails_leaves_nothing_of_the_runs_stored_before(conn, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "ROWS_PER_RUN", 2)
    streamed(conn, sheet(tmp_path / "pertama.xlsx", FIRST_LIST))
    before = register(conn)
    checked = Checker.check

    def fail_on_the_third_run(checker, start, stop):
        if start == 4:
            raise RuntimeError("disk penuh")
        checked(checker, start, stop)

    monkeypatch.setattr(Checker, "check", fail_on_the_third_run)
    with pytest.raises(RuntimeError, match="disk penuh"):
        streamed(conn, sheet(tmp_path / "kedua.xlsx", SECOND_LIST))
    assert register(conn) == before
    assert check.run(conn).ok


def test_cancel_between_runs_leaves_the_database_as_it_was(conn, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "ROWS_PER_RUN", 2)

    def cancel_at_the_second_run(done, total, text):
        if done >= 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_file(conn, ImportRequest(sheet(tmp_path / "a.xlsx", FIRST_LIST), program=PROGRAM), today=TODAY,
                    progress=cancel_at_the_second_run)
    assert register(conn) == ([], [], [])
    assert conn.execute("SELECT count(*) FROM programs").fetchone()[0] == 0


def test_a_backup_is_taken_only_by_a_list_that_changes_something(conn, tmp_path):
    taken = backups.folder(tmp_path / "kab.db") / backups.AUTO
    path = sheet(tmp_path / "a.xlsx", FIRST_LIST)
    streamed(conn, path)
    after_first = sorted(taken.glob("*impor.db"))
    assert len(after_first) == 1
    streamed(conn, path)
    assert sorted(taken.glob("*impor.db")) == after_first
    with db.reader(after_first[0]) as copy:  # the register as it was before the list: no one yet
        assert copy.execute("SELECT count(*) FROM peserta").fetchone()[0] == 0


def test_a_header_without_rows_is_refused_and_leaves_no_programme(conn, tmp_path):
    with pytest.raises(InvalidInput, match=r"Tidak ada baris data di bawah baris judul \(baris 1\)"):
        streamed(conn, sheet(tmp_path / "judul.xlsx", []))
    assert conn.execute("SELECT count(*) FROM programs").fetchone()[0] == 0


def test_without_a_programme_named_the_refusal_counts_every_card(conn, tmp_path):
    with pytest.raises(InvalidInput, match="Daftar ini mencatat 2 kartu, tetapi belum ada program"):
        import_file(conn, ImportRequest(sheet(tmp_path / "a.xlsx", FIRST_LIST)), today=TODAY)
    assert register(conn) == ([], [], [])


def test_without_wal_the_list_is_checked_first(tmp_path, monkeypatch):
    """Without WAL a big store locks the file until it commits, and the reader beside it would wait."""
    conn = db.connect(tmp_path / "kab.db")
    conn.execute("PRAGMA journal_mode = DELETE")
    office.init_office(conn, "kabupaten", "17.04")
    checked_first = []

    def check_first(*args, **kwargs):
        checked_first.append(1)
        return analyse(*args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse", check_first)
    assert streamed(conn, sheet(tmp_path / "a.xlsx", FIRST_LIST))["imported"] == 4
    assert checked_first == [1]
    conn.close()


@pytest.mark.parametrize("program", [PROGRAM, None])
def test_a_kecamatan_office_is_refused_before_any_backup(tmp_path, program):
    conn = db.connect(tmp_path / "kec.db")
    office.init_office(conn, "kecamatan", "17.04.01")
    with pytest.raises(UserError, match="Hanya kantor kabupaten"):
        import_file(conn, ImportRequest(sheet(tmp_path / "a.xlsx", FIRST_LIST), program=program), today=TODAY)
    assert not list(backups.folder(tmp_path / "kec.db").glob("*/*.db"))
    conn.close()
