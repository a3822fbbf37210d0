"""Crash safety, shown: SIGKILL a writer at random moments; every time the database opens, passes
`PRAGMA integrity_check` and `check`, keeps every commit it reported, and holds all or none of the
transaction it was killed in.

Quick mode (CI): 25 kills during imports and 25 during handover bursts, seeded. Long mode:
SERAHKARTU_CRASH_KILLS=500 (per kind) SERAHKARTU_CRASH_SEED=… pytest tests/core/test_crash.py.
Sync imports: 25 kills while a kecamatan office takes in the district's files one after another.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core import backups, check, db
from tests.conftest import TODAY

KILLS = int(os.environ.get("SERAHKARTU_CRASH_KILLS", "25"))
SEED = int(os.environ.get("SERAHKARTU_CRASH_SEED", "8"))
WORKER = Path(__file__).resolve().parents[1] / "crash_worker.py"
ROOT = WORKER.parents[1]


def kill_at_random(mode: str, path: Path, kills: int, seed: int, verify, env: dict | None = None) -> dict:
    rng = random.Random(seed)
    figures = {"kills": 0, "mid_transaction": 0}
    for attempt in range(kills):
        worker = subprocess.Popen(
            [sys.executable, str(WORKER), mode, str(path), str(rng.randrange(1 << 30))],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        )
        assert worker.stdout.readline().strip() == "siap", worker.stderr.read()
        time.sleep(rng.uniform(0.0, 0.5))
        worker.send_signal(signal.SIGKILL)
        out, err = worker.communicate(timeout=30)
        assert worker.returncode == -signal.SIGKILL, f"the worker ended by itself: {err}"
        figures["idle"] = figures.get("idle", 0) + int("selesai" in out)
        reported = [int(line.split()[1]) for line in out.splitlines() if line.startswith("ok ")]
        figures["kills"] += 1
        lines = out.split()
        figures["mid_transaction"] += int(bool(lines) and lines[-1] == "mulai")  # killed inside one
        after = open_and_check(path, attempt)
        if reported:
            assert after >= reported[-1], f"kill {attempt}: committed event {reported[-1]} was lost"
        verify(path)
    return figures


def open_and_check(path: Path, attempt: int) -> int:
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"kill {attempt}: damaged"
    raw.close()
    conn = db.connect(path)
    try:
        result = check.run(conn)
        assert result.ok, f"kill {attempt}: {result.problems}"
        return conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
    finally:
        conn.close()


def every_import_whole(path: Path) -> None:
    raw = sqlite3.connect(path)
    try:
        sizes = raw.execute(
            "SELECT alamat, count(*) FROM peserta WHERE alamat LIKE 'impor-%' GROUP BY alamat"
        ).fetchall()
        assert all(n == 100 for _, n in sizes), [s for s in sizes if s[1] != 100]
        unmatched = raw.execute(
            "SELECT count(*) FROM peserta p LEFT JOIN cards c ON c.id = p.card_id "
            "WHERE p.alamat LIKE 'impor-%' AND c.id IS NULL"
        ).fetchone()[0]
        assert unmatched == 0
    finally:
        raw.close()
    for backup in (backups.folder(path) / backups.AUTO).glob("*.db"):  # no half backup looks whole
        copy = sqlite3.connect(backup)
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok", backup
        copy.close()


def every_burst_whole(path: Path) -> None:
    raw = sqlite3.connect(path)
    try:
        bursts = raw.execute(
            "SELECT doc_no, count(*) FROM events WHERE doc_no LIKE 'BURST-%' GROUP BY doc_no"
        ).fetchall()
        assert all(n == int(doc.rsplit("-", 1)[1]) for doc, n in bursts), bursts
    finally:
        raw.close()


@pytest.fixture
def fresh_district(tmp_path):
    path = tmp_path / "impor.db"
    from desktop.core import office

    conn = db.connect(path)
    office.init_office(conn, "kabupaten", "17.04")
    conn.close()
    return path


def test_killed_during_imports(fresh_district):
    figures = kill_at_random("import", fresh_district, KILLS, SEED, every_import_whole)
    raw = sqlite3.connect(fresh_district)
    imported = raw.execute("SELECT count(*) FROM peserta").fetchone()[0]
    raw.close()
    assert figures["kills"] == KILLS and imported % 100 == 0 and imported > 0
    print(f"\nimport: {figures['kills']} kills ({figures['mid_transaction']} inside a transaction), "
          f"{imported} rows imported in whole batches")


def test_killed_during_handover_bursts(tmp_path):
    from desktop.core import demo

    path = tmp_path / "serah.db"
    conn = db.connect(path)
    demo.build(conn, workers=1500, seed=3, today=TODAY)
    conn.close()
    figures = kill_at_random("handover", path, KILLS, SEED + 1, every_burst_whole)
    raw = sqlite3.connect(path)
    bursts = raw.execute("SELECT count(DISTINCT doc_no) FROM events WHERE doc_no LIKE 'BURST-%'").fetchone()[0]
    raw.close()
    assert figures["kills"] == KILLS and bursts > 0
    print(f"\nhandover: {figures['kills']} kills ({figures['mid_transaction']} inside a transaction), "
          f"{bursts} whole bursts")


def test_killed_during_sync_imports(tmp_path):
    from tests.core.syncworld import ARRIVAL, World

    w = World(tmp_path, kecamatan=("17.04.01",))
    w.enroll_all()
    sizes = [0]
    for _ in range(30):  # cumulative files: each holds every event since the start
        w.send_cards(w.register_people(8), ARRIVAL)
        w.send(w.district, "17.04.01")
        sizes.append(_events_in(w))
    fingerprint = w.fingerprint(w.district)
    w.close()
    path = tmp_path / "17.04.01.db"

    def whole_files_only(path: Path) -> None:
        raw = sqlite3.connect(path)
        held = raw.execute("SELECT count(*) FROM events WHERE office = '17.04'").fetchone()[0]
        raw.close()
        assert held in sizes, f"{held} district events: not the contents of a whole file ({sizes})"

    figures = kill_at_random("sync", path, KILLS, SEED + 2, whole_files_only,
                             env={"SERAHKARTU_CRASH_FILES": str(tmp_path), "SERAHKARTU_CRASH_FINGERPRINT": fingerprint})
    raw = sqlite3.connect(path)
    taken = raw.execute("SELECT last_in_nomor FROM offices WHERE kode = '17.04'").fetchone()[0]
    raw.close()
    assert figures["kills"] == KILLS and taken > 0
    print(f"\nsync: {figures['kills']} kills ({figures['mid_transaction']} inside an import, "
          f"{figures.get('idle', 0)} after the last file), {taken} of 30 files taken in whole")


def _events_in(w) -> int:
    """How many district events the kecamatan holds after taking in the newest file (files are cumulative)."""
    return w.district.execute(
        "SELECT count(*) FROM events WHERE office = '17.04' "
        "AND (kecamatan_kode = '17.04.01' OR type = 'program_disimpan')"
    ).fetchone()[0]
