"""Pengaturan › Pengguna on an office with no user yet (the first run's admin step skipped, or a database
made by `serahkartu demo`): nobody is signed in, so the section offers what the admin step does."""

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.core import db, users
from desktop.gui import signin
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def section(qtbot, demo_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    ctx = AppContext(db.connect(demo_path), demo_path, today=TODAY)  # as `serahkartu demo` left it: no users
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("pengaturan")
    shown = page.sections["UsersSection"]
    page.tabs.setCurrentWidget(shown)
    return shown


def test_no_user_yet_offers_the_admin_and_signs_in_as_it(section, monkeypatch, qtbot):
    assert not users.has_users(section.ctx.conn) and section.ctx.account is None
    assert section.first_admin.isVisible() and "belum punya pengguna" in section.who.text()
    assert not any(b.isVisible() for b in (section.add_button, section.reset_button, section.toggle_button,
                                           section.own_button))

    def fill_in(dialog):
        dialog.username.setText("admin.kaur")
        dialog.nama.setText("Rina Marlina")
        dialog.password.setText("kartu-kaur-2026")
        dialog.again.setText("kartu-kaur-2026")
        dialog._create()
        return dialog.result()

    monkeypatch.setattr(signin.CreateAdminDialog, "exec", fill_in)
    window = section.window()
    window.idle_lock = signin.IdleLock(window, window.ctx)  # as the app attaches it
    assert not window.idle_lock.armed  # nobody to sign in again yet
    section.first_admin.click()
    assert window.idle_lock.armed and window.idle_lock.timer.isActive()  # locks from now on, not after a restart
    assert users.verify(window.ctx.conn, "admin.kaur", "kartu-kaur-2026").role == users.ADMIN
    assert window.ctx.user == "admin.kaur"  # as after the first run's admin step
    assert "Rina Marlina" in window.user_label.text()  # the window says who is signed in now
    page = window.pages["pengaturan"]
    shown = page.sections["UsersSection"]
    assert page.tabs.currentWidget() is shown and window.current_page() is page
    qtbot.waitUntil(shown.isVisible)  # the rebuilt window shows its pages once the event loop runs
    assert not shown.first_admin.isVisible() and shown.table.isVisible() and shown.table.rowCount() == 1
    assert shown.table.item(0, 0).text() == "admin.kaur" and "Rina Marlina" in shown.who.text()
    assert shown.add_button.isVisible() and shown.own_button.isEnabled()


def test_a_cancelled_admin_changes_nothing(section, monkeypatch):
    monkeypatch.setattr(signin.CreateAdminDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    section.first_admin.click()
    assert not users.has_users(section.ctx.conn) and section.first_admin.isVisible()
