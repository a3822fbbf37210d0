"""Backups in rotation, encrypted backups that `age -d` opens, and a restore that checks first."""

import json
import os
import pty
import shutil
import sqlite3

import pytest

from desktop.cli import main
from desktop.core import backups, check, db, restore
from desktop.core.errors import InvalidInput, StorageError
from desktop.core.migrations import MIGRATIONS

PASSPHRASE = "kartu-sampai-ke-tangan"


def count(path, table="events"):
    raw = sqlite3.connect(path)
    try:
        return raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        raw.close()


def test_automatic_backups_rotate_and_daily_is_once(demo_conn, demo_path):
    made = [backups.before(demo_conn, "impor") for _ in range(backups.AUTO_KEEP + 3)]
    kept = sorted((backups.folder(demo_path) / backups.AUTO).glob("*.db"))
    assert len(kept) == backups.AUTO_KEEP and kept == sorted(made)[-backups.AUTO_KEEP:]
    assert all(p.name.endswith("-impor.db") for p in kept)
    daily = list((backups.folder(demo_path) / backups.DAILY).glob("*.db"))
    assert len(daily) == 1 and backups.daily(demo_path) is None
    assert count(kept[-1]) == count(demo_path)
    backup = sqlite3.connect(kept[-1])
    assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    backup.close()


def test_daily_backups_keep_a_week(demo_path):
    from datetime import date, timedelta

    for offset in range(10):
        backups.daily(demo_path, today=date(2026, 11, 1) + timedelta(days=offset))
    names = sorted(p.name for p in (backups.folder(demo_path) / backups.DAILY).glob("*.db"))
    assert names == [f"serahkartu-2026-11-{d:02d}.db" for d in range(4, 11)]


def test_new_empty_database_needs_no_backup(tmp_path):
    assert backups.before(tmp_path / "baru.db", "impor") is None


def test_backup_before_a_migration(tmp_path):
    from desktop.core.migrations import _apply

    path = tmp_path / "lama.db"
    raw = sqlite3.connect(path, isolation_level=None)
    for version, (name, sql) in enumerate(MIGRATIONS[:-1], start=1):  # made by the previous version
        _apply(raw, version, name, sql)
    raw.close()
    db.connect(path).close()
    made = list((backups.folder(path) / backups.AUTO).glob("*-migrasi.db"))
    assert len(made) == 1
    assert sqlite3.connect(made[0]).execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) - 1


def test_encrypted_backup_opens_with_the_standard_age_tool(demo_conn, tmp_path):
    if not shutil.which("age"):
        pytest.skip("the age tool is not installed (CI installs it)")
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    out = backups.to_folder(demo_conn, stick, PASSPHRASE, office_kode="17.04")
    assert out.parent == stick and out.name.startswith("serahkartu-1704-") and out.suffix == ".age"
    assert b"SQLite" not in out.read_bytes()[:4096]
    plain = tmp_path / "dibuka.db"
    _age_decrypt(out, plain, PASSPHRASE)
    assert count(plain) == demo_conn.execute("SELECT count(*) FROM events").fetchone()[0]


