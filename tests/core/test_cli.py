import json

import pytest

from desktop.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_status_json(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    assert run(capsys, "--db", db, "demo", "--seed", "1", "--workers", "500")[0] == 0
    code, out, _ = run(capsys, "--db", db, "status", "--json")
    result = json.loads(out)
    assert code == 0
    assert result["total"] == 500 == sum(result["states"].values())
    assert set(result["office"]) >= {"kind", "kode", "nama"}
    assert len(result["kecamatan"]) == 15
    for kec in result["kecamatan"]:
        assert set(kec) >= {"kode", "nama", "total", "states", "tertahan"}
        assert kec["total"] == sum(kec["states"].values())


def test_check_passes_then_fails_after_a_hand_edit(tmp_path, capsys):
    import sqlite3

    db = str(tmp_path / "x.db")
    run(capsys, "--db", db, "demo", "--workers", "50")
    code, out, _ = run(capsys, "--db", db, "check", "--json")
    assert code == 0 and json.loads(out)["ok"]
    raw = sqlite3.connect(db)
    raw.execute("DROP TRIGGER events_no_update")
    raw.execute("UPDATE events SET occurred_on = '2020-01-01' WHERE seq = 10")
    raw.commit()
    raw.close()
    code, out, _ = run(capsys, "--db", db, "check", "--json")
    assert code == 1
    assert "nomor 10" in json.loads(out)["problems"][0]


def test_init_with_a_wrong_code_exits_1_with_a_message(tmp_path, capsys):
    code, out, err = run(capsys, "--db", str(tmp_path / "x.db"), "init", "--office", "kabupaten",
                         "--region", "17.04.01")
    assert code == 1 and out == ""
    assert "bukan kode kabupaten" in err


def test_status_before_init_says_what_to_do(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), "status")
    assert code == 1 and "serahkartu init" in err


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["init", "--office", "provinsi", "--region", "17"])
    assert exit_info.value.code == 2


def test_json_failure_is_one_json_object_on_stdout(tmp_path, capsys):
    code, out, err = run(capsys, "--db", str(tmp_path / "x.db"), "status", "--json")
    assert code == 1
    assert json.loads(out) == {"ok": False, "error": err.removeprefix("Galat: ").strip()}


def test_a_mistyped_db_path_creates_nothing(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "salah.db"), "status")
    assert code == 1 and "tidak ada" in err
    code, _, err = run(capsys, "--db", str(tmp_path / "baru.db"), "init", "--office", "kabupaten",
                       "--region", "99.99")
    assert code == 1 and "tidak dikenal" in err
    assert not list(tmp_path.glob("*.db*"))


def test_an_impossible_date_is_named_as_such(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(tmp_path / "x.db"), "status", "--today", "2026-02-30"])
    assert exit_info.value.code == 2
    assert "tidak ada di kalender" in capsys.readouterr().err


def test_a_database_of_the_previous_version_is_upgraded_and_said_so(tmp_path, capsys):
    import sqlite3

    from desktop.core.migrations import CARD_MOVES_INDEX, MIGRATIONS

    db = str(tmp_path / "x.db")
    assert run(capsys, "--db", db, "init", "--office", "kabupaten", "--region", "17.04")[0] == 0
    older = sqlite3.connect(db, isolation_level=None)  # as version 8 left it: two indexes by KPJ
    older.execute("DROP INDEX events_card_moves")
    older.executescript(f"CREATE INDEX events_kpj ON events(kpj); {CARD_MOVES_INDEX}")
    older.execute("DELETE FROM migrations WHERE name = ?", (MIGRATIONS[-1][0],))
    older.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    older.close()
    code, out, err = run(capsys, "--db", db, "status", "--json")
    assert code == 0 and json.loads(out)["total"] == 0
    assert "Memperbarui basis data" in err
    code, out, err = run(capsys, "--db", db, "status", "--json")
    assert "Memperbarui" not in err
    upgraded = sqlite3.connect(db)
    assert upgraded.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert "events_kpj" not in {r[0] for r in upgraded.execute("SELECT name FROM sqlite_master")}
