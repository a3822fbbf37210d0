"""Users, roles and the permission check (issue 8)."""

import pytest

from desktop.core import audit, cards, db, ledger, users
from desktop.core.cards import Step
from desktop.core.errors import InvalidInput, NotPermitted, SignInFailed, UserError

PASSWORD = "rahasia-kaur-1"


def test_first_run_creates_the_admin_once(conn):
    assert not users.has_users(conn)
    admin = users.create_admin(conn, "Admin.Kaur", PASSWORD, "Admin Kaur")
    assert admin.username == "admin.kaur" and admin.role == users.ADMIN
    assert users.has_users(conn)
    with pytest.raises(UserError):
        users.create_admin(conn, "kedua", PASSWORD)


def test_passwords_are_hashed_with_argon2_and_verified(conn):
    users.create_admin(conn, "admin", PASSWORD)
    stored = conn.execute("SELECT password_hash FROM users").fetchone()[0]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert users.verify(conn, "ADMIN ", PASSWORD).role == users.ADMIN
    with pytest.raises(SignInFailed, match="salah"):
        users.verify(conn, "admin", "salah-sandi")
    with pytest.raises(SignInFailed, match="salah"):
        users.verify(conn, "tidakada", PASSWORD)


def test_change_and_reset_password(conn):
    users.create_admin(conn, "admin", PASSWORD)
    users.create_user(conn, "admin", "budi", PASSWORD, users.PETUGAS, "Budi")
    users.change_password(conn, "budi", PASSWORD, "sandi-baru-99")
    users.verify(conn, "budi", "sandi-baru-99")
    with pytest.raises(SignInFailed):
        users.change_password(conn, "budi", "keliru-keliru", "lain-lain-lain")
    users.reset_password(conn, "admin", "budi", "direset-123")
    users.verify(conn, "budi", "direset-123")
    with pytest.raises(NotPermitted):
        users.reset_password(conn, "budi", "admin", "ambilalih-1")


def test_rules_for_names_and_passwords(conn):
    users.create_admin(conn, "admin", PASSWORD)
    for name, password in [("ab", PASSWORD), ("sistem", PASSWORD), ("Budi Santoso", PASSWORD),
                           ("budi", "pendek"), ("budisantoso", "budisantoso"), ("admin", PASSWORD)]:
        with pytest.raises(InvalidInput):
            users.create_user(conn, "admin", name, password, users.PETUGAS)
    with pytest.raises(InvalidInput):
        users.create_user(conn, "admin", "budi", PASSWORD, "raja")


def test_roles_decide_what_each_may_do(conn):
    users.create_admin(conn, "admin", PASSWORD)
    users.create_user(conn, "admin", "petugas1", PASSWORD, users.PETUGAS)
    users.create_user(conn, "admin", "pimpinan1", PASSWORD, users.PIMPINAN)
    users.require(conn, "petugas1", "serah_terima")
    users.require(conn, "pimpinan1", "ekspor")
    users.require(conn, "admin", "pulihkan")
    users.require(conn, "admin", users.ADMIN)
    users.require(conn, ledger.SYSTEM_USER, "pulihkan")  # the CLI and the app's own maintenance
    with pytest.raises(NotPermitted, match="Pimpinan"):
        users.require(conn, "pimpinan1", "serah_terima")
    with pytest.raises(NotPermitted):
        users.require(conn, "petugas1", "buka_nik")
    with pytest.raises(NotPermitted):
        users.require(conn, "petugas1", users.ADMIN)
    with pytest.raises(NotPermitted, match="tidak terdaftar"):
        users.require(conn, "orang-asing", "baca")
    users.set_active(conn, "admin", "petugas1", False)
    with pytest.raises(NotPermitted, match="dinonaktifkan"):
        users.require(conn, "petugas1", "serah_terima")
    with pytest.raises(SignInFailed, match="dinonaktifkan"):
        users.verify(conn, "petugas1", PASSWORD)
    with pytest.raises(UserError, match="admin aktif terakhir"):
        users.set_active(conn, "admin", "admin", False)


def test_core_writes_check_the_role_and_record_the_user(demo_conn):
    users.create_admin(demo_conn, "admin", PASSWORD)
    users.create_user(demo_conn, "admin", "budi", PASSWORD, users.PETUGAS)
    users.create_user(demo_conn, "admin", "bos", PASSWORD, users.PIMPINAN)
    kpj = demo_conn.execute("SELECT kpj FROM cards WHERE state = 'di_kabupaten' LIMIT 1").fetchone()[0]
    before = demo_conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(NotPermitted):
        cards.record_step(demo_conn, kpj, Step("kirim_kecamatan", "2026-11-22"), user="bos")
    assert demo_conn.execute("SELECT count(*) FROM events").fetchone()[0] == before
    event_id = cards.record_step(demo_conn, kpj, Step("kirim_kecamatan", "2026-11-22"), user="budi")
    assert demo_conn.execute("SELECT user FROM events WHERE id = ?", (event_id,)).fetchone()[0] == "budi"


def test_user_management_is_in_the_audit_trail_without_secrets(conn):
    users.create_admin(conn, "admin", PASSWORD)
    users.create_user(conn, "admin", "budi", PASSWORD, users.PETUGAS)
    users.reset_password(conn, "admin", "budi", "direset-123")
    rows = conn.execute("SELECT type, user, payload FROM events WHERE type LIKE 'audit_%'").fetchall()
    assert [(r[0], r[1]) for r in rows] == [
        ("audit_pengguna_dibuat", "sistem"), ("audit_pengguna_dibuat", "admin"), ("audit_sandi_direset", "admin"),
    ]
    assert all("argon2" not in r[2] and PASSWORD not in r[2] for r in rows)
    assert audit.type_label("audit_sandi_direset") == "Kata sandi direset admin"


def test_demo_admin_signs_in_by_itself(conn):
    user = users.ensure_demo_admin(conn)
    assert user.role == users.ADMIN and users.ensure_demo_admin(conn) == user


def test_users_table_arrives_by_migration_on_an_old_database(tmp_path):
    import sqlite3

    from desktop.core.migrations import MIGRATIONS, _apply

    path = tmp_path / "lama.db"
    raw = sqlite3.connect(path, isolation_level=None)
    _apply(raw, 1, *MIGRATIONS[0])
    raw.close()
    conn = db.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert not users.has_users(conn)
    conn.close()