def _age_decrypt(encrypted, plain, passphrase):
    """`age -d` reads the passphrase from a terminal only: give it one (a pseudo-terminal)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp("age", ["age", "-d", "-o", str(plain), str(encrypted)])
    output = b""
    while b"passphrase" not in output.lower():
        output += os.read(fd, 1024)
    os.write(fd, passphrase.encode() + b"\n")
    try:
        while os.read(fd, 1024):
            pass
    except OSError:
        pass  # the terminal closes when age exits
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, output


def test_restore_checks_first_and_keeps_the_old_database(demo_conn, demo_path, tmp_path):
    out = backups.to_folder(demo_conn, tmp_path / "cadangan.db.age", PASSPHRASE)
    before = demo_conn.execute("SELECT count(*) FROM events").fetchone()[0]
    demo_conn.execute("DELETE FROM settings")  # work after the backup, to be undone by the restore
    from desktop.core import audit

    audit.record(demo_conn, "cetak", {"dokumen": "daftar"}, "sistem")
    demo_conn.close()
    with pytest.raises(InvalidInput, match="kata sandinya salah"):
        restore.restore(demo_path, out, passphrase="bukan-sandinya", user="sistem")
    with pytest.raises(InvalidInput, match="terenkripsi"):
        restore.restore(demo_path, out, user="sistem")
    assert count(demo_path) == before + 1  # refused: nothing changed
    result = restore.restore(demo_path, out, passphrase=PASSPHRASE, user="sistem")
    assert result.events == before and result.office == "17.04"
    assert count(demo_path) == before + 1  # the backup's events, plus the record of the restore
    assert count(result.previous_kept_at) == before + 1
    conn = db.connect(demo_path)
    assert check.run(conn).ok
    assert conn.execute("SELECT type FROM events ORDER BY id DESC LIMIT 1").fetchone()[0] == "audit_pulih"
    conn.close()


def test_restore_refuses_a_tampered_or_foreign_backup(demo_path, tmp_path, conn):
    tampered = tmp_path / "diubah.db"
    shutil.copy(demo_path, tampered)
    raw = sqlite3.connect(tampered)
    raw.execute("DROP TRIGGER events_no_update")
    raw.execute("UPDATE events SET user = 'penyusup' WHERE seq = 42")
    raw.commit()
    raw.close()
    with pytest.raises(InvalidInput, match="nomor 42"):
        restore.restore(demo_path, tampered, user="sistem")
    junk = tmp_path / "bukan.db"
    junk.write_bytes(b"PK\x03\x04 bukan basis data" * 100)
    with pytest.raises(InvalidInput, match="bukan berkas cadangan"):
        restore.restore(demo_path, junk, user="sistem")
    other = tmp_path / "kecamatan.db"
    kec = db.connect(other)
    from desktop.core import office

    office.init_office(kec, "kecamatan", "17.04.01")
    kec.close()
    with pytest.raises(InvalidInput, match="milik kantor 17.04.01"):
        restore.restore(demo_path, other, user="sistem")


def test_restore_over_a_damaged_database(demo_path, tmp_path):
    good = tmp_path / "baik.db"
    shutil.copy(demo_path, good)
    with open(demo_path, "r+b") as handle:
        handle.seek(0)
        handle.write(b"\0" * 8192)  # the header and the schema page are gone
    result = restore.restore(demo_path, good, user="sistem")
    assert "rusak-" in result.previous_kept_at
    conn = db.connect(demo_path)
    assert check.run(conn).ok
    conn.close()


def test_short_passphrase_and_missing_folder_are_refused(demo_conn, tmp_path):
    with pytest.raises(InvalidInput, match="terlalu pendek"):
        backups.to_folder(demo_conn, tmp_path, "pendek")
    with pytest.raises(InvalidInput, match="tidak ada"):
        backups.to_folder(demo_conn, tmp_path / "tidak-ada", PASSPHRASE)


def test_cli_backup_restore_and_check_name_the_broken_event(demo_path, tmp_path, capsys):
    secret = tmp_path / "sandi.txt"
    secret.write_text(PASSPHRASE + "\n")
    stick = tmp_path / "usb"
    stick.mkdir()
    db_arg = ["--db", str(demo_path)]
    assert main([*db_arg, "backup", str(stick), "--passphrase-file", str(secret), "--json"]) == 0
    made = json.loads(capsys.readouterr().out)["file"]
    assert main([*db_arg, "restore", made, "--passphrase-file", str(secret), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["cards"] == 7130
    assert main([*db_arg, "restore", str(tmp_path / "hilang.age")]) == 1
    assert "tidak ada" in capsys.readouterr().err
    raw = sqlite3.connect(demo_path)
    raw.execute("DROP TRIGGER events_no_update")
    raw.execute("UPDATE events SET doc_no = 'palsu' WHERE seq = 77")
    raw.commit()
    raw.close()
    assert main([*db_arg, "check", "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["broken"][0]["seq"] == 77 and result["broken"][0]["office"] == "17.04"
    assert main([*db_arg, "check"]) == 1
    assert "nomor 77" in capsys.readouterr().out


def test_backup_to_a_full_disk_says_so_and_keeps_nothing_half(demo_conn, tmp_path, monkeypatch):
    import errno

    def full(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(type(tmp_path), "write_bytes", full)
    with pytest.raises(StorageError, match="Disk penuh"):
        backups.to_folder(demo_conn, tmp_path, PASSPHRASE)
    assert not list(tmp_path.glob("*.age")) and not list(tmp_path.glob(".*.tmp"))
