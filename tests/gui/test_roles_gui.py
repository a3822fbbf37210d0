"""The window offers each role only what it may do (issue 8): pages a role cannot use are not in the
navigation, settings it may not change are read-only with a note, whole-NIK choices are disabled for
whoever may not make them; and the core refuses anyway when a refused action is called directly."""

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from desktop.core import db, firstrun, settings, users
from desktop.core.documents import config
from desktop.gui import i18n, signin
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from tests.conftest import TODAY
from tests.gui.test_translations import INDONESIAN_WORDS
from tests.gui.ui_texts import visible_texts

PASSWORD = "rahasia-kaur-1"
READ_ONLY = ("ProgramSection", "HoldLimitsSection", "PrintingSection")


@pytest.fixture
def ctx(demo_path):
    conn = db.connect(demo_path)
    users.create_admin(conn, "admin", PASSWORD, "Admin Kaur")
    users.create_user(conn, "admin", "budi", PASSWORD, users.PETUGAS, "Budi Santoso")
    users.create_user(conn, "admin", "bos", PASSWORD, users.PIMPINAN, "Ibu Kepala")
    context = AppContext(conn, demo_path, today=TODAY)
    yield context
    conn.close()


@pytest.fixture
def window_as(qtbot, ctx):
    def open_as(username: str) -> MainWindow:
        signin.adopt(ctx, users.get(ctx.conn, username), record=False)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        return window
    return open_as


def nav_titles(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def section(window, name):
    page = window.show_page("pengaturan")
    found = page.sections[name]
    page.tabs.setCurrentWidget(found)
    return found


def note_of(widget) -> QLabel | None:
    return widget.findChild(QLabel, "readOnlyNote")


def test_pimpinan_sees_no_import_handover_sync_or_print(window_as):
    window = window_as("bos")
    assert list(window.pages) == ["beranda", "kartu", "laporan", "riwayat", "pengaturan"]
    assert nav_titles(window) == ["Beranda", "Kartu & Peserta", "Laporan", "Riwayat", "Pengaturan"]
    assert window.user_label.text() == "Masuk sebagai Ibu Kepala (Pimpinan)"
    kartu = window.show_page("kartu")
    assert kartu.add_button.isHidden() and kartu.edit_button.isHidden() and not kartu.can_edit
    laporan = window.show_page("laporan")
    assert laporan.make_button.isEnabled()  # reading and exporting reports is what a pimpinan does
    assert not laporan.unmask.isEnabled() and "Admin" in laporan.unmask.toolTip()
    for name in READ_ONLY:
        shown = section(window, name)
        assert note_of(shown).isVisible(), name
    program = section(window, "ProgramSection")
    assert "Admin atau Petugas" in note_of(program).text()
    assert program.nama.isReadOnly() and not program.save_button.isEnabled() and not program.new_button.isEnabled()
    assert not section(window, "IdentitySection").print_button.isEnabled()
    assert not section(window, "GeneralSection").repeat_steps.isEnabled()
    assert section(window, "GeneralSection").apply_language.isEnabled()  # the language is this PC's own
    backup = section(window, "BackupSection")
    assert not backup.backup_button.isEnabled() and not backup.restore_button.isEnabled()


def test_petugas_cannot_change_settings_and_the_core_refuses_when_asked_anyway(window_as):
    window = window_as("budi")
    for key in ("serah_terima", "impor", "cetak", "sinkronisasi"):
        assert key in window.pages
    conn = window.ctx.conn
    limits = section(window, "HoldLimitsSection")
    assert note_of(limits).isVisible() and "oleh Admin." in note_of(limits).text()
    field = limits.fields[settings.HOLD_LIMIT_DESA.key]
    assert field.isReadOnly() and not limits.save_button.isEnabled()
    field.setValue(30)  # what a clerk cannot type, a program can: the core is the guard
    limits.save()
    assert "tidak berwenang" in limits.feedback.text()
    assert settings.get(conn, settings.HOLD_LIMIT_DESA) == settings.HOLD_LIMIT_DESA.default
    printing = section(window, "PrintingSection")
    assert not printing.save_button.isEnabled() and printing.kota.isReadOnly()
    before = config.load(conn).kota
    printing.kota.setText("Bintuhan")
    printing.save()
    assert "tidak berwenang" in printing.feedback.text() and config.load(conn).kota == before
    program = section(window, "ProgramSection")  # programmes belong to the register, which a petugas imports
    assert note_of(program) is None and program.save_button.isEnabled()
    assert not section(window, "GeneralSection").repeat_steps.isEnabled()
    assert not section(window, "UsersSection").idle.isEnabled()
    assert section(window, "BackupSection").backup_button.isEnabled()
    assert not section(window, "BackupSection").restore_button.isEnabled()
    assert not window.show_page("cetak").options.unmask.isEnabled()
    assert not window.show_page("laporan").unmask.isEnabled()


def test_the_admin_is_offered_everything(window_as):
    window = window_as("admin")
    assert {"serah_terima", "impor", "cetak", "sinkronisasi"} <= set(window.pages)
    for name in READ_ONLY:
        assert note_of(section(window, name)) is None
    assert section(window, "HoldLimitsSection").fields[settings.HOLD_LIMIT_DESA.key].isReadOnly() is False
    assert window.show_page("cetak").options.unmask.isEnabled() and window.show_page("laporan").unmask.isEnabled()
    assert section(window, "GeneralSection").repeat_steps.isEnabled()


def test_another_user_signing_in_gets_the_pages_of_their_role(window_as):
    window = window_as("admin")
    assert "impor" in window.pages
    signin.adopt(window.ctx, users.get(window.ctx.conn, "bos"))  # as the idle lock does after a switch
    window.load(window.ctx)
    assert "impor" not in window.pages and "serah_terima" not in window.pages
    assert window.user_label.text().endswith("(Pimpinan)")


def test_steps_gone_through_again_ask_who_is_there_first(ctx, monkeypatch):
    """Once an office has users, an unfinished first run does not open without a sign-in."""
    firstrun.start(ctx.conn)
    asked = []
    monkeypatch.setattr(signin.SignInDialog, "exec", lambda dialog: asked.append(dialog) or QDialog.DialogCode.Rejected)
    assert signin.sign_in_at_start(ctx) is False and len(asked) == 1


def test_the_read_only_notes_speak_english(window_as, qapp):
    i18n.install(qapp, "en")
    try:
        window = window_as("bos")
        texts = []
        for name in (*READ_ONLY, "IdentitySection", "GeneralSection", "BackupSection"):
            texts += visible_texts(section(window, name))
        texts += visible_texts(window.show_page("laporan")) + visible_texts(window)
        assert "You can only view this section; changes are made by Admin or Officer." in texts
        assert "Signed in as Ibu Kepala (Head)" in texts
        assert not [t for t in texts if INDONESIAN_WORDS.search(t)]
    finally:
        i18n.uninstall(qapp)


def test_print_page_promises_whole_niks_only_to_whoever_may_print_them(window_as):
    def intro(window):
        page = window.show_page("cetak")
        return next(label.text() for label in page.findChildren(QLabel) if "Daftar serah terima" in label.text())

    assert intro(window_as("budi")).endswith("NIK selalu disamarkan.")
    assert intro(window_as("admin")).endswith("NIK disamarkan kecuali Anda memilih sebaliknya.")
