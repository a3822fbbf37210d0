"""Signing in, the idle lock, the Riwayat page and backup/restore in Pengaturan (issue 8)."""

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from desktop.core import audit, backups, db, users
from desktop.gui import signin
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.settings.backup import RestoreDialog
from tests.conftest import TODAY

PASSWORD = "rahasia-kaur-1"


@pytest.fixture
def ctx(demo_path):
    conn = db.connect(demo_path)
    users.create_admin(conn, "admin", PASSWORD, "Admin Kaur")
    users.create_user(conn, "admin", "bos", PASSWORD, users.PIMPINAN, "Ibu Kepala")
    context = AppContext(conn, demo_path, today=TODAY)
    yield context
    conn.close()


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """Message boxes are modal: in tests they would wait for a click forever."""
    seen = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(f"PySide6.QtWidgets.QMessageBox.{kind}", lambda *a, **k: seen.append(a[-1]))
    return seen


@pytest.fixture
def window(qtbot, ctx):
    signin.adopt(ctx, users.get(ctx.conn, "admin"))
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def test_sign_in_refuses_a_wrong_password_then_accepts(qtbot, ctx):
    dialog = signin.SignInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText("salah-sekali")
    dialog.sign_in_button.click()
    assert dialog.user is None and "salah" in dialog.error.text() and dialog.password.text() == ""
    dialog.password.setText(PASSWORD)
    dialog.sign_in_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.user.role == users.ADMIN
    signin.adopt(ctx, dialog.user)
    last = ctx.conn.execute("SELECT type, user FROM events ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(last) == ("audit_masuk", "admin") and ctx.user == "admin"


def test_the_demo_signs_in_by_itself(demo_path):
    from desktop.gui.app import open_context

    context = open_context(demo_path, demo_mode=True)
    assert context.user == users.DEMO_ADMIN and context.account.role == users.ADMIN
    assert signin.sign_in_at_start(context)
    context.conn.close()


def test_idle_lock_hides_the_window_until_signed_in_again(qtbot, window, monkeypatch):
    shown = {}

    def fake_exec(dialog):
        shown["hidden"] = not window.centralWidget().isVisible()
        shown["locked_for"] = dialog.username.text()
        dialog.password.setText(PASSWORD)
        dialog._try()
        return dialog.result()

    monkeypatch.setattr(signin.SignInDialog, "exec", fake_exec)
    lock = signin.IdleLock(window, window.ctx, minutes=0.002)  # 120 ms
    qtbot.waitUntil(lambda: "hidden" in shown, timeout=3000)
    assert shown == {"hidden": True, "locked_for": "admin"}
    qtbot.waitUntil(lambda: not lock.locked)
    lock.stop()
    assert window.centralWidget().isVisible()


def test_riwayat_filters_and_exports(qtbot, window, tmp_path):
    page = window.show_page("riwayat")
    total = window.ctx.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert page.model.rowCount() == total
    assert page.model.row_data(0)["jenis"] == "Masuk" or page.model.rowCount()
    page.user.setCurrentIndex(page.user.findData("admin"))
    assert page.model.rowCount() == len(audit.ids(window.ctx.conn, audit.AuditFilter(user="admin")))
    page.user.setCurrentIndex(0)
    page.type.setCurrentIndex(page.type.findData("serahkan"))
    page.date_from.setDate(QDate(2000, 1, 2))
    handed = page.model.rowCount()
    assert handed == len(audit.ids(window.ctx.conn, audit.AuditFilter(type="serahkan")))
    nik = page.model.row_data(0)["nik"]
    assert "******" in nik or nik == ""
    job = page.export_to(str(tmp_path / "riwayat.xlsx"))
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    assert (tmp_path / "riwayat.xlsx").exists()


def test_pimpinan_may_not_restore(qtbot, ctx):
    signin.adopt(ctx, users.get(ctx.conn, "bos"))
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    section = main.show_page("pengaturan").sections["BackupSection"]
    assert not section.restore_button.isEnabled()
    assert main.show_page("pengaturan").sections["UsersSection"].add_button.isHidden()


def test_backup_then_restore_from_the_pengaturan_page(qtbot, window, tmp_path, monkeypatch):
    section = window.show_page("pengaturan").sections["BackupSection"]
    job = section.backup_to(str(tmp_path), "kartu-sampai-ke-tangan")
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    made = next(tmp_path.glob("*.db.age"))
    dialog = RestoreDialog(window.ctx, str(made), section)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("kartu-sampai-ke-tangan")
    with qtbot.waitSignal(dialog.check_backup().finished, timeout=30000):
        pass
    assert "Cadangan utuh" in dialog.result.text() and dialog.restore_button.isEnabled()
    monkeypatch.setattr(signin, "sign_in_at_start", lambda ctx, parent=None: signin.adopt(
        ctx, users.get(ctx.conn, "admin"), record=False) or True)
    with qtbot.waitSignal(dialog.restore_now().finished, timeout=30000):
        pass
    assert window.ctx.conn.execute("SELECT type FROM events ORDER BY id DESC LIMIT 1").fetchone()[0] == "audit_pulih"
    assert list((backups.folder(window.ctx.db_path) / "sebelum-pulih").glob("*.db"))


def test_a_wrong_passphrase_is_told_in_the_dialog(qtbot, window, tmp_path):
    made = backups.to_folder(window.ctx.conn, tmp_path, "kartu-sampai-ke-tangan")
    dialog = RestoreDialog(window.ctx, str(made), window)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("bukan-ini-sandinya")
    with qtbot.waitSignal(dialog.check_backup().finished, timeout=30000):
        pass
    assert "kata sandinya salah" in dialog.result.text() and not dialog.restore_button.isEnabled()


def test_a_long_history_is_searched_in_the_background(qtbot, ctx):
    from desktop.gui.models.audit_table import AuditTableModel

    model = AuditTableModel(ctx, sync_limit=0)  # as if the log held more than SYNC_LIMIT events
    try:
        with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
            model.set_filter(audit.AuditFilter(type="serahkan"))
        expected = audit.ids(ctx.conn, audit.AuditFilter(type="serahkan"))
        assert len(expected) > 100 and model.rowCount() == len(expected)
        assert model.index(0, 2).data() == model.row_data(0)["jenis"]
        with qtbot.waitSignal(model.ids_loaded, timeout=10_000):  # the newest request wins
            model.set_filter(audit.AuditFilter(type="serahkan"))
            model.set_filter(audit.AuditFilter(text="17.04.01"))
        assert model.rowCount() == len(audit.ids(ctx.conn, audit.AuditFilter(text="17.04.01")))
    finally:
        model.shutdown()


def test_riwayat_reads_the_log_only_when_shown_newest_first(window):
    page = window.pages["riwayat"]
    assert not page.model.loaded and page.model.rowCount() == 0  # opening the app does not read the log
    window.show_page("riwayat")
    newest = window.ctx.conn.execute("SELECT max(id) FROM events").fetchone()[0]
    assert page.model.loaded and page.model.row_data(0)["id"] == newest
