"""Hostile places: a network share warns; a full disk and a read-only folder say so and lose nothing."""

import os
import shutil
import sqlite3
import subprocess
import uuid
from datetime import date

import pytest

from desktop.cli import main
from desktop.core import cards, check, db, storage
from desktop.core.cards import Step
from desktop.core.errors import StorageError
from desktop.core.register import Program, save_program

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//kantor-kab/data /mnt/kantor cifs rw,vers=3.0 0 0
nas:/export/kartu /srv/kartu\\040bersama nfs4 rw 0 0
tmpfs /mnt/kantor/lokal tmpfs rw 0 0
"""


def test_network_shares_are_recognised(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    assert storage.network_share("/mnt/kantor/serahkartu.db", mounts=mounts) == "cifs //kantor-kab/data"
    assert storage.network_share("/srv/kartu bersama/x.db", mounts=mounts) == "nfs4 nas:/export/kartu"
    assert storage.network_share("/mnt/kantor/lokal/x.db", mounts=mounts) is None  # a local mount inside
    assert storage.network_share("/home/kab/x.db", mounts=mounts) is None
    assert storage.network_share(r"\\SERVER-KAB\bersama\serahkartu.db") is not None  # a Windows UNC path


def test_cli_warns_about_a_database_on_a_network_share(tmp_path, monkeypatch, capsys):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n//nas/bersama {tmp_path} cifs rw 0 0\n")
    monkeypatch.setattr(storage, "PROC_MOUNTS", mounts)
    monkeypatch.setattr(storage.network_share, "__defaults__", None)
    monkeypatch.setattr(storage.network_share, "__kwdefaults__", {"mounts": mounts})
    assert main(["--db", str(tmp_path / "x.db"), "init", "--office", "kabupaten", "--region", "17.04"]) == 0
    err = capsys.readouterr().err
    assert "Peringatan" in err and "folder jaringan" in err and "cifs //nas/bersama" in err


def _movable_kpjs(conn, n):
    return [r[0] for r in conn.execute("SELECT kpj FROM cards WHERE state = 'di_kabupaten' LIMIT ?", (n,))]


def test_disk_full_mid_handover_is_explained_and_loses_nothing(demo_conn):
    """SQLite's own SQLITE_FULL, made real by capping the file's size at its current page count."""
    kpjs = _movable_kpjs(demo_conn, 400)
    before = tuple(demo_conn.execute("SELECT count(*), max(id) FROM events").fetchone())
    pages = demo_conn.execute("PRAGMA page_count").fetchone()[0]
    demo_conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError, match="Disk penuh"):
        cards.record_steps(demo_conn, kpjs, Step("kirim_kecamatan", "2026-11-22"))
    demo_conn.execute(f"PRAGMA max_page_count = {pages * 4}")
    assert tuple(demo_conn.execute("SELECT count(*), max(id) FROM events").fetchone()) == before
    assert check.run(demo_conn).ok
    cards.record_steps(demo_conn, kpjs, Step("kirim_kecamatan", "2026-11-22"))  # room again: it works


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 2 MB filesystem (tmpfs), where the machine lets us mount one."""
    point = tmp_path / "kecil"
    point.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


def test_a_really_full_disk(tiny_disk):
    path = tiny_disk / "kab.db"
    conn = db.connect(path)
    from desktop.core import office, register
    from desktop.core.nik import build

    office.init_office(conn, "kabupaten", "17.04")
    committed = 0
    with pytest.raises(StorageError, match="Disk penuh"):
        for batch in range(1000):
            with db.transaction(conn):
                for i in range(50):
                    serial = batch * 50 + i + 1
                    data = register.PesertaData(
                        nik=build("17.04.01", date(1980, 1, 1), "L", serial), nama=f"Pekerja {serial}",
                        kecamatan_kode="17.04.01", alamat=uuid.uuid4().hex * 20)
                    register.add_peserta(conn, data, on="2026-11-22", kpj=f"{90000000000 + serial}")
            committed += 50
    conn.close()
    conn = db.connect(path, migrate_schema=False)
    assert conn.execute("SELECT count(*) FROM peserta").fetchone()[0] == committed > 0
    assert check.run(conn).ok
    conn.close()


@pytest.fixture
def read_only_disk(tmp_path, demo_path):
    """The demo database on a filesystem remounted read-only (root ignores file permissions)."""
    point = tmp_path / "ro"
    point.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    shutil.copy(demo_path, point / "kab.db")
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
    yield point / "kab.db"
    subprocess.run(["umount", "-l", str(point)], check=False)


def test_read_only_folder_gives_a_clear_message(read_only_disk, capsys):
    before = read_only_disk.read_bytes()
    code = main(["--db", str(read_only_disk), "demo", "--workers", "10"])
    err = capsys.readouterr().err
    assert code == 1 and "hanya-baca" in err and "Traceback" not in err, err
    assert read_only_disk.read_bytes() == before


def test_read_only_database_file_refuses_a_write_in_words(demo_path, monkeypatch):
    conn = db.connect(demo_path)
    conn.execute("PRAGMA query_only = ON")  # SQLite then refuses writes as a read-only file does
    kpj = _movable_kpjs(conn, 1)
    with pytest.raises(StorageError, match="hanya-baca"):
        cards.record_steps(conn, kpj, Step("kirim_kecamatan", "2026-11-22"))
    conn.close()


def test_translation_of_disk_errors():
    import errno

    assert "Disk penuh" in str(storage.as_user_error(OSError(errno.ENOSPC, "x")))
    assert "hanya-baca" in str(storage.as_user_error(OSError(errno.EROFS, "x")))
    assert "hanya-baca" in str(storage.as_user_error(sqlite3.OperationalError("attempt to write a readonly database")))
    assert "Disk gagal" in str(storage.as_user_error(sqlite3.OperationalError("disk I/O error")))
    assert storage.as_user_error(sqlite3.OperationalError("no such table: x")) is None
    assert storage.as_user_error(ValueError("x")) is None


def test_a_new_database_has_large_pages_and_an_old_one_keeps_its_own(tmp_path):
    fresh = db.connect(tmp_path / "baru.db")
    assert fresh.execute("PRAGMA page_size").fetchone()[0] == 16384
    fresh.close()
    # A database made before (4 KiB pages, WAL) opens, migrates and is written as it is.
    old = sqlite3.connect(tmp_path / "lama.db")
    old.execute("PRAGMA journal_mode = WAL")
    old.execute("CREATE TABLE t (x)")
    old.close()
    reopened = db.connect(tmp_path / "lama.db")
    assert reopened.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert reopened.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened.close()


def test_a_reader_sees_only_what_is_committed_and_writes_nothing(conn, tmp_path):
    def programmes(connection):
        return connection.execute("SELECT count(*) FROM programs").fetchone()[0]

    with db.reader(tmp_path / "kab.db") as reader:
        with db.transaction(conn):
            save_program(conn, Program(nama="BPU 2026"), on="2026-11-22", user="sistem")
            assert (programmes(conn), programmes(reader)) == (1, 0)
        assert programmes(reader) == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.execute("DELETE FROM programs")
    assert programmes(conn) == 1
