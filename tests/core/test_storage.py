import sqlite3

import pytest

from desktop.core import db, migrations
from desktop.core.errors import DatabaseTooNew, UserError


def test_pragmas_and_recorded_migrations(tmp_path):
    conn = db.connect(tmp_path / "a.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    names = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY name")]
    assert names == [name for name, _ in migrations.MIGRATIONS]
    assert migrations.schema_version(conn) == len(migrations.MIGRATIONS)


def test_reopening_runs_no_migration_twice(tmp_path):
    db.connect(tmp_path / "a.db").close()
    conn = db.connect(tmp_path / "a.db")
    assert migrations.migrate(conn) == []


def test_database_from_a_newer_app_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "new.db"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {len(migrations.MIGRATIONS) + 1}")
    raw.close()
    with pytest.raises(DatabaseTooNew, match="versi yang lebih baru"):
        db.connect(path)
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def test_a_file_that_is_not_a_database_gives_a_clear_message(tmp_path):
    path = tmp_path / "bukan.db"
    path.write_bytes(b"ini bukan basis data" * 100)
    with pytest.raises(UserError, match="bukan basis data SerahKartu"):
        db.connect(path)


def test_transaction_rolls_back_everything_on_error(conn):
    with pytest.raises(RuntimeError), db.transaction(conn):
        conn.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        with db.transaction(conn):
            conn.execute("INSERT INTO settings (key, value) VALUES ('b', '2')")
        raise RuntimeError("crash in the middle")
    assert conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


def test_nested_failure_rolls_back_only_the_inner_part(conn):
    with db.transaction(conn):
        conn.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        with pytest.raises(ValueError), db.transaction(conn):
            conn.execute("INSERT INTO settings (key, value) VALUES ('b', '2')")
            raise ValueError
    assert [r[0] for r in conn.execute("SELECT key FROM settings")] == ["a"]
