"""Bad input, shown: mutated database files and backups, and random command lines.

Every case must end in a clear UserError (exit 1), a usage error (exit 2) or a correct result — never
a crash, a hang, or a change to the live database. Cases: SERAHKARTU_FUZZ_CASES (default 1,000 each),
seeded by SERAHKARTU_FUZZ_SEED. The importer's and the sync reader's own fuzzing comes when they land.
"""

import os
import random
import shutil
import signal
import sqlite3
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from desktop.core import applog, backups, check, db, demo, restore
from desktop.core.errors import UserError
from tests.conftest import TODAY
from tests.mutate import mutate

CASES = int(os.environ.get("SERAHKARTU_FUZZ_CASES", "1000"))
SEED = int(os.environ.get("SERAHKARTU_FUZZ_SEED", "8"))
PASSPHRASE = "kartu-sampai-ke-tangan"


@contextmanager
def deadline(seconds: int, what: str):
    """A hang fails the test instead of stalling CI."""
    def timeout(signum, frame):
        raise AssertionError(f"hang: {what} took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "kecil.db"
    conn = db.connect(path)
    demo.build(conn, workers=150, seed=2, today=TODAY)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to mutate
    conn.close()
    return path


@pytest.fixture
def no_unexpected(monkeypatch):
    """A bug takes the 'unexpected error' path (logged traceback); in these tests that is a failure."""
    def unexpected(exc, context):
        raise AssertionError(f"unexpected error while {context}: {exc!r}") from exc

    monkeypatch.setattr(applog, "unexpected", unexpected)


def test_opening_mutated_database_files(small_db, tmp_path):
    original = small_db.read_bytes()
    rng = random.Random(SEED)
    outcomes = {"refused": 0, "opened_ok": 0, "opened_with_problems": 0}
    for case in range(CASES):
        data, how = mutate(original, rng)
        path = tmp_path / f"kasus-{case % 7}.db"
        for suffix in ("", "-wal", "-shm"):
            backups.unlink_quietly(tmp_path / f"{path.name}{suffix}")
        path.write_bytes(data)
        with deadline(30, f"case {case} ({how})"):
            try:
                conn = db.connect(path)
            except UserError as exc:
                assert str(exc), how
                outcomes["refused"] += 1
                continue
            try:
                result = check.run(conn)
            finally:
                conn.close()
        outcomes["opened_ok" if result.ok else "opened_with_problems"] += 1
    shutil.rmtree(tmp_path / "cadangan", ignore_errors=True)
    assert sum(outcomes.values()) == CASES
    print(f"\nopen mutated .db: {outcomes}")


def test_restoring_mutated_backups_never_touches_the_live_database(small_db, tmp_path):
    live = tmp_path / "live.db"
    shutil.copy(small_db, live)
    original = small_db.read_bytes()
    rng = random.Random(SEED + 1)
    outcomes = {"refused": 0, "restored": 0}
    for case in range(CASES):
        data, how = mutate(original, rng)
        backup = tmp_path / "cadangan.db"
        backup.write_bytes(data)
        before = live.read_bytes()
        with deadline(30, f"case {case} ({how})"):
            try:
                restore.restore(live, backup, user="sistem")
            except UserError as exc:
                assert str(exc)
                assert live.read_bytes() == before, f"case {case} ({how}) changed the live database"
                outcomes["refused"] += 1
                continue
        outcomes["restored"] += 1  # the mutation left a database that passed every check
        conn = db.connect(live)
        assert check.run(conn).ok
        conn.close()
        shutil.rmtree(backups.folder(live) / restore.KEPT, ignore_errors=True)
    assert sum(outcomes.values()) == CASES
    print(f"\nrestore mutated .db: {outcomes}")


def test_restoring_mutated_encrypted_backups(small_db, tmp_path):
    """Each passphrase attempt costs age's scrypt (~1 s by design), so fewer cases: header and body."""
    live = tmp_path / "live.db"
    shutil.copy(small_db, live)
    encrypted = backups.to_folder(small_db, tmp_path / "c.db.age", PASSPHRASE).read_bytes()
    rng = random.Random(SEED + 2)
    cases = max(20, CASES // 50)
    before = live.read_bytes()
    for case in range(cases):
        data, how = mutate(encrypted, rng)
        if data == encrypted:
            continue
        backup = tmp_path / "rusak.db.age"
        backup.write_bytes(data)
        with deadline(60, f"case {case} ({how})"), pytest.raises(UserError):
            restore.restore(live, backup, passphrase=PASSPHRASE, user="sistem")
        assert live.read_bytes() == before


WORDS = ["status", "check", "backup", "restore", "init", "user", "add", "list", "reset-password", "--json",
         "--office", "kabupaten", "kecamatan", "--region", "17.04", "17.04.01", "99", "--role", "admin",
         "petugas", "--passphrase-file", "--password-file", "--today", "2026-13-45", "2026-11-22", "--workers",
         "0", "-1", "3", "x" * 300, "", "--", "-", "ñ", "\u202e", "../..", "/dev/null", "--other-office",
         "--help", "--version", "demo", "--seed", "1e9"]
COMMANDS = ["status", "check", "backup", "restore", "init", "user", "demo"]


@settings(max_examples=CASES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(command=st.sampled_from(COMMANDS),
       rest=st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=20)), max_size=6))
def test_random_command_lines(small_db, tmp_path, no_unexpected, capsys, command, rest):
    path = tmp_path / "cli.db"
    if not path.exists():
        shutil.copy(small_db, path)
    if command == "demo" and any(w.lstrip("-").isdigit() and int(w) > 500 for w in rest):
        rest = [w for w in rest if not w.isdigit()]  # a big demo is correct, only slow
    argv = ["--db", str(path), command, *rest]
    with deadline(60, f"serahkartu {argv}"):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse: usage error (2) or --help/--version (0)
            code = exit_.code
    out, err = capsys.readouterr()
    assert code in (0, 1, 2), argv
    assert "Traceback" not in err + out
    if code == 1:
        assert err.strip(), argv


def test_the_live_database_is_whole_after_all_that(small_db):
    raw = sqlite3.connect(small_db)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()
